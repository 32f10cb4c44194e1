"""The Ready for Medium checklist on real drafts: every item present, verdicts follow fixes."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.analysis.engine.analyzer import Analyzer, analyze
from app.analysis.engine.detectors import default_detectors
from app.analysis.engine.report import Report
from app.analysis.engine.settings import AnalysisSettings
from app.analysis.insights.read_time import WORDS_PER_MINUTE
from app.analysis.insights.readability import grade_label
from app.analysis.rules.catalog import DEFAULT_OFF_RULES
from app.publishing.call_to_action import has_call_to_action
from app.publishing.checklist import build_checklist
from app.publishing.checklist.thresholds import (
    HEADLINE_GOOD,
    SEARCH_TITLE_CHARACTERS,
    SUBTITLE_RANGE,
)

ITEM_IDS = (
    "headline",
    "clickbait",
    "subtitle",
    "search_title",
    "intro",
    "readability",
    "spelling",
    "grammar",
    "passive",
    "adverbs",
    "hard_sentences",
    "keyphrase",
    "tags",
    "read_time",
    "subheadings",
    "images",
    "closing",
    "canonical",
)

ROUGH = (
    "# You Won't Believe These 10 Shocking Writing Secrets\n\n"
    "Writing is something that is done by many people every day. It is believed by most "
    "writers that a habit was needed, and the habit was never really properly explained to "
    "them by anyone.\n\n"
    + "\n\n".join(
        f"The page was filled slowly by the writer on day {day}. Mistakes were made and were "
        "corrected later by an editor who was hired quickly. The draft was read again and it "
        "was decided that more words were needed."
        for day in range(1, 18)
    )
    + "\n\n![](desk.jpg)\n\n"
    "Ths is teh end of the storry, and nothing more will be said about it here.\n"
)


def _section(heading: str, lead: str) -> str:
    paragraphs = "\n\n".join(
        f"{lead} {day}, I wrote for ten minutes. I set a timer and kept going until it rang. "
        "Short sessions kept the habit alive."
        for day in range(1, 11)
    )
    return f"## {heading}\n\n{paragraphs}"


POLISHED = (
    "# How I Write 1,000 Words Before Breakfast\n\n"
    "Most mornings I write before the house wakes up. Here is how I built the habit in one "
    "month.\n\n"
    + _section("Start small", "On day")
    + "\n\n![A notebook and a cup of coffee on a desk](desk.jpg)\n\n"
    + _section("Protect the hour", "In week")
    + "\n\n"
    + _section("Keep a streak", "By morning")
    + "\n\n## Your turn\n\n"
    "What time of day do you write best? Tell me in the comments, and follow me for more "
    "notes on the writing habit.\n"
)
POLISHED_SUBTITLE = (
    "A simple routine that fits into any morning: ten minutes, a timer and a notebook, and no "
    "excuses left for the days you feel slow."
)
POLISHED_TAGS = ["Writing", "Productivity", "Habits"]
CANONICAL = "https://example.com/blog/1000-words"


@pytest.fixture(scope="module")
def checked_analyzer() -> Analyzer:
    """An analyser as the command line uses it: spelling on, corrections not ranked."""
    return Analyzer(detectors=default_detectors(spelling_suggestions=False))


def _statuses(checklist) -> dict[str, str]:
    return {item.id: item.status for item in checklist.items}


def _rough(analyzer: Analyzer):
    report = analyzer.analyze(ROUGH)
    return build_checklist(
        report,
        title=report.title,
        subtitle="",
        tags=[],
        canonical_url="",
        first_published_elsewhere=True,
        source=ROUGH,
    )


def _polished(analyzer: Analyzer, **changes):
    report = analyzer.analyze(POLISHED, subtitle=POLISHED_SUBTITLE)
    arguments = {
        "title": report.title,
        "subtitle": POLISHED_SUBTITLE,
        "tags": POLISHED_TAGS,
        "canonical_url": CANONICAL,
        "first_published_elsewhere": True,
        "source": POLISHED,
    }
    arguments.update(changes)
    return build_checklist(report, **arguments)


def test_every_item_is_present_in_order(checked_analyzer: Analyzer) -> None:
    for checklist in (_rough(checked_analyzer), _polished(checked_analyzer)):
        assert tuple(item.id for item in checklist.items) == ITEM_IDS
        for item in checklist.items:
            assert item.label
            assert item.detail
            assert item.fix
            assert "\n" not in item.fix  # one line each


def test_rough_draft_is_not_ready_and_says_why(checked_analyzer: Analyzer) -> None:
    checklist = _rough(checked_analyzer)
    statuses = _statuses(checklist)
    assert not checklist.ready
    assert checklist.summary.startswith("Not ready yet")
    for item_id in ("tags", "canonical"):
        assert statuses[item_id] == "fail", item_id
    for item_id in ("spelling", "subtitle", "passive", "adverbs", "subheadings", "images"):
        assert statuses[item_id] == "warn", item_id
    assert statuses["closing"] == "warn"
    spelling = checklist.item("spelling")
    assert spelling is not None
    assert spelling.detail.startswith("3 words to review: ")  # advice, never a failure
    for word in ("Ths", "teh", "storry"):
        assert word in spelling.detail
    assert spelling.rules == ("spelling",)
    images = checklist.item("images")
    assert images is not None
    assert "alt text" in images.detail


def test_fixing_the_draft_turns_the_verdicts(checked_analyzer: Analyzer) -> None:
    rough = _statuses(_rough(checked_analyzer))
    polished_checklist = _polished(checked_analyzer)
    polished = _statuses(polished_checklist)
    for item_id in (
        "subtitle",
        "spelling",
        "passive",
        "adverbs",
        "tags",
        "read_time",
        "subheadings",
        "images",
        "closing",
        "canonical",
    ):
        assert polished[item_id] == "pass", item_id
        assert rough[item_id] != "pass", item_id
    assert polished_checklist.ready
    assert polished_checklist.summary.startswith("Ready for Medium")


def test_analyses_the_report_lacks_are_skipped_not_failed() -> None:
    # A report from before the headline and intro analyses existed (or with them switched
    # off) carries no such field: those checks step aside instead of guessing.
    report = replace(analyze(POLISHED), headline=None, intro=None)
    checklist = _plain(report, spelling_checked=False)
    statuses = _statuses(checklist)
    for item_id in ("headline", "clickbait", "intro", "spelling"):
        assert statuses[item_id] == "skip", item_id
    assert checklist.ready
    assert checklist.to_dict()["counts"]["skip"] == 4


def test_headline_and_intro_come_from_the_report() -> None:
    from app.analysis.insights.headline import analyze_headline
    from app.analysis.insights.intro import analyze_intro

    report = analyze(ROUGH)
    assert report.headline == analyze_headline(report.title)
    assert report.intro == analyze_intro("", report.first_paragraph, None, report.title)
    checklist = build_checklist(
        report,
        title=report.title,
        subtitle="",
        tags=["Writing"],
        canonical_url="",
        first_published_elsewhere=False,
    )
    item = checklist.item("headline")
    assert item is not None
    assert item.status == ("pass" if report.headline.overall >= HEADLINE_GOOD else "warn")
    assert f"Scores {report.headline.overall} out of 100" in item.detail
    clickbait = checklist.item("clickbait")
    assert clickbait is not None
    expected = {"high": "fail", "medium": "warn", "low": "pass"}[report.headline.risk]
    assert clickbait.status == expected
    assert report.headline.red_flags  # "Shocking", "You Won't Believe"
    for flag in report.headline.red_flags:
        assert flag.label in clickbait.detail
    opening = checklist.item("intro")
    assert opening is not None
    assert opening.status == ("warn" if report.intro.hook_type == "none" else "pass")


def test_an_explicit_headline_analysis_wins_over_the_report() -> None:
    from app.analysis.insights.headline import analyze_headline

    report = analyze(POLISHED)
    calm = analyze_headline("How I Keep a Writing Habit")
    checklist = _plain(report, title=calm.text, headline=calm)
    item = checklist.item("headline")
    assert item is not None
    assert f"Scores {calm.overall} out of 100" in item.detail


def test_a_high_clickbait_risk_blocks_publishing() -> None:
    from app.analysis.insights.headline import analyze_headline

    title = "You Won't Believe These 10 Shocking Secrets Doctors Don't Want You To Know"
    headline = analyze_headline(title)
    assert headline.risk == "high"
    checklist = _plain(title=title, headline=headline)
    assert _statuses(checklist)["clickbait"] == "fail"
    assert not checklist.ready


def _plain(report: Report | None = None, **changes):
    """The polished story's checklist, with ``changes`` to its arguments."""
    report = report or analyze(POLISHED)
    arguments = {
        "title": report.title,
        "subtitle": POLISHED_SUBTITLE,
        "tags": POLISHED_TAGS,
        "canonical_url": "",
        "first_published_elsewhere": False,
        "source": POLISHED,
    }
    arguments.update(changes)
    return build_checklist(report, **arguments)


