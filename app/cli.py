"""The ``clapwise`` command: opens the app, or analyses, scores and exports from a terminal.

Every error a user can cause (missing file, not text, not UTF-8, unknown option) prints one
line to stderr and exits non-zero; a traceback is never shown.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn

from app import __version__
from app.commands import analyze, calendar, check, export, headline, stats, tags
from app.commands.common import EXIT_FAILURE, EXIT_USAGE, CliError, OneLineParser, UsageError

# Subcommand modules, in the order ``--help`` lists them.
COMMANDS = (analyze, headline, tags, check, export, stats, calendar)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="clapwise",
        description="Clapwise, an offline writing assistant for Medium writers. "
        "Without a command it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"clapwise {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="use this database file (default: CLAPWISE_DB or app data)"
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def _launch_app(database: str | None) -> int:
    # The window's Qt-free layers first: once PySide6 is in, its import hook reads the source
    # of every module imported after it (about 50 ms more before the first paint).
    import app.analysis.engine.analyzer
    import app.publishing
    import app.session.draft_session
    import app.session.interfaces
    import app.session.workspace  # noqa: F401
    from app.ui.application import run_app

    return run_app(database or os.environ.get("CLAPWISE_DB") or None)


def _database_option_first(argv: Sequence[str]) -> list[str]:
    """``argv`` with ``--db PATH`` moved before the command: it belongs to the program, but a
    writer also types it after (``clapwise tags suggest post.md --db drafts.sqlite``)."""
    rest: list[str] = []
    database: list[str] = []
    items = iter(argv)
    for item in items:
        if item == "--":
            rest += [item, *items]
        elif item == "--db":
            value = next(items, None)
            if value is None:
                raise ValueError("--db needs the path of a database file")
            database = [item, value]
        elif item.startswith("--db="):
            database = [item]
        else:
            rest.append(item)
    return [*database, *rest]


def run() -> NoReturn:
    """The ``clapwise`` program (and ``python -m app``): :func:`main`, then exit."""
    sys.exit(main(exit_after_command=True))


def main(argv: Sequence[str] | None = None, *, exit_after_command: bool = False) -> int:
    """Run the command in ``argv`` (default: the process's arguments); the exit status.

    With ``exit_after_command`` a finished command ends the process at once: tearing the
    interpreter down (freeing every module and word table one object at a time) costs about
    a tenth of ``clapwise analyze``, and a command has closed its files and databases before
    it returns. The app itself exits normally, so Qt saves its settings.
    """
    parser = build_parser()
    try:
        arguments = _database_option_first(sys.argv[1:] if argv is None else argv)
    except ValueError as error:
        parser.error(str(error))
    args = parser.parse_args(arguments)
    if args.db is not None and not args.db.strip():
        # An unset variable (``--db "$DB"``) must not quietly fall back to the writer's own
        # library, which the command would then write into and upgrade.
        parser.error("--db needs the path of a database file, not an empty one")
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        return _guarded(args, lambda: _launch_app(args.db))
    with _command_log(args) as log:
        status = _guarded(args, lambda: handler(args), log)
    if exit_after_command:
        _exit_now(status)
    return status


def _exit_now(status: int) -> NoReturn:
    for stream in (sys.stdout, sys.stderr):
        # The reader may have gone away (``clapwise ... | head``) or the stream be closed.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


class _CommandLog(logging.Handler):
    """Where a command's log records go: ``clapwise.log`` beside the database the command
    would use, opened at the first warning (most commands log none), never the terminal.

    Without a handler Python prints a warning bare on stderr ("last resort"), without the
    command's ``clapwise:`` or the file it concerns; what a writer must know, a command
    says itself. A log that cannot be written is given up quietly.
    """

    def __init__(self, where: Callable[[], Path]) -> None:
        super().__init__(logging.WARNING)
        self._where = where
        self._file: logging.Handler | None = None
        self._failed = False

    @property
    def path(self) -> Path | None:
        """The log file, once a record has been written to it."""
        return Path(self._file.baseFilename) if isinstance(self._file, _QuietFileHandler) else None

    def emit(self, record: logging.LogRecord) -> None:
        file = self._open()
        if file is not None:
            file.handle(record)

    def _open(self) -> logging.Handler | None:
        if self._file is None and not self._failed:
            try:
                from app.session.error_log import LOG_FORMAT

                path = self._where()
                path.parent.mkdir(parents=True, exist_ok=True)
                self._file = _QuietFileHandler(path, encoding="utf-8")
            except Exception:  # the log is a courtesy: a command never fails for it
                self._failed = True
                return None
            self._file.setFormatter(logging.Formatter(LOG_FORMAT))
        return self._file

    def close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
        super().close()


class _QuietFileHandler(logging.FileHandler):
    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A record that cannot be written (a full disk) is dropped, without a traceback."""


@contextlib.contextmanager
def _command_log(args: argparse.Namespace) -> Iterator[_CommandLog]:
    """A :class:`_CommandLog` on the root logger while a command runs (every library's
    warnings included), beside the database ``--db`` or ``CLAPWISE_DB`` names, else the
    app's own."""

    def where() -> Path:
        from app.commands.plan_store import database_path
        from app.session.error_log import log_path_for

        return log_path_for(database_path(args))

    log = _CommandLog(where)
    root = logging.getLogger()
    root.addHandler(log)
    try:
        yield log
    finally:
        root.removeHandler(log)
        log.close()


def _guarded(
    args: argparse.Namespace, run_command: Callable[[], int], log: _CommandLog | None = None
) -> int:
    """``run_command()``'s status; every error becomes one line on stderr, never a traceback
    (which goes to ``log`` when a command has one)."""
    try:
        return run_command()
    except CliError as error:
        print(f"clapwise: {error}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``clapwise ... | head``); exit quietly.
        sys.stderr.close()
        return EXIT_FAILURE
    except Exception as error:  # never show a traceback to a writer; keep it in the log
        kept = _log_unexpected_error(args, log)
        where = f" (details in {kept})" if kept else ""
        print(f"clapwise: unexpected error: {error}{where}", file=sys.stderr)
        return EXIT_FAILURE


def _log_unexpected_error(args: argparse.Namespace, log: _CommandLog | None) -> Path | None:
    """Write the current exception's traceback to ``clapwise.log`` beside the database the
    command would use; the log's path, or None when it cannot be written."""
    if log is not None:
        logging.getLogger(__name__).exception("unexpected error in the command line")
        return log.path
    try:
        from app.commands.plan_store import database_path
        from app.session.error_log import install_error_log, log_path_for

        path = log_path_for(database_path(args))
        if install_error_log(path) is not None:
            return None
        logging.getLogger(__name__).exception("unexpected error in the command line")
        return path
    except Exception:  # the log is a courtesy: failing to write it must not hide the error
        return None
