"""fast_constructor and pickled_as_fields: the same instances as the dataclass's own."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from app.analysis.counts import TextCounts
from app.analysis.findings import Finding, Severity
from app.analysis.prose_model import ProseBlock
from app.analysis.records import fast_constructor


@dataclass(frozen=True, slots=True)
class _Pair:
    left: int
    right: str = "x"


def test_builds_an_equal_instance() -> None:
    build = fast_constructor(_Pair)
    built = build(1, "a")
    assert built == _Pair(1, "a")
    assert hash(built) == hash(_Pair(1, "a"))
    assert repr(built) == repr(_Pair(1, "a"))
    assert type(built) is _Pair


def test_the_instance_stays_frozen() -> None:
    built = fast_constructor(_Pair)(1, "a")
    with pytest.raises(FrozenInstanceError):
        built.left = 2  # type: ignore[misc]


def test_works_for_the_analysis_records() -> None:
    finding = fast_constructor(Finding)("r", 1, 2, Severity.INFO, "m", None, ())
    assert finding == Finding("r", 1, 2, Severity.INFO, "m")
    assert fast_constructor(TextCounts)(*range(8)) == TextCounts(*range(8))


def test_finding_moved_and_shifted() -> None:
    finding = Finding("r", 1, 2, Severity.INFO, "m", "s", ("s",))
    assert finding.moved(5, 9) == Finding("r", 5, 9, Severity.INFO, "m", "s", ("s",))
    assert finding.shifted(3) == Finding("r", 4, 5, Severity.INFO, "m", "s", ("s",))


@dataclass(frozen=True)
class _NoSlots:
    value: int


@dataclass(slots=True)
class _NotFrozen:
    value: int


@dataclass(frozen=True, slots=True)
class _Derived:
    value: int
    double: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "double", 2 * self.value)


@pytest.mark.parametrize("cls", [_NoSlots, _NotFrozen, _Derived, int])
def test_refuses_classes_it_cannot_build_faithfully(cls: type) -> None:
    with pytest.raises(TypeError):
        fast_constructor(cls)


def test_pickled_records_come_back_equal_and_complete() -> None:
    finding = Finding("passive", 3, 9, Severity.WARNING, "m", "s", ("a", "b"))
    block = ProseBlock("paragraph", 0, "Some text here.", ((0, 2, 15),))
    counts = TextCounts(*range(8))
    for record in (finding, block, counts):
        copy = pickle.loads(pickle.dumps(record))
        assert copy == record
        assert type(copy) is type(record)
    # A field computed in __post_init__ is rebuilt, not lost.
    assert pickle.loads(pickle.dumps(block)).source_span(0, 4) == block.source_span(0, 4)
