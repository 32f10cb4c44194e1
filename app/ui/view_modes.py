"""Ways to look at the page: light or dark, focus mode, typewriter scrolling, full screen.

Focus mode keeps the sentence (or paragraph) being written at full strength and dims the rest;
typewriter scrolling keeps the line being written in the middle of the editor; full screen
hides everything but the title, subtitle and text. Theme, focus and typewriter choices are
remembered across restarts; one that cannot be stored is not applied (the status bar says why,
and the menu keeps the stored choice checked), as in the settings dialog.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QTextEdit, QWidget

from app.ui.editor import MarkdownEditor
from app.ui.positions import python_index, utf16_offset
from app.ui.theme_mode import apply_theme, current_theme
from app.ui.window.storing import store_change

# A sentence ends at . ! or ? (with closing quotes or brackets) followed by a space.
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+")
DIMMED = {"light": "#b8b8b8", "dark": "#5d5f64"}
THEME_NAMES = {"system": "Follow the &system", "light": "&Light", "dark": "&Dark"}
FOCUS_NAMES = {"": "&Off", "sentence": "Current &sentence", "paragraph": "Current &paragraph"}


class _Preferences(Protocol):
    def theme(self) -> str: ...
    def set_theme(self, theme: str) -> None: ...
    def focus_mode(self) -> str: ...
    def set_focus_mode(self, mode: str) -> None: ...
    def typewriter_scrolling(self) -> bool: ...
    def set_typewriter_scrolling(self, on: bool) -> None: ...


class _Window(Protocol):
    editor: MarkdownEditor
    preferences: _Preferences


def sentence_bounds(text: str, index: int) -> tuple[int, int]:
    """The start and end (Python indices into ``text``) of the sentence holding ``index``."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > index:
            return start, match.end()
        start = match.end()
    return start, len(text)


def standard_or(key: QKeySequence.StandardKey, fallback: QKeySequence) -> list[QKeySequence]:
    """The platform's bindings for ``key``, or ``fallback`` where the platform has none.

    X11 (xcb) binds no key to full screen, so the menu item would have no shortcut at all;
    macOS keeps its own Ctrl+Cmd+F.
    """
    return QKeySequence.keyBindings(key) or [fallback]


