"""Which submissions are still open: the one a draft may not be sent to again, and those
waiting for an answer (with a reminder once they wait longer than the publication's usual)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.document.wording import plural
from app.storage.publications import SubmissionRecord

# A submission that has not been declined keeps the draft at that publication: planned and
# submitted ones wait for it, accepted and published ones already have it.
CLOSED = "rejected"
ANSWERED = ("accepted", "rejected", "published")


class AlreadySubmittedError(ValueError):
    """The draft is already at that publication; a second submission would only duplicate it
    (and keep reminding after the first is answered)."""

    def __init__(self, existing: SubmissionRecord) -> None:
        since = (
            existing.published_at
            or existing.decided_at
            or existing.submitted_at
            or existing.planned_at
        )
        super().__init__(
            f"“{existing.draft_title or 'Untitled'}” is already {existing.status} at "
            f"{existing.publication} (since {since:%d %b %Y}), so it was not submitted again. "
            "Set that submission's status instead; once it is rejected you can submit anew."
        )
        self.existing = existing


def open_submission(
    submissions: Sequence[SubmissionRecord], publication_id: int
) -> SubmissionRecord | None:
    """The draft's latest submission to ``publication_id`` that was not declined, if any;
    ``submissions`` are the draft's own."""
    for item in reversed(submissions):
        if item.publication_id == publication_id and item.status != CLOSED:
            return item
    return None


@dataclass(frozen=True, slots=True)
class PendingSubmission:
    """A submission waiting for an answer, and whether it waits longer than usual."""

    submission: SubmissionRecord
    waited_days: int

    @property
    def overdue(self) -> bool:
        usual = self.submission.response_days
        return usual is not None and self.waited_days > usual

    @property
    def reminder(self) -> str:
        if not self.overdue:
            return ""
        waited = plural(self.waited_days, "day")
        usual = plural(self.submission.response_days or 0, "day")
        return (
            f"“{self.submission.draft_title or 'Untitled'}” has waited {waited} at "
            f"{self.submission.publication}, which usually answers within {usual}: send a "
            "polite follow-up or submit elsewhere."
        )


def pending(submissions: Sequence[SubmissionRecord], now: datetime) -> list[PendingSubmission]:
    """Submitted and not yet answered, longest waiting first. A submission the publication
    has since answered on another row of the same draft (a duplicate made before duplicates
    were refused) is answered too, so it no longer asks for a follow-up."""
    answered_at: dict[tuple[int, int], datetime] = {}
    for item in submissions:
        when = item.published_at or item.decided_at
        if item.status in ANSWERED and when is not None:
            key = (item.draft_id, item.publication_id)
            answered_at[key] = max(when, answered_at.get(key, when))
    waiting = [
        PendingSubmission(item, (now - item.submitted_at).days)
        for item in submissions
        if item.status == "submitted"
        and item.submitted_at is not None
        and answered_at.get((item.draft_id, item.publication_id), item.submitted_at)
        <= item.submitted_at
    ]
    waiting.sort(key=lambda item: -item.waited_days)
    return waiting
