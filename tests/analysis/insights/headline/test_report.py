"""analyze_headline: the one entry point the sidebar, the headline lab and the CLI use."""

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.analysis.insights.headline import HeadlineReport, Reason, analyze_headline
from app.analysis.insights.headline.kinds import HeadlineType
from app.analysis.insights.headline.report import (
    BANDS,
    HIGH_RISK_CAP,
    LABEL_CAP,
    LABEL_WORDS,
    NOTABLE_STYLE_LOSS,
    band_for,
    overall_score,
    percent_estimate,
    risk_level,
    style_loss,
    verdict_for,
)

JSON_KEYS = {
    "text",
    "score",
    "overall",
    "clickbait_probability",
    "type",
    "verdict",
    "band",
    "lift",
    "reasons",
    "contributions",
    "red_flags",
    "characters",
    "words",
}


def test_report_fields_and_json():
    report = analyze_headline("What I Learned From Two Years of Remote Work", "remote work")
    assert isinstance(report, HeadlineReport)
    assert 0 <= report.score <= 100
    assert 0 <= report.overall <= 100
    assert 0.0 <= report.clickbait_probability <= 1.0
    assert report.type == "personal story"
    assert report.characters == 44
    assert report.words == 9
    data = report.to_dict()
    assert set(data) >= JSON_KEYS
    assert json.loads(json.dumps(data)) == data
    assert data["contributions"][0].keys() == {"name", "label", "value", "contribution"}


def test_report_is_frozen():
    report = analyze_headline("A Headline")
    with pytest.raises(AttributeError):
        report.score = 100  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_title_gives_a_valid_report(text):
    report = analyze_headline(text)
    assert report.score == 0
    assert report.overall == 0
    assert report.words == 0
    assert report.red_flags == ()
    assert len(report.reasons) == 1
    assert "no title" in report.reasons[0].text
    assert report.reasons[0].impact < 0
    assert set(report.to_dict()) >= JSON_KEYS


def test_reasons_are_signed_plain_language_and_strongest_first():
    report = analyze_headline("Is This Worth It?")
    assert report.reasons
    impacts = [abs(reason.impact) for reason in report.reasons]
    assert impacts == sorted(impacts, reverse=True)
    for reason in report.reasons:
        assert isinstance(reason, Reason)
        assert reason.text.startswith("+ " if reason.impact > 0 else "- ")
        assert "_" not in reason.text  # no internal feature names
    texts = " ".join(reason.text for reason in report.reasons)
    assert "question" in texts


def test_contributions_add_up_to_the_score_order():
    weak = analyze_headline("Is Remote Work Worth It?")
    strong = analyze_headline(
        "She Lost Her Job at 52 and Built a Bakery That Now Employs 30 People"
    )
    total = lambda report: sum(item.contribution for item in report.contributions)  # noqa: E731
    assert total(strong) > total(weak)
    assert strong.score > weak.score
    names = [item.name for item in strong.contributions]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("stronger", "weaker"),
    [
        # A concrete story with a person and a number beats a bare topic.
        ("How One Teacher Got 30 Kids to Read Every Day", "Reading"),
        # The same idea, stated rather than asked.
        (
            "This Mom Found a Way to Cut Her Family's Grocery Bill in Half",
            "Can You Cut Your Grocery Bill in Half?",
        ),
        # Specific and calm beats shouting with exclamation marks.
        (
            "A Nurse Explains What Actually Happens in an Emergency Room at Night",
            "EMERGENCY ROOMS!!!",
        ),
        ("7 Lessons From a Year of Teaching Kids to Code", "Lessons"),
    ],
)
def test_score_orders_clear_cases(stronger, weaker):
    assert analyze_headline(stronger).score > analyze_headline(weaker).score


def test_clickbait_is_penalised_in_overall_and_verdict():
    bait = analyze_headline("You Won't Believe What This Dog Did Next")
    assert bait.clickbait_probability > 0.9
    assert bait.risk == "high"
    assert bait.red_flags
    assert bait.overall < bait.score
    assert "strong" not in bait.verdict.lower()
    news = analyze_headline("Parliament passes budget bill after late-night vote")
    assert news.clickbait_probability < 0.1
    assert news.risk == "low"


def test_risk_levels():
    assert risk_level(0.1, 0) == "low"
    assert risk_level(0.6, 0) == "low"
    assert risk_level(0.99, 0) == "low"  # a blog-like style alone is not a risk
    assert risk_level(0.2, 1) == "medium"
    assert risk_level(0.8, 1) == "high"
    assert risk_level(0.1, 2) == "high"


