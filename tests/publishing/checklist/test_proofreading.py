"""The proofreading checks: grammar slips and repeated words, quoted as advice."""

from __future__ import annotations

from app.analysis.engine.settings import AnalysisSettings
from tests.publishing.checklist.drafts import POLISHED, SLIPS, checklist_of


def test_grammar_slips_and_repeats_are_listed_as_advice() -> None:
    checklist = checklist_of(SLIPS)
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
    grammar = checklist_of(POLISHED).item("grammar")
    assert grammar is not None
    assert grammar.status == "pass"
    assert grammar.detail == "No grammar slips or repeated words found."


def test_a_pass_does_not_vouch_for_quotations_it_leaves_as_written() -> None:
    text = "# Dialogue\n\nShe said, “Its a shame you could of come.” I agreed with her.\n"
    grammar = checklist_of(text).item("grammar")
    assert grammar is not None
    assert grammar.status == "pass"
    assert grammar.detail == "No grammar slips or repeated words found outside quotations."


def test_grammar_switched_off_is_never_a_pass() -> None:
    from app.analysis.rules.grammar import CHECKS

    off = frozenset({check.id for check in CHECKS} | {"repeated_word"})
    grammar = checklist_of(SLIPS, AnalysisSettings(disabled_rules=off)).item("grammar")
    assert grammar is not None
    assert grammar.status == "skip"
    assert "switched off" in grammar.detail


def test_a_hyphen_fix_is_quoted_as_the_writer_will_read_it() -> None:
    text = "# Go\n\nThe language appeared fully-formed in a single release.\n"
    grammar = checklist_of(text).item("grammar")
    assert grammar is not None
    assert "“appeared fully-formed in” (→ fully formed)" in grammar.detail
