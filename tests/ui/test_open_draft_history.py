"""Opening a draft in the window: the tag history is read once, and again only after a change.

Reading the whole history on every open froze the window for a tenth of a second or more in a
library of thousands of drafts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.session.history_reads import history_reads


def _completions(window) -> list[str]:
    return window.sidebar.tags.input.completer().model().stringList()


def test_switching_drafts_reads_no_history_until_a_tag_changes(qtbot, window, store) -> None:
    first = store.drafts.create(title="Morning pages", body="I write every morning.\n")
    second = store.drafts.create(title="Evening walks", body="I walk every evening.\n")
    store.tags.set_draft_tags(first.id, ["Journaling"])
    window.open_draft(first.id)
    window.open_draft(second.id)
    with history_reads(store) as reads:
        window.open_draft(first.id)
        window.open_draft(second.id)
    assert reads == []
    assert "Journaling" in _completions(window)

    # A tag typed on this draft is in the history the next draft opens with.
    qtbot.keyClicks(window.sidebar.tags.input, "Walking")
    qtbot.keyClick(window.sidebar.tags.input, Qt.Key.Key_Return)
    assert window.sidebar.tags.tags() == ["Walking"]
    window.open_draft(first.id)
    assert "Walking" in _completions(window)
    assert "Walking" in {tag for past in window.workspace.tag_history().drafts for tag in past.tags}
