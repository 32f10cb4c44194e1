"""What the Plan window says when an action needs the open draft and there is none to use."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

# The window passes no draft when none is open or the open one could not be saved (the
# status bar then says so): planning a draft the database does not hold would lose it.
NO_DRAFT = (
    "No draft is open, or the open one could not be saved (the status bar says which). "
    "Open the draft, let it save, and try again."
)


def say_no_draft(parent: QWidget, title: str) -> None:
    QMessageBox.information(parent, title, NO_DRAFT)
