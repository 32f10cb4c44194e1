"""Title and subtitle fields: one paragraph that wraps like Medium's, never a new line."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

#: The tallest a title or subtitle field grows, in lines.
MAX_LINES = 4


class HeadingEdit(QPlainTextEdit):
    """A wrapping single-paragraph field that grows with its text.

    ``textEdited`` fires only for the writer's own edits (not for ``setText``), like
    ``QLineEdit.textEdited``; Enter moves on instead of breaking the line (``submitted``), and
    ``finished`` says the writer left the field after changing it, by Enter, Tab or a click.
    """

    textEdited = Signal(str)
    submitted = Signal()
    finished = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._programmatic = False
        self._edited = False  # changed by the writer since the field last took the focus
        self._fitted_height = self.fontMetrics().lineSpacing() + 12
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self._programmatic = True
        try:
            self.setPlainText(" ".join(text.split("\n")))
        finally:
            self._programmatic = False
        self._fitted_height = self.fontMetrics().lineSpacing() + 12
        self._fit_height()

    def _changed(self) -> None:
        text = self.toPlainText()
        if "\n" in text:  # pasted line breaks become spaces
            cursor = self.textCursor()
            position = cursor.position()
            self.setText(text.replace("\n", " "))
            cursor.setPosition(min(position, len(self.toPlainText())))
            self.setTextCursor(cursor)
            text = self.toPlainText()
        if not self._programmatic:
            self._edited = True
            self.textEdited.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._edited:
            self._edited = False
            self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def set_side_margin(self, pixels: int) -> None:
        self.setViewportMargins(pixels, 0, pixels, 0)
        QTimer.singleShot(0, self._fit_height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_height)  # after the text has been re-wrapped

    def _fit_height(self, *_args: object) -> None:
        layout = self.document().firstBlock().layout()
        lines = max(1, layout.lineCount() if layout is not None else 1)
        if self.viewport().width() < 200:
            lines = 1  # not laid out at its real width yet: do not ask the window to grow
        # Past the tallest the field grows, a scroll bar shows there is more.
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > MAX_LINES
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        lines = min(lines, MAX_LINES)
        line_height = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        self._fitted_height = (
            lines * line_height + frame + 2 * int(self.document().documentMargin())
        )
        self.setFixedHeight(self._fitted_height)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._fitted_height)
