"""A generated writing history: 200 stories over a year with weekly statistics.

Two effects are planted so the statistics have something true to find: stories published on
a Tuesday get twice the reads, and reads rise with the headline score. Everything else is
noise from a seeded generator, so the history is the same on every run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.storage.store import Store
from app.storage.stories import Snapshot, SnapshotRow, StoryFacts, story_key

START = datetime(2025, 1, 6, 9, 0)  # a Monday
END = date(2026, 1, 5)
TAGS = ("Writing", "Productivity", "Python", "Life Lessons", "Startup", "Design", "Health")


@dataclass(frozen=True)
class GeneratedStory:
    facts: StoryFacts
    snapshots: tuple[Snapshot, ...]


def generate(count: int = 200, seed: int = 7, *, planted: bool = True) -> list[GeneratedStory]:
    rng = random.Random(seed)
    stories = []
    for index in range(count):
        published = START + timedelta(days=rng.randrange(0, 350), hours=rng.randrange(0, 14))
        score = rng.randrange(20, 95)
        final = rng.randrange(50, 200) * ((1 + score / 50) if planted else 2)
        if planted and published.weekday() == 1:
            final *= 2
        ratio = rng.uniform(0.25, 0.6)
        facts = StoryFacts(
            f"Story number {index}: notes on {rng.choice(TAGS).lower()}",
            published,
            url=f"https://medium.com/@writer/story-{index}",
            tags=tuple(rng.sample(TAGS, k=rng.randrange(1, 4))),
            words=(words := rng.randrange(400, 3000)),
            read_minutes=round(words / 265, 2),
            headline_score=score,
            reading_grade=round(rng.uniform(5, 14), 1),
        )
        snapshots = []
        day = published.date() + timedelta(days=1)
        while day <= END:
            age = (day - published.date()).days
            reads = round(final * (1 - 0.9 ** (age / 3)))
            views = round(reads / ratio)
            snapshots.append(
                Snapshot(
                    day, views, reads, claps=reads // 3, fans=reads // 20, responses=reads // 60
                )
            )
            day += timedelta(days=7)
        stories.append(GeneratedStory(facts, tuple(snapshots)))
    return stories


def load(store: Store, history: list[GeneratedStory]) -> None:
    store.stories.import_rows(
        [
            SnapshotRow(story_key(story.facts.url, story.facts.title), snapshot, story.facts)
            for story in history
            for snapshot in story.snapshots
        ]
    )
