"""``clapwise.log`` next to the database: every unexpected error, with its traceback.

Modules log through ``logging.getLogger(__name__)``; one file handler on the ``app`` logger
collects them all.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
from io import TextIOWrapper
from pathlib import Path

LOG_NAME = "clapwise.log"
APP_LOGGER = "app"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def log_path_for(database_path: Path) -> Path:
    return database_path.with_name(LOG_NAME)


class _ErrorLogHandler(logging.FileHandler):
    """Marks the handler this module installed, so installing again replaces it.

    A record that cannot be written (the disk is full, the folder went away) is dropped: the
    standard handler would print a "Logging error" traceback to the terminal for each one,
    and a failed save is retried, and logged, every few seconds. One line says so, once.
    """

    _told = False
    _identity: tuple[int, int] | None = None

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        status = os.fstat(stream.fileno())
        self._identity = (status.st_dev, status.st_ino)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        if not self._told and self.gone():
            # Written on into a file no one can read any more: say so, once.
            self._tell("was moved or deleted")
        super().emit(record)

    def gone(self) -> bool:
        """The log's path no longer names the file being written (its folder was deleted,
        say, with the database in it)."""
        if self._identity is None:
            return False
        try:
            status = os.stat(self.baseFilename)
        except OSError:
            return True
        return (status.st_dev, status.st_ino) != self._identity

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        if not self._told:
            problem = sys.exc_info()[1]
            reason = getattr(problem, "strerror", None) or problem
            self._tell(f"cannot be written ({reason})")

    def _tell(self, what: str) -> None:
        self._told = True
        print(
            f"The error log {self.baseFilename} {what}; errors are not being kept.",
            file=sys.stderr,
        )


def install_error_log(path: Path) -> str | None:
    """Send warnings and errors of every ``app.*`` module to ``path``.

    Returns None when the log is ready, else one sentence saying why it cannot be written
    (the app keeps working; messages then say the details could not be kept).
    """
    logger = logging.getLogger(APP_LOGGER)
    for handler in list(logger.handlers):
        if isinstance(handler, _ErrorLogHandler):
            if faulthandler.is_enabled():
                faulthandler.disable()  # it writes to this handler's file, about to close
            logger.removeHandler(handler)
            with contextlib.suppress(OSError):  # what a full disk kept from it stays lost
                handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _ErrorLogHandler(path, encoding="utf-8", delay=False)
    except OSError as error:
        return f"The error log {path} cannot be written ({error.strerror})."
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.WARNING:
        logger.setLevel(logging.WARNING)
    return None


def log_crashes() -> bool:
    """Have a crash of the process itself (Qt or a library failing in native code, where no
    Python exception is raised) write every thread's Python stack to the error log; False
    when no log is installed."""
    for handler in logging.getLogger(APP_LOGGER).handlers:
        if isinstance(handler, _ErrorLogHandler) and handler.stream is not None:
            faulthandler.enable(file=handler.stream, all_threads=True)
            return True
    return False


def error_log_path() -> Path | None:
    """Where errors are being written now (None when no log is installed, or when its file
    was moved or deleted: nothing written to it can be read)."""
    for handler in logging.getLogger(APP_LOGGER).handlers:
        if isinstance(handler, _ErrorLogHandler) and not handler.gone():
            return Path(handler.baseFilename)
    return None


def flush_error_log() -> None:
    for handler in logging.getLogger(APP_LOGGER).handlers:
        if isinstance(handler, _ErrorLogHandler):
            handler.flush()
