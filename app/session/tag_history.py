"""The writer's tag history as the tag suggester wants it, read from the store.

This bridges the two lower layers (storage records -> analysis data), so it lives above both
and is used by the UI and the command line.
"""

from __future__ import annotations

from datetime import UTC

from app.analysis.insights.tags.history import PastDraft, TagHistory
from app.session.sample_draft import sample_draft_id
from app.storage.store import Store


def load_tag_history(store: Store, *, exclude_draft_id: int | None = None) -> TagHistory:
    """Past drafts with their tags, when they were last tagged, and their topic words.

    A live draft's topic is its focus keyphrase and title; a deleted draft keeps its title
    (from the history) and its tags. The sample draft is not the writer's: its tags are left
    out.
    """
    grouped: dict[object, tuple[set[str], float, tuple[str, ...]]] = {}
    left_out = {exclude_draft_id, sample_draft_id(store)} - {None}
    for row in store.tags.applications_by_draft():
        if row.draft_id is not None and row.draft_id in left_out:
            continue
        identity: object = row.draft_id
        keyphrases = tuple(text for text in (row.keyphrase, row.title) if text.strip())
        if row.draft_id is None or not row.draft_exists:
            identity = ("deleted", row.draft_title)
            keyphrases = (row.draft_title,) if row.draft_title else ()
        used_at = row.last_applied.replace(tzinfo=UTC).timestamp()
        tags, latest, _topics = grouped.get(identity, (set(), 0.0, keyphrases))
        tags.update(row.tags)
        grouped[identity] = (tags, max(latest, used_at), keyphrases)
    drafts = tuple(
        PastDraft(tuple(sorted(tags)), used_at, keyphrases)
        for tags, used_at, keyphrases in grouped.values()
    )
    return TagHistory(drafts)
