"""The posting schedule, goals, and the raw material for writing streaks (saved word counts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, literal, select
from sqlalchemy.orm import Session, sessionmaker

from app.storage.models import Draft, Revision
from app.storage.plan_models import PlanGoal, PublishedStory, ScheduledPost

GOAL_KINDS = ("posts_per_week", "words_per_day")
# The largest target of each goal: the one range the command line accepts and the Plan
# window's boxes show. Three posts a day and 20,000 words a day are already beyond anyone.
GOAL_LIMITS = {"posts_per_week": 21, "words_per_day": 20_000}


@dataclass(frozen=True, slots=True)
class ScheduledRecord:
    id: int
    draft_id: int
    draft_title: str
    scheduled_at: datetime
    note: str


@dataclass(frozen=True, slots=True)
class WordCountPoint:
    """A draft's word count at one moment (a kept revision or its latest save)."""

    draft_id: int
    at: datetime
    words: int


class ScheduleRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def schedule(self, draft_id: int, at: datetime, note: str = "") -> ScheduledRecord:
        """Plan ``draft_id`` for ``at``; a draft has one slot, so planning it again moves it.
        A draft already published has nothing left to plan."""
        with self._sessions.begin() as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                raise LookupError(f"No draft {draft_id}.")
            story = session.scalars(
                select(PublishedStory).where(PublishedStory.draft_id == draft_id)
            ).first()
            if story is not None:
                raise ValueError(
                    f"“{draft.title or 'Untitled'}” is already published "
                    f"({story.published_at:%d %b %Y}), so there is nothing left to plan."
                )
            row = session.scalars(
                select(ScheduledPost).where(ScheduledPost.draft_id == draft_id)
            ).first()
            if row is None:
                row = ScheduledPost(draft_id=draft_id, scheduled_at=at)
                session.add(row)
            row.scheduled_at, row.note = at, note
            session.flush()
            return ScheduledRecord(row.id, draft_id, draft.title, at, note)

    def unschedule(self, draft_id: int) -> None:
        with self._sessions.begin() as session:
            for row in session.scalars(
                select(ScheduledPost).where(ScheduledPost.draft_id == draft_id)
            ):
                session.delete(row)

    def scheduled(self, start: datetime, end: datetime) -> list[ScheduledRecord]:
        """Posts planned in [start, end), in time order: live drafts not yet published (a
        published draft's plan is done; the calendar shows the story on its own day)."""
        published = exists().where(PublishedStory.draft_id == ScheduledPost.draft_id)
        with self._sessions() as session:
            rows = session.execute(
                select(ScheduledPost, Draft.title)
                .join(Draft, Draft.id == ScheduledPost.draft_id)
                .where(
                    ScheduledPost.scheduled_at >= start,
                    ScheduledPost.scheduled_at < end,
                    Draft.deleted_at.is_(None),
                    ~published,
                )
                .order_by(ScheduledPost.scheduled_at)
            ).all()
            return [
                ScheduledRecord(row.id, row.draft_id, title, row.scheduled_at, row.note)
                for row, title in rows
            ]

    def set_goal(self, kind: str, target: int | None) -> None:
        """Set a goal (``None`` or 0 removes it)."""
        if kind not in GOAL_KINDS:
            raise ValueError(f"Unknown goal {kind!r}; use one of {', '.join(GOAL_KINDS)}.")
        with self._sessions.begin() as session:
            row = session.get(PlanGoal, kind)
            if not target:
                if row is not None:
                    session.delete(row)
                return
            if not 0 < target <= GOAL_LIMITS[kind]:
                raise ValueError(
                    f"A {kind} goal must be between 0 and {GOAL_LIMITS[kind]:,}, not {target:,}."
                )
            session.merge(PlanGoal(kind=kind, target=target))

    def goals(self) -> dict[str, int]:
        """Each goal set, at most its limit: an older or hand-edited database may hold a
        target the Plan window's boxes cannot show, and the summary must say what they show."""
        with self._sessions() as session:
            rows = session.execute(select(PlanGoal.kind, PlanGoal.target)).all()
        return {
            kind: min(target, GOAL_LIMITS[kind]) for kind, target in rows if kind in GOAL_LIMITS
        }

    def word_counts(self) -> list[WordCountPoint]:
        """Every draft's saved word counts over time: 0 when a draft begun empty was created
        (what is typed into a new draft is all writing), its revisions, then its latest save."""
        with self._sessions() as session:
            starts = session.execute(
                select(Draft.id, Draft.created_at, literal(0)).where(Draft.began_empty)
            ).all()
            revisions = session.execute(
                select(Revision.draft_id, Revision.created_at, Revision.word_count)
            ).all()
            latest = session.execute(select(Draft.id, Draft.updated_at, Draft.word_count)).all()
        points = [WordCountPoint(*row) for row in (*starts, *revisions, *latest)]
        points.sort(key=lambda point: (point.draft_id, point.at))
        return points
