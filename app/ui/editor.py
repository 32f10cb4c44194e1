"""The Markdown editor: a comfortable writing column, finding tooltips and quick fixes."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from app.analysis.rules.catalog import rule_name
from app.analysis.rules.findings import Finding
from app.ui.analysis_worker import AnalysisResult
from app.ui.every_use import every_use_action
from app.ui.highlighter import MarkdownHighlighter
from app.ui.positions import python_index
from app.ui.theme import editor_font

COLUMN_WIDTH = 720  # pixels of text per line: about 75 characters, like Medium's column
# Qt's usual wrap (at a word, else anywhere) looks for a word break at every line of a run
# without one, which grows with the square of its length: a pasted megabyte with no space
# took 49 s to show and 22 s a keystroke. Text holding a run this long wraps anywhere
# (0.5 s, the same megabyte), as such a run must anyway.
_UNBROKEN_RUN = re.compile(r"\S{10000}")

# (word, words before, words after, callback receiving the suggestions)
SuggestionProvider = Callable[[str, str, str, Callable[[list[str]], None]], None]
# Pasted text in, the text to insert out (it may take the title of a whole post pasted).
PasteFilter = Callable[[str], str]


class MarkdownEditor(QPlainTextEdit):
    """A QPlainTextEdit that knows the current analysis result."""

    addToDictionary = Signal(str)
    ignoreInDraft = Signal(str)
    editRevision = Signal(int)
    columnMarginChanged = Signal(int)  # left/right margin of the writing column, in pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.setAccessibleName("Story text")
        self.setFont(editor_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.setPlaceholderText("Tell your story…")
        self.setMouseTracking(True)
        self._revision = 0
        self._line_characters: int | None = None  # None: COLUMN_WIDTH pixels
        self._result: AnalysisResult | None = None
        self._suggestions: SuggestionProvider | None = None
        self._paste_filter: PasteFilter | None = None
        # Our listener must run before the highlighter's, so connect it first.
        self.document().contentsChange.connect(self._on_contents_change)
        self.highlighter = MarkdownHighlighter(self.document())

    # --- state ---------------------------------------------------------------------------------

    @property
    def revision(self) -> int:
        """Increases with every change to the text."""
        return self._revision

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self._revision += 1
            self.editRevision.emit(self._revision)

    def set_result(self, result: AnalysisResult) -> None:
        self._result = result
        self.highlighter.apply_result(result, current=result.revision == self._revision)

    @property
    def result(self) -> AnalysisResult | None:
        return self._result

    def set_suggestion_provider(self, provider: SuggestionProvider | None) -> None:
        self._suggestions = provider

    def set_paste_filter(self, paste_filter: PasteFilter | None) -> None:
        """What pasted or dropped text goes through before it is inserted."""
        self._paste_filter = paste_filter

    def text(self) -> str:
        """The draft as written: non-breaking spaces kept (``toPlainText`` turns them into
        spaces, and a line that changed under the analysis loses its highlights)."""
        return self.document().toRawText().replace(_BLOCK_SEPARATOR, "\n")

    def load_text(self, text: str, cursor_position: int = 0) -> None:
        """Replace the whole text (a newly opened draft) and put the cursor back."""
        self._result = None
        text = one_line_per_block(text)
        self._wrap_for(text, keep_anywhere=False)
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(cursor_position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        self.centerCursor()

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Paste and drop: the wrap is chosen before Qt lays the new text out.
        if source.hasText():
            pasted = source.text()
            text = self._paste_filter(pasted) if self._paste_filter else pasted
            self._wrap_for(text, keep_anywhere=True)
            if one_line_per_block(text) != pasted:
                plain = QMimeData()
                plain.setText(one_line_per_block(text))
                super().insertFromMimeData(plain)
                return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Shift+Enter breaks the line inside the paragraph as Markdown writes it (a backslash
        at the line's end), where Qt would put a line separator no Markdown reader keeps."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            cursor = self.textCursor()
            cursor.insertText(HARD_LINE_BREAK)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            return
        super().keyPressEvent(event)

    # --- layout: a centred writing column ------------------------------------------------------

    def _wrap_for(self, text: str, *, keep_anywhere: bool) -> None:
        """Wrap anywhere when ``text`` holds a very long run without a break, else at words
        (``keep_anywhere``: text added to a draft that already wraps anywhere keeps it)."""
        anywhere = QTextOption.WrapMode.WrapAnywhere
        if _UNBROKEN_RUN.search(text):
            self.setWordWrapMode(anywhere)
        elif not (keep_anywhere and self.wordWrapMode() == anywhere):
            self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def set_line_characters(self, characters: int) -> None:
        """The writing column's width in characters of the editor's font."""
        self._line_characters = characters
        self._update_margins()

    def set_writing_font(self, font: QFont) -> None:
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self._update_margins()

    def column_width(self) -> int:
        if self._line_characters is None:
            return COLUMN_WIDTH
        return self.fontMetrics().averageCharWidth() * self._line_characters

    def resizeEvent(self, event) -> None:
        # Margins first: the text is then wrapped at the final width of the column. Set after
        # the wrap, they left the text wider than the editor until the next resize.
        self._update_margins()
        super().resizeEvent(event)

    def _update_margins(self) -> None:
        spare = self.width() - self.column_width() - 40
        side = max(16, spare // 2)
        self.setViewportMargins(side, 8, side, 24)
        self.columnMarginChanged.emit(side)

    # --- findings under the mouse ------------------------------------------------------------

    def findings_at(self, position: int) -> list[Finding]:
        """Findings covering Qt document position ``position`` (current text only), the
        narrowest first: a misspelt word's fix comes before the advice on the sentence or
        section around it."""
        result = self._result
        if result is None:
            return []
        block = self.document().findBlock(position)
        spans = self.highlighter.spans_for(block)
        column = position - block.position()
        report = result.report
        found = [
            report.findings[span.finding]
            for span in spans
            if span.finding >= 0 and span.column <= column < span.column + span.length
        ]
        return sorted(found, key=lambda finding: finding.end - finding.start)

    def tooltip_at(self, position: int) -> str:
        """What hovering Qt ``position`` explains (empty when nothing is highlighted there)."""
        findings = self.findings_at(position)
        text = self._result.snapshot.text if self._result else ""
        return findings_tooltip(findings, text) if findings else ""

    def event(self, event: QEvent) -> bool:
        # Tab types a tab in the story; Ctrl+Tab (and Ctrl+Shift+Tab) leaves the editor, so the
        # sidebar and panels can be reached from the keyboard alone.
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier  # type: ignore[attr-defined]
            if control and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # QPlainTextEdit refuses to pass focus on while editable; QWidget's does it.
                QWidget.focusNextPrevChild(self, key == Qt.Key.Key_Tab)
                return True
            shift_only = event.modifiers() == Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
            if key == Qt.Key.Key_F10 and shift_only:
                self.open_menu_at_caret()  # as the Menu key does; Qt maps only that one
                return True
        return super().event(event)

    def open_menu_at_caret(self) -> None:
        """The right-click menu (fixes first) for the word at the caret, shown beside it."""
        at = self.cursorRect().center()
        global_at = self.viewport().mapToGlobal(at)
        self.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, global_at))

    def character_at(self, point: QPoint) -> int:
        return character_under(self, point)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            show_hover(self, event, self.tooltip_at(self.character_at(event.pos())))
            return True
        return super().viewportEvent(event)

    # --- quick fixes -----------------------------------------------------------------------------

    def source_range_to_cursor(self, start: int, end: int) -> QTextCursor | None:
        """A cursor selecting source ``[start:end)`` if the text there is what was analysed."""
        result = self._result
        if result is None:
            return None
        index = result.line_index
        expected = result.snapshot.text[start:end]
        cursor = QTextCursor(self.document())
        cursor.setPosition(index.position(start))
        cursor.setPosition(index.position(end), QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText().replace("\u2029", "\n") != expected:
            return None
        return cursor

    def replace_range(self, start: int, end: int, replacement: str) -> bool:
        cursor = self.source_range_to_cursor(start, end)
        if cursor is None:
            return False
        cursor.insertText(replacement)
        return True

    def select_range(self, start: int, end: int) -> bool:
        cursor = self.source_range_to_cursor(start, end)
        if cursor is None:
            return False
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.scroll_to_upper_third()
        return True

    def scroll_to_upper_third(self) -> None:
        """Scroll so the cursor's line sits a third of the way down, where the eye lands."""
        bar = self.verticalScrollBar()
        target = self.viewport().height() // 3
        line = max(1, self.fontMetrics().lineSpacing())
        for _ in range(200):  # one line per step; a jump never needs more
            top = self.cursorRect().top()
            if top > target + line and bar.value() < bar.maximum():
                bar.setValue(bar.value() + 1)
            elif top < target - 2 * line and bar.value() > 0:
                bar.setValue(bar.value() - 1)
            else:
                return

    def quick_fix_actions(self, position: int, menu: QMenu) -> list[QAction]:
        """The fixes and explanations offered for the findings at Qt ``position``."""
        return [
            action
            for finding in self.findings_at(position)
            for action in self._fix_actions(finding, menu)
        ]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            # The word at the caret, also when the caret has just typed its last letter.
            click = self.textCursor().position()
            if not self.findings_at(click) and click > 0:
                click -= 1
        else:
            click = self.character_at(event.pos())
        existing = menu.actions()
        added = self.quick_fix_actions(click, menu)
        if existing:  # the fixes go first, above the standard actions
            menu.insertActions(existing[0], added)
            if added:
                menu.insertSeparator(existing[0])
        else:
            menu.addActions(added)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _fix_actions(self, finding: Finding, menu: QMenu) -> list[QAction]:
        actions: list[QAction] = []
        word = self._result.snapshot.text[finding.start : finding.end] if self._result else ""
        for replacement in finding.replacements[:5]:
            action = QAction(fix_label(finding, word, replacement), menu)
            action.triggered.connect(
                lambda _checked=False, f=finding, r=replacement: self.replace_range(
                    f.start, f.end, r
                )
            )
            actions.append(action)
        if finding.rule == "spelling" and word:
            if finding.replacements:
                every = every_use_action(self, finding, finding.replacements[0], menu)
                actions.extend([every] if every else [])
            if not finding.replacements and self._suggestions is not None:
                actions.extend(self._pending_suggestions(finding, word, menu))
            add = QAction(f"Add “{word}” to dictionary", menu)
            add.triggered.connect(lambda _checked=False, w=word: self.addToDictionary.emit(w))
            ignore = QAction("Ignore in this draft", menu)
            ignore.triggered.connect(lambda _checked=False, w=word: self.ignoreInDraft.emit(w))
            actions.extend([add, ignore])
        elif not finding.replacements and finding.suggestion:
            hint = QAction(finding.suggestion, menu)
            hint.setEnabled(False)
            actions.append(hint)
        return actions

    def _pending_suggestions(self, finding: Finding, word: str, menu: QMenu) -> list[QAction]:
        """A placeholder replaced by suggestions computed off the UI thread."""
        placeholder = QAction("Looking for suggestions…", menu)
        placeholder.setEnabled(False)
        text = self._result.snapshot.text if self._result else ""
        before = text[max(0, finding.start - 40) : finding.start].split()[-2:]
        after = text[finding.end : finding.end + 40].split()[:2]

        def show(suggestions: list[str]) -> None:
            if not shiboken6.isValid(menu) or not shiboken6.isValid(placeholder):
                return  # the menu closed before the suggestions arrived
            for suggestion in suggestions[:5]:
                action = QAction(f"Replace with “{suggestion}”", menu)
                action.triggered.connect(
                    lambda _checked=False, s=suggestion: self.replace_range(
                        finding.start, finding.end, s
                    )
                )
                menu.insertAction(placeholder, action)
            every = every_use_action(self, finding, suggestions[0], menu) if suggestions else None
            if every is not None:
                menu.insertAction(placeholder, every)
            if suggestions:
                menu.removeAction(placeholder)
            else:
                placeholder.setText("No suggestions")

        if self._suggestions is not None:
            self._suggestions(word, " ".join(before), " ".join(after), show)
        return [placeholder]

    def jump_to(self, finding: Finding) -> bool:
        return self.select_range(finding.start, finding.end)

    def cursor_source_offset(self) -> int:
        """The cursor's position as a Python offset into the text."""
        return python_index(self.text(), self.textCursor().position())


