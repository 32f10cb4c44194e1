"""Tag suggestions worked out off the UI thread: on a long draft, reading the prose for the
tags it mentions takes a tenth of a second or more, too long to hold up typing."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.analysis.engine.report import Report
from app.analysis.insights.tags.history import TagHistory
from app.analysis.insights.tags.suggestions import TagSuggestion
from app.session.tag_suggestions import tag_suggestions

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SuggestionRequest:
    """What the suggestions are made from, and the key that names it (a result is shown
    only while its key is the latest asked for)."""

    key: Hashable
    report: Report
    history: TagHistory
    chosen: tuple[str, ...]


class _Signals(QObject):
    done = Signal(object, object)  # the request, its suggestions (None when they failed)


class _Job(QRunnable):
    def __init__(self, request: SuggestionRequest, signals: _Signals) -> None:
        super().__init__()
        self._request = request
        self._signals = signals

    def run(self) -> None:
        request = self._request
        found: tuple[TagSuggestion, ...] | None
        try:
            found = tag_suggestions(request.report, request.history, request.chosen)
        except Exception:  # logged; the card keeps the suggestions it shows
            log.exception("Tag suggestions for the open draft failed")
            found = None
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran
            self._signals.done.emit(request, found)


class TagSuggester(QObject):
    """Works out one request at a time; asked again while busy, it keeps only the latest
    request and runs it next. ``suggestionsReady`` carries the latest request's suggestions."""

    suggestionsReady = Signal(object, object)  # SuggestionRequest, tuple[TagSuggestion, ...]

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        """``pool`` runs the work: in the window, the analysis's one-thread pool, so the
        suggestions follow the report they are made from and the two never hold their working
        memory at once; a pool of its own if none."""
        super().__init__(parent)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._running: SuggestionRequest | None = None
        self._next: SuggestionRequest | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None

    def request(self, request: SuggestionRequest) -> None:
        if self._running is not None:
            self._next = request
            return
        self._running = request
        self._pool.start(_Job(request, self._signals))

    def _on_done(self, request: SuggestionRequest, found: Sequence[TagSuggestion] | None) -> None:
        self._running = None
        if self._next is not None:
            following, self._next = self._next, None
            self.request(following)
            return  # this result is already out of date
        if found is not None:
            self.suggestionsReady.emit(request, tuple(found))
