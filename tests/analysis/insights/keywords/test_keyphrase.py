"""Focus keyphrase matching and checks."""

from __future__ import annotations

import json

import pytest

from app.analysis.insights.keywords import check_keyphrase, find_occurrences
from app.analysis.insights.keywords import thresholds as th
from tools.eval_keywords import DATA, load_article


def spans(keyphrase: str, text: str) -> list[str]:
    return [text[start:end] for start, end in find_occurrences(keyphrase, text)]


def test_word_forms_case_and_plurals_match_by_stem():
    text = "Writing books is hard. How to write a book? She writes BOOKS."
    assert spans("write a book", text) == ["Writing books", "write a book", "writes BOOKS"]


def test_function_words_in_the_keyphrase_match_loosely():
    text = "Learn how to write a book. Writing the book took a year."
    assert spans("how to write a book", text) == ["write a book", "Writing the book"]


def test_content_words_must_keep_their_order_and_stay_close():
    assert spans("write a book", "A book I write.") == []
    assert spans("write a book", "write about the history of a book") == []


def test_hyphens_are_optional_both_ways():
    text = "Send an e-mail, or an email. Long-form writing beats long form."
    assert spans("email", text) == ["e-mail", "email"]
    assert spans("e-mail", text) == ["e-mail", "email"]
    assert spans("long form", text) == ["Long-form", "long form"]
    assert spans("long-form", text) == ["Long-form", "long form"]


def test_a_slash_between_two_capitals_stays_inside_the_phrase():
    text = "Our A/B testing is slow. Faster A/B tests need more traffic."
    assert spans("A/B testing", text) == ["A/B testing", "A/B tests"]
    assert spans("A/B testing", "We tested B testing alone.") == []


def test_curly_and_straight_apostrophes_are_the_same():
    text = "The team’s plan and the team's budget; don’t panic."
    assert spans("team", text) == ["team’s", "team's"]
    assert spans("don't panic", text) == ["don’t panic"]


def test_offsets_are_python_string_indices_even_after_emoji():
    text = "🚀🚀 remote work rocks 😀 and Remote Work wins"
    found = find_occurrences("remote work", text)
    assert [text[a:b] for a, b in found] == ["remote work", "Remote Work"]
    assert found[0][0] == 3


def article_report(name: str, keyphrase: str):
    article = load_article(DATA / "articles" / name)
    report = check_keyphrase(
        keyphrase,
        title=article.title,
        subtitle="",
        first_paragraph=article.first_paragraph,
        subheadings=article.subheadings,
        sentences=article.sentences,
        word_count=article.word_count,
    )
    return article, report


# Counted by hand in the body of each article (title and subheadings excluded), following the
# documented rule: stems match, so "pair program" counts for "pair programming".
@pytest.mark.parametrize(
    ("name", "keyphrase", "uses"),
    [
        ("https-everywhere.md", "HTTPS", 18),
        ("gamification.md", "gamification", 9),
        ("pair-programming.md", "pair programming", 9),
    ],
)
def test_occurrences_match_a_hand_count(name, keyphrase, uses):
    article, report = article_report(name, keyphrase)
    assert report.occurrences == uses
    assert report.density == pytest.approx(100 * uses / article.word_count)
    assert report.check("keyphrase_density").status == "good"


def test_checks_on_real_articles_give_the_expected_verdicts():
    _, https = article_report("https-everywhere.md", "HTTPS")
    # "Why we use HTTPS ...": present, but not at the start.
    assert https.check("keyphrase_in_title").status == "ok"
    # 2 of 3 subheadings mention HTTPS.
    assert https.check("keyphrase_in_subheadings").status == "good"
    assert https.check("keyphrase_in_introduction").status == "poor"
    _, pairing = article_report("pair-programming.md", "pair programming")
    assert pairing.check("keyphrase_in_title").status == "good"
    assert pairing.check("keyphrase_in_subheadings") is None  # no subheadings
    _, kids = article_report("usability-testing-kids.md", "usability testing")
    assert kids.occurrences == 1
    assert kids.check("keyphrase_distribution").status == "poor"