def test_overall_score_rules():
    # Honest standards weigh more than appeal: a plain title with low appeal stays above a
    # catchy one in a clickbait site's style.
    assert overall_score(5, 0.05, 0, 8, 50) > overall_score(90, 0.999, 0, 8, 50)
    assert overall_score(80, 0.1, 0, 8, 50) > overall_score(80, 0.95, 0, 8, 50)
    assert overall_score(80, 0.1, 1, 8, 50) < overall_score(
        80, 0.1, 0, 8, 50
    )  # a red flag costs points
    assert overall_score(100, 1.0, 1, 8, 50) <= HIGH_RISK_CAP  # high risk: capped
    assert overall_score(100, 0.0, 0, 8, 50) == 100
    assert overall_score(0, 1.0, 5, 8, 50) == 0


def test_style_alone_never_sinks_a_headline_to_the_level_of_a_high_risk_one():
    for appeal in (0, 50, 100):
        for probability in (0.0, 0.5, 0.99, 1.0):
            assert overall_score(appeal, probability, 0, 8, 50) > HIGH_RISK_CAP
    for probability in (0.0, 0.5, 1.0):
        assert overall_score(100, probability, 2, 8, 50) <= HIGH_RISK_CAP


def test_a_how_to_without_a_red_flag_loses_only_what_its_wording_adds_to_the_form():
    """The classifier holds the how-to form itself against a title (nearly every how-to it was
    shown came from a viral site); on Medium the form is standard, so it costs nothing."""
    how_to = HeadlineType.HOW_TO
    assert style_loss(1.0) == pytest.approx(60.0)
    assert style_loss(1.0, form=how_to) < NOTABLE_STYLE_LOSS  # never worth a word of warning
    assert style_loss(0.5, form=how_to) == 0.0
    # However viral its wording reads, a how-to without a red flag that fits a search result
    # is good from an appeal of 5 on, and never far below.
    good = BANDS[2][1]
    assert overall_score(5, 1.0, 0, 8, 60, form=how_to) >= good
    assert overall_score(0, 1.0, 0, 8, 60, form=how_to) >= good - 2
    assert overall_score(5, 1.0, 0, 8, 60) < good  # a statement keeps the full cost


def test_a_red_flag_takes_the_forms_allowance_away():
    how_to, listed = HeadlineType.HOW_TO, HeadlineType.LIST
    assert style_loss(0.99, form=how_to, flags=1) == style_loss(0.99)
    assert overall_score(60, 0.99, 1, 8, 50, form=how_to) == overall_score(60, 0.99, 1, 8, 50)
    assert overall_score(100, 1.0, 1, 8, 50, form=listed) <= HIGH_RISK_CAP


def test_a_numbered_list_keeps_the_full_cost_of_its_style():
    """A third of the viral-site headlines are numbered lists without a red flag: leaving the
    form's share out would lift them past honest headlines (see EXPLAINED_FORMS)."""
    assert style_loss(0.99, form=HeadlineType.LIST) == style_loss(0.99)


@pytest.mark.parametrize(
    "text",
    [
        "How to Write a Cover Letter That Gets Read",
        "How to Give Feedback Your Team Can Use",
        "How to Read a Research Paper in 30 Minutes",
    ],
)
def test_an_honest_how_to_in_a_viral_sites_wording_is_good(text):
    report = analyze_headline(text)
    assert report.clickbait_probability > 0.95  # the wording reads like a viral site's
    assert not report.red_flags
    assert report.band == "good", (text, report.overall)
    assert report.verdict == "Good: clear and honest"
    assert report.risk_note == "no red flag"
    assert report.style_loss < NOTABLE_STYLE_LOSS
    assert report.standards == pytest.approx(100.0 - report.style_loss)


@pytest.mark.parametrize(
    "text",
    [
        "10 Things Doctors Hate About This Diet",
        "How to Lose Weight Fast With This One Weird Trick",
        "You Won't Believe How to Make Money From Home",
    ],
)
def test_clickbait_with_a_red_flag_stays_weak_whatever_its_form(text):
    report = analyze_headline(text)
    assert report.red_flags
    assert report.band == "weak", (text, report.overall)
    assert report.overall <= HIGH_RISK_CAP
    assert report.style_loss == pytest.approx(style_loss(report.clickbait_probability))


