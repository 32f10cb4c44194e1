"""A copy of the draft as a Markdown file: the way out when the database cannot store it."""

from __future__ import annotations

from pathlib import Path

from app.publishing.files import write_text_atomic


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
    """Write the copy as exports are written: never half a file, a plain reason on failure."""
    path = Path(path)
    write_text_atomic(path, markdown_copy(title, subtitle, body))
    return path
