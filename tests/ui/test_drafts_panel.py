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
        "My starter survived two weeks alone in the fridge.",  # only the title matched
        "…and salt. The sourdough loaf needs a night to rise.",  # the story's match, not the tag
    ]
