"""The application layer between the window and storage/analysis (no Qt).

A :class:`Workspace` wraps the open database; a :class:`DraftSession` is the draft in the
editor: unsaved changes, autosave policy, revisions, tags, spelling words and settings.
"""

from app.session.draft_session import DraftContent, DraftSession, SaveOutcome
from app.session.interfaces import (
    CandidateRecord,
    DraftRecord,
    DraftSummary,
    HeadlineCandidates,
    TagHistoryEditor,
    TagUsage,
    tag_key,
)
from app.session.workspace import FolderImport, Workspace

__all__ = [
    "CandidateRecord",
    "DraftContent",
    "DraftRecord",
    "DraftSession",
    "DraftSummary",
    "FolderImport",
    "HeadlineCandidates",
    "SaveOutcome",
    "TagHistoryEditor",
    "TagUsage",
    "Workspace",
    "tag_key",
]
