"""Screen readers and the keyboard: named sidebar controls, scores in words, Tab reaches all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QLineEdit,
    QWidget,
)

from app.ui.accessibility import plain

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def test_every_sidebar_control_and_card_has_an_accessible_name(
    qtbot, window, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    sidebar = window.sidebar
    assert sidebar.accessibleName()
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()}"
        for widget in sidebar.findChildren(QWidget)
        if isinstance(widget, CONTROLS) and not widget.accessibleName()
    ]
    assert unnamed == []
    cards = [w for w in sidebar.findChildren(QFrame) if w.objectName() == "card"]
    assert len(cards) >= 6
    assert all(card.accessibleName() for card in cards)
    assert window.editor.accessibleName() == "Story text"


def test_scores_are_said_in_words_not_only_in_colour(qtbot, window, wait_for_analysis) -> None:
    wait_for_analysis(window)
    sidebar = window.sidebar
    headline = plain(sidebar.headline.score.text())
    assert any(word in headline for word in ("Weak", "Fair", "Good", "Strong", "Excellent"))
    assert "Clickbait risk:" in plain(sidebar.headline.risk.text())
    grade = plain(sidebar.readability.findChild(QWidget, "bigFigure").text())
    assert grade.startswith("Grade")


def test_the_keyboard_alone_reaches_the_main_controls(qtbot, window) -> None:
    window.activateWindow()
    window.title_edit.setFocus()
    wanted = {
        "subtitle": window.subtitle_edit,
        "story": window.editor,
        "keyphrase": window.sidebar.keyphrase.field,
        "genre": window.sidebar.readability.genre,
        "tags": window.sidebar.tags.input,
        "lab": window.sidebar.headline.lab_button,
    }
    reached: set[str] = set()
    for _ in range(150):
        widget = QApplication.focusWidget()
        reached |= {name for name, target in wanted.items() if target is widget}
        if reached == set(wanted):
            break
        # In the story, Tab types a tab; Ctrl+Tab moves on, as in any text editor.
        control = Qt.KeyboardModifier.ControlModifier
        modifier = control if widget is window.editor else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(widget, Qt.Key.Key_Tab, modifier)
    assert reached == set(wanted)
