"""The application layer between the window and storage/analysis (no Qt).

A :class:`Workspace` wraps the open database; a :class:`DraftSession` is the draft in the
editor: unsaved changes, autosave policy, revisions, tags, spelling words and settings.

The names below are imported on first use: a command that needs one module of this package
(``clapwise tags suggest`` uses ``tag_suggestions``) does not import SQLAlchemy with the
workspace.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

# Each exported name and the module that defines it.
_MODULES = {
    "CandidateRecord": "app.session.interfaces",
    "DraftContent": "app.session.draft_session",
    "DraftRecord": "app.session.interfaces",
    "DraftSession": "app.session.draft_session",
    "DraftSummary": "app.session.interfaces",
    "FolderImport": "app.session.workspace",
    "HeadlineCandidates": "app.session.interfaces",
    "SaveOutcome": "app.session.draft_session",
    "TagHistoryEditor": "app.session.interfaces",
    "TagUsage": "app.session.interfaces",
    "Workspace": "app.session.workspace",
    "tag_key": "app.session.interfaces",
}

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


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
