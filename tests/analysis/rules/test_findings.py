"""Findings: moved copies equal findings built in place; findings inside spans are dropped."""

from __future__ import annotations

import dataclasses
from operator import attrgetter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis.rules.findings import (
    Finding,
    Severity,
    outside_spans,
    outside_spans_in_order,
)

START = attrgetter("start")


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


def _finding(start: int, length: int) -> Finding:
    return Finding("adverb", start, start + length, Severity.INFO, "an adverb")


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 6)), max_size=30),
    st.lists(st.integers(0, 70), max_size=8, unique=True),
)
def test_dropping_findings_in_spans_in_order_agrees_with_the_general_way(
    places: list[tuple[int, int]], bounds: list[int]
) -> None:
    findings = sorted((_finding(start, length) for start, length in places), key=START)
    edges = sorted(bounds)[: len(bounds) // 2 * 2]
    spans = list(zip(edges[::2], edges[1::2], strict=True))
    assert outside_spans_in_order(findings, spans) == outside_spans(findings, spans)


def test_findings_inside_a_span_are_dropped_and_those_overlapping_it_kept() -> None:
    inside, overlapping, after = _finding(12, 3), _finding(18, 5), _finding(30, 2)
    assert outside_spans_in_order([inside, overlapping, after], [(10, 20)]) == [overlapping, after]
