"""A command that only reads, given a database that does not exist, says so and creates
nothing: a mistyped path must not look like a library whose data is gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main

POST = "# Why I Keep a Journal\n\nEvery morning I write a page before the house wakes up.\n"
READING = (
    ("stats", "report"),
    ("stats", "report", "--json"),
    ("calendar",),
    ("calendar", "--month", "2026-04", "--json"),
    ("check", "POST"),
    ("analyze", "POST"),
    ("tags", "suggest", "POST"),
)


def _post(tmp_path: Path, command: tuple[str, ...]) -> list[str]:
    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    return [str(post) if part == "POST" else part for part in command]


@pytest.mark.parametrize("command", READING, ids=" ".join)
def test_a_reading_command_names_the_missing_database_and_creates_nothing(
    tmp_path: Path, capsys, command: tuple[str, ...]
) -> None:
    typo = tmp_path / "x" / "typo.db"
    assert main(["--db", str(typo), *_post(tmp_path, command)]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"clapwise: No Clapwise database at {typo}: check the path given with --db "
        "(nothing was created there).\n"
    )
    assert "No data yet" not in captured.out
    assert not typo.parent.exists()


def test_a_missing_database_named_by_clapwise_db_is_named_too(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    typo = tmp_path / "typo.db"
    monkeypatch.setenv("CLAPWISE_DB", str(typo))
    assert main(["stats", "report"]) == 1
    assert capsys.readouterr().err == (
        f"clapwise: No Clapwise database at {typo}: check the path in CLAPWISE_DB "
        "(nothing was created there).\n"
    )
    assert not typo.exists()


def test_without_a_database_yet_a_reading_command_says_where_it_will_be(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from app.commands.plan_store import default_database_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    own = default_database_path()
    assert tmp_path in own.parents
    assert main(["calendar"]) == 1
    assert capsys.readouterr().err == (
        f"clapwise: No Clapwise database at {own} yet: Clapwise creates it when it first "
        "opens, and so does importing statistics (nothing was created there).\n"
    )
    assert not (tmp_path / "data").exists()


def test_a_command_that_writes_still_creates_the_database(tmp_path: Path, capsys) -> None:
    new = tmp_path / "new" / "clapwise.sqlite"
    assert main(["--db", str(new), "calendar", "--goal", "posts_per_week=2"]) == 0
    assert new.is_file()
    capsys.readouterr()
    assert main(["--db", str(new), "stats", "report"]) == 0
    assert capsys.readouterr().out.startswith("No data yet: ")
