"""Goals the command line takes are goals the Plan window can show: one range for both."""

from __future__ import annotations

from pathlib import Path

from app.cli import main


def test_a_goal_beyond_the_apps_range_is_refused(tmp_path: Path, capsys) -> None:
    database = str(tmp_path / "db.sqlite")
    status = main(["--db", database, "calendar", "--goal", "words_per_day=3000000000"])
    assert status == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "words_per_day can be at most 20,000" in err
    assert main(["--db", database, "calendar", "--goal", "posts_per_week=50"]) == 2
    assert "posts_per_week can be at most 21" in capsys.readouterr().err
    assert main(["--db", database, "calendar", "--goal", "posts_per_week=21", "--json"]) == 0
    assert '"target": 21' in capsys.readouterr().out
