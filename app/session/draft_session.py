"""One open draft: its saved state, unsaved changes, autosave, revisions and its settings.

The window tells the session *that* something changed (cheap, on every keystroke) and hands
it the current content only when a save is due. A failed save never pretends: the changes
stay unsaved, the outcome carries one plain sentence, and the traceback goes to the log.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.analysis.engine.word_count import count_words
from app.analysis.rules.spelling import SpellingChecker
from app.session.autosave import AutosavePolicy
from app.session.failures import MOVED, save_failure_reason
from app.session.personal_dictionary import PersonalDictionary
from app.storage.drafts import DraftRecord, RevisionRecord, StaleDraftError
from app.storage.store import Store

log = logging.getLogger(__name__)

REVISION_EVERY_SECONDS = 10 * 60
Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class DraftContent:
    """What the writer sees in the window at the moment of a save."""

    title: str
    subtitle: str
    body: str
    keyphrase: str
    cursor_position: int = 0
    #: A text whose words are already counted, with its count (the last report's): a save of
    #: that very text takes it instead of counting a long draft again on the UI thread.
    counted: tuple[str, int] | None = None

    def word_count(self) -> int:
        """The words of ``body``, as a report counts them."""
        if self.counted is not None and self.counted[0] == self.body:
            return self.counted[1]
        return count_words(self.body)


CHANGED_ELSEWHERE = (
    "This draft was changed in another Clapwise window; your version was kept as a revision "
    "and the newer one is shown."
)


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    saved: bool  # True also when there was nothing to save
    message: str = ""  # one sentence when the save failed or was refused
    retry_in: float | None = None  # seconds until the next attempt, after a failure
    conflict: bool = False  # refused: the draft changed elsewhere; reload it


@dataclass
class DraftSession:
    """The application's view of the draft in the editor."""

    store: Store
    record: DraftRecord
    clock: Clock = time.monotonic
    policy: AutosavePolicy = field(default_factory=AutosavePolicy)
    revision_every: float = REVISION_EVERY_SECONDS
    last_failure: str = field(default="", init=False)
    _last_revision_at: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        if self.editable:
            self._snapshot()

    # --- identity ------------------------------------------------------------------------------

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def editable(self) -> bool:
        """A draft in the trash is shown read-only."""
        return self.record.deleted_at is None

    # --- unsaved changes and autosave ------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Changes the database does not hold yet (also after a failed save)."""
        return self.policy.pending

    def changed(self) -> None:
        """The writer changed the title, subtitle, body or keyphrase."""
        if self.editable:
            self.policy.changed(self.clock())

    def save_delay(self) -> float | None:
        """Seconds until the next save is due; None when nothing is unsaved."""
        return self.policy.delay(self.clock())

    def save(self, content: DraftContent) -> SaveOutcome:
        """Store ``content`` now if anything changed (else only a moved cursor)."""
        if not self.editable:
            return SaveOutcome(True)
        if not self.dirty and self.store.database.moved():
            # What was stored went with the file: the draft is unsaved again, so the retry
            # stores it once the file is back, and quitting offers a copy.
            self.changed()
        if not self.dirty:
            if content.cursor_position != self.record.cursor_position:
                self._save_cursor(content.cursor_position)
            return SaveOutcome(True)
        try:
            self.record = self.store.drafts.save(
                self.id,
                title=content.title,
                subtitle=content.subtitle,
                keyphrase=content.keyphrase.strip(),
                body=content.body,
                cursor_position=content.cursor_position,
                # The count of the text saved, never a lagging report's: a report of an older
                # text while the writer types, or none when they move on at once.
                word_count=content.word_count(),
                expected_updated_at=self.record.updated_at,
            )
        except StaleDraftError:
            return self._keep_refused(content)
        except Exception as error:
            retry_in = self.policy.failed(self.clock())
            reason = self._failure_reason(error)
            if reason == self.last_failure:
                # Retries come every few seconds: the first failure's traceback says it all.
                log.warning("Saving draft %s failed again: %s", self.id, reason)
            else:
                log.exception("Saving draft %s failed; retrying in %.0f s", self.id, retry_in)
            self.last_failure = reason
            return SaveOutcome(False, self.last_failure, retry_in)
        self.policy.saved()
        self.last_failure = ""
        if self.clock() - self._last_revision_at > self.revision_every:
            self._snapshot()
        return SaveOutcome(True)

    def _failure_reason(self, error: Exception) -> str:
        """Why a save failed. A database file deleted or replaced behind SQLite's back may fail
        a save with another error first ("no such table" from a new empty file at the path):
        the file gone is what the writer needs to know."""
        if self.store.database.moved():
            return MOVED
        return save_failure_reason(error)

    def _keep_refused(self, content: DraftContent) -> SaveOutcome:
        """Another window saved this draft since we loaded it: keep ours as a revision."""
        try:
            self.store.drafts.keep_revision(
                self.id,
                title=content.title,
                subtitle=content.subtitle,
                body=content.body,
                word_count=content.word_count(),
            )
            self.record = self.store.drafts.get(self.id)
        except Exception as error:
            retry_in = self.policy.failed(self.clock())
            self.last_failure = save_failure_reason(error)
            log.exception("Keeping a refused version of draft %s failed", self.id)
            return SaveOutcome(False, self.last_failure, retry_in)
        log.warning("Draft %s changed elsewhere; the refused version is a revision", self.id)
        self.policy.saved()
        self.last_failure = ""
        return SaveOutcome(True, CHANGED_ELSEWHERE, conflict=True)

    def _save_cursor(self, position: int) -> None:
        try:
            self.record = self.store.drafts.save(self.id, cursor_position=position)
        except Exception:  # the cursor is a convenience; the text is what must be kept
            log.warning("Could not store the cursor of draft %s", self.id, exc_info=True)

    def _snapshot(self) -> None:
        if not _has_text(self.record.title, self.record.subtitle, self.record.body):
            # An empty draft (a new one, say) is nothing to go back to; the interval starts
            # now, so the first revision comes after a spell of writing, not a keystroke.
            self._last_revision_at = self.clock()
            return
        try:
            self.store.drafts.snapshot(self.id)
        except Exception:
            log.warning("Could not store a revision of draft %s", self.id, exc_info=True)
            return
        self._last_revision_at = self.clock()

    def record_word_count(self, words: int) -> bool:
        """Correct a stale stored word count while nothing is unsaved; True if it was stored."""
        if self.dirty or not self.editable or self.record.word_count == words:
            return False
        try:
            self.record = self.store.drafts.save(self.id, word_count=words)
        except Exception:  # only the drafts list's count is stale; the next save corrects it
            log.warning("Could not store the word count of draft %s", self.id, exc_info=True)
            return False
        return True

    def revisions(self) -> list[RevisionRecord]:
        """The stored revisions, newest first; empty ones (kept by earlier versions when a
        new draft opened) hold no text to restore, so they are left out."""
        return [
            revision
            for revision in self.store.drafts.revisions(self.id)
            if _has_text(revision.title, revision.subtitle, revision.body)
        ]

    def restore_revision(self, revision_id: int) -> DraftRecord:
        """Make a stored revision the draft again. The text it replaces is kept as a revision
        first, so a restore can itself be undone from the same list. Save unsaved edits first.
        """
        if not self.editable:
            raise PermissionError("A draft in the trash cannot be changed; restore it first.")
        revision = next((r for r in self.revisions() if r.id == revision_id), None)
        if revision is None:
            raise LookupError(revision_id)
        current = self.store.drafts.get(self.id)
        self.store.drafts.keep_revision(
            self.id,
            title=current.title,
            subtitle=current.subtitle,
            body=current.body,
            word_count=current.word_count,
        )
        self.record = self.store.drafts.save(
            self.id,
            title=revision.title,
            subtitle=revision.subtitle,
            body=revision.body,
            word_count=revision.word_count,
            cursor_position=0,
        )
        return self.record

    # --- settings of this draft ----------------------------------------------------------------

    def set_genre(self, genre: str) -> None:
        if self.editable:
            self.record = self.store.drafts.save(self.id, genre=genre)

    def set_canonical_url(self, url: str) -> None:
        if self.editable:
            self.record = self.store.drafts.save(self.id, canonical_url=url)

    def tags(self) -> list[str]:
        return self.store.tags.draft_tags(self.id)

    def set_tags(self, tags: list[str]) -> list[str]:
        """Store the draft's tags; returns them as stored (normalised, at most five)."""
        return self.store.tags.set_draft_tags(self.id, tags)

    # --- spelling ------------------------------------------------------------------------------

    def spelling_checker(self) -> SpellingChecker:
        """A checker that knows the personal dictionary and this draft's ignored words."""
        dictionary = self.store.dictionary
        return SpellingChecker(dictionary.words(), dictionary.ignored(self.id))

    def add_to_dictionary(self, word: str) -> bool:
        """Add ``word`` by the settings' rule (trimmed, no spaces); False when it is refused."""
        return PersonalDictionary(self.store.dictionary).add(word)

    def ignore_word(self, word: str) -> None:
        self.store.dictionary.ignore(self.id, word)


def _has_text(*fields: str) -> bool:
    return any(field.strip() for field in fields)
