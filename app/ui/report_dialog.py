"""A report that may name hundreds of files, in a dialog that always fits the screen.

A message box grows with its text: a folder import naming 35 files ran 1,800 pixels tall, its
OK button out of reach. Here the summary stays on top, the lines (a file each, or a statistics
file's problems by line) scroll in a read-only area below it, and Copy puts the whole report
on the clipboard for a note or a fix.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.ui.screen_fit import resize_within_screen

_WIDTH = 620
_MOST_LINES = 18  # lines of details shown before they scroll (fewer on a small screen)
_SCREEN_SHARE = 0.7  # the most of the screen's height the dialog takes when it opens


class ReportDialog(QDialog):
    """``summary`` above the scrolling ``details`` (hidden when there are none), Copy and OK."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        summary: str,
        details: str = "",
        *,
        warning: bool = False,
    ) -> None:
        super().__init__(parent)
        self.warning = warning
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        layout = self._layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        pixmaps = QStyle.StandardPixmap
        kind = pixmaps.SP_MessageBoxWarning if warning else pixmaps.SP_MessageBoxInformation
        icon.setPixmap(self.style().standardIcon(kind).pixmap(32, 32))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Every line of the report")
        self.details.setVisible(bool(details))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        copy = buttons.addButton("Copy", QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip("Copy the whole report")
        copy.clicked.connect(self.copy)
        copy.clicked.connect(lambda: copy.setText("Copied"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._fit(details)

    def text(self) -> str:
        """The whole report as plain text: the summary, then every line of the details."""
        details = self.details.toPlainText()
        return f"{self.summary.text()}\n\n{details}" if details else self.summary.text()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def _fit(self, details: str) -> None:
        """As tall as the details need, up to a share of the screen; the rest scrolls."""
        if not details:
            resize_within_screen(self, _WIDTH, self.sizeHint().height())
            return
        screen = (self.parentWidget() or self).screen()
        room = screen.availableGeometry().height() if screen is not None else 600
        area = self.details
        metrics = area.fontMetrics()
        chrome = self.sizeHint().height() - area.sizeHint().height()
        area.setMinimumHeight(4 * metrics.lineSpacing())
        most = min(_MOST_LINES * metrics.lineSpacing(), int(room * _SCREEN_SHARE) - chrome)
        # Long lines wrap: measured at the width the text has in a dialog of _WIDTH.
        margins = self._layout.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        padding = 2 * (area.frameWidth() + int(area.document().documentMargin()))
        width = _WIDTH - margins.left() - margins.right() - padding - scroll_bar
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(0, 0, width, 10**7, flags, details).height() + padding
        resize_within_screen(self, _WIDTH, chrome + max(area.minimumHeight(), min(needed, most)))


def show_report(
    parent: QWidget, title: str, summary: str, details: str = "", *, warning: bool = False
) -> None:
    """Show the report and wait until the writer closes it, as a message box would."""
    dialog = ReportDialog(parent, title, summary, details, warning=warning)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
