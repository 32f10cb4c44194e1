"""Bugs a writer met in daily use, each reproduced on the real main window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication


def test_completed_tag_leaves_the_field_empty(qtbot, window, store) -> None:
    field = window.sidebar.tags
    field.set_tags([])
    field.set_known_tags(["Medium", "Writing", "Productivity"])
    field.input.setFocus()
    qtbot.keyClicks(field.input, "Med")
    popup = field.input.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.tags() == ["Medium"])
    qtbot.wait(50)
    assert field.input.text() == ""
    qtbot.keyClicks(field.input, "Productivity")
    qtbot.keyClick(field.input, Qt.Key.Key_Return)
    assert field.tags() == ["Medium", "Productivity"]


def test_a_removed_typo_tag_leaves_the_history(qtbot, window, store) -> None:
    field = window.sidebar.tags
    field.add_tag("Writingproductivity")
    assert "Writingproductivity" in {u.name for u in store.tags.usage()}
    field.remove_tag("Writingproductivity")
    assert "Writingproductivity" not in {u.name for u in store.tags.usage()}
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    shown = {dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())}
    assert "Writingproductivity" not in shown
    assert "Writing" in shown


def test_wheel_over_the_genre_box_scrolls_the_sidebar(qtbot, window) -> None:
    genre = window.sidebar.readability.genre
    before = genre.currentIndex()
    centre = genre.rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(genre.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(genre, event)
    assert genre.currentIndex() == before


def test_body_text_fits_the_editor_after_a_large_resize(qtbot, window) -> None:
    """A restored window arrives with one big resize; the text must wrap at the new width."""
    for width, height in ((900, 700), (1900, 1000), (1280, 720)):
        window.resize(width, height)
        qtbot.wait(30)
        assert window.editor.horizontalScrollBar().maximum() == 0, (width, height)
