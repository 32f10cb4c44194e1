"""``clapwise calendar``: a month with scheduled and published days, goals and streaks."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from app.cli import main
from app.storage.store import open_store
from app.storage.stories import StoryFacts


def test_calendar_json_and_text(tmp_path: Path, capsys) -> None:
    database = tmp_path / "db.sqlite"
    store = open_store(database)
    draft = store.drafts.create(title="Planned story")
    store.schedule.schedule(draft.id, datetime(2026, 4, 14, 8, 0))
    store.stories.add(StoryFacts("Live story", datetime(2026, 4, 2, 18, 30)))
    slow = store.publications.save("Slow Mag", response_days=3)
    store.publications.submit(draft.id, slow.id, status="submitted", at=datetime(2026, 1, 1))
    store.close()
    args = ["--db", str(database), "calendar", "--month", "2026-04"]
    assert main([*args, "--goal", "posts_per_week=2", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["month"] == "2026-04"
    assert len(shown["days"]) == 30
    days = {day["date"]: day for day in shown["days"]}
    assert days["2026-04-14"]["scheduled"][0]["title"] == "Planned story"
    assert days["2026-04-02"]["published"][0]["title"] == "Live story"
    assert shown["goals"][0]["kind"] == "posts_per_week"
    assert shown["goals"][0]["target"] == 2
    assert shown["weeks_with_a_post"]["longest"] == 1
    (reminder,) = shown["reminders"]
    assert reminder.startswith("“Planned story” has waited")
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "April 2026" in out
    assert " 2 P" in out
    assert "14 S" in out
    assert "2026-04-14 08:00  scheduled  Planned story" in out
    assert "Reminder: “Planned story” has waited" in out


def test_a_bad_month_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["--db", str(tmp_path / "db.sqlite"), "calendar", "--month", "April"]) == 2
    assert capsys.readouterr().err == "clapwise: --month 'April' is not YYYY-MM.\n"


def test_a_month_that_does_not_exist_is_named(tmp_path: Path, capsys) -> None:
    for month, number in (("2026-13", 13), ("2026-00", 0)):
        assert main(["--db", str(tmp_path / "db.sqlite"), "calendar", "--month", month]) == 2
        assert capsys.readouterr().err == (
            f"clapwise: --month '{month}': there is no month {number}; months run from 01 to 12.\n"
        )


def test_a_month_out_of_range_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    for month in ("9999-12", "0001-01"):
        assert main(["--db", str(tmp_path / "db.sqlite"), "calendar", "--month", month]) == 2
        assert capsys.readouterr().err == (
            f"clapwise: --month '{month}': choose a month from 1970 to 2100.\n"
        )
    open_store(tmp_path / "db.sqlite").close()
    assert main(["--db", str(tmp_path / "db.sqlite"), "calendar", "--month", "2100-12"]) == 0


def test_without_db_the_commands_use_the_apps_database(qapp) -> None:
    from app.commands.plan_store import default_database_path
    from app.ui.application import configure_application
    from app.ui.application import default_database_path as window_default

    configure_application(qapp)
    assert default_database_path() == window_default()


def test_a_story_of_unknown_time_shows_its_date_alone(tmp_path: Path, capsys) -> None:
    """A statistics file's ``published`` day without a time is not a midnight post."""
    database = tmp_path / "db.sqlite"
    figures = tmp_path / "stats.csv"
    figures.write_text(
        "date,title,published,views,reads\n"
        "2026-09-20,The Sinking Fund Habit,2026-09-15,100,40\n"
        "2026-09-20,At Dawn,2026-09-16 06:30,50,20\n",
        encoding="utf-8",
    )
    assert main(["--db", str(database), "stats", "import", str(figures)]) == 0
    capsys.readouterr()
    args = ["--db", str(database), "calendar", "--month", "2026-09"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "2026-09-15 00:00" not in out
    assert "2026-09-15        published  The Sinking Fund Habit\n" in out
    assert "2026-09-16 06:30  published  At Dawn\n" in out
    assert main([*args, "--json"]) == 0
    days = {day["date"]: day for day in json.loads(capsys.readouterr().out)["days"]}
    (unknown,) = days["2026-09-15"]["published"]
    assert (unknown["at"], unknown["time_known"]) == ("2026-09-15", False)
    (known,) = days["2026-09-16"]["published"]
    assert (known["at"], known["time_known"]) == ("2026-09-16T06:30", True)
