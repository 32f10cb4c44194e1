"""Library scenarios for ``make bench``: 10,000 drafts listed, searched, tagged and autosaved,
each next to raw sqlite3 on the same file."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

from tools.bench_corpora import build_library
from tools.bench_timing import Row, interleaved, ms, versus

if TYPE_CHECKING:
    from app.session import Workspace

LIST_SQL = (
    "SELECT id, title, word_count, status, updated_at, deleted_at FROM drafts "
    "WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC"
)
SEARCH_SQL = "SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH ? ORDER BY rank LIMIT 50"
HISTORY_SQL = (
    "SELECT draft_id, tag_id, max(at) FROM tag_events WHERE action = 'applied' "
    "GROUP BY draft_id, tag_id"
)
SEARCH_WORDS = ("the", "a", "writing")


def bench_storage(rows: list[Row], path: Path, rounds: int) -> None:
    from app.session import Workspace
    from app.storage.store import open_store

    store = open_store(path)
    workspace = Workspace(store)
    raw = sqlite3.connect(path)
    try:
        found = interleaved(
            {
                "list": workspace.drafts,
                "raw": lambda: raw.execute(LIST_SQL).fetchall(),
            },
            rounds,
        )
        rows.append(
            (
                "library: drafts list, 10,000 drafts (session layer)",
                ms(found["list"]),
                versus(found["list"], found["raw"], "raw sqlite3"),
            )
        )
        for word in SEARCH_WORDS:
            rows.append(
                _search_row(
                    f"library: search “{word}” (ranked, 50 best, snippets)",
                    workspace,
                    raw,
                    word,
                    rounds,
                )
            )
        found = interleaved(
            {
                "history": workspace.tag_history,
                "raw": lambda: raw.execute(HISTORY_SQL).fetchall(),
            },
            rounds,
        )
        rows.append(
            (
                "library: tag history for suggestions (30,000 applications)",
                ms(found["history"]),
                versus(found["history"], found["raw"], "raw sqlite3 aggregate"),
            )
        )
        rows.append(_suggestions_row(workspace, rounds))
    finally:
        raw.close()
        store.close()


def _suggestions_row(workspace: Workspace, rounds: int) -> Row:
    """Tag suggestions as the sidebar asks for them after a pause that changed the key
    phrases, with the library's history (read once per opened draft) against none."""
    from app.analysis.engine.analyzer import analyze
    from app.analysis.insights.tags.history import TagHistory
    from app.resources import resource_path
    from app.session.tag_suggestions import tag_suggestions

    report = analyze(resource_path("sample_draft.md").read_text(encoding="utf-8"))
    history = workspace.tag_history()
    started = time.perf_counter()
    tag_suggestions(report, history, ())
    first = time.perf_counter() - started
    found = interleaved(
        {
            "history": lambda: tag_suggestions(report, history, ()),
            "none": lambda: tag_suggestions(report, TagHistory(), ()),
        },
        rounds,
    )
    return (
        f"library: tag suggestions on a pause, 10,000 drafts' tags (first {ms(first)})",
        ms(found["history"]),
        versus(found["history"], found["none"], "no history"),
    )


