"""Write and Edit, the two rhythms of a draft.

In Write the text stands alone: no highlights (the title's and subtitle's slips included), and
the sidebar keeps only the scores. In Edit the highlights come back with the Writing card and
the Top fixes list. The main window calls ``install_write_edit(self)`` once; the mode is
remembered across restarts.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.analysis.rules.findings import Finding
from app.analysis.rules.style.top_fixes import top_fixes
from app.session.preferences import Preferences
from app.ui.analysis_worker import AnalysisController, AnalysisResult
from app.ui.editor import MarkdownEditor
from app.ui.heading_edit import HeadingEdit
from app.ui.sidebar import Sidebar
from app.ui.sidebar.top_fixes_card import TopFixesCard
from app.ui.window.storing import store_change


class MainWindow(Protocol):
    """What the modes need of the main window (a protocol, so no import goes back up)."""

    editor: MarkdownEditor
    title_edit: HeadingEdit
    subtitle_edit: HeadingEdit
    sidebar: Sidebar
    preferences: Preferences
    controller: AnalysisController

    def menuBar(self) -> QMenuBar: ...


WRITE, EDIT = "write", "edit"
EDIT_SHORTCUT = "Ctrl+Shift+E"


class WriteEditMode(QObject):
    """The View → Edit mode switch, the Top fixes card, and what each mode shows."""

    modeChanged = Signal(str)  # "write" or "edit"

    def __init__(self, window: MainWindow) -> None:
        # The window is a QMainWindow; a protocol cannot name a concrete base class.
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.top_fixes = TopFixesCard()
        sidebar = window.sidebar
        content = sidebar.widget()
        layout = content.layout() if content is not None else None
        # Right under the scores: what to fix first (-1: at the end).
        index = layout.indexOf(sidebar.keyphrase) if layout is not None else -1
        sidebar.insert_card(index, self.top_fixes)
        self.action = QAction("&Edit mode (highlights)", self)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(EDIT_SHORTCUT))
        self.action.setToolTip("Write: the text alone, with the scores. Edit: every highlight.")
        view_menu = _menu(window, "&View")
        actions = view_menu.actions()
        if actions:
            view_menu.insertAction(actions[0], self.action)
            view_menu.insertSeparator(actions[0])
        else:
            view_menu.addAction(self.action)
            view_menu.addSeparator()
        self.action.toggled.connect(lambda on: self.set_mode(EDIT if on else WRITE))
        self.top_fixes.fixActivated.connect(self._jump)
        window.controller.resultReady.connect(self._result_ready)
        stored = window.preferences.writing_mode()
        self._mode = ""
        self.set_mode(WRITE if stored == WRITE else EDIT)

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """Switch to ``mode`` and remember it. A mode that cannot be stored is said and not
        switched to: it would change back at the next start without a word."""
        if mode == self._mode:
            return
        # Not stored at start-up, which shows the stored mode. The window is a QMainWindow;
        # the protocol cannot say so.
        window = cast(QWidget, self.window)
        store = self.window.preferences.set_writing_mode
        if self._mode and not store_change(window, "the writing mode", lambda: store(mode)):
            self._check(self._mode == EDIT)
            return
        self._mode = mode
        editing = mode == EDIT
        self._check(editing)
        self.window.editor.highlighter.set_findings_visible(editing)
        for field in (self.window.title_edit, self.window.subtitle_edit):
            field.set_slips_visible(editing)
        self.window.sidebar.issues.setVisible(editing)
        self.top_fixes.setVisible(editing)
        self.modeChanged.emit(mode)

    def _check(self, editing: bool) -> None:
        """The menu's tick, without switching again."""
        self.action.blockSignals(True)
        self.action.setChecked(editing)
        self.action.blockSignals(False)

    def _result_ready(self, result: AnalysisResult) -> None:
        report = result.report
        self.top_fixes.show_fixes(
            top_fixes(report.findings, result.snapshot.text), written=report.words > 0
        )

    def _jump(self, finding: Finding) -> None:
        editor = self.window.editor
        if editor.jump_to(finding):
            editor.setFocus()


def _menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        menu = action.menu()  # typed as QObject: narrowed to the QMenu it is
        if isinstance(menu, QMenu) and action.text() == title:
            return menu
    return window.menuBar().addMenu(title)


def install_write_edit(window: MainWindow) -> WriteEditMode:
    return WriteEditMode(window)
