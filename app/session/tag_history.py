"""The writer's tag history as the tag suggester wants it, read from the store.

This bridges the two lower layers (storage records -> analysis data), so it lives above both
and is used by the UI and the command line.
"""

from __future__ import annotations

from datetime import UTC

from app.analysis.insights.tags import PastDraft, TagHistory
from app.storage.store import Store


def load_tag_history(store: Store, *, exclude_draft_id: int | None = None) -> TagHistory:
    """Past drafts with their tags, when they were last tagged, and their topic words.

    A live draft's topic is its focus keyphrase and title; a deleted draft keeps its title
    (from the history) and its tags.
    """
    topics = {
        draft.id: tuple(text for text in (draft.keyphrase, draft.title) if text.strip())
        for draft in store.drafts.all_records()
    }
    grouped: dict[object, tuple[set[str], float, tuple[str, ...]]] = {}
    for application in store.tags.applications():
        if application.draft_id is not None and application.draft_id == exclude_draft_id:
            continue
        identity: object = application.draft_id
        keyphrases = topics.get(application.draft_id, ())
        if application.draft_id is None or application.draft_id not in topics:
            identity = ("deleted", application.draft_title)
            keyphrases = (application.draft_title,) if application.draft_title else ()
        used_at = application.at.replace(tzinfo=UTC).timestamp()
        tags, latest, _topics = grouped.get(identity, (set(), 0.0, keyphrases))
        tags.add(application.tag)
        grouped[identity] = (tags, max(latest, used_at), keyphrases)
    drafts = tuple(
        PastDraft(tuple(sorted(tags)), used_at, keyphrases)
        for tags, used_at, keyphrases in grouped.values()
    )
    return TagHistory(drafts)
