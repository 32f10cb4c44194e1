"""A Plan over a real database file, with a clock the test sets."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.session.plan.measure import StoryMeasures
from app.session.plan.planner import Plan


class SetClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 20, 12, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def now() -> SetClock:
    return SetClock()


def quick_measure(title: str, body: str, subtitle: str) -> StoryMeasures:
    """Stands in for the full analysis where a test is about storage, not measures."""
    return StoryMeasures(len(title), len(body.split()), len(body.split()) / 265, 8.0)


@pytest.fixture
def plan(store, now) -> Plan:
    return Plan(store, now=now, measure=quick_measure)
