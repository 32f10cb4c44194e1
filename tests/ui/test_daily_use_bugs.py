"""Bugs a writer met in daily use, each reproduced on the real main window."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget


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
    assert "Blog Posts" in shown


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


def test_body_text_fits_the_editor_when_a_window_opens_large(qtbot, store, dialogs) -> None:
    """A restored window is sized before it is shown; the text must wrap inside the editor."""
    from app.session import Workspace
    from app.ui.main_window import MainWindow

    window = MainWindow(Workspace(store))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.open_initial_draft()
    qtbot.wait(100)
    assert window.editor.horizontalScrollBar().maximum() == 0
    for width, height in ((900, 700), (1280, 720)):
        window.resize(width, height)
        qtbot.wait(30)
        assert window.editor.horizontalScrollBar().maximum() == 0, (width, height)
    window.close()
    window.controller.wait_for_idle()


def _clear_editor(window) -> None:
    window.editor.selectAll()
    window.editor.textCursor().removeSelectedText()


def test_an_empty_draft_has_no_read_time(qtbot, window, wait_for_analysis) -> None:
    wait_for_analysis(window)
    _clear_editor(window)
    wait_for_analysis(window)
    assert window.sidebar.overview.headline.text() == "No words yet"
    qtbot.keyClicks(window.editor, "One.")
    wait_for_analysis(window)
    assert window.sidebar.overview.headline.text().startswith("1 word ·")


def test_the_trash_says_one_word(qtbot, window, wait_for_analysis) -> None:
    wait_for_analysis(window)
    _clear_editor(window)
    qtbot.keyClicks(window.editor, "Lonely.")
    wait_for_analysis(window)
    window.save_now()
    window._trash_current()
    window.drafts.view_trash.click()
    qtbot.waitUntil(lambda: any("\n1 word ·" in text for text in window.drafts.rows()))


def test_overview_and_checklist_count_the_same_sentences(qtbot, window, wait_for_analysis) -> None:
    import re

    wait_for_analysis(window)
    window.publishing.checklist_action.trigger()
    report = window.editor.result.report
    details = window.sidebar.overview.details.text()
    shown = int(re.match(r"([\d,]+) sentences", details).group(1).replace(",", ""))
    checklist = window.publishing.build_checklist()
    hard = next(item for item in checklist.items if item.id == "hard_sentences")
    counted = int(re.search(r"of ([\d,]+) sentences", hard.detail).group(1).replace(",", ""))
    assert report.headings  # the sample has subheadings, whose lines are not sentences
    assert shown == counted


def test_the_hook_and_headline_type_read_right(qtbot, window, wait_for_analysis) -> None:
    wait_for_analysis(window)
    _clear_editor(window)
    qtbot.keyClicks(
        window.editor, "Last spring I quit my job. I had no plan and no savings left at all."
    )
    window.title_edit.setText("Is Remote Work Here to Stay")
    window._field_changed("")
    wait_for_analysis(window)
    card = window.sidebar.headline
    assert "opening has an anecdote" in card.intro.text()
    assert "question" not in card.score.text()
    assert "statement" in card.score.text()
    checklist = window.publishing.build_checklist()
    intro = next(item for item in checklist.items if item.id == "intro")
    assert "Opens with an anecdote." in intro.detail


def test_short_story_with_subheadings_is_not_told_it_needs_none(
    qtbot, window, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    _clear_editor(window)
    window.editor.setPlainText(
        "Intro line here.\n\n## One\n\nText one.\n\n## Two\n\nText two.\n\n"
        "## Three\n\nText three.\n"
    )
    wait_for_analysis(window)
    checklist = window.publishing.build_checklist()
    item = next(item for item in checklist.items if item.id == "subheadings")
    assert "no subheadings" not in item.detail
    assert "3 subheadings" in item.detail


def test_a_panel_opened_over_another_comes_to_the_front(qtbot, window) -> None:
    publishing = window.publishing
    publishing.checklist_action.trigger()
    qtbot.waitUntil(publishing.checklist.isVisible)
    publishing.snippets_action.trigger()
    qtbot.wait(100)
    assert not publishing.snippets.visibleRegion().isEmpty()
    assert publishing.checklist.visibleRegion().isEmpty()  # still open, as the tab behind
    assert publishing.checklist_action.isChecked()
    window.show_headline_lab()
    qtbot.wait(100)
    assert not window.headline_lab.visibleRegion().isEmpty()
    assert window.dockWidgetArea(window.headline_lab) == window.dockWidgetArea(publishing.checklist)


def test_panels_leave_a_readable_writing_column(qtbot, window) -> None:
    window.resize(1280, 720)
    publishing = window.publishing
    for action in (publishing.preview_action, publishing.checklist_action):
        action.trigger()
    window.show_headline_lab()
    qtbot.wait(100)
    sixty = window.editor.fontMetrics().averageCharWidth() * 60
    assert window.editor.viewport().width() >= sixty
    assert window.width() == 1280  # the drafts list made way instead of the window growing
    assert not window.drafts.isVisible()
    # ... and comes back once every panel is closed, whichever closes last.
    publishing.preview_action.trigger()
    window.headline_lab.hide()
    qtbot.wait(100)
    assert not window.drafts.isVisible()  # the checklist is still open
    publishing.checklist_action.trigger()
    qtbot.waitUntil(lambda: window.drafts.isVisible(), timeout=5_000)
    assert window.toggle_drafts.isChecked()


def test_a_window_shrunk_with_a_panel_open_closes_the_drafts_list_instead_of_refusing(
    qtbot, window
) -> None:
    window.resize(1920, 1080)
    window.show_headline_lab()
    qtbot.wait(100)
    assert window.drafts.isVisible()  # room enough for both at 1920
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: not window.drafts.isVisible(), timeout=5_000)
    assert window.width() == 1280
    sixty = window.editor.fontMetrics().averageCharWidth() * 60
    assert window.editor.viewport().width() >= sixty
    assert "Drafts list" in window.statusBar().currentMessage()
    window.headline_lab.hide()
    qtbot.waitUntil(lambda: window.drafts.isVisible(), timeout=5_000)
    assert window.width() == 1280


def test_a_panel_opened_just_as_another_closes_still_gets_its_room(qtbot, window) -> None:
    window.resize(1280, 720)
    window.show_headline_lab()
    qtbot.waitUntil(lambda: not window.drafts.isVisible(), timeout=5_000)
    qtbot.wait(300)
    window.headline_lab.hide()
    window.toggle_drafts.setChecked(True)
    window.resize(1280, 720)
    window.publishing.checklist_action.trigger()  # before any event is processed
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not window.drafts.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=5_000)
    # Laid out side by side again: the writing column ends before the sidebar starts.
    column, sidebar = window.writing_column, window.sidebar
    qtbot.waitUntil(lambda: column.geometry().right() < sidebar.geometry().left(), timeout=5_000)
    sixty = window.editor.fontMetrics().averageCharWidth() * 60
    assert window.editor.viewport().width() >= sixty


def test_jump_to_puts_the_occurrence_in_the_upper_third(qtbot, window, wait_for_analysis) -> None:
    window.resize(1280, 720)
    filler = [f"Paragraph {n} has plain words." for n in range(60)]
    body = "\n\n".join([*filler, "The report was written by the team.", *filler])
    window.editor.setPlainText(body)
    wait_for_analysis(window)
    start = body.index("was written")
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    assert window.editor.select_range(start, start + len("was written"))
    qtbot.wait(20)
    top = window.editor.cursorRect().top()
    height = window.editor.viewport().height()
    assert height / 6 <= top <= height / 2
    assert window.editor.textCursor().selectedText() == "was written"


def test_title_and_subtitle_scroll_away_with_the_body(qtbot, window) -> None:
    window.resize(1280, 720)
    window.editor.setPlainText("\n\n".join(f"Paragraph {n} of the story." for n in range(200)))
    qtbot.wait(20)
    at_top = window.editor.height()
    assert window.title_edit.visibleRegion().boundingRect().height() > 0
    window.editor.verticalScrollBar().setValue(40)
    qtbot.wait(20)
    assert window.header.height() == 0
    assert window.editor.height() > at_top + 100
    window.editor.verticalScrollBar().setValue(0)
    qtbot.wait(20)
    assert window.editor.height() == at_top
    assert window.title_edit.isVisible()


def test_sidebar_controls_stay_put_while_typing_a_keyphrase(
    qtbot, window, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    sidebar = window.sidebar
    field = sidebar.keyphrase.field
    below = sidebar.tags.input
    positions = []
    field.clear()
    field.setFocus()
    for character in "headline writing tips":
        qtbot.keyClicks(field, character)
        wait_for_analysis(window)
        positions.append(below.mapTo(sidebar.widget(), below.rect().topLeft()).y())
    moves_up = [b for a, b in pairwise(positions) if b < a]
    assert moves_up == []


def test_a_card_held_taller_than_its_content_keeps_its_lines_together(
    qtbot, window, wait_for_analysis
) -> None:
    window.resize(1280, 720)
    window.show()
    wait_for_analysis(window)
    card = window.sidebar.headline
    for title in (
        "You Won't Believe What This One Weird Trick Did To My Life",  # a long card
        "Why I Switched From Vim to Emacs After Ten Years",  # a shorter one, held as tall
    ):
        window.title_edit.selectAll()
        qtbot.keyClicks(window.title_edit, title)
        wait_for_analysis(window)
    rows = sorted(
        (child for child in card.findChildren(QWidget) if child.parent() is card),
        key=lambda child: child.y(),
    )
    shown = [row for row in rows if row.isVisible()]

    def cut_rows() -> list[QWidget]:
        cut = []
        for row in shown:
            needed = row.heightForWidth(row.width()) if row.hasHeightForWidth() else -1
            if row.height() != (needed if needed > 0 else row.sizeHint().height()):
                cut.append(row)
        return cut

    # Each line is as tall as its text needs once the layout has run (Qt lays the new text
    # out on the next pass of the event loop): the room the card holds is below the last one.
    qtbot.waitUntil(lambda: not cut_rows(), timeout=1000)
    assert card.height() - (shown[-1].y() + shown[-1].height()) > 20
