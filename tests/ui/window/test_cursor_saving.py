"""The caret is stored a moment after it rests, with nothing else to save: a crash or a power
cut reopens the draft where the writer was reading, not where they last typed."""

from __future__ import annotations

from app.ui.window.saving import CURSOR_REST_MS
from tests.ui.window.stored import stored


def test_a_caret_moved_without_typing_is_stored_once_it_rests(
    qtbot, make_window, store, database_path
) -> None:
    window = make_window(store)
    window.new_draft()
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "One line of text that is long enough to move about in.")
    assert window.save_now()
    draft_id = window.draft.id
    end = window.editor.textCursor().position()
    assert stored(database_path, draft_id, "cursor_position") == end
    cursor = window.editor.textCursor()
    cursor.setPosition(4)
    window.editor.setTextCursor(cursor)
    assert stored(database_path, draft_id, "cursor_position") == end  # not on every move
    qtbot.waitUntil(
        lambda: stored(database_path, draft_id, "cursor_position") == 4,
        timeout=CURSOR_REST_MS + 2000,
    )
    assert not window.isWindowModified()  # only the caret: nothing was unsaved
