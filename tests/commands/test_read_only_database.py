"""Commands that only read work on a database the user cannot write: it is opened read-only
(nothing created beside it, nothing upgraded); one that writes still says it cannot.

Run as a user that file modes apply to (``nobody`` when the tests run as root)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.storage.store import open_store
from tests.unprivileged import Child, shared_folder, unprivileged_child

CLAPWISE = "import sys\nfrom app.cli import main\nsys.exit(main(sys.argv[1:]))"
POST = (
    "# Why I Keep a Zorblax Journal\n\nEvery morning I write in my zorblax journal. "
    "It keeps my productivity high and my writing honest, and the habit took a week.\n"
)


def _library(child: Child, folder: Path, *, revision: str | None = None) -> Path:
    """A database with a word in the dictionary and a tagged draft, the child's to read."""
    folder.mkdir()
    path = folder / "clapwise.sqlite"
    if revision is None:
        store = open_store(path)
        store.dictionary.add("zorblax")
        for number in range(3):
            draft = store.drafts.create(title=f"Morning pages {number}")
            store.drafts.save(draft.id, body="I write every morning to keep productivity high.")
            store.tags.set_draft_tags(draft.id, ["Journaling", "Productivity"])
        store.close()
    else:
        from alembic import command
        from sqlalchemy import create_engine

        from app.storage.database import _alembic_config

        engine = create_engine(f"sqlite:///{path}")
        config = _alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        engine.dispose()
    for item in (*folder.iterdir(), folder):
        child.owns(item)
    return path


def _run(child: Child, *args: str) -> tuple[int, str, str]:
    result = child.python(CLAPWISE, *args)
    return result.returncode, result.stdout, result.stderr


def _contents(folder: Path) -> dict[str, bytes]:
    return {item.name: item.read_bytes() for item in folder.iterdir()}


def test_reading_commands_work_on_a_read_only_file_and_folder() -> None:
    child = unprivileged_child()
    with shared_folder() as shared:
        post = shared / "post.md"
        post.write_text(POST, encoding="utf-8")
        for kind in ("file", "folder"):
            database = _library(child, shared / kind)
            database.chmod(0o444)
            if kind == "folder":
                database.parent.chmod(0o555)
            before = _contents(database.parent)
            db = ["--db", str(database)]

            status, out, err = _run(child, *db, "stats", "report", "--json")
            assert (status, err) == (0, ""), (kind, err)
            assert isinstance(json.loads(out), dict)

            status, out, err = _run(child, *db, "tags", "suggest", str(post), "--json")
            assert (status, err) == (0, ""), (kind, err)
            used_before = {s["tag"] for s in json.loads(out) if s["used_before"]}
            assert "Productivity" in used_before, out  # the tag history was read

            status, out, err = _run(child, *db, "analyze", str(post), "--json")
            assert (status, err) == (0, ""), (kind, err)
            flagged = {f["rule"] for f in json.loads(out)["findings"]}
            assert "spelling" not in flagged  # the dictionary's word was read

            status, out, err = _run(child, *db, "calendar", "--json")
            assert (status, err) == (0, ""), (kind, err)

            # A command that writes still refuses, in one line.
            status, out, err = _run(child, *db, "calendar", "--goal", "words_per_day=500")
            assert status == 1
            assert err.strip().endswith("cannot be written: the file or its folder is read-only.")

            assert _contents(database.parent) == before  # nothing written, nothing beside it
            database.parent.chmod(0o755)


def test_a_read_only_database_that_needs_upgrading_says_so() -> None:
    child = unprivileged_child()
    with shared_folder() as shared:
        database = _library(child, shared / "old", revision="0006_began_empty")
        database.chmod(0o444)
        status, out, err = _run(child, "--db", str(database), "stats", "report")
        assert status == 1
        assert out == ""
        assert err.startswith(f"clapwise: The database at {database} cannot be written, and it ")
        assert "needs upgrading to this version of Clapwise (from schema 0006_began_empty)" in err
        with sqlite3.connect(database) as connection:  # untouched
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == ("0006_began_empty",)
