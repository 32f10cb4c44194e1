"""The Submissions tab: the status box and the waiting time follow the chosen submission."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtGui import QColor, QPalette

from tests.session.db_faults import locked
from tests.ui.contrast import contrast


def test_the_status_box_follows_the_chosen_submission(window, store) -> None:
    window.title_edit.setPlainText("Why I write at dawn")
    tab = window.show_plan("Submissions").submissions
    for name in ("Better Programming", "The Startup"):
        tab.new_publication()
        tab.name.setText(name)
        tab.save_publication()
    tab.publications.selectRow(0)
    tab.submit_current()
    tab.publications.selectRow(1)
    tab.submit_current()
    tab.submissions.selectRow(0)
    tab.status.setCurrentText("rejected")
    tab.set_status()
    assert tab.status.currentText() == "rejected"  # the same submission stays chosen
    statuses = {row[1]: (index, row[2]) for index, row in enumerate(tab.submission_rows())}
    tab.submissions.selectRow(statuses["Better Programming"][0])
    assert tab.status.currentText() == statuses["Better Programming"][1]
    tab.submissions.selectRow(statuses["The Startup"][0])
    assert tab.status.currentText() == statuses["The Startup"][1]


def _submissions_tab(window, store, publication: str, days_ago: int):
    """The Submissions tab with one draft submitted to ``publication`` ``days_ago`` days ago;
    the publication usually answers within 7 days."""
    draft = store.drafts.create(title=f"{days_ago} days out")
    chosen = store.publications.save(publication, response_days=7)
    store.publications.submit(
        draft.id, chosen.id, status="submitted", at=datetime.now() - timedelta(days=days_ago)
    )
    tab = window.show_plan("Submissions").submissions
    tab.refresh()
    return tab


def test_setting_submitted_again_keeps_the_wait_and_the_reminder(window, store) -> None:
    tab = _submissions_tab(window, store, "Better Programming", 10)
    tab.submissions.selectRow(0)
    tab.status.setCurrentText("submitted")
    tab.set_status()
    ((_, _, status, _, waiting),) = tab.submission_rows()
    assert (status, waiting) == ("submitted", "10 days")
    assert "has waited 10 days at Better Programming" in tab.reminders.text()


def test_undoing_a_status_keeps_how_long_the_submission_has_waited(window, store) -> None:
    tab = _submissions_tab(window, store, "The Writing Cooperative", 20)
    for mistake in ("accepted", "rejected", "published", "planned"):
        tab.submissions.selectRow(0)
        tab.status.setCurrentText(mistake)
        tab.set_status()
        assert "has waited" not in tab.reminders.text()
        tab.status.setCurrentText("submitted")
        tab.set_status()
        ((_, _, status, _, waiting),) = tab.submission_rows()
        assert (status, waiting) == ("submitted", "20 days"), mistake
        assert "has waited 20 days at The Writing Cooperative" in tab.reminders.text()


def _select_publication(tab, name: str) -> None:
    (row,) = (
        row
        for row in range(tab.publications.rowCount())
        if tab.publications.item(row, 0).text() == name
    )
    tab.publications.selectRow(row)


def test_saving_the_selected_publication_renames_it(window, store) -> None:
    tab = _submissions_tab(window, store, "The Writing Cooperative", 3)
    tab.new_publication()
    tab.name.setText("Better Humans")
    tab.save_publication()
    _select_publication(tab, "The Writing Cooperative")
    assert tab.name.text() == "The Writing Cooperative"
    tab.name.setText("The Writing Co-op")
    tab.response_days.setValue(10)
    tab.save_publication()
    assert [(item.name, item.response_days) for item in store.publications.list()] == [
        ("Better Humans", None),
        ("The Writing Co-op", 10),
    ]
    ((_, publication, *_),) = tab.submission_rows()
    assert publication == "The Writing Co-op"  # the submission went with the new name
    assert tab.name.text() == "The Writing Co-op"  # still the one chosen after re-sorting


def test_a_new_publication_starts_from_an_empty_form(window, store, dialogs) -> None:
    tab = _submissions_tab(window, store, "The Writing Cooperative", 3)
    _select_publication(tab, "The Writing Cooperative")
    tab.new_publication()
    assert (tab.name.text(), tab.response_days.value(), tab.save.text()) == (
        "",
        0,
        "Add publication",
    )
    tab.name.setText("Better Humans")
    tab.save_publication()
    assert [item.name for item in store.publications.list()] == [
        "Better Humans",
        "The Writing Cooperative",
    ]
    _select_publication(tab, "Better Humans")
    tab.name.setText("the writing cooperative")  # another publication's name
    tab.save_publication()
    assert dialogs[-1] == (
        "warning",
        "Publication: Another publication is already called “The Writing Cooperative”.",
    )
    assert [item.name for item in store.publications.list()] == [
        "Better Humans",
        "The Writing Cooperative",
    ]


def test_removing_a_publication_asks_first_and_removes_its_submissions(
    window, store, dialogs
) -> None:
    tab = _submissions_tab(window, store, "The Writing Cooperative", 3)
    assert not tab.remove.isEnabled()  # nothing chosen yet
    _select_publication(tab, "The Writing Cooperative")
    assert tab.remove.isEnabled()
    tab.remove_publication()
    kind, text = dialogs[-1]
    assert kind == "question"
    assert "Remove “The Writing Cooperative”?" in text
    assert "1 submission to it will be removed too: “3 days out” (submitted)." in text
    assert store.publications.list() == []
    assert tab.submission_rows() == []
    assert tab.publications.rowCount() == 0
    assert tab.name.text() == ""


def test_set_status_waits_for_a_chosen_submission(window, store) -> None:
    tab = _submissions_tab(window, store, "The Writing Cooperative", 3)
    tab.submissions.clearSelection()
    assert not tab.set_status_button.isEnabled()
    assert not tab.status.isEnabled()
    assert tab.set_status_button.toolTip() == "Choose a submission in the list first."
    tab.submissions.selectRow(0)
    assert tab.set_status_button.isEnabled()
    assert tab.set_status_button.toolTip() == "Give the chosen submission this status."
    tab.status.setCurrentText("accepted")
    tab.set_status()
    assert tab.set_status_button.isEnabled()  # the same submission stays chosen
    assert tab.submission_rows()[0][2] == "accepted"


def test_an_overdue_submission_is_readable_in_both_themes(window, store) -> None:
    _submissions_tab(window, store, "Better Programming", 10)
    for theme in ("light", "dark"):
        window.view_modes.set_theme(theme, remember=False)
        try:
            tab = window.show_plan("Submissions").submissions
            tab.refresh()
            behind = tab.submissions.palette().color(QPalette.ColorRole.Base)
            overdue = tab.submissions.item(0, 0).foreground().color()
            assert contrast(overdue, behind) >= 4.5, (theme, overdue.name(), behind.name())
            reminder = QColor(tab.reminders.styleSheet().removeprefix("color: ").rstrip(";"))
            page = tab.palette().color(QPalette.ColorRole.Window)
            assert contrast(reminder, page) >= 4.5, (theme, reminder.name(), page.name())
        finally:
            window.view_modes.set_theme("light", remember=False)


def test_overdue_rows_take_a_theme_switched_while_they_show(window, store) -> None:
    tab = _submissions_tab(window, store, "Better Programming", 10)
    window.show_plan("Submissions")
    light = tab.submissions.item(0, 0).foreground().color()
    window.view_modes.set_theme("dark", remember=False)
    try:
        dark = tab.submissions.item(0, 0).foreground().color()
        behind = tab.submissions.palette().color(QPalette.ColorRole.Base)
        assert dark != light
        assert contrast(dark, behind) >= 4.5, (dark.name(), behind.name())
    finally:
        window.view_modes.set_theme("light", remember=False)


def test_a_publication_that_cannot_be_stored_is_said_and_stays_in_the_form(
    make_window, ui_store, database_path, dialogs, caplog
) -> None:
    tab = make_window(ui_store).show_plan("Submissions").submissions
    tab.new_publication()
    tab.name.setText("Better Programming")
    with locked(database_path):
        tab.save_publication()
    assert dialogs[-1] == (
        "warning",
        "Publication: Clapwise could not store the publication: the database is in use by "
        "another program. What you entered is still here: try again in a moment.",
    )
    (record,) = [r for r in caplog.records if r.name == "app.ui.window.storing"]
    assert "database is locked" in str(record.exc_info[1])  # SQLite's words are in the log
    assert tab.name.text() == "Better Programming"
    assert tab.publications.rowCount() == 0
    tab.save_publication()  # the lock is gone: it goes through now
    assert tab.publications.rowCount() == 1