def body(uses: int, words: int = 200) -> list[str]:
    """Sentences of ten words; the first ``uses`` sentences mention "remote work"."""
    sentences = []
    for index in range(words // 10):
        if index < uses:
            sentences.append("Remote work changes how small teams plan their busy days.")
        else:
            sentences.append("Teams plan their days with care and a shared calendar.")
    return sentences


def report_for(sentences, **overrides):
    arguments = {
        "title": "Remote work for small teams",
        "subtitle": "",
        "first_paragraph": sentences[0] if sentences else "",
        "subheadings": [],
        "sentences": sentences,
        "word_count": sum(len(s.split()) for s in sentences),
    }
    arguments.update(overrides)
    return check_keyphrase("remote work", **arguments)


@pytest.mark.parametrize(
    ("uses", "status"),
    [(0, "poor"), (1, "good"), (6, "good"), (7, "ok"), (9, "poor")],
)
def test_density_boundaries(uses, status):
    # 200 words: 0.5% is 1 use, 3% is 6 uses, 4% is 8 uses.
    assert report_for(body(uses)).check("keyphrase_density").status == status


@pytest.mark.parametrize(
    ("uses", "words", "message"),
    [
        (1, 1000, "1 use outside headings in 1,000 words: too rare; use it at least 5 times."),
        (
            40,
            1000,
            "40 uses outside headings in 1,000 words: too often, it reads as stuffing; "
            "use it at most 30 times.",
        ),
        (
            7,
            100,
            "7 uses outside headings in 100 words: too often, it reads as stuffing; "
            "use it at most 3 times.",
        ),
        (
            2,
            60 * 10,  # 600 words: 0.5% is three uses
            "2 uses outside headings in 600 words: too rare; use it at least 3 times.",
        ),
    ],
)
def test_a_density_out_of_range_says_how_many_uses_to_aim_for(uses, words, message):
    sentences = body(uses, words=words)
    report = check_keyphrase(
        "remote work",
        title="Remote work for small teams",
        subtitle="",
        first_paragraph=sentences[0],
        subheadings=[],
        sentences=sentences,
        word_count=words,
    )
    assert report.check("keyphrase_density").message == message


@pytest.mark.parametrize(("uses", "status"), [(0, "poor"), (1, "good"), (2, "good"), (3, "ok")])
def test_short_texts_count_uses(uses, status):
    report = report_for(body(uses, words=60))
    assert report.check("keyphrase_density").status == status


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Remote work for small teams", "good"),
        ("How remote work changes teams", "good"),  # only function words before it
        ("Small teams and remote work", "ok"),
        ("Work that is remote", "ok"),
        ("Small teams", "poor"),
    ],
)
def test_title_check(title, status):
    assert report_for(body(2), title=title).check("keyphrase_in_title").status == status


def test_first_paragraph_needs_the_phrase_itself():
    written = report_for(body(2), first_paragraph="Remote work is here. This is fine.")
    assert written.check("keyphrase_in_introduction").status == "good"
    # The words in one sentence but not as the phrase: the count finds no keyphrase there.
    reordered = report_for(body(2), first_paragraph="We work remote now. This is fine.")
    check = reordered.check("keyphrase_in_introduction")
    assert check.status == "ok"
    assert "write “remote work” there" in check.message
    spread = report_for(body(2), first_paragraph="We work hard. Remote teams are fine.")
    assert spread.check("keyphrase_in_introduction").status == "ok"
    missing = report_for(body(2), first_paragraph="Teams are fine.")
    assert missing.check("keyphrase_in_introduction").status == "poor"


@pytest.mark.parametrize(
    ("hits", "total", "status"),
    [(0, 4, "poor"), (1, 4, "ok"), (2, 4, "good"), (3, 4, "good"), (4, 4, "ok")],
)
def test_subheadings_share(hits, total, status):
    headings = ["Remote work at home"] * hits + ["Plans and calendars"] * (total - hits)
    report = report_for(body(2), subheadings=headings)
    assert report.check("keyphrase_in_subheadings").status == status


def test_subheadings_are_not_judged_below_two():
    assert (
        report_for(body(2), subheadings=["Remote work"]).check("keyphrase_in_subheadings") is None
    )


def test_distribution_uses_the_longest_gap_as_a_share_of_words():
    even = ["Remote work helps." if i % 4 == 0 else "Teams plan their days." for i in range(20)]
    assert report_for(even).check("keyphrase_distribution").status == "good"
    front_loaded = body(3)  # all three uses in the first 30 of 200 words
    gap_check = report_for(front_loaded).check("keyphrase_distribution")
    assert gap_check.status == "poor"
    assert "85%" in gap_check.message
    assert report_for(body(2, words=50)).check("keyphrase_distribution") is None


@pytest.mark.parametrize(
    ("keyphrase", "status"),
    [
        ("remote work", "good"),
        ("how to start remote work at a small company", "ok"),
        ("the", "good"),
        ("one two three four five six seven eight nine ten words", "poor"),
    ],
)
def test_keyphrase_length(keyphrase, status):
    assert _length_check(keyphrase).status == status


def _length_check(keyphrase: str):
    report = check_keyphrase(
        keyphrase,
        title="",
        subtitle="",
        first_paragraph="",
        subheadings=[],
        sentences=[],
        word_count=0,
    )
    return report.check("keyphrase_length")


