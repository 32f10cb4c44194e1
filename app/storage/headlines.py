"""Headline candidates brainstormed for a draft, kept with timestamps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.storage.models import AppState, Draft, HeadlineCandidate, utcnow
from app.storage.names import fold_name


@dataclass(frozen=True, slots=True)
class CandidateRecord:
    id: int
    draft_id: int
    text: str
    template: str
    starred: bool
    created_at: datetime
    updated_at: datetime


def personal_key(draft_id: int) -> str:
    """Where "the story is my own experience" is kept for a draft: a small per-draft fact in
    the app state table (deleted with the draft, so a reused id starts unticked)."""
    return f"headline_lab.personal.{draft_id}"


def _record(row: HeadlineCandidate) -> CandidateRecord:
    return CandidateRecord(
        row.id, row.draft_id, row.text, row.template, row.starred, row.created_at, row.updated_at
    )


class HeadlineRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def candidates(self, draft_id: int) -> list[CandidateRecord]:
        with self._sessions() as session:
            rows = session.scalars(
                select(HeadlineCandidate)
                .where(HeadlineCandidate.draft_id == draft_id)
                .order_by(HeadlineCandidate.id)
            )
            return [_record(row) for row in rows]

    def add(self, draft_id: int, text: str, template: str = "") -> CandidateRecord:
        with self._sessions.begin() as session:
            row = HeadlineCandidate(draft_id=draft_id, text=text, template=template)
            session.add(row)
            session.flush()
            return _record(row)

    def update(
        self, candidate_id: int, *, text: str | None = None, starred: bool | None = None
    ) -> CandidateRecord:
        with self._sessions.begin() as session:
            row = session.get(HeadlineCandidate, candidate_id)
            if row is None:
                raise LookupError(candidate_id)
            if text is not None:
                row.text = text
            if starred is not None:
                row.starred = starred
            row.updated_at = utcnow()
            return _record(row)

    def personal(self, draft_id: int) -> bool:
        """Whether the writer said this draft's story is their own experience."""
        with self._sessions() as session:
            row = session.get(AppState, personal_key(draft_id))
            return row is not None and row.value == "1"

    def set_personal(self, draft_id: int, personal: bool) -> None:
        with self._sessions.begin() as session:
            session.merge(AppState(key=personal_key(draft_id), value="1" if personal else "0"))

    def remove(self, candidate_id: int) -> None:
        with self._sessions.begin() as session:
            row = session.get(HeadlineCandidate, candidate_id)
            if row is not None:
                session.delete(row)

    def titles_used_elsewhere(self, draft_id: int, title: str) -> list[str]:
        """Titles of other drafts (trash included) that already use ``title``, as a writer
        reads a title: case, spacing, quotes and dashes aside (see :func:`fold_name`)."""
        key = fold_name(title)
        if not key:
            return []
        # Compared here, not in SQL: SQLite's lower() folds ASCII letters only ("CAFÉ").
        with self._sessions() as session:
            rows = session.execute(select(Draft.title).where(Draft.id != draft_id)).all()
        return [row.title for row in rows if fold_name(row.title) == key]
