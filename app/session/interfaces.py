"""The small interfaces widgets are given, and the records they display.

Widgets depend on these, never on storage; the workspace hands out objects that fit them.
"""

from __future__ import annotations

from typing import Protocol

from app.storage.drafts import DraftRecord, DraftSummary, RevisionRecord
from app.storage.headlines import CandidateRecord
from app.storage.tags import TagUsage, tag_key

__all__ = [
    "CandidateRecord",
    "DraftRecord",
    "DraftSummary",
    "HeadlineCandidates",
    "RevisionRecord",
    "TagHistoryEditor",
    "TagUsage",
    "tag_key",
]


class HeadlineCandidates(Protocol):
    """Headline ideas stored with each draft (the headline lab)."""

    def candidates(self, draft_id: int) -> list[CandidateRecord]: ...
    def add(self, draft_id: int, text: str, template: str = "") -> CandidateRecord: ...
    def update(
        self, candidate_id: int, *, text: str | None = None, starred: bool | None = None
    ) -> CandidateRecord: ...
    def remove(self, candidate_id: int) -> None: ...
    def personal(self, draft_id: int) -> bool: ...
    def set_personal(self, draft_id: int, personal: bool) -> None: ...
    def titles_used_elsewhere(self, draft_id: int, title: str) -> list[str]: ...


class TagHistoryEditor(Protocol):
    """Every tag ever used, renamed or merged in place (the tag history dialog)."""

    def usage(self) -> list[TagUsage]: ...
    def rename(self, tag_id: int, new_name: str) -> None: ...
    def merge(self, source_id: int, target_id: int) -> None: ...
