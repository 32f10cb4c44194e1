"""No rule fires inside quotations or captions: block quotes, quoted words, image captions."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.engine.settings import AnalysisSettings
from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.quotations import outside_quotations, quoted_spans

EVERY_RULE = AnalysisSettings(disabled_rules=frozenset({"spelling"}))


def _finding(start: int, end: int) -> Finding:
    return Finding("intensifier", start, end, Severity.INFO, "")


def test_curly_and_straight_quotations_are_found() -> None:
    text = 'He said “very nice” and "really good" but 5" is an inch.'
    assert [text[start:end] for start, end in quoted_spans(text)] == [
        "“very nice”",
        '"really good"',
    ]


def test_findings_inside_a_quotation_are_dropped() -> None:
    text = "It is very good, “very good” indeed."
    inside = _finding(text.index("“very") + 1, text.index("“very") + 5)
    outside = _finding(6, 10)
    assert outside_quotations(text, [outside, inside]) == [outside]


def test_a_finding_across_a_quotation_mark_is_kept() -> None:
    text = "The “plan” was very vague."
    whole = _finding(0, len(text))
    assert outside_quotations(text, [whole]) == [whole]


def _rules_in(source: str, part: str) -> list[str]:
    start = source.index(part)
    end = start + len(part)
    report = analyze(source, settings=EVERY_RULE)
    return [f.rule for f in report.findings if f.start >= start and f.end <= end]


def test_no_rule_fires_in_a_block_quote() -> None:
    quote = (
        "> So I think it was really, very clearly decided by many people that the plan, which "
        "was sort of written in a hurry and was approved by committees in every department, "
        "basically could never have been implemented in the given timeframe by anyone at all."
    )
    source = f"# Title\n\nOur own words are plain.\n\n{quote}\n"
    assert _rules_in(source, quote) == []


def test_no_rule_fires_in_quoted_speech() -> None:
    speech = "“It was really, very clearly decided by many people,”"
    source = f"# Title\n\n{speech} she said. It was very late.\n"
    assert _rules_in(source, speech) == []
    assert "intensifier" in _rules_in(source, "It was very late.")


def test_no_rule_fires_in_an_image_caption() -> None:
    caption = "*The dog was very clearly photographed by many people in order to show it.*"
    source = f"# Title\n\n![A dog](dog.png)\n{caption}\n\nIt was very late.\n"
    assert _rules_in(source, caption) == []
    assert "intensifier" in _rules_in(source, "It was very late.")


def test_a_caption_may_follow_the_image_after_a_blank_line() -> None:
    caption = "_The cat was very happy in order to rest._"
    source = f"# Title\n\n![Cat](cat.png)\n\n{caption}\n"
    assert _rules_in(source, caption) == []


def test_italics_without_an_image_are_prose() -> None:
    line = "_We met in order to talk._"
    source = f"# Title\n\nSome words.\n\n{line}\n"
    assert "simpler" in _rules_in(source, line)


def test_a_sentence_that_is_mostly_a_quotation_is_not_the_writers_to_split() -> None:
    words = (
        "because I am remote, I have taken to sending short and proactive progress updates to "
        "all of my teams every single afternoon, even when the daily standups that we hold "
        "over video are not required by anyone in the whole organisation at all"
    )
    # A lead-in longer than a label ("Why it matters:"): the sentence holds the quotation.
    lead_in = "As Kate, a content designer who lives in Portland, puts it"
    quoted = f'{lead_in}: "{words[0].upper()}{words[1:]}."'
    own = f"{lead_in}, {words}."
    source = f"# Title\n\n{quoted}\n\n{own}\n"
    assert "very_hard_sentence" not in _rules_in(source, quoted)
    assert "very_hard_sentence" in _rules_in(source, own)
