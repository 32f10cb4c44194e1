"""Find and Replace under the writing column: match case, whole word, replace one or all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.document.wording import plural


class FindReplaceBar(QWidget):
    """Hidden until Find or Replace is chosen; Escape closes it and returns to the text."""

    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor = editor
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText("Find")
        self.find_field.setAccessibleName("Find text")
        self.replace_field = QLineEdit()
        self.replace_field.setPlaceholderText("Replace with")
        self.replace_field.setAccessibleName("Replacement text")
        self.match_case = QCheckBox("Match &case")
        self.whole_word = QCheckBox("&Whole word")
        self.previous_button = QPushButton("Previous")
        self.next_button = QPushButton("Next")
        self.replace_button = QPushButton("Replace")
        self.replace_all_button = QPushButton("Replace all")
        self.close_button = QPushButton("Close")
        self.status = QLabel("")
        self.status.setObjectName("small")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.addWidget(self.find_field, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.match_case, 0, 3)
        grid.addWidget(self.whole_word, 0, 4)
        grid.addWidget(self.close_button, 0, 5)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.addWidget(self.status, 1, 3, 1, 3)
        grid.setColumnStretch(0, 1)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textChanged.connect(lambda _text: self.status.setText(""))
        self.replace_field.returnPressed.connect(self.replace_one)
        self.next_button.clicked.connect(lambda: self.find_next())
        self.previous_button.clicked.connect(lambda: self.find_next(backward=True))
        self.replace_button.clicked.connect(lambda: self.replace_one())
        self.replace_all_button.clicked.connect(lambda: self.replace_all())
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open(self, *, replace: bool) -> None:
        """Show the bar, seeded with the selected words, focus on Find (or Replace)."""
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        self.show()
        field = self.replace_field if replace and self.find_field.text() else self.find_field
        field.setFocus()
        field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus()
        self.closed.emit()

    def event(self, event: QEvent) -> bool:
        # Escape is also the window's "Leave full screen" shortcut, which would take the key
        # before the bar sees it. Claiming it here (the focused field passes the override up)
        # closes the innermost thing first: the bar, then full screen on the next Escape.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _flags(self, *, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.whole_word.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self, *, backward: bool = False) -> bool:
        """Select the next (or previous) occurrence, wrapping around the end; False if none."""
        needle = self.find_field.text()
        if not needle:
            return False
        document = self._editor.document()
        flags = self._flags(backward=backward)
        found = document.find(needle, self._editor.textCursor(), flags)
        if found.isNull():
            start = QTextCursor(document)
            start.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            found = document.find(needle, start, flags)
        if found.isNull():
            self.status.setText(f"“{needle}” is not in the text.")
            return False
        self._editor.setTextCursor(found)
        self._editor.ensureCursorVisible()
        self.status.setText("")
        return True

    def _selection_matches(self) -> bool:
        cursor = self._editor.textCursor()
        if not cursor.hasSelection():
            return False
        document = self._editor.document()
        probe = QTextCursor(document)
        probe.setPosition(cursor.selectionStart())
        found = document.find(self.find_field.text(), probe, self._flags())
        return (found.selectionStart(), found.selectionEnd()) == (
            cursor.selectionStart(),
            cursor.selectionEnd(),
        )

    def replace_one(self) -> bool:
        """Replace the selected occurrence (finding one first if needed), then find the next."""
        if not self._selection_matches() and not self.find_next():
            return False
        self._editor.textCursor().insertText(self.replace_field.text())
        self.find_next()
        return True

    def replace_all(self) -> int:
        """Replace every occurrence in one undo step; returns how many were replaced."""
        needle = self.find_field.text()
        if not needle:
            return 0
        document = self._editor.document()
        flags = self._flags()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        count = 0
        found = document.find(needle, QTextCursor(document), flags)
        while not found.isNull():
            found.insertText(self.replace_field.text())
            count += 1
            found = document.find(needle, found, flags)
        edit.endEditBlock()
        self.status.setText(f"Replaced {plural(count, 'occurrence')}.")
        return count