@pytest.mark.parametrize(
    ("length", "status"),
    [
        (0, "warn"),
        (SUBTITLE_RANGE[0] - 1, "warn"),
        (SUBTITLE_RANGE[0], "pass"),
        (SUBTITLE_RANGE[1], "pass"),
        (SUBTITLE_RANGE[1] + 1, "warn"),
    ],
)
def test_subtitle_length(length: int, status: str) -> None:
    subtitle = "s" * length
    assert _statuses(_plain(subtitle=subtitle))["subtitle"] == status


def test_search_title_length_and_where_it_is_cut() -> None:
    fits = "A" * SEARCH_TITLE_CHARACTERS
    assert _statuses(_plain(title=fits))["search_title"] == "pass"
    long_title = "How I Write a Thousand Words Before Breakfast Without Coffee or Willpower"
    item = _plain(title=long_title).item("search_title")
    assert item is not None
    assert item.status == "warn"
    assert long_title[:SEARCH_TITLE_CHARACTERS].rstrip() + "…" in item.detail


def test_a_missing_title_fails() -> None:
    checklist = _plain(title="   ")
    assert _statuses(checklist)["headline"] == "fail"
    assert not checklist.ready


@pytest.mark.parametrize(
    ("tags", "status"),
    [
        ([], "fail"),
        (["Writing"], "pass"),
        (["A", "B", "C", "D", "E"], "pass"),
        (["A", "B", "C", "D", "E", "F"], "fail"),
        (["Writing", "writing"], "warn"),
        (["Writing", "Machien Lerning"], "warn"),
        (["Writing", "Sinking Fund"], "pass"),
    ],
)
def test_tags(tags: list[str], status: str) -> None:
    assert _statuses(_plain(tags=tags))["tags"] == status


