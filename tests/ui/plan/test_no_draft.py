"""Actions on the open draft say so when there is none to use, rather than doing nothing."""

from __future__ import annotations

from app.ui.plan.no_draft import NO_DRAFT
from app.ui.plan.plan_window import PlanWindow


def test_each_action_on_the_open_draft_says_when_there_is_none(
    qtbot, window, store, dialogs
) -> None:
    store.publications.save("The Writing Cooperative")
    plan = PlanWindow(window.workspace.plan, lambda: None, window)
    qtbot.addWidget(plan)
    plan.calendar.schedule_current()
    plan.stories.publish_current()
    submissions = plan.submissions
    submissions.refresh()
    submissions.publications.selectRow(0)
    submissions.submit_current()
    assert dialogs == [
        ("information", f"Schedule: {NO_DRAFT}"),
        ("information", f"Mark as published: {NO_DRAFT}"),
        ("information", f"Submit: {NO_DRAFT}"),
    ]
