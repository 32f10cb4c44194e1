"""Opening the writer's database for the plan commands (``stats``, ``calendar``)."""

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

DATABASE_NAME = "clapwise.sqlite"


def default_database_path() -> Path:
    """The app's own database: ``clapwise.sqlite`` in the platform's app-data folder."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName("Clapwise")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DATABASE_NAME


def database_path(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "db", None) or os.environ.get("CLAPWISE_DB")
    return Path(chosen) if chosen else default_database_path()


@contextmanager
def opened_plan(args: argparse.Namespace) -> Iterator[Plan]:
    """The :class:`~app.session.plan.planner.Plan` over the chosen database, closed after."""
    from app.session.plan.planner import Plan
    from app.storage.database import DatabaseError
    from app.storage.store import open_store

    try:
        store = open_store(database_path(args))
    except DatabaseError as error:
        raise CliError(str(error)) from None
    try:
        yield Plan(store)
    finally:
        store.close()
