"""The writer's tag history as the suggester reads it: earlier stories and their tags."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PastDraft:
    """One earlier story: its tags, when they were set (POSIX seconds) and its keyphrases."""

    tags: tuple[str, ...]
    used_at: float
    keyphrases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TagHistory:
    """The writer's tag history; ``now`` (POSIX seconds) defaults to the current time.
    ``replaced`` are the names the writer renamed or merged into another tag: their own word
    that they no longer want."""

    drafts: tuple[PastDraft, ...] = ()
    now: float | None = None
    replaced: tuple[str, ...] = ()
