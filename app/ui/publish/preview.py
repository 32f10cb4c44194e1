"""The live preview: the story as readers will see it, rendered off the UI thread.

Nothing here touches the network: links do not open, and ``loadResource`` answers only for
files on this computer, so a remote image in a draft is never requested. Rendering a long
draft takes about a second, so it runs in a one-thread pool; each request carries a stamp,
and a job whose stamp is no longer the newest is dropped before and after rendering.

The preview follows the editor: the top visible line of the source is mapped to the same
place in the preview through the headings both share, interpolating in between (and
proportionally when the headings cannot be paired).
"""

from __future__ import annotations

import bisect
import contextlib
import logging
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDockWidget, QPlainTextEdit, QTextBrowser, QWidget

from app.analysis.engine.report import Report
from app.publishing import preview_html

log = logging.getLogger(__name__)

MAX_LOCAL_IMAGE_BYTES = 20 * 1024 * 1024
_LOCAL_SCHEMES = frozenset({"", "file"})


class PreviewBrowser(QTextBrowser):
    """A QTextBrowser that never follows links and loads only local files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # showing it never takes the cursor
        # The latest resources asked for and refused (remote ones), for the curious and tests.
        self.refused: deque[str] = deque(maxlen=100)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Qt hands over a QUrl; the binding also accepts a string, read the same way.
        if isinstance(name, str):
            name = QUrl(name)
        scheme = name.scheme().lower()
        if scheme not in _LOCAL_SCHEMES or name.host():
            self.refused.append(name.toString())
            return None
        path = Path(name.toLocalFile() if scheme == "file" else name.path())
        if not path.is_absolute():
            return None
        try:
            if not path.is_file() or path.stat().st_size > MAX_LOCAL_IMAGE_BYTES:
                return None
        except OSError:
            return None
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(str(path))
            return None if image.isNull() else image
        return None


class _Signals(QObject):
    rendered = Signal(int, str)


class _RenderJob(QRunnable):
    def __init__(
        self,
        stamp: int,
        newest: Callable[[], int],
        parts: tuple[str, str, str],
        signals: _Signals,
    ) -> None:
        super().__init__()
        self._stamp = stamp
        self._newest = newest
        self._parts = parts
        self._signals = signals

    def run(self) -> None:
        if self._newest() != self._stamp:
            return  # a newer request is queued behind this one
        body, title, subtitle = self._parts
        try:
            page = preview_html(body, title, subtitle)
        except Exception as error:  # logged and shown; a bad draft must not crash the app
            log.exception("The preview could not be drawn")
            page = f"<p>The preview could not be drawn: {type(error).__name__}.</p>"
        if self._newest() != self._stamp:
            return
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran
            self._signals.rendered.emit(self._stamp, page)


def _line_of(source: str, offsets: list[int]) -> list[int]:
    lines = []
    line = 0
    position = 0
    for offset in offsets:
        line += source.count("\n", position, offset)
        position = offset
        lines.append(line)
    return lines


class PreviewDock(QDockWidget):
    """Dock with the preview; ``show_story`` asks for a render, ``sync_scroll`` follows."""

    updated = Signal(int)  # the stamp of the render now shown

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__("Preview", parent)
        self.setObjectName("previewDock")
        self.browser = PreviewBrowser()
        self.browser.setObjectName("previewBrowser")
        self.setWidget(self.browser)
        self._editor = editor
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.rendered.connect(self._show_rendered)
        self._stamp = 0
        self.shown_stamp = 0
        self._pending: tuple[str, str, str] | None = None
        self._pending_lines: list[int] = []
        self._source_lines: list[int] = []  # source line of each body heading
        self._total_lines = 1
        self._title = ""
        self.visibilityChanged.connect(self._visibility_changed)
        editor.verticalScrollBar().valueChanged.connect(lambda _value: self.sync_scroll())

    # --- rendering ------------------------------------------------------------------------------

    def show_story(self, body: str, title: str, subtitle: str, report: Report | None) -> None:
        """Render this version of the story (now if the preview is visible, else when shown)."""
        self._pending = (body, title, subtitle)
        offsets = [heading.start for heading in report.headings] if report else []
        self._pending_lines = _line_of(body, offsets)
        if self.isVisible():
            self._render_pending()

    def _render_pending(self) -> None:
        if self._pending is None:
            return
        parts, self._pending = self._pending, None
        self._stamp += 1
        self._source_lines = self._pending_lines
        self._total_lines = parts[0].count("\n") + 1
        self._title = parts[1].strip()
        self._pool.start(_RenderJob(self._stamp, self._newest, parts, self._signals))

    def _newest(self) -> int:
        return self._stamp

    @property
    def busy(self) -> bool:
        return self.shown_stamp != self._stamp or self._pending is not None

    def _show_rendered(self, stamp: int, page: str) -> None:
        if stamp != self._stamp:
            return  # stale: a newer render is on its way
        self.browser.setHtml(page)
        self.shown_stamp = stamp
        self.sync_scroll()
        self.updated.emit(stamp)

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self._render_pending()

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        return self._pool.waitForDone(milliseconds)

    # --- following the editor -------------------------------------------------------------------

    def _preview_heading_tops(self) -> list[float]:
        document = self.browser.document()
        layout = document.documentLayout()
        tops = []
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                tops.append(layout.blockBoundingRect(block).top())
            block = block.next()
        return tops

    def preview_offset(self, top_line: int) -> float:
        """Where in the preview (pixels from the top) source line ``top_line`` appears."""
        document_height = self.browser.document().size().height()
        lines = self._source_lines
        tops = self._preview_heading_tops()
        if self._title and len(tops) == len(lines) + 1:
            tops = tops[1:]  # the title heading the preview adds above the body
        elif self._title and lines and lines[0] == 0 and len(tops) == len(lines):
            lines = lines[1:]  # the body's own "# Title" became the preview's title
            tops = tops[1:]
        if len(tops) != len(lines):
            lines, tops = [], []  # cannot pair them: fall back to proportional
        anchors_lines = [0, *lines, self._total_lines]
        anchors_tops = [0.0, *tops, document_height]
        index = max(0, bisect.bisect_right(anchors_lines, top_line) - 1)
        index = min(index, len(anchors_lines) - 2)
        line_from, line_to = anchors_lines[index], anchors_lines[index + 1]
        top_from, top_to = anchors_tops[index], anchors_tops[index + 1]
        if line_to <= line_from:
            return top_from
        fraction = (top_line - line_from) / (line_to - line_from)
        return top_from + fraction * (top_to - top_from)

    def sync_scroll(self) -> None:
        if not self.isVisible() or self.shown_stamp == 0:
            return
        editor_bar = self._editor.verticalScrollBar()
        bar = self.browser.verticalScrollBar()
        if editor_bar.maximum() > 0 and editor_bar.value() >= editor_bar.maximum():
            bar.setValue(bar.maximum())
            return
        top_line = self._editor.cursorForPosition(QPoint(0, 0)).blockNumber()
        bar.setValue(round(self.preview_offset(top_line)))