def bench_window(rows: list[Row], path: Path, rounds: int) -> None:
    """The real window on the library: filling the list, autosave, search-as-you-type."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.session import Workspace
    from app.storage.store import open_store
    from app.ui.application import configure_application
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    store = open_store(path)
    window = MainWindow(Workspace(store))
    window.resize(1400, 900)
    window.show()
    window.open_initial_draft()
    raw = sqlite3.connect(path)
    oldest = raw.execute("SELECT min(id) FROM drafts").fetchone()[0]
    edits = iter(range(10_000))

    def fill() -> None:
        window.refresh_drafts()
        app.processEvents()

    def autosave() -> None:
        window.editor.textCursor().insertText("x")
        window.save_now()
        app.processEvents()

    def raw_save() -> None:
        with raw:
            raw.execute(
                "UPDATE drafts SET body = body || ?, updated_at = updated_at WHERE id = ?",
                (f" edit{next(edits)}", oldest),
            )

    def raw_list() -> None:
        raw.execute(LIST_SQL).fetchall()

    try:
        found = interleaved({"fill": fill, "raw": raw_list}, rounds)
        rows.append(
            (
                "window: fill the drafts list, 10,000 drafts",
                ms(found["fill"]),
                versus(found["fill"], found["raw"], "raw sqlite3 list"),
            )
        )
        found = interleaved({"save": autosave, "raw": raw_save}, rounds * 2)
        rows.append(
            (
                "window: autosave incl. the list update (UI thread)",
                ms(found["save"]),
                versus(found["save"], found["raw"], "raw sqlite3 one-row update"),
            )
        )
        keys: list[float] = []
        latencies: list[float] = []
        for _round in range(rounds):
            window.drafts.search.clear()
            _wait(app, lambda: len(window.drafts.rows()) > 50)  # the whole list is back
            for char in "writing":
                start = time.perf_counter()
                QTest.keyClick(window.drafts.search, char)
                app.processEvents()
                keys.append(time.perf_counter() - start)
                time.sleep(0.06)  # a quick typist
            typed = time.perf_counter()
            _wait(app, lambda: 0 < len(window.drafts.rows()) <= 50)  # the 50 best hits
            latencies.append(time.perf_counter() - typed)
        rows.append(
            (
                "window: search box keystroke on the UI thread",
                ms(statistics.median(keys)),
                "search runs on a worker",
            )
        )
        rows.append(
            (
                "window: results shown after the last key",
                ms(statistics.median(latencies)),
                "includes the 150 ms pause that waits for the typist",
            )
        )
    finally:
        window.close()
        window.controller.wait_for_idle()
        raw.close()
        store.close()


def _wait(app: object, condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.002)
    raise RuntimeError("the window did not answer")


def _search_row(
    label: str, workspace: Workspace, raw: sqlite3.Connection, word: str, rounds: int
) -> Row:
    """The session's search for ``word`` (ranked, with snippets) next to FTS5's ranked ids."""
    found = interleaved(
        {
            "search": lambda: workspace.drafts(word),
            "raw": lambda: raw.execute(SEARCH_SQL, (f'"{word}"*',)).fetchall(),
        },
        rounds,
    )
    searched = found["search"]
    return (label, ms(searched), versus(searched, found["raw"], "raw FTS5 ranked ids"))


def bench_long_drafts(rows: list[Row], folder: Path, rounds: int) -> None:
    """Search when the hits are long: five 20,000-word drafts and a 4 MB paste among 100."""
    from app.session import Workspace
    from app.storage.store import open_store
    from tools.bench_corpora import corpus

    path = folder / "long_drafts.sqlite"
    path.unlink(missing_ok=True)
    store = open_store(path)
    long_body = corpus(20_000)
    for number in range(100):
        store.drafts.create(title=f"Note {number}", body=corpus(300))
    for number in range(5):
        store.drafts.create(title=f"Long draft {number}", body=long_body)
    store.drafts.create(title="Pasted log", body="the cat sat on the mat " * 200_000)
    workspace = Workspace(store)
    raw = sqlite3.connect(path)
    try:
        label = "library: search “the” among five 20,000-word drafts and a 4 MB paste"
        rows.append(_search_row(label, workspace, raw, "the", rounds))
    finally:
        raw.close()
        store.close()


def bench_library(rows: list[Row], folder: Path, rounds: int) -> Path:
    """Build the library once (about ten seconds) and run every library scenario on it."""
    start = time.perf_counter()
    path = build_library(folder / "library.sqlite")
    rows.append(("library: built 10,000 drafts (not a user-facing figure)",
                 f"{time.perf_counter() - start:.1f} s", ""))  # fmt: skip
    bench_storage(rows, path, rounds)
    bench_long_drafts(rows, folder, rounds)
    bench_window(rows, path, rounds)
    return path