def test_a_label_of_one_or_two_words_is_weak_however_clean():
    for words in (1, 2):
        assert overall_score(100, 0.0, 0, words, 50) == LABEL_CAP
        assert band_for(LABEL_CAP, "low") == "weak"
    # Any title of three words or more without a red flag that fits a search result
    # outranks every label, and every label outranks a high-risk headline.
    assert overall_score(0, 1.0, 0, LABEL_WORDS, 60) > LABEL_CAP > HIGH_RISK_CAP


def test_bands_and_verdicts():
    assert [band_for(value, "low") for value in (0, 39, 40, 54, 55, 69, 70, 100)] == [
        "weak", "weak", "fair", "fair", "good", "good", "strong", "strong",
    ]  # fmt: skip
    assert band_for(95, "medium") == "good"  # never strong with a red flag
    assert verdict_for("strong", "high").startswith("Weak: reads as clickbait")
    assert verdict_for("strong", "low").startswith("Strong")
    assert verdict_for("fair", "low").startswith("Fair")
    assert verdict_for("fair", "low") == "Fair: honest, but it could say more"
    assert verdict_for("fair", "low", probability=0.97) == "Fair: it could say more"
    assert "red flag" in verdict_for("good", "medium")


def test_every_band_below_strong_says_what_would_lift_it():
    for text in ("Lessons", "Reading", "Is This Worth It?", "The Case Against Microservices"):
        report = analyze_headline(text)
        assert report.band in {"weak", "fair", "good", "strong"}
        if report.band != "strong":
            assert report.lift.startswith("To lift it: ")
            assert len(report.lift) > len("To lift it: ") + 10


@pytest.mark.parametrize(
    "text",
    [
        "How to Return to Single-Tasking When Your Browser Owns You",
        "Five Ways to Turn a Bad Idea Into a Great One",
        "How to Do Usability Testing With Kids",
        "Is Multitasking Quietly Ruining Your Focus?",
        "The Case Against Microservices",
        "Lessons",
    ],
)
def test_the_lift_follows_from_a_reason_shown(text):
    """ "To lift it" repeats the action of a drawback among the first four reasons (the card
    shows four), never advice that no reason supports."""
    report = analyze_headline(text)
    assert report.band != "strong"
    shown = report.reasons[:4]
    assert any(reason.impact < 0 and report.lift.endswith(reason.action) for reason in shown), (
        report.lift,
        [reason.text for reason in shown],
    )


def test_a_strong_headline_with_a_drawback_listed_is_not_told_nothing_stands_out():
    report = analyze_headline("Svelte 5 Runes Finally Made Reactivity Click for Me")
    assert report.band == "strong"
    drawbacks = [reason for reason in report.reasons if reason.impact < 0 and reason.action]
    assert drawbacks
    assert report.lift == f"Strong already; to polish it: {drawbacks[0].action}"


def test_plain_specific_titles_are_not_shamed():
    for text in (
        "The Case Against Microservices",
        "A Practical Guide to PostgreSQL Indexes",
        "Understanding Python's Global Interpreter Lock",
    ):
        report = analyze_headline(text)
        assert report.band in {"fair", "good", "strong"}, (text, report.overall)


def test_keyphrase_reasons():
    missing = analyze_headline("Ten Years of Working From Home", "remote work")
    assert any("keyphrase is missing" in reason.text for reason in missing.reasons)
    first = analyze_headline("Remote Work: Ten Years of Lessons", "remote work")
    assert any("keyphrase comes first" in reason.text for reason in first.reasons)


def test_long_title_warns_about_search_results():
    report = analyze_headline(
        "A Very Long Headline About Remote Work That Goes On and On Past What Search Shows"
    )
    assert any("search results cut" in reason.text for reason in report.reasons)


def test_same_answer_from_many_threads():
    headlines = [f"{n} Ways to Make Remote Work Less Lonely" for n in range(3, 40)]
    expected = [analyze_headline(text).to_dict() for text in headlines]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda text: analyze_headline(text).to_dict(), headlines * 4))
    assert results == expected * 4


def test_probability_shown_to_writers_never_claims_certainty():
    assert percent_estimate(0.0001) == "<1%"
    assert percent_estimate(0.2) == "20%"
    assert percent_estimate(0.999) == ">99%"
    assert analyze_headline("You Won't Believe What Happened Next").clickbait_percent.endswith("%")


def test_a_headline_asked_again_is_not_scored_again():
    # The lab scores every idea and the sidebar the same title after each pause: one report.
    first = analyze_headline("Seven Habits That Saved My Mornings", "habits")
    assert analyze_headline("Seven  Habits That Saved My Mornings", "habits") is first
