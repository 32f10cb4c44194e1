"""The Submissions tab: the status box and the waiting time follow the chosen submission."""

from __future__ import annotations

from datetime import datetime, timedelta


def test_the_status_box_follows_the_chosen_submission(window, store) -> None:
    window.title_edit.setPlainText("Why I write at dawn")
    tab = window.show_plan("Submissions").submissions
    for name in ("Better Programming", "The Startup"):
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
