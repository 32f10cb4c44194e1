"""Failure sentences, the Markdown copy, and the error log."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from app.session import failures
from app.session.copies import markdown_copy, write_markdown_copy
from app.session.error_log import error_log_path, install_error_log


def _wrapped(message: str) -> OperationalError:
    return OperationalError(
        "UPDATE drafts SET body=? WHERE id=?", ("secret",), sqlite3.OperationalError(message)
    )


def test_sqlite_errors_become_one_plain_sentence() -> None:
    cases = {
        "database is locked": failures.LOCKED,
        "database or disk is full": failures.FULL,
        "attempt to write a readonly database": failures.READ_ONLY,
        "database disk image is malformed": failures.DAMAGED,
        "something new": failures.UNKNOWN,
    }
    for message, sentence in cases.items():
        reason = failures.save_failure_reason(_wrapped(message))
        assert reason == sentence
        assert "UPDATE" not in reason
        assert "secret" not in reason
        assert reason.count(".") == 1
        assert reason.endswith(".")
    assert failures.save_failure_reason(OSError(errno.ENOSPC, "No space")) == failures.FULL


def test_the_copy_is_a_markdown_document_written_in_one_piece(tmp_path: Path) -> None:
    assert markdown_copy("Title", "Sub", "Body\n") == "# Title\n\n*Sub*\n\nBody\n"
    assert markdown_copy("", "", "Only body") == "Only body\n"
    target = write_markdown_copy(tmp_path / "copy.md", "Title", "", "Text")
    assert target.read_text(encoding="utf-8") == "# Title\n\nText\n"
    assert [path.name for path in tmp_path.iterdir()] == ["copy.md"]


def test_the_copy_keeps_usual_permissions_and_says_plainly_why_it_failed(tmp_path: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    target = write_markdown_copy(tmp_path / "copy.md", "Title", "", "Text")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not the temporary file's 0600
    target.chmod(0o640)
    write_markdown_copy(target, "Title", "", "Changed")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    with pytest.raises(OSError, match="Folder does not exist"):
        write_markdown_copy(tmp_path / "gone" / "copy.md", "Title", "", "Text")


def test_the_error_log_keeps_tracebacks_of_every_app_module(tmp_path: Path) -> None:
    path = tmp_path / "clapwise.log"
    assert install_error_log(path) is None
    assert install_error_log(path) is None  # installing twice keeps one handler
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("app.some.module").exception("it failed")
    text = path.read_text(encoding="utf-8")
    assert text.count("it failed") == 1
    assert "Traceback" in text
    assert "ValueError: boom" in text
    assert error_log_path() == path
    install_error_log(tmp_path / "other.log")


def test_an_unwritable_log_is_reported_in_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    problem = install_error_log(blocker / "clapwise.log")
    assert problem is not None
    assert "cannot be written" in problem
    assert error_log_path() is None


def test_a_setting_not_stored_is_one_sentence() -> None:
    assert failures.not_stored("your tags", _wrapped("database or disk is full")) == (
        "Clapwise could not store your tags: the disk is full."
    )
    assert failures.not_stored("the genre", ValueError("x")) == (
        "Clapwise could not store the genre because of an unexpected storage error."
    )


def test_something_not_read_is_one_sentence_without_sql() -> None:
    assert failures.not_read("your plan", _wrapped("database is locked")) == (
        "Clapwise could not read your plan: the database is in use by another program."
    )
    assert failures.not_read("your plan", ValueError("x")) == (
        "Clapwise could not read your plan because of an unexpected storage error."
    )
