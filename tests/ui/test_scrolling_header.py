"""The title and subtitle scroll away with the body like one page, never drawn over each other."""

from __future__ import annotations

from PySide6.QtCore import QPoint

TITLE = "How to Price Your First Freelance Project Without Underselling Yourself"


def test_a_long_title_and_the_subtitle_never_overlap_while_scrolling(qtbot, window) -> None:
    window.resize(1280, 720)
    window.title_edit.setText(TITLE)  # wraps to several lines at this width
    window.editor.setPlainText("\n\n".join(f"Paragraph {n} of the story." for n in range(60)))
    qtbot.wait(50)
    title, subtitle = window.title_edit, window.subtitle_edit
    full_title = title.height()
    assert full_title > 2 * title.fontMetrics().lineSpacing()
    bar = window.editor.verticalScrollBar()
    for value in range(bar.maximum() + 1):
        bar.setValue(value)
        qtbot.wait(5)
        # Each field keeps its height; the subtitle stays below the title, and what is left
        # of the header is its lower part, right above the body (the top scrolled away).
        assert title.height() == full_title
        assert subtitle.geometry().top() > title.geometry().bottom()
        below_subtitle = subtitle.mapTo(window.header, QPoint(0, subtitle.height())).y()
        assert below_subtitle == window.header.height()
    assert window.header.height() == 0
    bar.setValue(0)
    qtbot.wait(20)
    assert title.visibleRegion().boundingRect().height() == full_title


def test_going_to_the_subtitle_brings_the_header_back(qtbot, window) -> None:
    window.resize(1280, 720)
    window.show()
    window.title_edit.setText(TITLE)
    window.editor.setPlainText("\n\n".join(f"Paragraph {n} of the story." for n in range(60)))
    qtbot.wait(50)
    bar = window.editor.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(20)
    assert window.header.height() == 0
    window.subtitle_edit.setFocus()
    qtbot.waitUntil(lambda: window.subtitle_edit.visibleRegion().boundingRect().height() > 0)
    assert bar.value() == 0


def test_a_title_taller_than_the_field_shows_a_scroll_bar(qtbot, window) -> None:
    window.resize(1280, 720)
    window.show()
    window.title_edit.setText(" ".join([TITLE] * 3))  # well past four lines
    qtbot.wait(50)
    policy = window.title_edit.verticalScrollBarPolicy()
    assert policy.name == "ScrollBarAsNeeded"
    window.title_edit.setText(TITLE)
    qtbot.wait(50)
    assert window.title_edit.verticalScrollBarPolicy().name == "ScrollBarAlwaysOff"
