"""The style checks: readability, adverbs, hard sentences, passive voice, rules switched off."""

from __future__ import annotations

from dataclasses import replace

from app.analysis.engine.analyzer import Analyzer, analyze
from app.analysis.engine.settings import AnalysisSettings
from app.analysis.insights.readability import grade_label
from app.analysis.rules.catalog import DEFAULT_OFF_RULES
from app.publishing.checklist import build_checklist
from tests.publishing.checklist.drafts import ADVERBS, POLISHED, ROUGH, checklist_of


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


def test_a_rule_switched_off_is_skipped_and_says_how_to_switch_it_on() -> None:
    on = checklist_of(ADVERBS).item("adverbs")
    assert on is not None
    assert on.status == "warn"
    # The app's defaults: the adverb rule is off, so there are no adverb findings at all.
    off = checklist_of(ADVERBS, AnalysisSettings(disabled_rules=DEFAULT_OFF_RULES))
    adverbs = off.item("adverbs")
    assert adverbs is not None
    assert adverbs.status == "skip"
    assert adverbs.detail == "Not checked: “Adverbs” is switched off."
    assert adverbs.fix == (
        "Switch on “Adverbs” in Settings or the sidebar's Writing card to include it here."
    )
    assert adverbs.options == "--rule adverb"  # what the command line says instead
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
    every = checklist_of(text).item("hard_sentences")
    defaults = checklist_of(text, AnalysisSettings(disabled_rules=DEFAULT_OFF_RULES))
    part = defaults.item("hard_sentences")
    assert every is not None
    assert part is not None
    assert "very hard" in every.detail
    assert "hard ones are not counted while “Hard sentences” is off" in part.detail
    if part.status == "pass":
        assert "Switch on “Hard sentences”" in part.fix
        assert part.options == "--rule hard_sentence"
    both_off = AnalysisSettings(disabled_rules=frozenset({"hard_sentence", "very_hard_sentence"}))
    skipped = checklist_of(text, both_off).item("hard_sentences")
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
    every = checklist_of(ROUGH).item("passive")
    defaults = checklist_of(ROUGH, AnalysisSettings(disabled_rules=DEFAULT_OFF_RULES))
    assert "passive" in DEFAULT_OFF_RULES
    assert every is not None
    off = defaults.item("passive")
    assert off is not None
    assert (off.status, off.detail) == (every.status, every.detail)
    assert every.status == "warn"
    # With the rule off the sentences are counted but not highlighted: the fix says how to
    # find the ones it asks to rewrite.
    assert off.fix == (
        f"{every.fix} Switch on “Passive voice” in Settings or the sidebar's Writing card to "
        "see which they are."
    )
    assert (every.options, off.options) == ("", "--rule passive")
