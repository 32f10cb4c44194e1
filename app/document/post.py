"""A post's metadata resolved in one place: front matter first, then the Markdown itself.

The title is the front matter's ``title``, else the first level-1 heading; the subtitle is
the front matter's ``subtitle`` (or ``description``, ``summary``, ``excerpt``); tags, the
canonical link and the date come from the front matter only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.document.chunks import split_chunks
from app.document.front_matter import FrontMatter, front_matter_end, read_front_matter
from app.document.prose import parse_prose

# An ATX level-1 heading line: "# Title", optionally closed by "#"s.
_H1_RE = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.M)


def read_metadata(source: str) -> FrontMatter:
    """Title, subtitle, tags, canonical link and date of the Markdown post ``source``: its
    front matter's, with the first level-1 heading as the title when the front matter has none."""
    matter = read_front_matter(source)
    if matter.title:
        return matter
    return replace(matter, title=first_heading_title(source))


def first_heading_title(source: str) -> str:
    """The plain text of the first level-1 heading outside code and front matter ("" if none).

    Chunks are parsed one at a time, and only those with a ``#`` line, so a long post without
    a title costs a scan, not a parse.
    """
    for chunk in split_chunks(source):
        if chunk.is_front_matter or not _H1_RE.search(chunk.text):
            continue
        for block in parse_prose(chunk.text).blocks:
            if block.kind == "heading" and block.level == 1 and block.text.strip():
                return block.text.strip()
    return ""


def split_title(source: str) -> tuple[str, str]:
    """``(title, body)`` for a post whose body opens with a ``# `` heading.

    The heading line leaves the body (front matter stays where it is); without an opening
    heading the title is "" and the body is ``source`` unchanged.
    """
    start = front_matter_end(source)
    rest = source[start:]
    stripped = rest.lstrip("\n")
    first_line, _newline, after = stripped.partition("\n")
    match = _H1_RE.fullmatch(first_line)
    if match is None:
        return "", source
    blocks = parse_prose(first_line).blocks
    title = blocks[0].text.strip() if blocks else match.group(1).strip()
    return title, source[:start] + after.lstrip("\n")


def without_title_heading(source: str) -> str:
    """``source`` as an imported draft's text: the opening ``# `` heading that became the title
    is blanked out, so it counts once, as the title, and not again as the story's first words.

    The line turns to spaces of the same length, so offsets into ``source`` still hold. The
    heading stays when the front matter names a different title (then it is the story's own).
    """
    heading, _body = split_title(source)
    if not heading:
        return source
    matter_title = read_front_matter(source).title
    if matter_title and matter_title != heading:
        return source
    start = front_matter_end(source)
    line_start = start + (len(source[start:]) - len(source[start:].lstrip("\n")))
    line_end = source.find("\n", line_start)
    line_end = len(source) if line_end < 0 else line_end
    return source[:line_start] + " " * (line_end - line_start) + source[line_end:]


def normalize_line_breaks(text: str) -> str:
    """CRLF and lone CR as LF in a copy of the same length, so offsets stay valid.

    A lone CR becomes LF; the CR of a CRLF pair becomes a space, which leaves the line's
    meaning unchanged (one trailing space is not a Markdown line break).
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")
