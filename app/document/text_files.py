"""Reading a writer's text files, with a clear message for everything that can go wrong."""

from __future__ import annotations

import codecs
import math
import os
from pathlib import Path

# Drafts larger than this are almost certainly not articles (a 20,000-word draft is ~130 KB).
MAX_TEXT_BYTES = 50 * 1024 * 1024
# Past this size a file is no post to bring in unasked: imported on its own it is confirmed
# first, and a folder import leaves it out.
LARGE_IMPORT_BYTES = 1_000_000


class TextFileError(Exception):
    """A file that cannot be read as UTF-8 text; the message is fit to show a writer."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts with UTF-16's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, name: str) -> str:
    """The text of a file: UTF-8, or UTF-8/16/32 with a byte-order mark (which is dropped).

    CRLF and lone CR become LF. A NUL character anywhere means the file is not text.
    """
    encoding = next((codec for bom, codec in _BOMS if data.startswith(bom)), "utf-8")
    # UTF-8 is read after its mark, so an error's place counts from the text's first byte.
    payload = data[len(codecs.BOM_UTF8) :] if encoding == "utf-8-sig" else data
    try:
        text = payload.decode("utf-8" if encoding == "utf-8-sig" else encoding)
    except UnicodeDecodeError as error:
        if encoding == "utf-8" and b"\x00" in data:
            raise TextFileError(f"{name} is not a text file (it contains binary data).") from None
        label = _LABELS[encoding]
        if label != "UTF-8":
            raise TextFileError(
                f"{name} is not valid {label} text: it is damaged or cut short."
            ) from None
        line = payload.count(b"\n", 0, error.start) + 1
        raise TextFileError(
            f"{name} is not valid UTF-8 text (line {line} has a byte UTF-8 never uses, "
            f"0x{payload[error.start]:02X}): it was saved in an older encoding. Open it in a "
            "text editor, save it as UTF-8 and try again."
        ) from None
    if "\x00" in text:
        raise TextFileError(f"{name} is not a text file (it contains binary data).")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}


def megabytes(size: int) -> str:
    """``size`` bytes in megabytes, rounded up to a tenth: a file past the 1 MB limit never
    reads "1.0 MB"."""
    return f"{math.ceil(size / 100_000) / 10:.1f} MB"


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
        if file.is_symlink():
            raise TextFileError(f"{name} links to a file that no longer exists.") from None
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
