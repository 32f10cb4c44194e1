"""One object bundling the repositories of an open database (handed to the UI and CLI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.storage.app_state import AppStateRepository
from app.storage.database import (
    DEFAULT_BUSY_TIMEOUT_MS,
    Database,
    open_database,
    open_database_read_only,
)
from app.storage.dictionary import DictionaryRepository
from app.storage.drafts import DraftRepository
from app.storage.headlines import HeadlineRepository
from app.storage.publications import PublicationRepository
from app.storage.schedule import ScheduleRepository
from app.storage.snippets import SnippetRepository
from app.storage.stories import StoryRepository
from app.storage.tags import TagRepository


@dataclass(frozen=True)
class Store:
    database: Database
    drafts: DraftRepository = field(init=False)
    tags: TagRepository = field(init=False)
    dictionary: DictionaryRepository = field(init=False)
    headlines: HeadlineRepository = field(init=False)
    state: AppStateRepository = field(init=False)
    snippets: SnippetRepository = field(init=False)
    publications: PublicationRepository = field(init=False)
    stories: StoryRepository = field(init=False)
    schedule: ScheduleRepository = field(init=False)

    def __post_init__(self) -> None:
        sessions = self.database.sessions
        object.__setattr__(self, "drafts", DraftRepository(sessions))
        object.__setattr__(self, "tags", TagRepository(sessions))
        object.__setattr__(self, "dictionary", DictionaryRepository(sessions))
        object.__setattr__(self, "headlines", HeadlineRepository(sessions))
        object.__setattr__(self, "state", AppStateRepository(sessions))
        object.__setattr__(self, "snippets", SnippetRepository(sessions))
        object.__setattr__(self, "publications", PublicationRepository(sessions))
        object.__setattr__(self, "stories", StoryRepository(sessions))
        object.__setattr__(self, "schedule", ScheduleRepository(sessions))

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()


def open_store(path: str | Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Store:
    return Store(open_database(path, busy_timeout_ms=busy_timeout_ms))


def open_store_read_only(
    path: str | Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Store:
    """The store in ``path`` for reading only (see :func:`open_database_read_only`)."""
    return Store(open_database_read_only(path, busy_timeout_ms=busy_timeout_ms))
