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
def opened_store(path: Path | str) -> Iterator[Store]:
    """The store in ``path``, closed after; a database that cannot be opened is one line."""
    from app.storage.database import DatabaseError
    from app.storage.store import open_store

    try:
        store = open_store(path)
    except DatabaseError as error:
        raise CliError(str(error)) from None
    try:
        yield store
    finally:
        store.close()


@contextmanager
def opened_plan(args: argparse.Namespace) -> Iterator[Plan]:
    """The :class:`~app.session.plan.planner.Plan` over the chosen database, closed after."""
    from app.session.plan.planner import Plan

    with opened_store(database_path(args)) as store:
        yield Plan(store)


def personal_words(args: argparse.Namespace) -> tuple[str, ...]:
    """The writer's personal dictionary when ``--db`` or ``CLAPWISE_DB`` names a database, so
    ``analyze`` and ``check`` pass the words the app's spelling check passes; else none."""
    database = chosen_database(args)
    if not database:
        return ()
    with opened_store(database) as store:
        return tuple(store.dictionary.words())