_BLOCK_SEPARATOR = "\u2029"  # between blocks in QTextDocument.toRawText()
_LINE_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})
#: Markdown's line break inside a paragraph: a backslash ending the line.
HARD_LINE_BREAK = "\\\n"


def one_line_per_block(text: str) -> str:
    """``text`` with Unicode's line and paragraph separators as newlines: inside a Qt block
    they would break the one-line-per-block match between the editor and the analysis."""
    return text.translate(_LINE_SEPARATORS)


#: A misspelling's suggestions are worked out when its menu opens (off the UI thread); the
#: hover says where to find them.
SPELLING_HINT = "Right-click for suggestions, to add the word to your dictionary, or to ignore it."


def fix_label(finding: Finding, found: str, replacement: str) -> str:
    """What a one-click fix does, in words: the menu's item and the hover's last line."""
    if finding.rule == "repeated_word":
        return f"Delete the repeated “{replacement}”"
    if not replacement:
        return f"Delete “{found}”"
    return f"Replace with “{replacement}”"


def character_under(edit: QPlainTextEdit, point: QPoint) -> int:
    """The Qt position of the character under ``point`` in ``edit``'s viewport. Qt's
    ``cursorForPosition`` gives the nearest caret place, which over a letter's right half is
    after it: the last letter of a highlighted word would show nothing."""
    cursor = edit.cursorForPosition(point)
    position = cursor.position()
    if position == cursor.block().position():
        return position
    caret_x = edit.cursorRect(cursor).center().x()
    if cursor.block().textDirection() == Qt.LayoutDirection.RightToLeft:
        return position - 1 if point.x() > caret_x else position
    return position - 1 if point.x() < caret_x else position


def show_hover(edit: QPlainTextEdit, event: QHelpEvent, tip: str) -> None:
    """Show ``tip`` where the mouse rests, or hide the last one when there is none."""
    if tip:
        QToolTip.showText(event.globalPos(), tip, edit.viewport())
    else:
        QToolTip.hideText()
        event.ignore()


def findings_tooltip(findings: list[Finding], text: str) -> str:
    """What hovering ``findings`` of ``text`` explains: each rule, its message and its fix, in
    the editor and in the title and subtitle fields alike."""
    parts = []
    for finding in findings:
        title = html.escape(rule_name(finding.rule))
        message = html.escape(finding.message)
        if finding.replacements:  # the first fix, as the menu offers it
            found = text[finding.start : finding.end]
            hint = fix_label(finding, found, finding.replacements[0])
        else:
            hint = finding.suggestion or (SPELLING_HINT if finding.rule == "spelling" else "")
        fix = f"<br><i>{html.escape(hint)}</i>" if hint else ""
        parts.append(f"<b>{title}</b><br>{message}{fix}")
    return "<hr>".join(parts)
