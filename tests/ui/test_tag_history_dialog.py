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
    store.tags.set_draft_tags(other.id, ["Blog Posts", "Productivity"])
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    rows = {row[0]: row for row in _rows(dialog)}
    assert rows["Blog Posts"][1] == "2"
    assert "Second story" in rows["Blog Posts"][4]
    assert rows["Productivity"][1] == "1"


def test_rename_updates_the_open_draft_and_keeps_history(qtbot, window, store) -> None:
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("SEO")
    dialog.rename_selected("Copywriting")
    assert "Copywriting" in window.sidebar.tags.tags()
    assert "SEO" not in {row[0] for row in _rows(dialog)}
    assert {u.name: u.uses for u in store.tags.usage()}["Copywriting"] == 1


def test_merge_moves_drafts_into_the_target(qtbot, window, store) -> None:
    other = store.drafts.create(title="Another")
    store.tags.set_draft_tags(other.id, ["Blogging"])
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("Blogging")
    dialog.merge_selected("Blog Posts")
    usage = {u.name: u for u in store.tags.usage()}
    assert "Blogging" not in usage
    assert usage["Blog Posts"].uses == 2
    assert store.tags.draft_tags(other.id) == ["Blog Posts"]


def test_rename_button_asks_for_the_new_name(qtbot, window, store, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Copywriting", True))
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("SEO")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert "Copywriting" in {u.name for u in store.tags.usage()}
    assert "Copywriting" in window.sidebar.tags.tags()


def test_merge_button_finds_the_target_as_the_writer_types(qtbot, window, store, dialogs) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui.tag_history_dialog import MergeTargetDialog

    seen: dict[str, object] = {}

    def type_the_target() -> None:
        ask = QApplication.activeModalWidget()
        assert isinstance(ask, MergeTargetDialog)
        ok = ask.buttons.button(QDialogButtonBox.StandardButton.Ok)
        line = ask.combo.lineEdit()
        qtbot.keyClicks(line, "OG P")  # any part of the name, in any case
        completer = ask.combo.completer()
        model = completer.completionModel()
        seen["found"] = [model.index(row, 0).data() for row in range(model.rowCount())]
        seen["ok_while_partial"] = ok.isEnabled()
        line.setText("blog posts")
        seen["ok_when_named"] = ok.isEnabled()
        ok.click()

    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("SEO")
    QTimer.singleShot(0, type_the_target)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert seen == {"found": ["Blog Posts"], "ok_while_partial": False, "ok_when_named": True}
    ((kind, question),) = dialogs
    assert kind == "question"
    assert "Merge “SEO” into “Blog Posts”? 1 story tagged “SEO” moves" in question
    usage = {u.name: u.uses for u in store.tags.usage()}
    assert "SEO" not in usage
    assert window.sidebar.tags.tags() == ["Blog Posts", "Journalism"]


def test_merging_waits_for_a_yes(qtbot, window, store, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    for number in range(3):
        other = store.drafts.create(title=f"Story {number}")
        store.tags.set_draft_tags(other.id, ["Blogging"])
    asked: list[str] = []

    def no(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("Blogging")
    dialog.merge_selected("Blog Posts")
    assert asked == [
        "Merge “Blogging” into “Blog Posts”? 3 stories tagged “Blogging” move to “Blog Posts”, "
        "with the tag's history, and “Blogging” is gone."
    ]
    assert {u.name: u.uses for u in store.tags.usage()}["Blogging"] == 3


def test_the_drafts_tooltip_lists_ten_titles_and_how_many_more(qtbot, window, store) -> None:
    for number in range(25):
        other = store.drafts.create(title=f"Story number {number}")
        store.tags.set_draft_tags(other.id, ["Blog Posts"])
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("Blog Posts")
    row = dialog.table.selectionModel().selectedRows()[0].row()
    lines = dialog.table.item(row, 4).toolTip().split("\n")
    assert len(lines) == 11
    assert lines[-1] == "and 16 more"  # 26 stories: the 25 and the open draft
    assert all(line.startswith("Story number ") for line in lines[:9])


def test_the_shown_selection_and_the_buttons_agree(qtbot, window, store) -> None:
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    selected = dialog.table.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [dialog.table.currentRow()] == [0]
    assert dialog.rename_button.isEnabled()
    assert dialog.merge_button.isEnabled()
    assert dialog.selected().name == dialog.table.item(0, 0).text()


def test_the_filter_narrows_the_tags_as_the_writer_types(qtbot, window, store) -> None:
    other = store.drafts.create(title="Second story")
    store.tags.set_draft_tags(other.id, ["Productivity", "Product Design"])
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    table = dialog.table

    def shown() -> set[str]:
        return {
            table.item(row, 0).text()
            for row in range(table.rowCount())
            if not table.isRowHidden(row)
        }

    everything = shown()
    assert {"Productivity", "Product Design", "Blog Posts"} <= everything
    qtbot.keyClicks(dialog.filter, "PROD")
    assert shown() == {"Productivity", "Product Design"}
    assert dialog.selected().name in shown()  # the selection follows what is shown
    assert dialog.rename_button.isEnabled()
    qtbot.keyClicks(dialog.filter, "x")
    assert shown() == set()
    assert dialog.selected() is None
    assert not dialog.rename_button.isEnabled()
    assert not dialog.merge_button.isEnabled()
    dialog.filter.clear()
    assert shown() == everything


def test_a_name_longer_than_medium_allows_is_refused(qtbot, window, store, dialogs) -> None:
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    dialog.select_tag("SEO")
    dialog.rename_selected("Headlines For Every Story We Publish Here")
    assert "SEO" in {u.name for u in store.tags.usage()}
    assert "SEO" in window.sidebar.tags.tags()
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
    qtbot.waitUntil(lambda: not window.draft_tags.suggester.busy)
    assert "+ Routine" not in chips()
