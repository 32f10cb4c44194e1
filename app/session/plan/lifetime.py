"""Lifetime totals never fall: new figures checked against the story's figures either side.

Views, reads and claps are lifetime totals, so a figure lower than one read on an earlier day
is almost always a slipped digit (186 for 1,860). Stored as it is, it would drop the story out
of its best-read place and move every median, so the writer is asked first.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from app.storage.stories import Snapshot

LIFETIME_FIGURES = ("views", "reads", "claps")


@dataclass(frozen=True, slots=True)
class FallingTotal:
    """One lifetime total that is lower on a later day than on an earlier one."""

    title: str
    figure: str  # one of LIFETIME_FIGURES
    earlier_on: date
    earlier: int
    later_on: date
    later: int

    def describe(self) -> str:
        return (
            f"“{self.title}”: {self.figure} fall from {self.earlier:,} on "
            f"{self.earlier_on:%d %b %Y} to {self.later:,} on {self.later_on:%d %b %Y}"
        )


class FallingTotalsError(Exception):
    """New figures would make lifetime totals fall; nothing was stored."""

    def __init__(self, falls: Iterable[FallingTotal]) -> None:
        self.falls = tuple(falls)
        super().__init__("; ".join(fall.describe() for fall in self.falls))


def _totals(snapshot: Snapshot) -> dict[str, int | None]:
    return {"views": snapshot.views, "reads": snapshot.reads, "claps": snapshot.claps}


def falling_totals(
    title: str, stored: Sequence[Snapshot], new: Sequence[Snapshot]
) -> list[FallingTotal]:
    """Where ``new`` figures make a total fall, against the day before or after them, stored or
    new (a new figure replaces the stored one of its day; one not given keeps it). Falls
    between stored figures alone were accepted before and are not asked about again."""
    by_day = {snapshot.taken_on: snapshot for snapshot in stored}
    for snapshot in new:  # a figure it does not give stays as stored that day
        earlier = by_day.get(snapshot.taken_on)
        by_day[snapshot.taken_on] = snapshot.filled_from(earlier) if earlier else snapshot
    new_days = {snapshot.taken_on for snapshot in new}
    days = sorted(by_day)
    falls: list[FallingTotal] = []
    for name in LIFETIME_FIGURES:
        # A figure not given is no total that fell, and nor is a 0, which older versions
        # stored for one: each figure is compared with the nearest one given.
        given = [(day, _totals(by_day[day])[name]) for day in days]
        logged = [(day, value) for day, value in given if value]
        falls.extend(
            FallingTotal(title, name, earlier_on, earlier, later_on, later)
            for (earlier_on, earlier), (later_on, later) in itertools.pairwise(logged)
            if later < earlier and (earlier_on in new_days or later_on in new_days)
        )
    return sorted(falls, key=lambda fall: (fall.later_on, LIFETIME_FIGURES.index(fall.figure)))
