"""What the writer and the log are told of a change that could not be stored because another
program holds the database."""

from __future__ import annotations

import logging

IN_USE = "the database is in use by another program."


def said_and_logged(window, caplog, what: str) -> None:
    """The writer reads one plain sentence in the status bar; the log has the traceback."""
    assert window.statusBar().currentMessage() == f"Clapwise could not store {what}: {IN_USE}"
    (record,) = [r for r in caplog.records if r.name == "app.ui.window.storing"]
    assert record.levelno == logging.WARNING
    assert record.exc_info is not None
    assert "database is locked" in str(record.exc_info[1])
    caplog.clear()
