"""The sample draft a writer sees on first launch: it shows every kind of check."""

from __future__ import annotations

import json

from app.resources import resource_path
from app.storage.drafts import DraftRecord
from app.storage.store import Store

#: The app state key that names the sample draft: its tags show the tags card, but they are
#: no part of the writer's own tag history.
SAMPLE_DRAFT_KEY = "sample_draft_id"


def create_sample_draft(store: Store) -> DraftRecord:
    meta = json.loads(resource_path("sample_draft.json").read_text(encoding="utf-8"))
    body = resource_path(meta["body_file"]).read_text(encoding="utf-8")
    record = store.drafts.create(
        title=meta["title"], subtitle=meta["subtitle"], body=body, keyphrase=meta["keyphrase"]
    )
    store.tags.set_draft_tags(record.id, list(meta["tags"]))
    store.state.set(SAMPLE_DRAFT_KEY, str(record.id))
    return record


def sample_draft_id(store: Store) -> int | None:
    """The sample draft's id, if this database was given one."""
    value = store.state.get(SAMPLE_DRAFT_KEY)
    return int(value) if value.isdigit() else None
