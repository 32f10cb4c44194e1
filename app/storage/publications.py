"""Publications and the submissions of drafts to them."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.storage.models import Draft, utcnow
from app.storage.names import fold_name
from app.storage.plan_models import Publication, Submission

# The order a submission moves through; "rejected" ends it, "published" completes it.
STATUSES = ("planned", "submitted", "accepted", "rejected", "published")
# The dated step each status stands at. A step's date is the day the submission first
# reached it and is never overwritten: going back hides the dates of the later steps (a
# rejected story was not published), and returning brings them back, so undoing a mis-click
# never restarts how long a submission has waited. Accepted and rejected share the answer's day.
_STEP = {"planned": 0, "submitted": 1, "accepted": 2, "rejected": 2, "published": 3}
_DATE_OF_STEP = ("planned_at", "submitted_at", "decided_at", "published_at")


@dataclass(frozen=True, slots=True)
class PublicationRecord:
    id: int
    name: str
    url: str
    topics: tuple[str, ...]
    guidelines: str
    exclusive: bool
    response_days: int | None


@dataclass(frozen=True, slots=True)
class SubmissionRecord:
    id: int
    draft_id: int
    draft_title: str
    publication_id: int
    publication: str
    status: str
    planned_at: datetime
    submitted_at: datetime | None
    decided_at: datetime | None
    published_at: datetime | None
    note: str
    response_days: int | None  # the publication's usual time to answer


def publication_key(name: str) -> str:
    """A publication's identity by its name: case, spacing, quotes and dashes aside."""
    return fold_name(name)


def publication_named(session: Session, name: str) -> Publication | None:
    """The publication called ``name``, however either is written. An older version keyed a
    name by its case and spacing only: a publication not found by its key is looked for by
    its name (a writer has a few dozen at most)."""
    key = publication_key(name)
    found = session.scalars(select(Publication).where(Publication.key == key)).first()
    if found is not None:
        return found
    rows = session.scalars(select(Publication))
    return next((row for row in rows if publication_key(row.name) == key), None)


def publication_for(session: Session, name: str) -> tuple[Publication, bool]:
    """The publication called ``name`` (see :func:`publication_named`), else a new one by that
    name; and whether it is new."""
    found = publication_named(session, name)
    if found is not None:
        return found, False
    clean = " ".join(name.split())
    row = Publication(name=clean, key=publication_key(clean))
    session.add(row)
    session.flush()
    return row, True


def _publication(row: Publication) -> PublicationRecord:
    topics = tuple(topic.strip() for topic in row.topics.split(",") if topic.strip())
    return PublicationRecord(
        row.id, row.name, row.url, topics, row.guidelines, row.exclusive, row.response_days
    )


class PublicationDetails(TypedDict, total=False):
    """What :meth:`PublicationRepository.save` takes besides the name."""

    url: str
    topics: tuple[str, ...] | list[str]
    guidelines: str
    exclusive: bool
    response_days: int | None


class PublicationRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def save(
        self,
        name: str,
        *,
        publication_id: int | None = None,
        url: str = "",
        topics: tuple[str, ...] | list[str] = (),
        guidelines: str = "",
        exclusive: bool = False,
        response_days: int | None = None,
    ) -> PublicationRecord:
        """Create the publication, or update the one with the same name (case, spacing,
        quotes and dashes aside). With ``publication_id``, update that one, its name too: a
        rename keeps its submissions and stories, and may not take another publication's name."""
        clean = " ".join(name.split())
        if not clean:
            raise ValueError("A publication needs a name.")
        with self._sessions.begin() as session:
            if publication_id is None:
                row, _new = publication_for(session, clean)
            else:
                found = session.get(Publication, publication_id)
                if found is None:
                    raise LookupError(f"No publication {publication_id}.")
                named = publication_named(session, clean)
                if named is not None and named.id != found.id:
                    raise ValueError(f"Another publication is already called “{named.name}”.")
                row = found
            row.name, row.key = clean, publication_key(clean)
            row.url = url.strip()
            row.topics = ", ".join(topic.strip() for topic in topics if topic.strip())
            row.guidelines = guidelines
            row.exclusive = exclusive
            row.response_days = response_days
            session.flush()
            return _publication(row)

    def list(self) -> builtins.list[PublicationRecord]:
        with self._sessions() as session:
            rows = session.scalars(select(Publication).order_by(Publication.key))
            return [_publication(row) for row in rows]

    def find(self, name: str) -> PublicationRecord | None:
        with self._sessions() as session:
            row = publication_named(session, name)
            return _publication(row) if row else None

    def delete(self, publication_id: int) -> None:
        """Remove the publication with its submissions; its stories stay, without it."""
        with self._sessions.begin() as session:
            row = session.get(Publication, publication_id)
            if row is not None:
                session.delete(row)

    # --- submissions ---------------------------------------------------------------------------

    def submit(
        self, draft_id: int, publication_id: int, *, status: str = "planned", at: datetime | None
    ) -> SubmissionRecord:
        """A new submission of ``draft_id``; ``at`` dates its first status."""
        submission = Submission(
            draft_id=draft_id, publication_id=publication_id, planned_at=at or utcnow()
        )
        with self._sessions.begin() as session:
            if session.get(Draft, draft_id) is None:
                raise LookupError(f"No draft {draft_id}.")
            if session.get(Publication, publication_id) is None:
                raise LookupError(f"No publication {publication_id}.")
            session.add(submission)
            session.flush()
            submission_id = submission.id
        return self.set_status(submission_id, status, at=at)

    def set_status(
        self, submission_id: int, status: str, *, at: datetime | None = None
    ) -> SubmissionRecord:
        """Move the submission to ``status``; ``at`` dates the step only when the submission
        reaches it for the first time. A step reached before keeps its first date, so setting
        "submitted" again, or back after a mis-click, keeps how long it has waited."""
        if status not in STATUSES:
            raise ValueError(f"Unknown status {status!r}; use one of {', '.join(STATUSES)}.")
        with self._sessions.begin() as session:
            row = session.get(Submission, submission_id)
            if row is None:
                raise LookupError(f"No submission {submission_id}.")
            row.status = status
            date_of_step = _DATE_OF_STEP[_STEP[status]]
            if getattr(row, date_of_step) is None:
                setattr(row, date_of_step, at or utcnow())
        return self.submission(submission_id)

    def submission(self, submission_id: int) -> SubmissionRecord:
        found = self.submissions(submission_id=submission_id)
        if not found:
            raise LookupError(f"No submission {submission_id}.")
        return found[0]

    def submissions(
        self, *, draft_id: int | None = None, submission_id: int | None = None
    ) -> builtins.list[SubmissionRecord]:
        query = (
            select(Submission, Draft.title, Publication.name, Publication.response_days)
            .join(Draft, Draft.id == Submission.draft_id)
            .join(Publication, Publication.id == Submission.publication_id)
            .order_by(Submission.planned_at, Submission.id)
        )
        if draft_id is not None:
            query = query.where(Submission.draft_id == draft_id)
        if submission_id is not None:
            query = query.where(Submission.id == submission_id)
        with self._sessions() as session:
            return [
                SubmissionRecord(
                    row.id,
                    row.draft_id,
                    title,
                    row.publication_id,
                    name,
                    row.status,
                    row.planned_at,
                    *_reached(row),
                    row.note,
                    days,
                )
                for row, title, name, days in session.execute(query).all()
            ]


def _reached(
    row: Submission,
) -> tuple[datetime | None, datetime | None, datetime | None]:
    """The submitted, answered and published dates of the steps up to the submission's
    status; a later step's date is kept for a return to it but does not apply now."""
    step = _STEP.get(row.status, 0)
    return (
        row.submitted_at if step >= 1 else None,
        row.decided_at if step >= 2 else None,
        row.published_at if step >= 3 else None,
    )
