"""The open database as the window uses it: drafts, imports, tags, headlines, settings.

Everything the UI needs from storage goes through here (or through a :class:`DraftSession`
it hands out), so widgets never import storage.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.analysis.insights.tags.history import TagHistory
from app.analysis.insights.tags.names import TagNameError, check_tag_name, same_tag
from app.document.front_matter import front_matter_end
from app.session.autosave import CEILING_SECONDS, AutosavePolicy
from app.session.draft_session import Clock, DraftSession
from app.session.personal_dictionary import PersonalDictionary
from app.session.preferences import Preferences
from app.session.sample_draft import create_sample_draft
from app.session.tag_history import TagHistoryCache
from app.storage.drafts import DraftSummary
from app.storage.headlines import HeadlineRepository
from app.storage.snippets import SnippetRepository
from app.storage.store import Store
from app.storage.tags import MAX_TAGS, TagRepository

if TYPE_CHECKING:
    # Imported where used: the planner and the Markdown import are not needed to open a
    # draft, and their imports (analysis, Markdown parsing) would delay the window's first paint.
    from app.session.markdown_import import ImportedPost, ImportReport
    from app.session.plan.planner import Plan

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FolderImport:
    report: ImportReport
    draft_ids: tuple[int, ...]


class Workspace:
    """Services over one open store; hands out a :class:`DraftSession` per opened draft."""

    def __init__(self, store: Store, *, clock: Clock = time.monotonic) -> None:
        self._store = store
        self._clock = clock
        self.preferences = Preferences(store.state)
        self._tag_history = TagHistoryCache(store)

    # --- where things are ----------------------------------------------------------------------

    @property
    def database_path(self) -> Path:
        return self._store.path

    # --- repositories the widgets use directly (no Qt, no SQL in them) ---------------------------

    @property
    def headlines(self) -> HeadlineRepository:
        return self._store.headlines

    @property
    def tags(self) -> TagRepository:
        return self._store.tags

    @property
    def snippets(self) -> SnippetRepository:
        return self._store.snippets

    @property
    def plan(self) -> Plan:
        """Publications, submissions, the posting plan and the performance log."""
        from app.session.plan.planner import Plan

        return Plan(self._store)

    @property
    def dictionary(self) -> PersonalDictionary:
        return PersonalDictionary(self._store.dictionary)

    # --- opening drafts ------------------------------------------------------------------------

    def open_draft(self, draft_id: int) -> DraftSession:
        pause = self.preferences.autosave_pause()
        session = DraftSession(
            self._store,
            self._store.drafts.get(draft_id),
            clock=self._clock,
            policy=AutosavePolicy(pause=pause, ceiling=max(CEILING_SECONDS, pause * 2)),
        )
        self.preferences.set_last_draft(draft_id)
        return session

    def initial_draft_id(self) -> int:
        """The draft open at the last close, else the newest one, else the sample."""
        drafts = self._store.drafts
        last = self.preferences.last_draft()
        record = drafts.find(last) if last is not None else None
        if record is not None and record.deleted_at is None:
            return record.id
        listed = drafts.list()
        if listed:
            return listed[0].id
        if drafts.count() == 0:
            return create_sample_draft(self._store).id
        return drafts.create().id

    def create_draft(self, post: ImportedPost | None = None) -> int:
        if post is None:
            return self._store.drafts.create().id
        record = self._store.drafts.create(title=post.title, subtitle=post.subtitle, body=post.body)
        # Counted now, so the drafts list is right before the draft is first opened; the
        # front matter's canonical link is the draft's, as the checklist and export show it.
        self._store.drafts.save(
            record.id, word_count=post.word_count, canonical_url=post.canonical_url
        )
        if post.tags:
            self._store.tags.set_draft_tags(record.id, _unique_tags(post.tags)[:MAX_TAGS])
        return record.id

    # --- the drafts list -----------------------------------------------------------------------

    def drafts(self, query: str = "", *, trashed: bool = False) -> list[DraftSummary]:
        drafts = self._store.drafts
        if not query:
            return drafts.list(trashed=trashed)
        # An imported post keeps its front matter in the body; its snippet shows the story.
        return drafts.search(query, trashed=trashed, story_start=front_matter_end)

    def draft_summary(self, draft_id: int) -> DraftSummary | None:
        """One draft's row in the list (after a save), without listing them all."""
        return self._store.drafts.summary(draft_id)

    def trash(self, draft_id: int) -> None:
        self._store.drafts.trash(draft_id)

    def restore(self, draft_id: int) -> None:
        self._store.drafts.restore(draft_id)

    def newest_live_draft_id(self) -> int:
        """The most recently edited draft outside the trash (a new one when there is none)."""
        listed = self._store.drafts.list()
        return listed[0].id if listed else self.create_draft()

    def published_url(self, draft_id: int) -> str:
        """The draft's link on Medium once it is marked as published ("" until then)."""
        story = self._store.stories.for_draft(draft_id)
        return story.url if story is not None else ""

    def keyphrases(self, *, exclude_draft_id: int | None = None) -> tuple[str, ...]:
        return tuple(self._store.drafts.keyphrases(exclude_draft_id=exclude_draft_id))

    def tag_history(self, *, exclude_draft_id: int | None = None) -> TagHistory:
        return self._tag_history.history(exclude_draft_id=exclude_draft_id)

    # --- import --------------------------------------------------------------------------------

    def import_file(self, path: Path) -> int:
        """One Markdown file as a new draft; raises ``TextFileError`` with a plain message."""
        return self.create_draft(self.read_post(path))

    def read_post(self, path: Path) -> ImportedPost:
        """One Markdown file read as a post (``notice`` says what the writer should know),
        not yet stored; raises ``TextFileError`` with a plain message."""
        from app.session.markdown_import import read_post

        return read_post(Path(path))

    def import_folder(self, folder: Path) -> FolderImport:
        """Every Markdown file under ``folder`` as drafts, with a report of what failed."""
        from app.session.markdown_import import read_folder

        report = read_folder(Path(folder))
        report = report.without_copies(self._copies(report.posts))
        return FolderImport(report, tuple(self.create_draft(post) for post in report.posts))

    def copy_in_library(self, post: ImportedPost) -> int | None:
        """The draft outside the trash that already has ``post``'s title, subtitle and text, if
        any: importing the same file again opens it instead of adding a second copy."""
        return self._store.drafts.copies([(post.title, post.subtitle, post.body)])[0]

    def _copies(self, posts: tuple[ImportedPost, ...]) -> list[str]:
        """For each of ``posts``: "library" when it is already a draft, "repeat" when it came
        earlier in ``posts`` itself (the same post twice in a folder), else ""."""
        found = self._store.drafts.copies((post.title, post.subtitle, post.body) for post in posts)
        seen: set[tuple[str, str, str]] = set()
        kinds = []
        for post, draft_id in zip(posts, found, strict=True):
            key = (post.title, post.subtitle, post.body)
            kinds.append("library" if draft_id is not None else "repeat" if key in seen else "")
            seen.add(key)
        return kinds

    def close(self) -> None:
        self._store.close()


def _unique_tags(names: tuple[str, ...]) -> list[str]:
    """Front-matter tags (read tidied: ``tag_names.tags_in``) without repeats (case and
    plurals aside, as the tag field refuses them: ``same_tag``) and without those Medium
    would refuse (too long, emoji): the front matter, kept in the body, still holds them as
    written."""
    unique: list[str] = []
    for name in names:
        try:
            cleaned = check_tag_name(name)
        except TagNameError:
            continue
        if cleaned and not any(same_tag(kept, cleaned) for kept in unique):
            unique.append(cleaned)
    return unique
