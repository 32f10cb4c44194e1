"""A published story's link, typed when marking it published or added later, once Medium
has given it one: a broken address keeps the dialog open, saying why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.session.plan.story_link import story_link

LINK_PLACEHOLDER = "https://medium.com/@you/…"


def problem_label() -> QLabel:
    """Where a refused link says what is wrong, hidden until then."""
    problem = QLabel()
    problem.setWordWrap(True)
    problem.setStyleSheet("font-weight: bold;")
    problem.hide()
    return problem


def take_link(edit: QLineEdit, problem: QLabel) -> bool:
    """Tidy the link in ``edit`` as it will be stored (``https://`` added), or show in
    ``problem`` why it cannot be and put the cursor back in the box."""
    try:
        edit.setText(story_link(edit.text()))
    except ValueError as error:
        problem.setText(str(error))
        problem.show()
        edit.setFocus()
        return False
    return True


class StoryLinkDialog(QDialog):
    """The link of a story already marked published; emptied, the story is known by its
    title."""

    def __init__(self, title: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Story link")
        self.url = QLineEdit(url)
        self.url.setPlaceholderText(LINK_PLACEHOLDER)
        self.url.setMinimumWidth(self.url.fontMetrics().averageCharWidth() * 60)
        self.problem = problem_label()
        self.url.textEdited.connect(lambda _text: self.problem.hide())
        heading = QLabel(f"The link of “{title}” on Medium, as your browser shows it:")
        heading.setWordWrap(True)
        note = QLabel("Leave it empty to have statistics files find the story by its title.")
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(heading)
        form.addRow("URL:", self.url)
        form.addRow("", note)
        form.addRow("", self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if take_link(self.url, self.problem):
            super().accept()
