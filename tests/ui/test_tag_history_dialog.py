"""The tag history view: counts, dates, drafts; rename and merge keep the history."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QPushButton

from app.ui.tag_history_dialog import COLUMNS


def _rows(dialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(len(COLUMNS))]
        for row in range(table.rowCount())
    ]


def test_lists_every_tag_with_its_stories(qtbot, window, store) -> None:
    other = store.drafts.create(title="Second story")
    store.tags.set_draft_tags(other.id, ["Writing", "Productivity"])
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    rows = {row[0]: row for row in _rows(dialog)}
    assert rows["Writing"][1] == "2"
    assert "Second story" in rows["Writing"][4]
    assert rows["Productivity"][1] == "1"


def test_rename_updates_the_open_draft_and_keeps_history(qtbot, window, store) -> None:
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("Headlines")
    dialog.rename_selected("Copywriting")
    assert "Copywriting" in window.sidebar.tags.tags()
    assert "Headlines" not in {row[0] for row in _rows(dialog)}
    assert {u.name: u.uses for u in store.tags.usage()}["Copywriting"] == 1


def test_merge_moves_drafts_into_the_target(qtbot, window, store) -> None:
    other = store.drafts.create(title="Another")
    store.tags.set_draft_tags(other.id, ["Blogging"])
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("Blogging")
    dialog.merge_selected("Writing")
    usage = {u.name: u for u in store.tags.usage()}
    assert "Blogging" not in usage
    assert usage["Writing"].uses == 2
    assert store.tags.draft_tags(other.id) == ["Writing"]


def test_rename_button_asks_for_the_new_name(qtbot, window, store, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Copywriting", True))
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("Headlines")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert "Copywriting" in {u.name for u in store.tags.usage()}
    assert "Copywriting" in window.sidebar.tags.tags()


def test_merge_button_asks_for_the_target(qtbot, window, store, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("Writing", True))
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("Headlines")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    usage = {u.name: u.uses for u in store.tags.usage()}
    assert "Headlines" not in usage
    assert window.sidebar.tags.tags() == ["Writing", "Medium"]


def test_a_name_longer_than_medium_allows_is_refused(qtbot, window, store, dialogs) -> None:
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("Headlines")
    dialog.rename_selected("Headlines For Every Story We Publish Here")
    assert "Headlines" in {u.name for u in store.tags.usage()}
    assert "Headlines" in window.sidebar.tags.tags()
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert "Medium allows 25" in text


def test_a_tag_merged_away_is_no_longer_suggested(qtbot, window, store, wait_for_analysis) -> None:
    window.new_draft()
    draft_id = window.draft.id
    window.editor.setPlainText(
        "My routine starts the night before. A routine needs sleep first.\n\n"
        "I keep the routine short, and the routine holds on bad days.\n\n"
        "Some days the routine slips, and then I start the routine again."
    )
    wait_for_analysis(window)

    def chips() -> set[str]:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # chips replaced
        found = window.sidebar.tags_card.findChildren(QPushButton, "suggestionChip")
        return {chip.text() for chip in found}

    assert "+ Routine" in chips()
    other = store.drafts.create(title="Another")
    store.tags.set_draft_tags(other.id, ["Routine", "Morning Routine"])
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("Routine")
    dialog.merge_selected("Morning Routine")
    assert window.draft.id == draft_id
    assert "+ Routine" not in chips()
