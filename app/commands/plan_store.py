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


def database_path(args: argparse.Namespace) -> Path:
    chosen = chosen_database(args)
    return Path(chosen) if chosen else default_database_path()


@contextmanager
def opened_store(path: Path | str, *, reading: bool = False) -> Iterator[Store]:
    """The store in ``path``, closed after; a database that cannot be opened is one line.

    It is opened as the app opens it (created or upgraded as needed). With ``reading``
    (a command that only reads) a database the user cannot write is opened read-only
    instead, when its schema is this version's.
    """
    from app.storage.database import DatabaseError
    from app.storage.store import open_store, open_store_read_only

    file = Path(path).expanduser()
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
    (read-only when ``reading`` and it cannot be written; see :func:`opened_store`)."""
    from app.session.plan.planner import Plan

    with opened_store(database_path(args), reading=reading) as store:
        yield Plan(store)


def personal_words(args: argparse.Namespace) -> tuple[str, ...]:
    """The writer's personal dictionary when ``--db`` or ``CLAPWISE_DB`` names a database, so
    ``analyze`` and ``check`` pass the words the app's spelling check passes; else none."""
    database = chosen_database(args)
    if not database:
        return ()
    with opened_store(database, reading=True) as store:
        return tuple(store.dictionary.words())
