"""A post's metadata resolved in one place: front matter first, then the Markdown itself.

The title is the front matter's ``title``, else the first level-1 heading; the subtitle is
the front matter's ``subtitle`` (or ``description``, ``summary``, ``excerpt``), else an
italic line alone under an opening ``# `` title, as Clapwise's own export writes it; tags,
the canonical link and the date come from the front matter only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from app.document.chunks import split_chunks
from app.document.front_matter import FrontMatter, front_matter_end, read_front_matter
from app.document.parsers import inline_plain_text, parse_source
from app.document.prose import parse_prose

# An ATX level-1 heading line: "# Title", optionally closed by "#"s.
_H1_RE = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.M)


def read_metadata(source: str) -> FrontMatter:
    """Title, subtitle, tags, canonical link and date of the Markdown post ``source``: its
    front matter's, with the first level-1 heading as the title and the italic line under
    an opening one as the subtitle (see :class:`TitleBlock`) when the front matter has none."""
    return read_story(source)[0]


def read_story(source: str) -> tuple[FrontMatter, str]:
    """``(metadata, text)`` of the post ``source``: :func:`read_metadata`, and the text
    :func:`without_title_heading` gives, with the front matter and title block read once."""
    matter = read_front_matter(source)
    block = _title_block(source, matter)
    if not matter.subtitle:
        matter = replace(matter, subtitle=block.subtitle)
    if not matter.title:
        matter = replace(matter, title=block.title or first_heading_title(source))
    return matter, _blanked(source, block)


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
                return heading_text(chunk.text, block.source_start, block.source_end)
    return ""


def heading_text(source: str, start: int, end: int) -> str:
    """The words a reader sees in the heading whose prose runs from ``start`` to ``end`` of
    ``source``, code spans kept: a heading's prose leaves code out, and a title read from it
    must not ("Why `async` Broke My Tests" is no "Why Broke My Tests")."""
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    lines = source[line_start : len(source) if line_end < 0 else line_end]
    inline = next((token for token in parse_source(lines) if token.type == "inline"), None)
    return inline_plain_text(inline.children if inline else None).strip()


def split_title(source: str) -> tuple[str, str]:
    """``(title, body)`` for a post whose body opens with a ``# `` heading.

    The heading line leaves the body (front matter stays where it is); without an opening
    heading the title is "" and the body is ``source`` unchanged.
    """
    heading = _opening_heading(source)
    if heading is None:
        return "", source
    _line_start, end, title = heading
    start = front_matter_end(source)
    return title, source[:start] + source[end:].lstrip("\n")


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """The opening lines that are the post's title and subtitle, not its story: the ``# ``
    heading and, right under it, a line in italics alone, the layout Clapwise's Markdown
    export writes (and the line Medium takes as the subtitle when the story is pasted)."""

    title: str = ""
    subtitle: str = ""
    spans: tuple[tuple[int, int], ...] = ()  # where those lines are in the source


def title_block(source: str) -> TitleBlock:
    """The title block at the top of ``source`` (after any front matter).

    A line the front matter contradicts stays the story's own: a heading when the front
    matter names another title (and then the line under it too), the italic line when it
    names another subtitle. Empty when the post does not open with a ``# `` heading.
    """
    return _title_block(source, read_front_matter(source))


def _title_block(source: str, matter: FrontMatter) -> TitleBlock:
    heading = _opening_heading(source)
    if heading is None:
        return TitleBlock()
    start, end, title = heading
    if matter.title and matter.title != title:
        return TitleBlock()
    subtitle_line = _subtitle_line(source, end)
    if subtitle_line is None:
        return TitleBlock(title, "", ((start, end),))
    line_start, line_end, subtitle = subtitle_line
    if matter.subtitle and " ".join(matter.subtitle.split()) != subtitle:
        return TitleBlock(title, "", ((start, end),))
    return TitleBlock(title, subtitle, ((start, end), (line_start, line_end)))


def split_title_block(source: str) -> tuple[TitleBlock, str]:
    """``(block, body)``: the title block, and ``source`` without its lines (front matter
    stays where it is), as an imported draft keeps title and subtitle in their own fields."""
    block = title_block(source)
    if not block.spans:
        return block, source
    start, end = front_matter_end(source), block.spans[-1][1]
    return block, source[:start] + source[end:].lstrip("\n")


def without_title_heading(source: str) -> str:
    """``source`` as an imported draft's text: the opening ``# `` heading that became the title
    and the italic subtitle line under it are blanked out, so each counts once, as the title
    or subtitle, and not again as the story's first words.

    The lines turn to spaces of the same length, so offsets into ``source`` still hold.
    """
    return _blanked(source, title_block(source))


def _blanked(source: str, block: TitleBlock) -> str:
    for start, end in block.spans:
        source = source[:start] + " " * (end - start) + source[end:]
    return source


def _opening_heading(source: str) -> tuple[int, int, str] | None:
    """``(start, end, title)`` of a ``# `` heading on the first line after front matter
    and blank lines."""
    start = front_matter_end(source)
    line_start = start + (len(source[start:]) - len(source[start:].lstrip("\n")))
    line_end = source.find("\n", line_start)
    line_end = len(source) if line_end < 0 else line_end
    match = _H1_RE.fullmatch(source[line_start:line_end])
    if match is None:
        return None
    title = heading_text(source, line_start, line_end) or match.group(1).strip()
    return line_start, line_end, title


#: An italic opening line longer than this is a note or an abstract, not a subtitle: twice
#: what Medium shows of one (140 characters), so a long subtitle is still read as one and
#: told to trim.
SUBTITLE_LINE_MAX_CHARACTERS = 280


def _subtitle_line(source: str, after: int) -> tuple[int, int, str] | None:
    """``(start, end, text)`` of the first line after the heading that ends at ``after``
    (blank lines skipped) when it is a paragraph of its own written wholly in italics."""
    start = after + 1
    while start <= len(source):
        end = source.find("\n", start)
        end = len(source) if end < 0 else end
        if source[start:end].strip():
            break
        start = end + 1
    else:
        return None
    following_end = source.find("\n", end + 1)
    if source[end + 1 : len(source) if following_end < 0 else following_end].strip():
        return None  # the paragraph goes on: more than a subtitle line
    tokens = parse_source(source[start:end])
    if [token.type for token in tokens] != ["paragraph_open", "inline", "paragraph_close"]:
        return None
    children = [c for c in tokens[1].children or [] if not (c.type == "text" and not c.content)]
    if not _wholly_emphasised(children):
        return None
    text = " ".join(inline_plain_text(children).split())
    if len(text) > SUBTITLE_LINE_MAX_CHARACTERS:
        return None  # an editor's note in italics, not a line to show under the title
    return (start, end, text) if text else None


def _wholly_emphasised(children: list[Any]) -> bool:
    """True when one ``em`` span opens the inline tokens and closes only at their end."""
    if len(children) < 3 or children[0].type != "em_open" or children[-1].type != "em_close":
        return False
    depth = 0
    for child in children[:-1]:
        depth += {"em_open": 1, "em_close": -1}.get(child.type, 0)
        if depth == 0:
            return False
    return True


def normalize_line_breaks(text: str) -> str:
    """CRLF and lone CR as LF in a copy of the same length, so offsets stay valid.

    A lone CR becomes LF; the CR of a CRLF pair becomes a space, which leaves the line's
    meaning unchanged (one trailing space is not a Markdown line break).
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


