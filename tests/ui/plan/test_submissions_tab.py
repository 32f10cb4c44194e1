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


def test_setting_submitted_again_keeps_the_wait_and_the_reminder(window, store) -> None:
    draft = store.drafts.create(title="Ten days out")
    publication = store.publications.save("Better Programming", response_days=7)
    store.publications.submit(
        draft.id, publication.id, status="submitted", at=datetime.now() - timedelta(days=10)
    )
    tab = window.show_plan("Submissions").submissions
    tab.refresh()
    tab.submissions.selectRow(0)
    tab.status.setCurrentText("submitted")
    tab.set_status()
    ((_, _, status, _, waiting),) = tab.submission_rows()
    assert (status, waiting) == ("submitted", "10 days")
    assert "has waited 10 days at Better Programming" in tab.reminders.text()
