"""Top fixes: the ten edits that help most, a doubled word before a wordy phrase."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.top_fixes import TOP_FIXES, top_fixes


def _finding(rule: str, start: int, end: int) -> Finding:
    return Finding(rule, start, end, Severity.INFO, "")


def test_a_doubled_word_comes_before_a_wordy_phrase() -> None:
    source = "We met in order to plan the the launch."
    report = analyze(source)
    fixes = top_fixes(report.findings, source)
    assert [fix.finding.rule for fix in fixes][:2] == ["repeated_word", "simpler"]
    assert fixes[0].excerpt == "the the"


def test_a_longer_sentence_helps_more() -> None:
    short_sentence = " ".join(["word"] * 26) + "."
    long_sentence = " ".join(["word"] * 45) + "."
    source = f"{short_sentence} {long_sentence}"
    second = len(short_sentence) + 1
    findings = [
        _finding("very_hard_sentence", 0, len(short_sentence)),
        _finding("very_hard_sentence", second, len(source)),
    ]
    fixes = top_fixes(findings, source)
    assert [fix.finding.start for fix in fixes] == [second, 0]
    assert fixes[0].excerpt.endswith("…")


def test_no_rule_crowds_out_the_others() -> None:
    source = "x" * 400
    sentences = [_finding("very_hard_sentence", n * 20, n * 20 + 19) for n in range(15)]
    wordy = [_finding("simpler", 300 + n * 10, 305 + n * 10) for n in range(3)]
    fixes = top_fixes(sentences + wordy, source)
    rules = [fix.finding.rule for fix in fixes]
    assert len(fixes) == TOP_FIXES
    assert rules.count("simpler") == 3
    assert rules.count("very_hard_sentence") == 7  # half, and the places nothing else took


def test_nothing_to_fix() -> None:
    assert top_fixes([], "") == []


def test_a_grammar_slip_comes_before_an_intensifier() -> None:
    source = "It was very good. You could of done it really well."
    report = analyze(source)
    fixes = top_fixes(report.findings, source)
    rules = [fix.finding.rule for fix in fixes]
    assert rules == ["modal_of", "intensifier", "intensifier"]


def test_an_excerpt_reads_as_text_and_ends_on_a_whole_word() -> None:
    source = "**Catherine:** We noticed that we burned out after a few long weeks of pairing."
    fixes = top_fixes([_finding("very_hard_sentence", 0, len(source))], source)
    assert fixes[0].excerpt == "Catherine: We noticed that we…"
