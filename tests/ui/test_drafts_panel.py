"""The drafts list as a model/view: a save changes one row, searches run off the UI thread."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.session import DraftSummary
from app.ui.drafts_model import DraftsListModel


def _summary(draft_id: int, minutes: int, *, title: str = "", trashed: bool = False):
    when = datetime(2026, 1, 1) + timedelta(minutes=minutes)
    return DraftSummary(draft_id, title or f"Draft {draft_id}", 10, "draft", when,
                        when if trashed else None)  # fmt: skip


def _ids(model: DraftsListModel) -> list[int]:
    return [model.index(row).data(0x0100) for row in range(model.rowCount())]


def test_a_saved_draft_moves_to_the_top_without_a_reset(qtbot) -> None:
    model = DraftsListModel()
    model.set_drafts([_summary(3, 30), _summary(2, 20), _summary(1, 10)], ranked=False, trash=False)
    resets, moves = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsMoved.connect(lambda *args: moves.append(args))
    model.update_draft(_summary(1, 40, title="Edited"))
    assert _ids(model) == [1, 3, 2]
    assert model.index(0).data().startswith("Edited\n10 words")
    model.update_draft(_summary(2, 5))  # older than the rest: moves down to the end
    assert _ids(model) == [1, 3, 2]
    model.update_draft(_summary(3, 1))
    assert _ids(model) == [1, 2, 3]
    assert resets == []
    assert len(moves) == 2


def test_new_drafts_are_inserted_and_trashed_ones_leave(qtbot) -> None:
    model = DraftsListModel()
    model.set_drafts([_summary(1, 10)], ranked=False, trash=False)
    model.update_draft(_summary(2, 20))
    assert _ids(model) == [2, 1]
    model.update_draft(_summary(1, 30, trashed=True))
    assert _ids(model) == [2]


def test_a_search_listing_keeps_its_rank_and_its_hits_only(qtbot) -> None:
    model = DraftsListModel()
    model.set_drafts([_summary(1, 10), _summary(2, 20)], ranked=True, trash=False)
    model.update_draft(_summary(2, 50, title="Renamed"))
    model.update_draft(_summary(9, 60))
    assert _ids(model) == [1, 2]
    assert model.index(1).data().startswith("Renamed")


def test_autosave_updates_one_row_of_a_large_list(qtbot, window, store) -> None:
    for number in range(30):
        store.drafts.create(title=f"Old {number}", body="Some words.")
    window.refresh_drafts()
    model = window.drafts.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    assert model.index(0).data(0x0100) != window.session.id
    window.title_edit.selectAll()
    qtbot.keyClicks(window.title_edit, "A brand new title")
    window.save_now()
    assert resets == []
    assert window.drafts.rows()[0].startswith("A brand new title")
    assert window.drafts.selected_id() == window.session.id
    assert len(window.drafts.rows()) == 31


def test_search_as_you_type_shows_the_last_query_with_snippets(qtbot, window, store) -> None:
    store.drafts.create(title="Gardening notes", body="Tomatoes and basil grow in the sun.")
    store.drafts.create(title="Kitchen", body="Tomatoes in a sauce.")
    window.refresh_drafts()
    qtbot.keyClicks(window.drafts.search, "tomatoes bas")
    qtbot.waitUntil(lambda: len(window.drafts.rows()) == 1, timeout=3000)
    row = window.drafts.rows()[0]
    assert row.startswith("Gardening notes")
    assert "basil" in row.splitlines()[-1]
    window.drafts.search.setText("\ue000")
    qtbot.waitUntil(lambda: window.drafts.rows() == [], timeout=3000)
    assert window.drafts.empty.isVisible()
    window.drafts.search.clear()
    qtbot.waitUntil(lambda: len(window.drafts.rows()) == 3, timeout=3000)


def _click_row_titled(qtbot, window, title: str, *, while_held=None) -> None:
    """Click the row showing ``title`` with the mouse, as a writer does; ``while_held`` runs
    between pressing and releasing the button (the autosave firing mid-click)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = window.drafts.list
    row = next(n for n, text in enumerate(window.drafts.rows()) if text.startswith(title + "\n"))
    index = window.drafts.model.index(row)
    view.scrollTo(index)
    point = view.visualRect(index).center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if while_held is not None:
        while_held()
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _library(store, count: int) -> list[str]:
    titles = [f"Post number {number}" for number in range(count)]
    for title in titles:
        store.drafts.create(title=title, body=f"The body of {title.lower()}.")
    return titles


