"""Empty lists in the planning window say what will appear there and how to add it."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel, QTableWidget

from app.ui.empty_note import EmptyNote


def _note(view) -> QLabel:
    (label,) = view.viewport().findChildren(QLabel)
    return label


def test_an_empty_list_says_how_to_fill_it_until_a_row_arrives(window, store) -> None:
    window.title_edit.setPlainText("Why I write at dawn")
    tab = window.show_plan("Submissions").submissions
    publications, submissions = _note(tab.publications), _note(tab.submissions)
    assert publications.isVisible()
    assert "Add publication" in publications.text()
    assert submissions.isVisible()
    tab.new_publication()
    tab.name.setText("Better Programming")
    tab.save_publication()
    assert not publications.isVisible()  # a row says it all now
    tab.publications.selectRow(0)
    tab.submit_current()
    assert not submissions.isVisible()


def test_the_performance_log_and_the_calendar_say_what_they_will_hold(window, store) -> None:
    stories = window.show_plan("Performance log").stories
    assert stories.table.rowCount() == 0
    note = _note(stories.table)
    assert note.isVisible()
    assert "mark the open draft published" in note.text()
    calendar = window.show_plan("Calendar").calendar
    assert calendar.entries.count() == 0
    assert "schedule the open draft" in _note(calendar.entries).text()


def test_a_view_that_goes_takes_its_note_without_an_error(qtbot) -> None:
    table = QTableWidget(2, 1)
    EmptyNote(table, "Nothing yet.")
    with qtbot.capture_exceptions() as exceptions:
        shiboken6.delete(table)  # its model empties itself as it goes
    assert not exceptions
