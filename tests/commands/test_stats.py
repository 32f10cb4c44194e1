"""``clapwise stats import|import-medium|report`` on a real database file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.storage.store import open_store
from tests.session.plan.history import generate, load
from tests.session.plan.medium_export_sample import write_export

CSV = (
    "date,title,published,views,reads,claps\n"
    "2026-01-20,How I write every day,2026-01-02 08:30,1200,480,90\n"
    "2026-01-27,How I write every day,,1500,600,110\n"
)


def test_import_then_report(tmp_path: Path, capsys) -> None:
    database = str(tmp_path / "db.sqlite")
    stats = tmp_path / "stats.csv"
    stats.write_text(CSV, encoding="utf-8")
    assert main(["--db", database, "stats", "import", str(stats)]) == 0
    assert "Imported 2 snapshots; 1 new published story." in capsys.readouterr().out
    assert main(["--db", database, "stats", "report", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["stories"] == 1
    weekday = next(group for group in report["groups"] if group["factor"] == "weekday")
    assert (weekday["label"], weekday["n"], weekday["status"]) == (
        "Friday",
        1,
        "not enough data yet",
    )


def test_a_broken_file_lists_its_lines_and_imports_nothing(tmp_path: Path, capsys) -> None:
    database = tmp_path / "db.sqlite"
    stats = tmp_path / "stats.csv"
    stats.write_text(CSV + "2026-02-03,How I write every day,,1500,1600,110\n", encoding="utf-8")
    assert main(["--db", str(database), "stats", "import", str(stats)]) == 1
    err = capsys.readouterr().err
    assert "1 problem; nothing was imported" in err
    assert "line 4: reads (1600) exceed views" in err
    store = open_store(database)
    assert store.stories.list() == []
    store.close()


def test_the_report_shows_figures_with_their_intervals(tmp_path: Path, capsys) -> None:
    database = tmp_path / "db.sqlite"
    store = open_store(database)
    load(store, generate(60, seed=3))
    store.close()
    assert main(["--db", str(database), "stats", "report"]) == 0
    out = capsys.readouterr().out
    assert "Stories compared: 60" in out
    assert "headline score vs reads (n=60): rho +" in out
    assert "By weekday:" in out


def test_a_medium_export_is_imported(tmp_path: Path, capsys) -> None:
    database = str(tmp_path / "db.sqlite")
    assert main(["--db", database, "stats", "import-medium", str(write_export(tmp_path))]) == 0
    assert "Imported 2 drafts; 1 published story." in capsys.readouterr().out
    # The same export again adds nothing, and says why.
    assert main(["--db", database, "stats", "import-medium", str(write_export(tmp_path))]) == 0
    assert capsys.readouterr().out == (
        "Imported 0 drafts; 0 published stories; 1 already recorded; 1 draft already imported.\n"
        "Already recorded, skipped: Why I Write at Dawn\n"
        "Draft already imported, skipped: Notes on Slow Reading\n"
    )
    assert main(["--db", database, "stats", "import-medium", str(tmp_path / "none.zip")]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    # A link in a post keeps where it points, as Markdown.
    store = open_store(database)
    bodies = [store.drafts.get(summary.id).body for summary in store.drafts.list()]
    store.close()
    assert "Half an idea, from [a talk](https://example.com/slow-reading).\n" in bodies


def test_the_csv_columns_are_documented_in_help(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["stats", "import", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for column in ("date", "url, title", "published", "views, reads", "member_reading_minutes"):
        assert column in out


def test_import_names_the_drafts_it_linked(tmp_path: Path, capsys) -> None:
    database = tmp_path / "db.sqlite"
    store = open_store(database)
    store.drafts.create(title="How I Write Every Day", body="I write every morning. " * 30)
    store.close()
    stats = tmp_path / "stats.csv"
    stats.write_text(CSV, encoding="utf-8")
    assert main(["--db", str(database), "stats", "import", str(stats)]) == 0
    assert capsys.readouterr().out == (
        "Imported 2 snapshots; 1 new published story, 1 linked to the draft with its title.\n"
    )
    store = open_store(database)
    (story,) = store.stories.list()
    store.close()
    assert story.read_minutes is not None


def test_totals_that_fall_are_listed_and_imported_only_when_kept(tmp_path: Path, capsys) -> None:
    database = str(tmp_path / "db.sqlite")
    stats = tmp_path / "stats.csv"
    stats.write_text(CSV, encoding="utf-8")
    assert main(["--db", database, "stats", "import", str(stats)]) == 0
    typo = tmp_path / "typo.csv"
    typo.write_text("date,title,views,reads\n2026-02-03,How I write every day,1600,60\n", "utf-8")
    capsys.readouterr()
    assert main(["--db", database, "stats", "import", str(typo)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"clapwise: {typo}: lifetime totals go down, so a digit may have slipped; "
        "nothing was imported",
        "  “How I write every day”: reads fall from 600 on 27 Jan 2026 to 60 on 03 Feb 2026",
        "Fix the file, or import it with --keep-falling to keep them.",
    ]
    assert main(["--db", database, "stats", "import", "--keep-falling", str(typo)]) == 0
    assert "Imported 1 snapshot; 0 new published stories." in capsys.readouterr().out


def test_a_file_without_fans_or_earnings_keeps_the_stored_ones(tmp_path: Path, capsys) -> None:
    database = str(tmp_path / "db.sqlite")
    full, partial = tmp_path / "full.csv", tmp_path / "partial.csv"
    full.write_text(
        "date,title,published,views,reads,claps,fans,earnings\n"
        "2026-01-20,How I write every day,2026-01-02 08:30,1200,480,90,32,$4.20\n",
        encoding="utf-8",
    )
    partial.write_text(
        "date,title,views,reads,claps\n"
        "2026-01-20,How I write every day,1250,500,95\n"
        "2026-01-27,How I write every day,1500,600,110\n",
        encoding="utf-8",
    )
    assert main(["--db", database, "stats", "import", str(full)]) == 0
    assert main(["--db", database, "stats", "import", str(partial)]) == 0
    store = open_store(database)
    try:
        (series,) = store.stories.snapshots().values()
    finally:
        store.close()
    assert [(s.taken_on.day, s.reads, s.fans, s.earnings) for s in series] == [
        (20, 500, 32, 4.2),
        (27, 600, None, None),
    ]


def test_import_names_the_publications_it_created(tmp_path: Path, capsys) -> None:
    database = str(tmp_path / "db.sqlite")
    stats = tmp_path / "stats.csv"
    stats.write_text(
        "date,title,published,views,reads,publication\n"
        "2026-01-20,How I write every day,2026-01-02 08:30,1200,480,The Writing Cooperative\n",
        encoding="utf-8",
    )
    assert main(["--db", database, "stats", "import", str(stats)]) == 0
    assert capsys.readouterr().out == (
        "Imported 1 snapshot; 1 new published story; 1 new publication: The Writing Cooperative.\n"
    )
    store = open_store(database)
    try:
        (story,) = store.stories.list()
        assert store.publications.find("the writing cooperative").id == story.publication_id
    finally:
        store.close()
