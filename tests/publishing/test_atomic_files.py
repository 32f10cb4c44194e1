"""Atomic file writes: the old file survives every failure, no temporary files linger."""

from __future__ import annotations

import os
import stat

import pytest

from app.publishing import files
from app.publishing.files import ExportWriteError, write_text_atomic
from tests.unprivileged import read_only_folder, unprivileged_child


def _leftovers(folder):
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


def test_writes_a_new_file(tmp_path):
    target = tmp_path / "story.md"
    write_text_atomic(target, "# Title\n\nCafé 😀 日本語\r\n")
    assert target.read_bytes() == "# Title\n\nCafé 😀 日本語\r\n".encode()
    assert _leftovers(tmp_path) == []


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "story.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_files_get_the_umask_mode(tmp_path):
    target = tmp_path / "fresh.md"
    write_text_atomic(target, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("failing", ["fsync", "replace", "chmod"])
def test_failure_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, failing):
    target = tmp_path / "story.md"
    target.write_text("precious draft", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files.os, failing, boom)
    with pytest.raises(ExportWriteError, match="Could not write"):
        write_text_atomic(target, "half-written replacement")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "precious draft"
    assert _leftovers(tmp_path) == []


def test_a_full_disk_is_explained(tmp_path, monkeypatch):
    target = tmp_path / "story.md"
    target.write_text("old", encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(ExportWriteError, match="disk is full") as caught:
        write_text_atomic(target, "new")
    assert caught.value.errno == 28
    assert target.read_text(encoding="utf-8") == "old"


def test_interrupt_during_write_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "story.md"
    target.write_text("old", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_unencodable_text_touches_nothing(tmp_path):
    target = tmp_path / "story.md"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(target, "broken \ud800 surrogate")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ExportWriteError, match="Folder does not exist") as caught:
        write_text_atomic(tmp_path / "nope" / "story.md", "x")
    assert isinstance(caught.value, OSError)


def test_folder_that_is_a_file_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportWriteError, match="Not a folder"):
        write_text_atomic(blocker / "story.md", "x")


def test_target_that_is_a_folder_is_a_clear_error(tmp_path):
    (tmp_path / "story.md").mkdir()
    with pytest.raises(ExportWriteError, match="folder is in the way"):
        write_text_atomic(tmp_path / "story.md", "x")
    assert _leftovers(tmp_path) == []


WRITE_AND_TELL = """
import sys
from pathlib import Path
from app.publishing.files import ExportWriteError, write_text_atomic
try:
    write_text_atomic(Path(sys.argv[1]), "x")
    print("written")
except ExportWriteError as error:
    print(error)
"""


def test_read_only_folder_is_a_clear_error():
    child = unprivileged_child()
    with read_only_folder(child) as folder:
        told = child.python(WRITE_AND_TELL, str(folder / "story.md"))
        assert told.returncode == 0, told.stderr
        assert "No permission" in told.stdout
        assert list(folder.iterdir()) == []


def test_permission_errors_are_explained(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", denied)
    with pytest.raises(ExportWriteError, match="No permission to write in") as caught:
        write_text_atomic(tmp_path / "story.md", "x")
    assert caught.value.errno == 13
