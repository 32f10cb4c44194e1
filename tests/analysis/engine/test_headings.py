"""Headings get the word-level grammar checks, never the sentence and paragraph rules."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.engine.settings import AnalysisSettings
from app.analysis.rules.catalog import RULE_IDS

ALL_ON = AnalysisSettings(disabled_rules=frozenset())


def _found(source: str, settings: AnalysisSettings = ALL_ON) -> list[tuple[str, str, str]]:
    report = analyze(source, settings=settings)
    return [
        (f.rule, source[f.start : f.end], f.replacements[0] if f.replacements else "")
        for f in report.findings
    ]


def test_a_grammar_slip_in_a_subheading_is_caught_on_its_words() -> None:
    source = "# A post\n\n## Its a trap\n\nSome plain words.\n\n### Your going to love this\n"
    found = _found(source)
    assert ("its_its", "Its", "It's") in found
    assert ("your_youre", "Your", "You're") in found


def test_a_heading_slip_is_placed_after_its_marks_and_inline_markup() -> None:
    source = "Intro line.\n\n##   We *should of* known\n"
    report = analyze(source)
    (finding,) = [f for f in report.findings if f.rule == "modal_of"]
    assert source[finding.start : finding.end] == "of"
    assert finding.start == source.index("of* known")


def test_headings_get_no_sentence_style_rules() -> None:
    long_passive = (
        "## The results were analysed by the team and the figures were checked by everyone "
        "who had been asked by the editors to look at them very carefully before launch\n"
    )
    rules = {rule for rule, _words, _fix in _found(long_passive)}
    sentence_rules = {"long_sentence", "hard_sentence", "very_hard_sentence", "passive"}
    assert sentence_rules <= RULE_IDS
    assert not rules & sentence_rules
    assert not rules & {"adverb", "intensifier", "long_paragraph", "paragraph_sentences"}


def test_a_switched_off_grammar_check_stays_off_in_headings() -> None:
    off = AnalysisSettings(disabled_rules=frozenset({"its_its"}))
    assert _found("## Its a trap\n", off) == []


def test_a_quotation_in_a_heading_is_left_as_said() -> None:
    assert not [f for f in _found('## "Its a trap," he said\n') if f[0] == "its_its"]


def test_the_title_and_subtitle_get_the_word_checks_and_spelling_with_fixes() -> None:
    report = analyze(
        "I’m writing this with curly apostrophes.\n",
        title="Its a Trap to Recieve More",
        subtitle="A quiet subtitle",
    )
    found = [(f.rule, report.title[f.start : f.end], f.suggestion) for f in report.title_findings]
    assert found == [("its_its", "Its", "It’s"), ("spelling", "Recieve", "Receive")]
    assert report.subtitle_findings == ()
    assert all(f.rule != "its_its" for f in report.findings)


def test_switched_off_checks_leave_the_title_alone() -> None:
    off = AnalysisSettings(disabled_rules=frozenset({"its_its", "spelling"}))
    report = analyze("Words.\n", title="Its a Trap to Recieve More", settings=off)
    assert report.title_findings == ()