def test_a_misspelt_tag_is_named_with_the_tag_meant() -> None:
    item = _plain(tags=["Python", "Pyhton Tips", "Productivty"]).item("tags")
    assert item is not None
    assert item.detail == "‘Productivty’ looks like a slip for Medium's ‘Productivity’."
    assert item.fix == "Correct it: a misspelt tag reaches few readers or none."
    both = _plain(tags=["Pyhton", "Productivty"]).item("tags")
    assert both is not None
    assert both.detail == (
        "‘Pyhton’ looks like a slip for Medium's ‘Python’. "
        "‘Productivty’ looks like a slip for Medium's ‘Productivity’."
    )


def test_a_slip_for_a_small_tag_the_post_is_about_is_named() -> None:
    source = (
        "# Resizing Photos in Bulk\n\n"
        "I keep my holiday photos small with ImageMagick. Install ImageMagick first. "
        "With ImageMagick, one command shrinks a whole folder. The mogrify tool of "
        "ImageMagick overwrites files, so copy them before you start. Then let ImageMagick "
        "work while you make tea."
    )
    report = analyze(source)
    assert "ImageMagick" in {k.phrase for k in report.keywords.extracted}
    checklist = build_checklist(
        report,
        title=report.title,
        subtitle="",
        tags=["Imagemagik", "Photography"],
        canonical_url="",
        first_published_elsewhere=False,
        source=source,
    )
    item = checklist.item("tags")
    assert item is not None
    assert item.detail == "‘Imagemagik’ looks like a slip for Medium's ‘ImageMagick’."


