"""Background analysis: a debounce timer, one job at a time, revision-stamped results.

The UI thread only takes a snapshot of the text when the writer pauses; parsing, counting,
rules and the conversion of findings to per-line UTF-16 highlight spans all happen on a
worker thread. A result whose revision is no longer current is dropped, and if the text
changed while a job ran, one more job runs with the newest snapshot.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.analysis.engine.report import Report
from app.ui.positions import LineIndex

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the editor looked like when the writer paused."""

    revision: int
    text: str
    title: str = ""
    subtitle: str = ""
    keyphrase: str = ""
    other_keyphrases: tuple[str, ...] = ()
    show_keyphrase: bool = False


@dataclass(frozen=True, slots=True)
class HighlightSpan:
    """Part of a finding on one line: UTF-16 column and length, and the finding's index."""

    column: int
    length: int
    rule: str
    finding: int


#: Low bits of a block's state that the highlighter keeps for Markdown syntax; the line's
#: fingerprint sits above them, and both must fit Qt's signed int.
SYNTAX_STATE_BITS = 5
_FINGERPRINT_MASK = (1 << (30 - SYNTAX_STATE_BITS)) - 1


def line_fingerprint(spans: tuple[HighlightSpan, ...]) -> int:
    """Identifies what a line shows (a block's state keeps it); 0 means "no findings"."""
    if not spans:
        return 0
    shown = hash(tuple((span.column, span.length, span.rule) for span in spans))
    return shown & _FINGERPRINT_MASK or 1


@dataclass(frozen=True)
class AnalysisResult:
    snapshot: Snapshot
    report: Report
    line_index: LineIndex
    highlights: dict[int, tuple[HighlightSpan, ...]] = field(default_factory=dict)
    # Each marked line's fingerprint and the rules of all spans, worked out on the worker.
    fingerprints: dict[int, int] = field(default_factory=dict)
    rules: frozenset[str] = frozenset()

    @property
    def revision(self) -> int:
        return self.snapshot.revision


KEYPHRASE = "keyphrase"  # highlight style of focus keyphrase occurrences (not a finding)


def highlight_spans(
    report: Report, line_index: LineIndex, *, show_keyphrase: bool = False
) -> dict[int, tuple[HighlightSpan, ...]]:
    """Findings (and optionally keyphrase uses) cut into per-line spans, keyed by line.

    Keyphrase spans carry ``finding = -1``: they explain themselves and offer no fix.
    """
    lines: dict[int, list[HighlightSpan]] = {}
    ranges = [
        (finding.start, finding.end, finding.rule, number)
        for number, finding in enumerate(report.findings)
    ]
    if show_keyphrase:
        ranges.extend((start, end, KEYPHRASE, -1) for start, end in report.keywords.keyphrase_spans)
    for start, end, rule, number in ranges:
        for piece in line_index.spans(start, end):
            lines.setdefault(piece.line, []).append(
                HighlightSpan(piece.column, piece.length, rule, number)
            )
    return {line: tuple(spans) for line, spans in lines.items()}


Analyse = Callable[[Snapshot], Report]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, snapshot: Snapshot, analyse: Analyse, signals: _Signals) -> None:
        super().__init__()
        self._snapshot = snapshot
        self._analyse = analyse
        self._signals = signals

    def run(self) -> None:
        try:
            report = self._analyse(self._snapshot)
            line_index = LineIndex(self._snapshot.text)
            spans = highlight_spans(
                report, line_index, show_keyphrase=self._snapshot.show_keyphrase
            )
            fingerprints = {line: line_fingerprint(found) for line, found in spans.items()}
            rules = frozenset(span.rule for found in spans.values() for span in found)
            result = AnalysisResult(self._snapshot, report, line_index, spans, fingerprints, rules)
        except Exception as error:  # logged and reported; a failed analysis must not crash
            log.exception("The analysis of revision %s failed", self._snapshot.revision)
            with contextlib.suppress(RuntimeError):  # the window closed while the job ran
                self._signals.failed.emit(self._snapshot, f"{type(error).__name__}: {error}")
            return
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran
            self._signals.done.emit(result)


class AnalysisController(QObject):
    """Debounces edits and runs the analysis off the UI thread.

    ``take_snapshot`` is called on the UI thread when the timer fires; ``analyse`` runs on the
    worker thread. ``resultReady`` delivers only results for the current revision.
    """

    resultReady = Signal(object)
    analysisFailed = Signal(str)

    def __init__(
        self,
        take_snapshot: Callable[[], Snapshot],
        analyse: Analyse,
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._take_snapshot = take_snapshot
        self._analyse = analyse
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.run_now)
        self._busy = False
        self._pending = False
        self._current_revision = -1

    @property
    def pool(self) -> QThreadPool:
        """The one worker thread, which other work on the draft's reports may share."""
        return self._pool

    def schedule(self, revision: int) -> None:
        """The text changed: analyse once the writer pauses."""
        self._current_revision = revision
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        if self._busy:
            self._pending = True
            return
        snapshot = self._take_snapshot()
        self._current_revision = snapshot.revision
        self._busy = True
        self._pool.start(_Job(snapshot, self._analyse, self._signals))

    def _finish_job(self) -> None:
        self._busy = False
        if self._pending:
            self._pending = False
            self.run_now()

    def _on_done(self, result: AnalysisResult) -> None:
        current = result.revision == self._current_revision and not self._pending
        self._finish_job()
        if current:
            self.resultReady.emit(result)

    def _on_failed(self, _snapshot: Snapshot, message: str) -> None:
        self._finish_job()
        self.analysisFailed.emit(message)

    @property
    def busy(self) -> bool:
        return self._busy or self._timer.isActive()

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        """Block until the worker is done (used at shutdown)."""
        self._timer.stop()
        return self._pool.waitForDone(milliseconds)