PLAIN_TITLE_MAX = 100  # characters: longer than any title Medium shows, shorter than a paragraph


def plain_text_title(text: str) -> tuple[str, str]:
    """``(title, body)`` for a plain-text note that opens with a short line and a blank line,
    the way a writer types a title in a text file; ``("", text)`` otherwise.

    A long first line, or one ending a sentence, is the story's first paragraph and stays in
    the body; so does a line with no blank line under it (a wrapped paragraph).
    """
    lines = text.lstrip("\r\n").splitlines(keepends=True)
    if len(lines) < 3 or lines[1].strip():
        return "", text
    title = lines[0].strip()
    body = "".join(lines[2:]).lstrip("\r\n")
    if not title or len(title) > PLAIN_TITLE_MAX or title.endswith(".") or not body.strip():
        return "", text
    return title, body


# A line ending so is a sentence or the start of a list, not a title.
_END_PUNCTUATION = (".", "!", "?", ":", ";", ",", "…")


def plain_line_title(source: str) -> tuple[str, str]:
    """``(title, body)`` for a Markdown post that opens (after any front matter) with a short
    line of plain text, without end punctuation, alone above a blank line: a title written
    without its ``#``, as in many posts saved from Medium. ``("", source)`` otherwise.

    The line must be plain words (no list, quote, link or emphasis) so that an opening
    sentence, greeting or list stays the story's; the front matter stays in the body.
    """
    start = front_matter_end(source)
    title, body = plain_text_title(source[start:])
    if not title or title.endswith(_END_PUNCTUATION):
        return "", source
    tokens = parse_source(title)
    if [token.type for token in tokens] != ["paragraph_open", "inline", "paragraph_close"]:
        return "", source
    children = tokens[1].children or []
    if any(child.type != "text" for child in children):
        return "", source
    return inline_plain_text(children).strip(), source[:start] + body
