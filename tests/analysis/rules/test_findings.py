"""Findings: moved copies are equal to findings built in place, and stay immutable."""

from __future__ import annotations

import dataclasses

import pytest

from app.analysis.rules.findings import Finding, Severity


def test_a_shifted_finding_equals_one_built_at_the_new_place() -> None:
    finding = Finding("spelling", 3, 7, Severity.ERROR, '"teh" may be misspelled', "the", ("the",))
    moved = finding.shifted(40)
    assert moved == Finding(
        "spelling", 43, 47, Severity.ERROR, '"teh" may be misspelled', "the", ("the",)
    )
    assert hash(moved) == hash(Finding(*dataclasses.astuple(moved)))
    assert moved.to_dict()["start"] == 43
    assert finding.start == 3  # the original is untouched


def test_a_shifted_finding_is_still_immutable() -> None:
    moved = Finding("adverb", 0, 6, Severity.INFO, "an adverb").shifted(10)
    with pytest.raises(dataclasses.FrozenInstanceError):
        moved.start = 0  # type: ignore[misc]
