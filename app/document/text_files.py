"""Reading a writer's text files, with a clear message for everything that can go wrong."""

from __future__ import annotations

import os
from pathlib import Path

# Drafts larger than this are almost certainly not articles (a 20,000-word draft is ~130 KB).
MAX_TEXT_BYTES = 50 * 1024 * 1024


class TextFileError(Exception):
    """A file that cannot be read as UTF-8 text; the message is fit to show a writer."""


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is dropped; CRLF and CR become LF)."""
    if b"\x00" in data[:8192]:
        raise TextFileError(f"{name} is not a text file (it contains binary data).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TextFileError(
            f"{name} is not valid UTF-8 text (bad byte at position {error.start})."
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: str | os.PathLike[str]) -> str:
    """The contents of ``path`` as text, or :class:`TextFileError` saying why not."""
    file = Path(path)
    name = str(path)
    try:
        if file.is_dir():
            raise TextFileError(f"{name} is a folder, not a file.")
        with file.open("rb") as handle:
            data = handle.read(MAX_TEXT_BYTES + 1)
    except FileNotFoundError:
        raise TextFileError(f"{name}: no such file.") from None
    except PermissionError:
        raise TextFileError(f"{name} cannot be read: permission denied.") from None
    except IsADirectoryError:
        raise TextFileError(f"{name} is a folder, not a file.") from None
    except OSError as error:
        raise TextFileError(f"{name} cannot be read: {error.strerror or error}.") from None
    if len(data) > MAX_TEXT_BYTES:
        raise TextFileError(f"{name} is larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB.")
    return decode_text(data, name)
