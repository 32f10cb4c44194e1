"""One fix for every use of a misspelled word, each use keeping its case."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.rules.spelling.every_use import every_use, every_use_edits


def _apply(source: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[end:]
    return source


def test_every_use_of_a_repeated_slip_is_corrected_in_its_own_case() -> None:
    source = "Recieve it. We recieve mail.\n\n## Recieve more\n\nThey recieve a lot; teh end.\n"
    findings = analyze(source, spelling_suggestions=True).findings
    clicked = next(f for f in findings if source[f.start : f.end] == "recieve")
    uses = every_use(clicked, findings, source)
    assert [source[f.start : f.end] for f in uses] == ["Recieve", "recieve", "Recieve", "recieve"]
    edits = every_use_edits(uses, source, clicked.replacements[0], "recieve")
    assert _apply(source, edits) == (
        "Receive it. We receive mail.\n\n## Receive more\n\nThey receive a lot; teh end.\n"
    )
    # The fix offered at the capitalised use gives the same result.
    capitalised = uses[0]
    assert capitalised.replacements[0] == "Receive"
    again = every_use_edits(uses, source, capitalised.replacements[0], "Recieve")
    assert again == edits


def test_a_word_flagged_once_has_no_every_use_fix() -> None:
    source = "We recieve mail; teh end."
    findings = analyze(source).findings
    assert all(every_use(f, findings, source) == [] for f in findings)