class ViewModes(QObject):
    """Adds its actions to ``menu`` and keeps the editor's look in step with them."""

    def __init__(
        self, window: QMainWindow, menu: QMenu, hidden_in_full_screen: list[QWidget]
    ) -> None:
        super().__init__(window)
        self._window = window
        host: _Window = window  # type: ignore[assignment]
        self._editor = host.editor
        self._preferences = host.preferences
        self._hidden = hidden_in_full_screen
        self._restore_after_full_screen: list[QWidget] = []
        # The choices applied, as stored: a menu item is checked before its choice is stored.
        self._theme = self._focus = ""
        self._typewriter = False
        self._build_menu(menu)
        self._editor.cursorPositionChanged.connect(self._cursor_moved)
        self._editor.textChanged.connect(self._cursor_moved)
        hints = QApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)
        self.set_theme(self._preferences.theme(), remember=False)
        self.set_focus_mode(self._preferences.focus_mode(), remember=False)
        self.set_typewriter(self._preferences.typewriter_scrolling(), remember=False)

    def _build_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        themes = menu.addMenu("&Theme")
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for theme, name in THEME_NAMES.items():
            action = themes.addAction(name)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
            self.theme_actions[theme] = action
        focus = menu.addMenu("F&ocus mode")
        self.focus_actions: dict[str, QAction] = {}
        focus_group = QActionGroup(self)
        for mode, name in FOCUS_NAMES.items():
            action = focus.addAction(name)
            action.setCheckable(True)
            focus_group.addAction(action)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_focus_mode(m))
            self.focus_actions[mode] = action
        self.focus_actions["sentence"].setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.typewriter_action = menu.addAction("T&ypewriter scrolling")
        self.typewriter_action.setCheckable(True)
        self.typewriter_action.triggered.connect(lambda on: self.set_typewriter(on))
        self.full_screen_action = menu.addAction("Distraction-free &full screen")
        self.full_screen_action.setShortcuts(
            standard_or(QKeySequence.StandardKey.FullScreen, QKeySequence(Qt.Key.Key_F11))
        )
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.triggered.connect(lambda on: self.set_full_screen(on))
        # The menu bar hides in full screen; the window keeps the shortcut working.
        self._window.addAction(self.full_screen_action)
        self.leave_full_screen = QAction("Leave full screen", self._window)
        self.leave_full_screen.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_full_screen.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_full_screen.setEnabled(False)
        self.leave_full_screen.triggered.connect(lambda: self.set_full_screen(False))
        self._window.addAction(self.leave_full_screen)

    # --- theme ---------------------------------------------------------------------------------

    def set_theme(self, choice: str, *, remember: bool = True) -> bool:
        """Apply ``system``, ``light`` or ``dark``; False when it could not be stored (the
        theme showing stays)."""
        store = partial(self._preferences.set_theme, choice)
        if remember and not store_change(self._window, "the theme", store):
            self.theme_actions[self._theme].setChecked(True)
            return False
        self._theme = choice
        apply_theme(QApplication.instance(), choice)  # type: ignore[arg-type]
        self.theme_actions[choice].setChecked(True)
        self._editor.highlighter.rehighlight()
        self._cursor_moved()
        return True

    def _system_scheme_changed(self, _scheme: object) -> None:
        if self._preferences.theme() == "system":
            self.set_theme("system", remember=False)

    # --- focus and typewriter ------------------------------------------------------------------

    @property
    def focus_mode(self) -> str:
        checked = (mode for mode, action in self.focus_actions.items() if action.isChecked())
        return next(checked, "")

    def set_focus_mode(self, mode: str, *, remember: bool = True) -> None:
        mode = mode if mode in FOCUS_NAMES else ""
        store = partial(self._preferences.set_focus_mode, mode)
        if remember and not store_change(self._window, "the focus mode", store):
            mode = self._focus
        self._focus = mode
        self.focus_actions[mode].setChecked(True)
        self._cursor_moved()

    def set_typewriter(self, on: bool, *, remember: bool = True) -> None:
        store = partial(self._preferences.set_typewriter_scrolling, on)
        if remember and not store_change(self._window, "typewriter scrolling", store):
            on = self._typewriter
        self._typewriter = on
        self.typewriter_action.setChecked(on)
        self._editor.setCenterOnScroll(on)
        self._cursor_moved()

    def focused_range(self) -> tuple[int, int] | None:
        """Document positions of the text kept bright, or None when focus mode is off."""
        mode = self.focus_mode
        if not mode:
            return None
        cursor = self._editor.textCursor()
        block = cursor.block()
        if mode == "paragraph":
            return block.position(), block.position() + block.length() - 1
        # Qt counts UTF-16 units, the sentence search Python characters: an emoji or another
        # character outside the BMP before the cursor would shift the bright range.
        text = block.text()
        start, end = sentence_bounds(text, python_index(text, cursor.positionInBlock()))
        return (
            block.position() + utf16_offset(text, start),
            block.position() + utf16_offset(text, end),
        )

    def _cursor_moved(self) -> None:
        editor = self._editor
        if self.typewriter_action.isChecked():
            editor.centerCursor()
        bright = self.focused_range()
        if bright is None:
            editor.setExtraSelections([])
            return
        dim = QColor(DIMMED[current_theme()])
        selections = []
        end_of_text = editor.document().characterCount() - 1
        for start, end in ((0, bright[0]), (bright[1], end_of_text)):
            if end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setForeground(dim)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(selection)
        editor.setExtraSelections(selections)

    # --- full screen ---------------------------------------------------------------------------

    def set_full_screen(self, on: bool) -> None:
        """Only the title, subtitle and text, on the whole screen; Esc comes back."""
        window = self._window
        self.full_screen_action.setChecked(on)
        self.leave_full_screen.setEnabled(on)
        if on:
            self._restore_after_full_screen = [w for w in self._hidden if w.isVisible()]
            for widget in self._restore_after_full_screen:
                widget.hide()
            window.menuBar().hide()
            window.statusBar().hide()
            window.showFullScreen()
        else:
            for widget in self._restore_after_full_screen:
                widget.show()
            self._restore_after_full_screen = []
            window.menuBar().show()
            window.statusBar().show()
            window.showNormal()
        self._editor.setFocus()
