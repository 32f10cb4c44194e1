"""Spelling suggestions for the context menu, ranked off the UI thread within a time limit."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.analysis.rules.spelling import SpellingChecker

log = logging.getLogger(__name__)

SUGGESTION_BUDGET_SECONDS = 0.25


class _Delivery(QObject):
    ready = Signal(object, list)


class _SuggestJob(QRunnable):
    def __init__(
        self,
        checker: SpellingChecker,
        word: str,
        before: str,
        after: str,
        callback: Callable[[list[str]], None],
        delivery: _Delivery,
    ) -> None:
        super().__init__()
        self._checker, self._word, self._before, self._after = checker, word, before, after
        self._callback = callback
        self._delivery = delivery

    def run(self) -> None:
        try:
            found = self._checker.suggest(
                self._word, self._before, self._after, time_budget=SUGGESTION_BUDGET_SECONDS
            )
        except Exception:  # logged; a failed lookup shows "No suggestions", never an error
            log.exception("Spelling suggestions for a word failed")
            found = []
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran
            self._delivery.ready.emit(self._callback, found)


class SpellingService(QObject):
    """Holds the checker for the open draft and answers suggestion requests asynchronously."""

    def __init__(self, checker: SpellingChecker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checker = checker
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._delivery = _Delivery(self)
        self._delivery.ready.connect(lambda callback, found: callback(found))

    def request(
        self, word: str, before: str, after: str, callback: Callable[[list[str]], None]
    ) -> None:
        """``callback`` runs on the UI thread with up to five corrections, best first."""
        self._pool.start(_SuggestJob(self.checker, word, before, after, callback, self._delivery))

    def wait(self, milliseconds: int = 5_000) -> bool:
        return self._pool.waitForDone(milliseconds)
