"""Write export files atomically: readers see the old file or the new one, never half of it."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class ExportWriteError(OSError):
    """A file could not be written; the message names the file or folder and why."""


def write_text_atomic(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder.

    The data is flushed and fsynced before ``os.replace`` swaps it in, so a crash or a full
    disk leaves any existing file untouched. On failure the temporary file is removed and
    an ``ExportWriteError`` (an ``OSError``) explains what went wrong. ``text`` is written
    as is (no newline translation).
    """
    path = Path(path)
    data = text.encode(encoding)  # fails before anything touches the disk
    folder = path.parent if str(path.parent) else Path(".")
    _check_folder(folder, path)

    mode = _target_mode(path)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise _explain(error, folder, path) from error
    temp_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_path, mode)
        os.replace(temp_path, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        if isinstance(error, OSError) and not isinstance(error, ExportWriteError):
            raise _explain(error, folder, path) from error
        raise
    _sync_folder(folder)


def _check_folder(folder: Path, path: Path) -> None:
    if not folder.exists():
        raise ExportWriteError(errno.ENOENT, f"Folder does not exist: {folder}", str(folder))
    if not folder.is_dir():
        raise ExportWriteError(errno.ENOTDIR, f"Not a folder: {folder}", str(folder))
    if path.is_dir():
        raise ExportWriteError(errno.EISDIR, f"A folder is in the way: {path}", str(path))


def _target_mode(path: Path) -> int:
    """Keep an existing file's permissions; new files get the usual umask-based mode."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _explain(error: OSError, folder: Path, path: Path) -> ExportWriteError:
    if error.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        message = f"No permission to write in {folder}"
    elif error.errno == errno.ENOSPC:
        message = f"The disk is full; {path.name} was not written"
    else:
        message = f"Could not write {path}: {error.strerror or error}"
    return ExportWriteError(error.errno or errno.EIO, message, str(path))


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
