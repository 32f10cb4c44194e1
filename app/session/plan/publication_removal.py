"""What removing a publication takes with it, said before the writer confirms."""

from __future__ import annotations

from collections.abc import Sequence

from app.document.wording import plural
from app.storage.publications import PublicationRecord, SubmissionRecord
from app.storage.stories import StoryRecord

MAX_NAMED = 5  # a long submission history needs its first few titles, not a screenful


def removal_question(
    publication: PublicationRecord,
    submissions: Sequence[SubmissionRecord],
    stories: Sequence[StoryRecord],
) -> str:
    """The question to confirm: its submissions are removed with it (the database cascades
    them), while stories published in it stay in the performance log, without it."""
    lines = [f"Remove “{publication.name}”?"]
    if submissions:
        named = ", ".join(
            f"“{item.draft_title or 'Untitled'}” ({item.status})"
            for item in submissions[:MAX_NAMED]
        )
        more = len(submissions) - MAX_NAMED
        lines.append(
            f"{plural(len(submissions), 'submission')} to it will be removed too: {named}"
            + (f" and {more:,} more." if more > 0 else ".")
        )
    else:
        lines.append("No draft has been submitted to it.")
    if stories:
        lines.append(
            f"{plural(len(stories), 'story', 'stories')} published in it stay in the "
            "performance log, without the publication."
        )
    return "\n\n".join(lines)
