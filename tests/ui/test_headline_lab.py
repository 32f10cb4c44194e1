"""The headline lab in the real window: generate, score, edit, star, compare, use, persist."""

from __future__ import annotations

from app.storage.store import open_store
from app.ui.headline_lab import RISK, SCORE, STAR, TEXT


def _texts(lab) -> list[str]:
    return [lab.table.item(row, TEXT).text() for row in range(lab.table.rowCount())]


def test_generates_twenty_scored_variants_from_many_templates(qtbot, window) -> None:
    window.show_headline_lab()
    lab = window.headline_lab
    lab.topic.setText("remote work")
    lab.audience.setText("managers")
    assert lab.generate() >= 20
    records = lab.candidates()
    assert len({record.template for record in records}) >= 10
    for row in range(lab.table.rowCount()):
        assert 0 <= int(lab.table.item(row, SCORE).text()) <= 100
        assert lab.table.item(row, RISK).text() in {"low", "medium", "high"}
    assert lab.generate() == 0  # nothing is added twice


def test_own_headlines_are_scored_as_typed_and_added(qtbot, window) -> None:
    lab = window.headline_lab
    qtbot.keyClicks(lab.own, "Remote Work Is Lonely. Here Is How I Fixed It")
    assert "/100" in lab.own_score.text()
    lab.add_own()
    assert "Remote Work Is Lonely. Here Is How I Fixed It" in _texts(lab)


def test_star_edit_sort_and_compare(qtbot, window) -> None:
    lab = window.headline_lab
    lab.topic.setText("learning Rust as a Python developer")
    lab.generate()
    first = lab.candidates()[0]
    lab.toggle_star(first)
    assert next(r for r in lab.candidates() if r.id == first.id).starred
    row = _texts(lab).index(first.text)
    assert lab.table.item(row, STAR).text() == "★"
    lab.table.item(row, TEXT).setText("Rust for Pythonistas: The First Month")
    assert "Rust for Pythonistas: The First Month" in [r.text for r in lab.candidates()]
    lab.table.sortItems(SCORE)
    scores = [int(lab.table.item(r, SCORE).text()) for r in range(lab.table.rowCount())]
    assert scores == sorted(scores)
    texts = _texts(lab)
    lab.select_text(texts[0], texts[1])
    dialog = lab.compare_selected()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 8
    assert dialog.table.horizontalHeaderItem(1).text() in (texts[0], texts[1])


def test_use_as_title_and_warning_for_a_title_used_before(qtbot, window, store) -> None:
    store.drafts.create(title="Remote Work: What Managers Should Know")
    lab = window.headline_lab
    lab.keyphrase.clear()
    lab.topic.setText("remote work")
    lab.audience.setText("managers")
    lab.generate()
    lab.select_text("Remote Work: What Managers Should Know")
    assert "already uses this title" in lab.detail.text()
    lab.use_selected()
    assert window.title_edit.text() == "Remote Work: What Managers Should Know"
    assert "already uses" in window.statusBar().currentMessage()


def test_candidates_survive_a_restart(qtbot, make_window, store, database_path) -> None:
    window = make_window(store)
    window.headline_lab.topic.setText("remote work")
    window.headline_lab.generate()
    before = [r.text for r in window.headline_lab.candidates()]
    window.close()
    reopened = open_store(database_path)
    try:
        again = make_window(reopened)
        assert sorted(_texts(again.headline_lab)) == sorted(before)
    finally:
        again.close()
        reopened.close()
