"""Promotion snippets: generated from the draft, edited with a live count, kept in SQLite."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.publishing import promotion_snippets, x_length
from app.publishing.snippets import X_MAX_LENGTH
from app.storage.store import open_store
from app.ui.publish import install_publishing
from app.ui.publish.snippets_dock import character_count
from tests.publishing.test_snippets import OPENING, STORY_URL

TITLE = "Why I Write Before Breakfast"
SUBTITLE = "Ten quiet minutes that changed how I work"
BODY = "The house is silent at six. That is when the words come.\n\nMore follows here.\n"


def _show(publishing) -> None:
    if not publishing.snippets.isVisible():
        publishing.snippets_action.trigger()


def test_snippets_are_built_from_the_draft(qtbot, window, publishing, open_story) -> None:
    open_story(window, BODY, title=TITLE, subtitle=SUBTITLE)
    window.sidebar.tags.add_tag("Writing")
    _show(publishing)
    expected = promotion_snippets(
        title=TITLE,
        subtitle=SUBTITLE,
        hook="The house is silent at six. That is when the words come.",
        tags=["Writing"],
    )
    editors = publishing.snippets.editors
    assert set(editors) == {"x", "linkedin", "facebook", "newsletter"}
    for network, editor in editors.items():
        assert editor.text() == getattr(expected, network), network
    assert "#Writing" in editors["x"].text()
    assert editors["x"].count_label.text() == f"{x_length(expected.x)} / {X_MAX_LENGTH}"
    assert editors["x"].link_note.text() == (
        "Keeps room for the story's link: X counts any link as 23."
    )


def test_live_count_turns_red_over_the_limit(qtbot, window, publishing, open_story) -> None:
    open_story(window, BODY, title=TITLE)
    _show(publishing)
    x = publishing.snippets.editors["x"]
    x.editor.selectAll()
    qtbot.keyClicks(x.editor, "Read it: https://example.com/a/very/long/link/that/counts/as/23 ")
    x.editor.insertPlainText("🎉")  # QTest cannot type characters outside the BMP
    assert x.count_label.text() == "35 / 280"  # "Read it: " 9, the link 23, " " 1, emoji 2
    assert "color" not in x.count_label.styleSheet()
    qtbot.keyClicks(x.editor, " " + "word " * 50)
    assert x.over_limit()
    assert x.count_label.text().endswith("too long")
    assert "#d0302f" in x.count_label.styleSheet()


def test_edits_survive_reopening_the_store(
    qtbot, window, publishing, open_story, make_window, database_path
) -> None:
    open_story(window, BODY, title=TITLE, subtitle=SUBTITLE)
    _show(publishing)
    draft_id = window.draft.id
    linkedin = publishing.snippets.editors["linkedin"]
    linkedin.editor.selectAll()
    qtbot.keyClicks(linkedin.editor, "My own words for LinkedIn.")
    generated_x = publishing.snippets.editors["x"].text()
    window.close()  # saves pending edits

    reopened = open_store(database_path)
    try:
        assert reopened.snippets.get(draft_id) == {"linkedin": "My own words for LinkedIn."}
        again = make_window(reopened)
        again.open_draft(draft_id)
        features = install_publishing(again)
        _show(features)
        editors = features.snippets.editors
        assert editors["linkedin"].text() == "My own words for LinkedIn."
        qtbot.waitUntil(lambda: editors["x"].text() == generated_x, timeout=10_000)

        qtbot.mouseClick(editors["linkedin"].regenerate_button, Qt.MouseButton.LeftButton)
        assert editors["linkedin"].text().startswith(TITLE)
        assert reopened.snippets.get(draft_id) == {}
    finally:
        again.close()
        reopened.close()


def test_each_draft_keeps_its_own_texts(qtbot, window, publishing, open_story, store) -> None:
    open_story(window, BODY, title=TITLE)
    _show(publishing)
    first = window.draft.id
    facebook = publishing.snippets.editors["facebook"]
    facebook.editor.selectAll()
    qtbot.keyClicks(facebook.editor, "First draft's post.")
    open_story(window, "Another body.\n", title="Another Story")
    assert publishing.snippets.draft_id == window.draft.id
    assert facebook.text() != "First draft's post."
    assert store.snippets.get(first) == {"facebook": "First draft's post."}
    window.open_draft(first)
    qtbot.waitUntil(lambda: publishing.snippets.draft_id == first, timeout=5000)
    assert facebook.text() == "First draft's post."


def test_copy_button_copies_one_post(qtbot, window, publishing, open_story) -> None:
    open_story(window, BODY, title=TITLE)
    _show(publishing)
    newsletter = publishing.snippets.editors["newsletter"]
    qtbot.mouseClick(newsletter.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == newsletter.text()
    assert window.statusBar().currentMessage() == "Copied the Newsletter post."


def test_a_one_character_post_is_counted_in_the_singular() -> None:
    assert character_count("facebook", "A") == ("1 character", False)
    assert character_count("facebook", "Ab") == ("2 characters", False)


def _mark_published(window, url: str) -> None:
    """Mark the open draft published through the Plan window, as the writer does."""

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.url.setText(url)
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.show_plan("Performance log").stories.publish_current()


def test_the_x_post_keeps_room_for_the_link_until_the_story_is_published(
    qtbot, window, publishing, open_story
) -> None:
    open_story(window, OPENING + "\n\nMore follows.\n", title="How We Cut Our Test Suite")
    _show(publishing)
    x = publishing.snippets.editors["x"]
    before = x.text()
    assert "http" not in before
    assert x_length(before + "\n\n" + STORY_URL) <= X_MAX_LENGTH
    assert x.link_note.isVisible()
    assert not x.over_limit()

    _mark_published(window, STORY_URL)
    qtbot.waitUntil(lambda: STORY_URL in x.text(), timeout=5000)
    assert x.text().endswith("\n\n" + STORY_URL)
    assert x_length(x.text()) <= X_MAX_LENGTH
    assert not x.link_note.isVisible()
    for network in ("linkedin", "facebook", "newsletter"):
        assert STORY_URL in publishing.snippets.editors[network].text(), network


def test_an_edited_x_post_with_no_room_for_the_link_is_too_long(
    qtbot, window, publishing, open_story
) -> None:
    open_story(window, BODY, title=TITLE)
    _show(publishing)
    x = publishing.snippets.editors["x"]
    x.editor.selectAll()
    qtbot.keyClicks(x.editor, "word " * 52)  # 260: fits, but not with a link after it
    assert x.count_label.text() == "260 / 280: too long"
    assert x.link_note.text().startswith("Too long once the story's link is added")
    x.editor.selectAll()
    qtbot.keyClicks(x.editor, "word " * 40 + STORY_URL)
    assert x.count_label.text() == "223 / 280"
    assert not x.link_note.isVisible()


def test_a_post_edited_before_publishing_is_offered_the_story_link(
    qtbot, window, publishing, open_story, store
) -> None:
    open_story(window, OPENING + "\n\nMore follows.\n", title="How We Cut Our Test Suite")
    _show(publishing)
    x = publishing.snippets.editors["x"]
    x.editor.selectAll()
    qtbot.keyClicks(x.editor, "Our tests took an hour. Now they take eight minutes.")
    assert not x.link_button.isVisible()  # no link to add before the story is published

    _mark_published(window, STORY_URL)
    qtbot.waitUntil(x.link_button.isVisible, timeout=5000)
    assert x.text() == "Our tests took an hour. Now they take eight minutes."  # the edit stays
    qtbot.mouseClick(x.link_button, Qt.MouseButton.LeftButton)
    assert x.text() == f"Our tests took an hour. Now they take eight minutes.\n\n{STORY_URL}"
    assert not x.link_button.isVisible()
    assert not x.link_note.isVisible()
    publishing.snippets.flush()
    assert store.snippets.get(window.draft.id)["x"] == x.text()
    x.editor.undo()
    assert STORY_URL not in x.text()
    assert x.link_button.isVisible()
    # The posts the writer did not touch have the link already.
    assert not publishing.snippets.editors["linkedin"].link_button.isVisible()


def test_the_dock_is_never_narrower_than_its_posts(qtbot, window, publishing, open_story) -> None:
    window.resize(1280, 720)
    window.show()
    open_story(window, BODY, title=TITLE)
    _show(publishing)
    scroll = publishing.snippets.widget()
    qtbot.waitUntil(lambda: scroll.viewport().width() > 0, timeout=5000)
    posts = scroll.widget()
    # Every row of buttons is whole: the posts are not cut at the dock's right edge.
    assert scroll.viewport().width() >= posts.minimumSizeHint().width()
    assert posts.width() <= scroll.viewport().width()
