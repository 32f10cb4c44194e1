"""The headline lab beside the draft: opening it, telling it the title, adopting an idea."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.session import DraftSession
from app.ui.heading_edit import HeadingEdit
from app.ui.headline_lab import HeadlineLab


@dataclass(eq=False)
class HeadlineLabLink:
    """Keeps the lab and the draft's title field in step, in both directions."""

    window: QMainWindow
    lab: HeadlineLab
    toggle: QAction  # View → Headline lab
    title_edit: HeadingEdit
    session: Callable[[], DraftSession | None]
    title_edited: Callable[[str], None]  # what the window does when the writer edits the title

    def show(self) -> None:
        if not self.lab.isVisible():
            self.toggle.trigger()
        self.lab.show()
        self.lab.raise_()
        self.lab.topic.setFocus()

    def tell_title(self, visible: bool) -> None:
        """The lab follows the title as typed, not only as it was when the draft opened."""
        if visible and self.lab.isVisible() and self.session() is not None:
            self.lab.set_context(title=self.title_edit.text())

    def use_title(self, title: str) -> None:
        """Adopt a headline from the lab as the draft's title."""
        session = self.session()
        if session is None or not session.editable:
            return
        # The title it replaces stays in the lab's list, so the writer can go back to it.
        self.lab.set_context(title=self.title_edit.text())
        self.title_edit.setText(title)
        self.title_edited(title)
        self.lab.set_context(title=title)
        warning = self.lab.reuse_warning(title)
        self.window.statusBar().showMessage(warning or "Title updated from the headline lab.", 6000)
