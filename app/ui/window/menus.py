"""The File, View, Plan and Help menus of the main window, and the Help boxes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMessageBox

from app import __version__
from app.ui.plan.tabs import TABS as PLAN_TABS

SCORES_EXPLAINED = (
    "Reading grade: the median of seven published readability formulas, as a US school "
    "grade. Most Medium readers are comfortable around grade 7 to 9.\n\n"
    "Headline score: your title compared with 9,975 headlines from real A/B tests "
    "(Upworthy, 2013-15): 50 means it would have beaten half of them on clicks. It is fitted "
    "on a news feed, not on Medium, so use it to choose between your own versions; it cannot "
    "predict reads, curation or claps.\n\n"
    "Clickbait risk: from the practices Medium's curators hold back (teasing without saying "
    "what the story is, hyperbole, exploiting worries). A blog-like style alone is fine.\n\n"
    "Writing highlights: rules of thumb, not laws. Switch off any rule you disagree with."
)
# Plan menu items whose first letter another item already uses.
PLAN_MNEMONICS = {"Charts": "C&harts"}


class MainMenus(QObject):
    """Builds the menus and holds their actions; the window connects them to what they do."""

    planRequested = Signal(str)  # the Plan window's tab to show

    def __init__(self, window: QMainWindow, headline_lab: QDockWidget, database_path: Path) -> None:
        super().__init__(window)
        self._window = window
        self._database_path = database_path
        file_menu = window.menuBar().addMenu("&File")
        self.new_action = self._action(file_menu, "&New draft", QKeySequence.StandardKey.New)
        self.import_action = self._action(
            file_menu, "&Import Markdown…", QKeySequence.StandardKey.Open
        )
        self.import_folder_action = self._action(file_menu, "Import a &folder of posts…")
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, "&Save now", QKeySequence.StandardKey.Save)
        self.save_copy_action = self._action(file_menu, "Save a &copy as Markdown…")
        self.revisions_action = self._action(file_menu, "&Revisions…", "Ctrl+Shift+R")
        file_menu.addSeparator()
        self.trash_action = self._action(file_menu, "Move draft to &trash")
        file_menu.addSeparator()
        self.settings_action = self._action(file_menu, "S&ettings…", "Ctrl+,")
        self.quit_action = self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit)

        view_menu = self.view_menu = window.menuBar().addMenu("&View")
        self.toggle_drafts = self._action(view_menu, "&Drafts list", "Ctrl+Shift+D")
        self.toggle_drafts.setCheckable(True)
        self.toggle_drafts.setChecked(True)
        self.toggle_sidebar = self._action(view_menu, "&Sidebar", "Ctrl+Shift+S")
        self.toggle_sidebar.setCheckable(True)
        self.toggle_sidebar.setChecked(True)

        view_menu.addSeparator()
        self.toggle_lab = headline_lab.toggleViewAction()
        self.toggle_lab.setText("&Headline lab")
        self.toggle_lab.setShortcut(QKeySequence("Ctrl+Shift+H"))
        view_menu.addAction(self.toggle_lab)
        self.tag_history_action = self._action(view_menu, "Ta&g history…", "Ctrl+Shift+T")

        plan_menu = window.menuBar().addMenu("&Plan")
        for tab in PLAN_TABS:
            # Alt+P, then a letter: each item has its own (C is Calendar's, so Charts takes h).
            text = PLAN_MNEMONICS.get(tab, f"&{tab}")
            self._action(plan_menu, f"{text}…").triggered.connect(
                lambda _checked=False, tab=tab: self.planRequested.emit(tab)
            )

        help_menu = window.menuBar().addMenu("&Help")
        scores = self._action(help_menu, "&What the scores mean")
        scores.triggered.connect(self._about_scores)
        about = self._action(help_menu, "&About Clapwise")
        about.triggered.connect(self._about)

    def _action(self, menu: QMenu, text: str, shortcut=None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _about(self) -> None:
        QMessageBox.about(
            self._window,
            "About Clapwise",
            f"<h3>Clapwise {__version__}</h3>"
            "<p>An offline writing assistant for Medium writers. Nothing you write leaves "
            "this computer.</p>"
            f"<p>Your drafts are stored in<br><code>{self._database_path}</code></p>",
        )

    def _about_scores(self) -> None:
        QMessageBox.information(self._window, "What the scores mean", SCORES_EXPLAINED)
