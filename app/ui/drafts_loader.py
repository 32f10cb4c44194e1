"""Listing and searching drafts for the drafts panel; searches run off the UI thread.

Every request gets a generation number; only the newest request's answer is delivered, so a
slow search for "th" never overwrites the list for "the" that came after it.
"""

from __future__ import annotations

import contextlib
import logging
from itertools import count

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.session import DraftSummary, Workspace

log = logging.getLogger(__name__)


class _Delivery(QObject):
    ready = Signal(int, str, bool, list)


class _SearchJob(QRunnable):
    def __init__(
        self, workspace: Workspace, generation: int, query: str, trash: bool, delivery: _Delivery
    ) -> None:
        super().__init__()
        self._workspace, self._generation = workspace, generation
        self._query, self._trash, self._delivery = query, trash, delivery

    def run(self) -> None:
        try:
            found = self._workspace.drafts(self._query, trashed=self._trash)
        except Exception:  # logged; the list keeps what it showed
            log.exception("Searching drafts failed")
            return
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran
            self._delivery.ready.emit(self._generation, self._query, self._trash, found)


class DraftsLoader(QObject):
    """Answers list requests: at once (``load_now``) or from a worker (``load_later``)."""

    loaded = Signal(str, bool, list)  # query, trash, drafts

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._generations = count(1)
        self._latest = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._delivery = _Delivery(self)
        self._delivery.ready.connect(self._deliver)

    def load_now(self, query: str, trash: bool) -> list[DraftSummary]:
        self._latest = next(self._generations)
        return self._workspace.drafts(query, trashed=trash)

    def load_later(self, query: str, trash: bool) -> None:
        self._latest = next(self._generations)
        self._pool.clear()  # a queued, not yet started search is already stale
        self._pool.start(_SearchJob(self._workspace, self._latest, query, trash, self._delivery))

    def wait(self) -> None:
        """Block until the running search finishes (closing the window, tests)."""
        self._pool.waitForDone()

    def _deliver(self, generation: int, query: str, trash: bool, drafts: list) -> None:
        if generation == self._latest:
            self.loaded.emit(query, trash, drafts)
