"""The writer's tag history as the tag suggester wants it, read from the store.

This bridges the two lower layers (storage records -> analysis data), so it lives above both
and is used by the UI and the command line.
"""

from __future__ import annotations

from datetime import UTC

from app.analysis.insights.tags.history import PastDraft, TagHistory
from app.session.sample_draft import sample_draft_id
from app.storage.store import Store
from app.storage.tags import tag_key

# A past draft as read: the live draft's id (None for one deleted since), its title and its
# history.
_Read = tuple[tuple[int | None, str, PastDraft], ...]


def load_tag_history(
    store: Store, *, exclude_draft_id: int | None = None, exclude_title: str = ""
) -> TagHistory:
    """Past drafts with their tags, when they were last tagged, and their topic words.

    A live draft's topic is its focus keyphrase and title; a deleted draft keeps its title
    (from the history) and its tags. The sample draft is not the writer's: its tags are left
    out. ``exclude_title`` leaves out the live drafts of that title (case and spacing aside):
    a story read from a file is no earlier story of its own once it was imported.
    """
    drafts = _read(store, sample_draft_id(store))
    if exclude_title.strip():
        excluded = tag_key(exclude_title)  # case and spacing aside, as tag names
        drafts = tuple(
            (owner, title, past)
            for owner, title, past in drafts
            if owner is None or tag_key(title) != excluded
        )
    return _leaving_out(drafts, store.tags.replaced_names(), exclude_draft_id)


class TagHistoryCache:
    """The tag history read once and kept until a write may have changed it.

    Opening a draft asks for the history without that draft; reading it afresh each time
    froze the window for a tenth of a second in a library of thousands of drafts.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._key: tuple[tuple[int, int], int | None] | None = None
        self._drafts: _Read = ()
        self._replaced: tuple[str, ...] = ()

    def history(self, *, exclude_draft_id: int | None = None) -> TagHistory:
        """As :func:`load_tag_history` gives it, read from the store only after a change."""
        # The version is read first: a write while reading makes the next call read again.
        key = (self._store.tags.history_stamp(), sample_draft_id(self._store))
        if key != self._key:
            self._drafts = _read(self._store, key[1])
            self._replaced = self._store.tags.replaced_names()
            self._key = key
        return _leaving_out(self._drafts, self._replaced, exclude_draft_id)


def _read(store: Store, sample_id: int | None) -> _Read:
    grouped: dict[object, tuple[set[str], float, tuple[str, ...], str]] = {}
    for row in store.tags.applications_by_draft():
        if row.draft_id is not None and row.draft_id == sample_id:
            continue
        identity: object = row.draft_id
        keyphrases = tuple(text for text in (row.keyphrase, row.title) if text.strip())
        title = row.title
        if row.draft_id is None or not row.draft_exists:
            identity = ("deleted", row.draft_title)
            keyphrases = (row.draft_title,) if row.draft_title else ()
            title = row.draft_title
        used_at = row.last_applied.replace(tzinfo=UTC).timestamp()
        tags, latest, _topics, _title = grouped.get(identity, (set(), 0.0, keyphrases, title))
        tags.update(row.tags)
        grouped[identity] = (tags, max(latest, used_at), keyphrases, title)
    return tuple(
        (
            identity if isinstance(identity, int) else None,
            title,
            PastDraft(tuple(sorted(tags)), at, kp),
        )
        for identity, (tags, at, kp, title) in grouped.items()
    )


def _leaving_out(drafts: _Read, replaced: tuple[str, ...], draft_id: int | None) -> TagHistory:
    """The history without one live draft (the one being written)."""
    return TagHistory(
        tuple(past for owner, _title, past in drafts if draft_id is None or owner != draft_id),
        replaced=replaced,
    )
