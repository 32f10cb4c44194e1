"""A copy of the draft as a Markdown file: the way out when the database cannot store it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def markdown_copy(title: str, subtitle: str, body: str) -> str:
    """The draft as one Markdown document: ``# title``, the subtitle in italics, the body."""
    parts = []
    if title.strip():
        parts.append(f"# {title.strip()}")
    if subtitle.strip():
        parts.append(f"*{subtitle.strip()}*")
    parts.append(body)
    return "\n\n".join(parts).rstrip("\n") + "\n"


def write_markdown_copy(path: Path, title: str, subtitle: str, body: str) -> Path:
    """Write the copy through a temporary file renamed into place (never half a file)."""
    path = Path(path)
    text = markdown_copy(title, subtitle, body)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
