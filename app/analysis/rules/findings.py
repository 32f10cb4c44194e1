"""A finding: one problem in the text, where it is, why it matters and how to fix it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from operator import attrgetter


class Severity(StrEnum):
    """How much a finding matters; the UI picks a colour and the checklist a verdict from it."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem found in the text.

    ``start``/``end`` are character offsets (Python ``str`` indices) into the Markdown source the
    analysis was given; ``end`` is exclusive. ``replacements`` are one-click fixes, best first;
    ``suggestion`` is the advice shown to the writer (often the first replacement).
    """

    rule: str
    start: int
    end: int
    severity: Severity
    message: str
    suggestion: str | None = None
    replacements: tuple[str, ...] = ()

    def shifted(self, offset: int) -> Finding:
        """The same finding ``offset`` characters further into the source."""
        # An edit moves every finding after it, hundreds in a long draft: the slots are set
        # directly, at half the cost of the frozen __init__'s object.__setattr__ per field.
        moved: Finding = _new_object(Finding)
        _set_rule(moved, self.rule)
        _set_start(moved, self.start + offset)
        _set_end(moved, self.end + offset)
        _set_severity(moved, self.severity)
        _set_message(moved, self.message)
        _set_suggestion(moved, self.suggestion)
        _set_replacements(moved, self.replacements)
        return moved

    def moved(self, start: int, end: int) -> Finding:
        """The same finding over ``start``-``end``."""
        return Finding(
            self.rule, start, end, self.severity, self.message, self.suggestion, self.replacements
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "severity": str(self.severity),
            "message": self.message,
            "suggestion": self.suggestion,
            "replacements": list(self.replacements),
        }


_new_object = object.__new__
# The slot descriptors' setters, in field order (they bypass the frozen __setattr__).
(
    _set_rule,
    _set_start,
    _set_end,
    _set_severity,
    _set_message,
    _set_suggestion,
    _set_replacements,
) = (getattr(Finding, field.name).__set__ for field in fields(Finding))


def outside_spans(findings: Sequence[Finding], spans: Sequence[tuple[int, int]]) -> list[Finding]:
    """``findings`` without those lying wholly inside one of ``spans`` (sorted, disjoint)."""
    if not spans:
        return list(findings)
    starts = [start for start, _end in spans]
    kept: list[Finding] = []
    for finding in findings:
        index = bisect_right(starts, finding.start) - 1
        if index >= 0 and finding.end <= spans[index][1]:
            continue
        kept.append(finding)
    return kept


def outside_spans_in_order(
    findings: Sequence[Finding], spans: Sequence[tuple[int, int]]
) -> list[Finding]:
    """``outside_spans`` for ``findings`` sorted by start, such as a whole draft's.

    Only the findings starting inside a span are looked at, instead of each of the
    thousand or so findings of a long draft.
    """
    kept = list(findings)
    if not spans:
        return kept
    starts = list(map(_START, kept))
    # From the last span back, so that the positions of the earlier ones stay valid.
    for span_start, span_end in reversed(spans):
        first, last = bisect_left(starts, span_start), bisect_right(starts, span_end)
        if first < last:
            kept[first:last] = [finding for finding in kept[first:last] if finding.end > span_end]
    return kept


_START = attrgetter("start")
