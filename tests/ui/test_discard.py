"""A discarded widget is hidden at once and deleted once Qt processes deferred deletes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from app.ui.discard import discard


def test_a_discarded_widget_is_hidden_then_deleted(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    note = QLabel("old note")
    layout.addWidget(note)
    host.show()
    destroyed: list[bool] = []
    note.destroyed.connect(lambda: destroyed.append(True))
    discard(note)
    assert not note.isVisibleTo(host)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert destroyed == [True]