@pytest.mark.parametrize(
    ("keyphrase", "message"),
    [
        ("data-validation", "Good length: 2 content words."),  # as "data validation"
        ("data validation", "Good length: 2 content words."),
        ("e-mail", "Good length: 1 content word."),  # a letter is no word of its own
        ("re-use", "Good length: 1 content word."),  # nor is a prefix
        ("AI-powered tools", "Good length: 3 content words."),  # as "AI powered tools"
        ("AI powered tools", "Good length: 3 content words."),
    ],
)
def test_a_hyphenated_keyphrase_counts_the_words_it_is_written_with(keyphrase, message):
    assert _length_check(keyphrase).message == message


def test_empty_keyphrase_only_reports_length():
    report = check_keyphrase(
        "  ",
        title="T",
        subtitle="",
        first_paragraph="",
        subheadings=[],
        sentences=["A b."],
        word_count=2,
    )
    assert [c.check for c in report.checks] == ["keyphrase_length"]
    assert report.checks[0].status == "poor"


def test_previously_used_keyphrase_matches_other_word_forms():
    used = report_for(body(2), other_draft_keyphrases=["Remote Working", "cats"])
    assert used.check("previously_used_keyphrase").status == "poor"
    fresh = report_for(body(2), other_draft_keyphrases=["remote teams"])
    assert fresh.check("previously_used_keyphrase").status == "good"


def test_subtitle_check():
    assert report_for(body(2), subtitle="").check("keyphrase_in_subtitle").status == "ok"
    with_it = report_for(body(2), subtitle="Why remote work wins")
    assert with_it.check("keyphrase_in_subtitle").status == "good"


def test_messages_say_what_to_do_and_report_serializes_to_json():
    report = report_for(body(0), title="Calendars", subheadings=["A", "B"])
    poor = [c for c in report.checks if c.status == "poor"]
    assert {c.check for c in poor} >= {"keyphrase_in_title", "keyphrase_density"}
    assert all(c.message.endswith(".") and len(c.message) > 20 for c in report.checks)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["keyphrase"] == "remote work"
    assert data["occurrences"] == 0
    assert {c["check"] for c in data["checks"]} == {c.check for c in report.checks}


def test_thresholds_are_consistent():
    assert th.DENSITY_OK_LOW < th.DENSITY_GOOD_LOW < th.DENSITY_GOOD_HIGH < th.DENSITY_OK_HIGH
    assert th.DISTRIBUTION_GOOD_MAX_GAP < th.DISTRIBUTION_OK_MAX_GAP
    assert th.SUBHEADINGS_GOOD_LOW < th.SUBHEADINGS_GOOD_HIGH


@pytest.mark.parametrize(
    ("title", "subheadings", "message"),
    [
        (
            "A plan for small teams",
            [],
            "The keyphrase never appears in the text; use it a few times.",
        ),
        (
            "Remote work for small teams",
            [],
            "Only the title uses the keyphrase; use it in the body a few times.",
        ),
        (  # the words apart are not the keyphrase, as the title's own check says
            "Work that remote teams love",
            [],
            "The keyphrase never appears in the text; use it a few times.",
        ),
        (
            "A plan for small teams",
            ["Why remote work helps", "Remote work tools", "Calendars"],
            "Only 2 subheadings use the keyphrase; use it in the body a few times.",
        ),
    ],
)
def test_a_body_without_the_keyphrase_is_said_once_and_names_where_it_is(
    title: str, subheadings: list[str], message: str
) -> None:
    report = report_for(body(0, words=400), title=title, subheadings=subheadings)
    density = report.check("keyphrase_density")
    assert density is not None
    assert density.message == message
    assert report.check("keyphrase_distribution") is None  # nothing to spread


def test_a_count_past_a_thousand_has_a_thousands_separator():
    from app.analysis.engine.analyzer import analyze

    source = "# Tea\n\n" + " ".join(["I drink green tea every morning."] * 1100)
    checks = analyze(source, keyphrase="green tea").keywords.keyphrase.checks
    assert any(check.message.startswith("1,100 uses outside headings") for check in checks)


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("Remote work for small teams", "The title starts with the keyphrase."),
        (
            "How to Do Remote Work with Kids",
            "The keyphrase comes right after “How to Do”, at the start of the title.",
        ),
    ],
)
def test_the_title_message_is_true_of_the_title(title: str, message: str) -> None:
    check = report_for(body(2), title=title).check("keyphrase_in_title")
    assert check is not None
    assert (check.status, check.message) == ("good", message)


def test_a_b_typed_in_lower_case_finds_it_as_written():
    text = "Our A/B testing is slow. Faster A/B tests need more traffic."
    assert spans("a/b testing", text) == ["A/B testing", "A/B tests"]


def test_a_pronoun_beside_a_keyphrase_word_is_no_use_of_the_keyphrase():
    text = "The everything bagel sells out. A plain bagel stays, and nobody cares."
    assert spans("everything bagel", text) == ["everything bagel"]
