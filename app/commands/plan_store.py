"""Opening the writer's database for the commands: the plan commands (``stats``,
``calendar``), and the personal dictionary and tag history that ``analyze``, ``check`` and
``tags suggest`` use when ``--db`` or ``CLAPWISE_DB`` names a database."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import CliError

if TYPE_CHECKING:
    from app.session.plan.planner import Plan
    from app.storage.store import Store

DATABASE_NAME = "clapwise.sqlite"


def default_database_path() -> Path:
    """The app's own database: ``clapwise.sqlite`` in the platform's app-data folder."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName("Clapwise")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DATABASE_NAME


def chosen_database(args: argparse.Namespace) -> str | None:
    """The database ``--db`` or ``CLAPWISE_DB`` names, if any."""
    return getattr(args, "db", None) or os.environ.get("CLAPWISE_DB") or None


def named_by(args: argparse.Namespace) -> str:
    """What names the database: "--db", "CLAPWISE_DB", or "" for the app's own."""
    if getattr(args, "db", None):
        return "--db"
    return "CLAPWISE_DB" if os.environ.get("CLAPWISE_DB") else ""


def database_path(args: argparse.Namespace) -> Path:
    chosen = chosen_database(args)
    return Path(chosen) if chosen else default_database_path()


def _missing(file: Path, source: str) -> CliError:
    """A database to read that is not there: a typo in a path must not read as a library
    whose data is gone ("No data yet"), nor leave an empty database behind."""
    if source == "--db":
        why = ": check the path given with --db"
    elif source:
        why = f": check the path in {source}"
    else:
        why = " yet: Clapwise creates it when it first opens, and so does importing statistics"
    return CliError(f"No Clapwise database at {file}{why} (nothing was created there).")


@contextmanager
def opened_store(path: Path | str, *, reading: bool = False, source: str = "") -> Iterator[Store]:
    """The store in ``path``, closed after; a database that cannot be opened is one line.

    It is opened as the app opens it (created or upgraded as needed). With ``reading``
    (a command that only reads) nothing is created: a missing database is an error that
    says what named it (``source``, see :func:`named_by`), and a database the user cannot
    write is opened read-only instead, when its schema is this version's.
    """
    from app.storage.database import DatabaseError
    from app.storage.store import open_store, open_store_read_only

    file = Path(path).expanduser()
    if reading and not file.exists():
        raise _missing(file, source)
    try:
        if reading and _cannot_write(file):
            # Straight to reading: the app's way would leave SQLite's -shm and -wal files
            # beside someone else's database before finding it cannot be written.
            store = open_store_read_only(file)
        else:
            try:
                store = open_store(file)
            except DatabaseError as error:
                if not (reading and error.read_only and file.is_file()):
                    raise
                store = open_store_read_only(file)
    except DatabaseError as error:
        raise CliError(str(error)) from None
    try:
        yield store
    finally:
        store.close()


def _cannot_write(file: Path) -> bool:
    """True when ``file`` exists and this user cannot write it or its folder."""
    return file.is_file() and not (
        os.access(file, os.W_OK) and os.access(file.parent, os.W_OK | os.X_OK)
    )


@contextmanager
def opened_plan(args: argparse.Namespace, *, reading: bool = False) -> Iterator[Plan]:
    """The :class:`~app.session.plan.planner.Plan` over the chosen database, closed after
    (with ``reading``, never created, and read-only when it cannot be written; see
    :func:`opened_store`)."""
    from app.session.plan.planner import Plan

    with opened_store(database_path(args), reading=reading, source=named_by(args)) as store:
        yield Plan(store)


def personal_words(args: argparse.Namespace) -> tuple[str, ...]:
    """The writer's personal dictionary when ``--db`` or ``CLAPWISE_DB`` names a database, so
    ``analyze`` and ``check`` pass the words the app's spelling check passes; else none."""
    database = chosen_database(args)
    if not database:
        return ()
    with opened_store(database, reading=True, source=named_by(args)) as store:
        return tuple(store.dictionary.words())