def test_a_slip_for_a_tag_already_chosen_is_to_be_removed_not_corrected() -> None:
    item = _plain(tags=["Open Data", "Open Dta"]).item("tags")
    assert item is not None
    assert item.detail == "‘Open Dta’ looks like a slip for ‘Open Data’, which is already a tag."
    assert item.fix.startswith("Remove it")
    mixed = _plain(tags=["Open Data", "Open Dta", "Pyhton"]).item("tags")
    assert mixed is not None
    assert mixed.fix == "Remove the slips of tags you already have and correct the others."


def _words(count: int) -> str:
    sentences = " ".join(["Short words make a calm read."] * (count // 6))
    return f"# A title\n\n{sentences}\n"


def test_read_time_against_the_band() -> None:
    def status(words: int, band=(3, 12)) -> str:
        source = _words(words)
        report = analyze(source)
        checklist = build_checklist(
            report,
            title="A title",
            subtitle="",
            tags=["Writing"],
            canonical_url="",
            first_published_elsewhere=False,
            read_time_band=band,
            source=source,
        )
        return _statuses(checklist)["read_time"]

    assert status(2 * WORDS_PER_MINUTE) == "warn"
    assert status(4 * WORDS_PER_MINUTE) == "pass"
    assert status(4 * WORDS_PER_MINUTE, band=(5, 8)) == "warn"
    assert status(14 * WORDS_PER_MINUTE) == "warn"


def test_readability_is_judged_against_the_genre_target() -> None:
    source = (
        "# Notes\n\n"
        "Organisational considerations frequently necessitate comprehensive documentation of "
        "institutional responsibilities. Administrative procedures occasionally complicate "
        "straightforward communication between departments.\n"
    )
    essay = Analyzer(AnalysisSettings(genre="essay")).analyze(source)
    story = Analyzer(AnalysisSettings(genre="story")).analyze(source)
    grade = essay.readability.grade
    for report in (essay, story):
        checklist = build_checklist(
            report,
            title="Notes",
            subtitle="",
            tags=["Work"],
            canonical_url="",
            first_published_elsewhere=False,
        )
        item = checklist.item("readability")
        assert item is not None
        expected = "pass" if grade <= report.readability.target else "warn"
        assert item.status == expected
        assert f"{report.readability.target:g}" in item.detail
    assert grade > story.readability.target  # this text is too hard for a story


@pytest.mark.parametrize(
    ("ending", "has_call"),
    [
        ("What would you do in my place?", True),
        ("Follow me for more stories like this one.", True),
        ("Let me know in the comments how it went.", True),
        ("Try it tonight. Set a timer for ten minutes.", True),
        ("Subscribe to the newsletter.", True),
        ("That was the whole trip, and the weather was fine.", False),
        ("The report was filed on Monday.", False),
        # An instruction after an opening condition or a time word is a call to action.
        (
            "If you do one thing this week, write down your three numbers. You cannot "
            "change what you refuse to look at.",
            True,
        ),
        ("So, next time the bill comes, cancel one subscription you forgot.", True),
        ("Next time, bring a pencil. It was all I needed.", True),
        # A verb that is a noun too, read as a verb by its regular past ("moved").
        ("When you get paid, move ten percent to savings first.", True),
        # A noun that a verb follows opens a statement.
        ("Work was hard that year. Rain fell on the last day.", False),
        # A quiet closing image, or an "I"/"we" statement after a condition, is not.
        (
            "Someday somebody will open that box. I hope they sit on the floor together. "
            "I hope they laugh.",
            False,
        ),
        ("When I got home, I wrote it all down. May was a long month.", False),
    ],
)
def test_closing_question_or_call_to_action(ending: str, has_call: bool) -> None:
    assert has_call_to_action(ending) is has_call
    source = f"# Title\n\nA first paragraph.\n\n{ending}\n"
    status = _statuses(_plain(analyze(source), source=source))["closing"]
    assert status == ("pass" if has_call else "warn")


def test_last_paragraph_skips_code_headings_and_front_matter() -> None:
    source = (
        "---\ntitle: x\n---\n\n# Title\n\nOpening line.\n\n- first\n- Share it with a friend.\n\n"
        "```python\nprint('What now?')\n```\n\n## Notes\n"
    )
    assert analyze(source).last_paragraph == "Share it with a friend."
    assert analyze("# Only a heading\n").last_paragraph == ""


@pytest.mark.parametrize(
    ("url", "elsewhere", "status"),
    [
        ("", False, "pass"),
        ("", True, "fail"),
        (CANONICAL, True, "pass"),
        ("not a link", True, "fail"),
        ("ftp://example.com/story", True, "fail"),
    ],
)
def test_canonical_link(url: str, elsewhere: bool, status: str) -> None:
    checklist = _plain(canonical_url=url, first_published_elsewhere=elsewhere)
    assert _statuses(checklist)["canonical"] == status
    assert checklist.ready is (status != "fail")


def test_an_empty_story_is_not_ready_and_checks_nothing_it_cannot() -> None:
    report = analyze("")
    checklist = build_checklist(
        report,
        title="A title",
        subtitle="",
        tags=["Writing"],
        canonical_url="",
        first_published_elsewhere=False,
        source="",
    )
    statuses = _statuses(checklist)
    assert statuses["read_time"] == "fail"
    for item_id in ("readability", "spelling", "passive", "adverbs", "closing", "images"):
        assert statuses[item_id] == "skip", item_id
    assert not checklist.ready


def test_to_dict_is_json_with_counts(checked_analyzer: Analyzer) -> None:
    checklist = _rough(checked_analyzer)
    data = json.loads(json.dumps(checklist.to_dict()))
    assert set(data) == {"ready", "summary", "counts", "items"}
    assert data["ready"] is False
    assert sum(data["counts"].values()) == len(ITEM_IDS)
    assert data["counts"]["fail"] == sum(item["status"] == "fail" for item in data["items"])
    first = data["items"][0]
    assert set(first) == {"id", "label", "status", "detail", "fix", "rules"}


SLIPS = (
    "# Pair Programming Notes\n\n"
    "Its a good way to learn. You could of done it alone, but two people see more.\n\n"
    "We read the code as\nas it was written and fixed what we found together.\n"
)


def _checklist_of(text: str, settings: AnalysisSettings | None = None, **changes):
    report = Analyzer(settings, default_detectors(spelling_suggestions=False)).analyze(text)
    arguments = {
        "title": report.title,
        "subtitle": "",
        "tags": ["Programming"],
        "canonical_url": "",
        "first_published_elsewhere": False,
        "source": text,
    }
    arguments.update(changes)
    return build_checklist(report, **arguments)


def test_grammar_slips_and_repeats_are_listed_as_advice() -> None:
    checklist = _checklist_of(SLIPS)
    grammar = checklist.item("grammar")
    assert grammar is not None
    assert grammar.status == "warn"
    assert grammar.detail.startswith("3 grammar slips or repeated words: ")
    for quoted in ("“Its a”", "“could of done”", "“code as as it”"):
        assert quoted in grammar.detail
    assert "(→ It's)" in grammar.detail
    assert grammar.fix.startswith("Fix each one")
    assert {"its_its", "modal_of", "repeated_word"} <= set(grammar.rules)


def test_clean_prose_passes_grammar() -> None:
    grammar = _checklist_of(POLISHED).item("grammar")
    assert grammar is not None
    assert grammar.status == "pass"
    assert grammar.detail == "No grammar slips or repeated words found."


def test_grammar_switched_off_is_never_a_pass() -> None:
    from app.analysis.rules.grammar import CHECKS

    off = frozenset({check.id for check in CHECKS} | {"repeated_word"})
    grammar = _checklist_of(SLIPS, AnalysisSettings(disabled_rules=off)).item("grammar")
    assert grammar is not None
    assert grammar.status == "skip"
    assert "switched off" in grammar.detail


ADVERBS = (
    "# Quietly Done\n\n"
    + " ".join(
        f"On day {day} she quickly wrote, carefully edited and finally published her notes."
        for day in range(1, 9)
    )
    + "\n"
)


def test_a_rule_switched_off_is_skipped_and_says_how_to_switch_it_on() -> None:
    on = _checklist_of(ADVERBS).item("adverbs")
    assert on is not None
    assert on.status == "warn"
    # The app's defaults: the adverb rule is off, so there are no adverb findings at all.
    off = _checklist_of(ADVERBS, AnalysisSettings(disabled_rules=DEFAULT_OFF_RULES))
    adverbs = off.item("adverbs")
    assert adverbs is not None
    assert adverbs.status == "skip"
    assert adverbs.detail == "Not checked: “Adverbs” is switched off."
    assert "--rule adverb" in adverbs.fix
    # The report remembers its settings: passing them again changes nothing.
    report = Analyzer(AnalysisSettings(disabled_rules=DEFAULT_OFF_RULES)).analyze(ADVERBS)
    explicit = build_checklist(
        report,
        title=report.title,
        subtitle="",
        tags=["Programming"],
        canonical_url="",
        first_published_elsewhere=False,
        source=ADVERBS,
        disabled_rules=DEFAULT_OFF_RULES,
    )
    assert explicit.to_dict() == off.to_dict()


def test_hard_sentences_count_only_the_rules_that_ran() -> None:
    text = "# Dense\n\n" + ROUGH.split("\n\n", 1)[1]
    every = _checklist_of(text).item("hard_sentences")
    defaults = _checklist_of(text, AnalysisSettings(disabled_rules=DEFAULT_OFF_RULES))
    part = defaults.item("hard_sentences")
    assert every is not None
    assert part is not None
    assert "very hard" in every.detail
    assert "hard ones are not counted while “Hard sentences” is off" in part.detail
    if part.status == "pass":
        assert "--rule hard_sentence" in part.fix
    both_off = AnalysisSettings(disabled_rules=frozenset({"hard_sentence", "very_hard_sentence"}))
    skipped = _checklist_of(text, both_off).item("hard_sentences")
    assert skipped is not None
    assert skipped.status == "skip"


def test_the_readability_fix_agrees_with_its_label() -> None:
    report = analyze(POLISHED)
    for grade in (6.0, 9.5):
        label, meaning = grade_label(grade)
        readability = replace(report.readability, grade=grade, label=label, meaning=meaning)
        checklist = build_checklist(
            replace(report, readability=readability),
            title=report.title,
            subtitle="",
            tags=[],
            canonical_url="",
            first_published_elsewhere=False,
        )
        item = checklist.item("readability")
        assert item is not None
        assert item.status == "pass"
        assert label in item.detail
        if label == "Fairly hard":
            assert "easy to follow" not in item.fix
            assert meaning in item.fix
        else:
            assert item.fix == "Nothing to do: the text is easy to follow."


def test_the_passive_share_does_not_depend_on_the_rule_being_on() -> None:
    every = _checklist_of(ROUGH).item("passive")
    defaults = _checklist_of(ROUGH, AnalysisSettings(disabled_rules=DEFAULT_OFF_RULES))
    assert "passive" in DEFAULT_OFF_RULES
    assert defaults.item("passive") == every
    assert every is not None
    assert every.status == "warn"


def test_keyphrase_checks_the_sidebar_shows_in_amber_are_named_as_options() -> None:
    weeks = "\n\n".join(
        f"## Week {week}{': the writing habit' if week == 1 else ''}\n\n"
        + "\n\n".join(
            f"On day {day} of week {week} the {'writing habit' if day == 1 else 'plan'} held: "
            "I wrote for ten minutes and "
            "stopped when the timer rang."
            for day in range(1, 5)
        )
        for week in range(1, 4)
    )
    source = (
        "# Lessons From Keeping a Writing Habit\n\n"
        "A writing habit is easier to keep than to start. Here is what a month taught me.\n\n"
        + weeks
    )
    subtitle = "What a month of mornings taught me about showing up"
    report = analyze(source, subtitle=subtitle, keyphrase="writing habit")
    fair = [c.message for c in report.keywords.keyphrase.checks if c.status == "ok"]
    assert fair
    assert all(c.status != "poor" for c in report.keywords.keyphrase.checks)
    checklist = build_checklist(
        report,
        title=report.title,
        subtitle=subtitle,
        tags=POLISHED_TAGS,
        canonical_url="",
        first_published_elsewhere=False,
        source=source,
    )
    (item,) = [i for i in checklist.items if i.id == "keyphrase"]
    assert item.status == "pass"
    assert "passes every" not in item.detail
    assert item.fix.startswith("Optional:")
    assert all(message in item.fix for message in fair)
