"""A line inside an empty list or table saying what will appear there and how to add it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyNote(QObject):
    """Shows ``text`` in the middle of ``view`` while it has no rows, and hides it as soon as
    one is added: an empty box with column headers alone says nothing to a writer."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self._view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("muted")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Clicks go to the view beneath, as if the note were painted on it.
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._update)
        view.viewport().installEventFilter(self)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self._view.viewport().rect().adjusted(16, 16, -16, -16)
        self.label.setGeometry(area)

    def _update(self, *_args: object) -> None:
        if not shiboken6.isValid(self._view):
            return  # the view's model empties itself as the view goes
        self._place()
        self.label.setVisible(self._view.model().rowCount() == 0)