def test_clicking_drafts_after_typing_opens_each_and_keeps_every_edit_in_its_draft(
    qtbot, window, store
) -> None:
    titles = _library(store, 6)
    window.refresh_drafts()
    window.activateWindow()
    typed_in: list[str] = []
    for title in (titles[1], titles[4], titles[0], titles[3], titles[5]):
        window.editor.setFocus()
        qtbot.waitUntil(window.editor.hasFocus, timeout=2000)
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        typed_in.append(window.title_edit.text())
        qtbot.keyClicks(window.editor, f" Typed in {typed_in[-1]}.")
        _click_row_titled(qtbot, window, title)  # pressing the list saves the typing
        assert window.title_edit.text() == title
        assert window.drafts.selected_id() == window.session.id
    edited = {}
    for summary in store.drafts.list():
        draft = store.drafts.get(summary.id)
        for part in draft.body.split(" Typed in ")[1:]:
            edited.setdefault(draft.title, []).append(part)
    assert edited == {title: [f"{title}."] for title in typed_in}


def test_a_save_while_the_button_is_held_does_not_move_the_row_under_the_pointer(
    qtbot, window, store
) -> None:
    titles = _library(store, 6)
    window.refresh_drafts()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " A change not yet saved.")
    _click_row_titled(qtbot, window, titles[2], while_held=window.save_now)
    assert window.title_edit.text() == titles[2]
    assert window.drafts.selected_id() == window.session.id


def test_search_snippets_of_imported_posts_show_the_story_not_its_front_matter(
    qtbot, window, tmp_path
) -> None:
    posts = tmp_path / "posts"
    posts.mkdir()
    (posts / "hugo.md").write_text(
        '+++\ntitle = "Notes on sourdough"\ntags = ["baking"]\n+++\n\n'
        "My starter survived two weeks alone in the fridge.\n",
        encoding="utf-8",
    )
    (posts / "jekyll.md").write_text(
        '---\ntitle: "Bread at home"\ntags: [sourdough]\n---\n\n'
        "Flour, water and salt. The sourdough loaf needs a night to rise.\n",
        encoding="utf-8",
    )
    window.import_folder(str(posts))
    qtbot.keyClicks(window.drafts.search, "sourdough")
    qtbot.waitUntil(lambda: len(window.drafts.rows()) == 2, timeout=3000)
    snippets = sorted(row.splitlines()[-1] for row in window.drafts.rows())
    assert snippets == [
        "Flour, water and salt. The sourdough loaf needs a night to rise.",  # not the tag
        "My starter survived two weeks alone in the fridge.",  # only the title matched
    ]


def test_a_long_unbroken_query_never_pushes_the_drafts_list_away(qtbot, window) -> None:
    """The "no drafts contain" line wraps anywhere and quotes the query shortened, so the panel
    keeps its width and the drafts list stays, however long the query and after clearing it."""
    panel = window.drafts
    qtbot.waitUntil(lambda: panel.width() > 0 and panel.model.rowCount() > 0)
    width = panel.width()
    qtbot.keyClicks(panel.search, "a" * 300)
    qtbot.waitUntil(panel.empty.isVisible)
    qtbot.wait(300)  # the layout and the window's room for panels have taken the message
    assert panel.isVisible()
    assert panel.width() == width
    assert window.toggle_drafts.isChecked()
    assert "…" in panel.empty.text()
    assert len(panel.empty.text()) < 120
    panel.search.clear()
    qtbot.waitUntil(lambda: not panel.empty.isVisible())
    qtbot.wait(300)
    assert panel.isVisible()
    assert panel.width() == width
