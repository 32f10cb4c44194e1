"""Title and subtitle fields: one paragraph that wraps like Medium's, never a new line.

A field underlines the grammar slips and unknown words the analysis found in it, in the
editor's colours, with the editor's hover text and its fixes on right-click.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QSyntaxHighlighter,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QSizePolicy, QWidget

from app.analysis.rules.findings import Finding
from app.ui.editor import character_under, findings_tooltip, fix_label, show_hover
from app.ui.positions import python_index, utf16_offset
from app.ui.theme import rule_format
from app.ui.theme_mode import current_theme

#: The tallest a title or subtitle field grows, in lines.
MAX_LINES = 4


class _SlipHighlighter(QSyntaxHighlighter):
    """Paints the slips found in the field's text, while it still reads as analysed."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.text = ""
        self.findings: tuple[Finding, ...] = ()
        self.visible = True

    def current(self, text: str) -> tuple[Finding, ...]:
        """The slips that hold for ``text`` (none once it has been edited, or while hidden)."""
        return self.findings if self.visible and text == self.text else ()

    def highlightBlock(self, text: str) -> None:
        theme = current_theme()
        for finding in self.current(text):
            start = utf16_offset(text, finding.start)
            end = utf16_offset(text, finding.end)
            self.setFormat(start, end - start, rule_format(finding.rule, theme))


class HeadingEdit(QPlainTextEdit):
    """A wrapping single-paragraph field that grows with its text.

    ``textEdited`` fires only for the writer's own edits (not for ``setText``), like
    ``QLineEdit.textEdited``; Enter moves on instead of breaking the line (``submitted``), and
    ``finished`` says the writer left the field after changing it, by Enter, Tab or a click.
    """

    textEdited = Signal(str)
    submitted = Signal()
    finished = Signal()
    addToDictionary = Signal(str)
    ignoreInDraft = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._programmatic = False
        self._shown_text = ""  # the text as last reported
        self._edited = False  # changed by the writer since the field last took the focus
        self._fitted_height = self.fontMetrics().lineSpacing() + 12
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._slips = _SlipHighlighter(self.document())

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
        if text == self._shown_text:
            return  # only the underlines changed (Qt reports a repaint as a change)
        self._shown_text = text
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

    # --- slips: grammar and spelling, as in the story --------------------------------------------

    def show_slips(self, text: str, findings: Sequence[Finding]) -> None:
        """Underline ``findings`` (offsets into ``text``, the field as it was analysed) for as
        long as the field reads ``text``."""
        slips = self._slips
        if text == slips.text and tuple(findings) == slips.findings:
            return
        slips.text, slips.findings = text, tuple(findings)
        slips.rehighlight()

    def set_slips_visible(self, visible: bool) -> None:
        """Show or hide the underlines (Write mode hides them, as in the story)."""
        if visible != self._slips.visible:
            self._slips.visible = visible
            self._slips.rehighlight()

    def slips_at(self, position: int) -> list[Finding]:
        """The slips covering Qt position ``position`` of the field's text as it reads now."""
        text = self.toPlainText()
        index = python_index(text, position)
        return [f for f in self._slips.current(text) if f.start <= index < f.end]

    def tooltip_at(self, position: int) -> str:
        """What hovering Qt ``position`` explains, worded as in the story."""
        found = self.slips_at(position)
        return findings_tooltip(found, self.toPlainText()) if found else ""

    def fix_actions(self, position: int, menu: QMenu) -> list[QAction]:
        """The fixes offered for the slips at Qt ``position``; an unknown word can also go in
        the dictionary or be ignored in this draft."""
        text = self.toPlainText()
        actions: list[QAction] = []
        for finding in self.slips_at(position):
            word = text[finding.start : finding.end]
            for replacement in finding.replacements[:5]:
                action = QAction(fix_label(finding, word, replacement), menu)
                action.triggered.connect(
                    lambda _checked=False, f=finding, r=replacement: self._replace(f, r)
                )
                actions.append(action)
            if finding.rule == "spelling":
                add = QAction(f"Add “{word}” to dictionary", menu)
                add.triggered.connect(lambda _checked=False, w=word: self.addToDictionary.emit(w))
                ignore = QAction("Ignore in this draft", menu)
                ignore.triggered.connect(lambda _checked=False, w=word: self.ignoreInDraft.emit(w))
                actions.extend([add, ignore])
        return actions

    def _replace(self, finding: Finding, replacement: str) -> None:
        """Put ``replacement`` over the slip, as the writer would type it (an edit)."""
        text = self.toPlainText()
        if finding not in self._slips.current(text):
            return  # the field changed since the analysis
        cursor = QTextCursor(self.document())
        cursor.setPosition(utf16_offset(text, finding.start))
        cursor.setPosition(utf16_offset(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        added = self.fix_actions(character_under(self, event.pos()), menu)
        existing = menu.actions()
        if added and existing:  # the fixes go first, above the standard actions
            menu.insertActions(existing[0], added)
            menu.insertSeparator(existing[0])
        else:
            menu.addActions(added)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            show_hover(self, event, self.tooltip_at(character_under(self, event.pos())))
            return True
        return super().viewportEvent(event)

    # --- layout --------------------------------------------------------------------------------

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
