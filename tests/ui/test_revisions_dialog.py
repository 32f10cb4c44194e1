"""The revisions browser on the real window: differences side by side, one-click restore."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt


def test_restore_brings_back_an_older_version_and_keeps_the_newer(
    qtbot, window, store, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    draft_id = window.draft.id
    window.title_edit.setText("An older title")
    window._field_changed("")
    window.editor.setPlainText("The first version of the story.")
    window.save_now()
    older = store.drafts.snapshot(draft_id)
    window.title_edit.setText("A newer title")
    window._field_changed("")
    window.editor.setPlainText("The second version of the story, rewritten.")
    window.save_now()

    dialog = window.show_revisions()
    qtbot.addWidget(dialog)
    dialog.select_revision(older.id)
    assert "first version" in dialog.older.toPlainText()
    assert "second version" in dialog.newer.toPlainText()
    assert "An older title" in dialog.title_change.text()
    assert "A newer title" in dialog.title_change.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert window.editor.toPlainText() == "The first version of the story."
    assert window.title_edit.text() == "An older title"
    assert store.drafts.get(draft_id).body == "The first version of the story."
    newest = store.drafts.revisions(draft_id)[0]
    assert newest.body == "The second version of the story, rewritten."
    assert dialog.list.count() == len(store.drafts.revisions(draft_id))


def test_a_new_draft_lists_only_revisions_with_text_and_says_what_changed(
    qtbot, window, store, wait_for_analysis
) -> None:
    window.new_draft()
    draft_id = window.draft.id
    qtbot.keyClicks(window.editor, "The first paragraph.")
    wait_for_analysis(window)
    window.save_now()
    store.drafts.snapshot(draft_id)
    qtbot.keyClicks(window.editor, " Now longer.")
    window.save_now()

    dialog = window.show_revisions()
    qtbot.addWidget(dialog)
    rows = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert len(rows) == 1  # no empty revision of the new draft
    assert "3 words" in rows[0]
    assert dialog.summary.text() == "Since this revision: 1 paragraph changed."


def test_a_draft_without_revisions_still_shows_its_text_now(
    qtbot, window, store, wait_for_analysis
) -> None:
    window.new_draft()
    text = "Fifteen plain words make a short note that nobody has revised yet.\nA second line."
    qtbot.keyClicks(window.editor, text.split("\n")[0])
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, text.split("\n")[1])
    wait_for_analysis(window)
    window.save_now()

    dialog = window.show_revisions()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0
    assert "No revisions yet" in dialog.older.toPlainText()
    assert dialog.newer.toPlainText().split() == text.split()
    assert not dialog.restore_button.isEnabled()


def test_a_long_title_wraps_in_the_list_with_no_sideways_scrolling(qtbot, window) -> None:
    # The sample draft's title, "What I Learned From Rewriting 50 Headlines for Medium
    # Readers", is longer than the list is wide.
    dialog = window.show_revisions()
    qtbot.addWidget(dialog)
    dialog.resize(1240, 640)  # a 1280x720 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    item = dialog.list.item(0)
    assert len(item.toolTip()) > 40
    assert item.toolTip() in item.text()
    assert not dialog.list.horizontalScrollBar().isVisible()
    assert dialog.list.visualItemRect(item).width() <= dialog.list.viewport().width()


def _rows(dialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def _write_two_versions(window, store) -> int:
    """Two saved versions, each kept as a revision as a save after the interval keeps it: the
    newest revision is then the text in the window."""
    draft_id = window.draft.id
    window.title_edit.setText("An older title")
    window._field_changed("")
    window.editor.setPlainText("The first version of the story.")
    window.save_now()
    store.drafts.snapshot(draft_id)
    window.editor.setPlainText("The second version of the story, rewritten.")
    window.save_now()
    store.drafts.snapshot(draft_id)
    return draft_id


def test_restoring_right_after_a_revision_lists_each_text_once(
    qtbot, window, store, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    draft_id = _write_two_versions(window, store)
    dialog = window.show_revisions()
    qtbot.addWidget(dialog)
    before = dialog.list.count()
    dialog.list.setCurrentRow(1)
    assert "first version" in dialog.older.toPlainText()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert window.editor.toPlainText() == "The first version of the story."
    texts = [(r.title, r.subtitle, r.body) for r in store.drafts.revisions(draft_id)]
    assert len(texts) == len(set(texts)) == before  # the replaced text was the newest already
    assert dialog.list.count() == before


def test_a_revision_of_the_text_now_is_named_so_and_not_offered_to_restore(
    qtbot, window, store, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    _write_two_versions(window, store)
    dialog = window.show_revisions()
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert rows[0].split("\n")[0].endswith(" · same as now")
    assert not any("same as now" in row for row in rows[1:])
    # It opens on the newest revision that differs from the text now.
    assert dialog.list.currentRow() == 1
    assert dialog.summary.text() == "Since this revision: 1 paragraph changed."
    assert dialog.restore_button.isEnabled()
    dialog.list.setCurrentRow(0)
    assert dialog.summary.text() == "This revision is the text you have now: nothing to restore."
    assert not dialog.restore_button.isEnabled()

    # After a restore, the revision restored is the one that is the same as now.
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    rows = _rows(dialog)
    assert [("same as now" in row.split("\n")[0]) for row in rows[:2]] == [False, True]
    assert dialog.list.currentRow() == 0


def test_a_revision_that_differs_only_in_its_title_says_so(
    qtbot, window, store, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    _write_two_versions(window, store)
    window.title_edit.setText("A newer title")
    window._field_changed("")
    dialog = window.show_revisions()
    qtbot.addWidget(dialog)
    assert dialog.list.currentRow() == 0
    assert dialog.summary.text() == "Since this revision: the same text; the title changed."
    assert dialog.restore_button.isEnabled()


def test_revisions_saved_within_a_minute_show_their_seconds(
    qtbot, window, store, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    draft_id = window.draft.id
    for text in ("One version.", "Another version."):
        window.editor.setPlainText(text)
        window.save_now()
        store.drafts.snapshot(draft_id)
        time.sleep(1.05)  # saved at least a second apart
    dialog = window.show_revisions()
    qtbot.addWidget(dialog)
    times = [row.split("\n")[0].removesuffix(" · same as now") for row in _rows(dialog)[:2]]
    assert times[0] != times[1]
    assert all(re.fullmatch(r"Today, \d\d:\d\d(:\d\d)?", when) for when in times)


def test_the_dialog_says_when_revisions_are_kept(qtbot, window) -> None:
    dialog = window.show_revisions()
    qtbot.addWidget(dialog)
    minutes = round(window.session.revision_every / 60)
    assert f"at most one every {minutes} minutes while you write" in dialog.intro.text()
    assert "when you open a draft" in dialog.intro.text()
    assert "every few minutes" not in dialog.intro.text()


def test_a_draft_in_the_trash_offers_no_restore_whichever_revision_is_chosen(
    qtbot, window, store, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    draft_id = _write_two_versions(window, store)
    store.drafts.snapshot(draft_id)
    window.new_draft()
    store.drafts.trash(draft_id)
    window.open_draft(draft_id)
    dialog = window.show_revisions()
    qtbot.addWidget(dialog)
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        assert not dialog.restore_button.isEnabled()
