"""Marking the open draft published: the link is optional, can be added later, and a broken
one is refused in the dialog, which stays open with what was typed."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def _publish(window, answer) -> None:
    """Marks the open draft published, ``answer`` filling in the dialog as the writer does
    (a dialog still open afterwards is cancelled, so a failing answer cannot hang the test)."""

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            answer(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, fill_in)
    window.show_plan("Performance log").stories.publish_current()


def test_a_broken_link_is_refused_in_the_dialog(window, store) -> None:
    window.title_edit.setPlainText("The Quiet Power of Walking")
    seen: dict[str, object] = {}

    def answer(dialog) -> None:
        seen["note"] = dialog.url_note.text()
        dialog.url.setText("htps//medium.com/@me/walking")
        dialog.accept()
        seen["still open"] = dialog.isVisible()
        seen["problem"] = dialog.problem.text() if dialog.problem.isVisible() else ""
        seen["kept"] = dialog.url.text()
        dialog.url.setText("medium.com/@me/walking-1a2b3c4d")
        dialog.accept()

    _publish(window, answer)
    assert seen == {
        "note": "Optional: without a link, statistics files find the story by its title. You "
        "can add it later in the Performance log.",
        "still open": True,
        "problem": "“htps//medium.com/@me/walking” is not a web address. Paste the story's "
        "link as your browser shows it (https://medium.com/@you/…), or leave it empty.",
        "kept": "htps//medium.com/@me/walking",
    }
    (story,) = store.stories.list()
    assert story.url == "https://medium.com/@me/walking-1a2b3c4d"


def test_a_story_can_be_marked_published_without_its_link(window, store) -> None:
    window.title_edit.setPlainText("The Quiet Power of Walking")
    _publish(window, lambda dialog: dialog.accept())
    (story,) = store.stories.list()
    assert (story.title, story.url) == ("The Quiet Power of Walking", "")


def test_a_link_can_be_added_after_publishing(window, store) -> None:
    window.title_edit.setPlainText("The Quiet Power of Walking")
    _publish(window, lambda dialog: dialog.accept())
    stories = window.show_plan("Performance log").stories
    (story,) = store.stories.list()
    stories.select_story(story.id)
    assert (stories.link_label.text(), stories.link_button.text()) == (
        "Link: none yet",
        "Add link…",
    )
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            dialog.url.setText("medium.com/@me walking")
            dialog.accept()
            seen["refused"] = dialog.isVisible() and dialog.problem.isVisible()
            dialog.url.setText("medium.com/@me/walking-1a2b3c4d")
            dialog.accept()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, answer)
    assert stories.edit_link()
    assert seen == {"refused": True}
    assert store.stories.get(story.id).url == "https://medium.com/@me/walking-1a2b3c4d"
    assert stories.selected_story() == story.id
    assert (stories.link_label.text(), stories.link_button.text()) == (
        "Link: https://medium.com/@me/walking-1a2b3c4d",
        "Change link…",
    )
