"""The Edit menu (undo, clipboard, Find and Replace, Markdown shortcuts, word goal), the
keyboard shortcuts list, dropping Markdown files on the window, and the word-goal indicator.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
)

from app.document.wording import plural
from app.ui.editor import MarkdownEditor
from app.ui.find_replace import FindReplaceBar
from app.ui.markdown_shortcuts import insert_link, toggle_heading, toggle_list, toggle_wrap
from app.ui.window.storing import store_change

DROPPABLE = (".md", ".markdown", ".mdown")
# Keys that belong to no menu item, so the list cannot read them from the menus: the ways
# around the window for a writer who works from the keyboard alone.
KEYBOARD_ROWS = (
    ("Story", "Leave the story for the sidebar and panels (back: Ctrl+Shift+Tab)", "Ctrl+Tab"),
    ("Story", "Fixes and spelling for the word at the caret", "Shift+F10 or Menu key"),
    ("Headline lab", "Use the selected idea as the title", "Enter"),
    ("Panels", "Close the headline lab or checklist, back to the story", "Esc"),
    ("Find", "Close the find bar / full screen", "Esc"),
)
MAX_WORD_GOAL = 100_000


class _Preferences(Protocol):
    def word_goal(self, draft_id: int) -> int: ...
    def set_word_goal(self, draft_id: int, words: int) -> None: ...


class _Window(Protocol):
    editor: MarkdownEditor
    preferences: _Preferences
    view_menu: QMenu

    def import_file(self, path: str) -> object: ...


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every menu action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, title)
            elif not action.shortcut().isEmpty():
                text = action.text().replace("&", "").rstrip("…")
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((title, text, shown))

    for top in window.menuBar().actions():
        top_menu = top.menu()
        if isinstance(top_menu, QMenu):
            walk(top_menu, top.text().replace("&", ""))
    return rows


def _row(where: str, what: str, keys: str) -> str:
    return (
        f"<tr><td style='color:gray; padding-right:12px'>{html.escape(where)}</td>"
        f"<td style='padding-right:16px'>{html.escape(what)}</td>"
        f"<td><b>{html.escape(keys)}</b></td></tr>"
    )


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: read from the menus, so it never goes out of date."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.table = QTextBrowser()
        self.table.setAccessibleName("Keyboard shortcuts")
        rows = "".join(_row(*row) for row in (*shortcut_rows(window), *KEYBOARD_ROWS))
        self.table.setHtml(f"<table>{rows}</table>")
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class EditMenu(QObject):
    """Installs the Edit menu before View, the find bar under the text, and the goal label."""

    def __init__(
        self,
        window: QMainWindow,
        find_host: QVBoxLayout,
        current_draft: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        host: _Window = window  # type: ignore[assignment]
        self._host = host
        self._editor = host.editor
        self._current_draft = current_draft
        self.find_bar = FindReplaceBar(self._editor)
        find_host.addWidget(self.find_bar)
        self.goal_label = QLabel("")
        self.goal_label.setObjectName("wordGoal")
        self.goal_label.setAccessibleName("Word goal")
        window.statusBar().addPermanentWidget(self.goal_label)
        self._words = 0
        self.menu = QMenu("&Edit", window)
        window.menuBar().insertMenu(host.view_menu.menuAction(), self.menu)
        self._build_menu()
        self._build_help()
        window.setAcceptDrops(True)
        self._editor.viewport().installEventFilter(self)
        window.installEventFilter(self)

    # --- menus ---------------------------------------------------------------------------------

    def _add(self, text: str, slot: Callable[[], object], shortcut=None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        editor = self._editor
        keys = QKeySequence.StandardKey
        self.undo_action = self._add("&Undo", editor.undo, keys.Undo)
        self.redo_action = self._add("&Redo", editor.redo, keys.Redo)
        editor.undoAvailable.connect(self.undo_action.setEnabled)
        editor.redoAvailable.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.menu.addSeparator()
        self._add("Cu&t", editor.cut, keys.Cut)
        self._add("&Copy", editor.copy, keys.Copy)
        self._add("&Paste", editor.paste, keys.Paste)
        self._add("Select &all", editor.selectAll, keys.SelectAll)
        self.menu.addSeparator()
        self.find_action = self._add("&Find…", lambda: self.find_bar.open(replace=False), keys.Find)
        self.replace_action = self._add(
            "Find and r&eplace…", lambda: self.find_bar.open(replace=True), "Ctrl+H"
        )
        self._add("Find ne&xt", lambda: self.find_bar.find_next(), keys.FindNext)
        self.menu.addSeparator()
        self.bold_action = self._add("&Bold", lambda: toggle_wrap(editor, "**"), keys.Bold)
        self.italic_action = self._add("&Italic", lambda: toggle_wrap(editor, "*"), keys.Italic)
        self.link_action = self._add("&Link…", lambda: insert_link(editor), "Ctrl+K")
        self.heading_action = self._add("&Heading", lambda: toggle_heading(editor, 2), "Ctrl+2")
        self._add("Subhea&ding", lambda: toggle_heading(editor, 3), "Ctrl+3")
        self.bullets_action = self._add(
            "Bulleted li&st", lambda: toggle_list(editor), "Ctrl+Shift+8"
        )
        self._add("&Numbered list", lambda: toggle_list(editor, numbered=True), "Ctrl+Shift+7")
        self.menu.addSeparator()
        self.goal_action = self._add("Word &goal for this draft…", self.ask_word_goal)
        # Shortcuts must work while the focus is in the editor and the menu is closed.
        for action in self.menu.actions():
            editor.addAction(action)

    def _build_help(self) -> None:
        help_menu = next(
            (
                action.menu()
                for action in self._window.menuBar().actions()
                if action.text().replace("&", "") == "Help" and action.menu() is not None
            ),
            None,
        )
        if not isinstance(help_menu, QMenu):
            return
        self.shortcuts_action = QAction("&Keyboard shortcuts", self._window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(lambda: self.show_shortcuts())
        if help_menu.actions():
            help_menu.insertAction(help_menu.actions()[0], self.shortcuts_action)
        else:
            help_menu.addAction(self.shortcuts_action)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self._window)
        dialog.show()
        return dialog

    # --- word goal -----------------------------------------------------------------------------

    def ask_word_goal(self) -> None:
        draft_id = self._current_draft()
        if draft_id is None:
            return
        current = self._host.preferences.word_goal(draft_id)
        words, accepted = QInputDialog.getInt(
            self._window,
            "Word goal",
            "Words you aim for in this draft (0 for none):",
            current or 1000,
            0,
            MAX_WORD_GOAL,
            100,
        )
        if accepted:
            self.set_word_goal(words)

    def set_word_goal(self, words: int) -> None:
        draft_id = self._current_draft()
        if draft_id is None:
            return
        store = self._host.preferences.set_word_goal
        if store_change(self._window, "the word goal", lambda: store(draft_id, words)):
            self._show_goal()

    def show_words(self, words: int) -> None:
        self._words = words
        self._show_goal()

    def _show_goal(self) -> None:
        draft_id = self._current_draft()
        goal = self._host.preferences.word_goal(draft_id) if draft_id is not None else 0
        if not goal:
            self.goal_label.setText("")
            return
        share = min(100, round(100 * self._words / goal))
        done = " ✓ reached" if self._words >= goal else ""
        self.goal_label.setText(f"{self._words:,} of {plural(goal, 'word')} ({share}%){done}")

    # --- dropped files -------------------------------------------------------------------------

    @staticmethod
    def _markdown_paths(event: QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        return [path for path in paths if Path(path).suffix.lower() in DROPPABLE]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._markdown_paths(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            paths = self._markdown_paths(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                for path in paths:
                    self._host.import_file(path)
                return True
        return False
