"""A check's trigger words only skip texts in which it could never find anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis.rules.grammar import ALL_CHECKS, find_grammar

DATA = Path(__file__).parent / "data"


def _sentences() -> list[str]:
    rows = []
    for name in ("sentences_dev.tsv", "sentences_heldout.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                rows.append(line.split("\t")[2])
    return rows


@pytest.mark.parametrize("check", [c for c in ALL_CHECKS if c.triggers], ids=lambda c: c.id)
def test_every_hit_contains_a_trigger(check) -> None:
    for sentence in _sentences():
        for finding in check.findings(sentence):
            assert check.may_apply(sentence.lower()), (check.id, sentence)
            assert finding in find_grammar(sentence, [check])
