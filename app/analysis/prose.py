"""Markdown to prose: the words a reader reads, with a map back to the Markdown source.

markdown-it-py parses the block structure and inline syntax. Code, URLs, images, raw HTML and
tables are not prose; link text and emphasised text are. Each block keeps "runs" that map
every prose character back to its offset in the source, so findings computed on prose can be
highlighted on the right Markdown characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.token import Token

BARE_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"’”]")
_IMG_TAG_RE = re.compile(r"<img\b[^>]*?(?:\ssrc\s*=\s*[\"']?([^\"'\s>]+))?[^>]*>", re.I)
_ALT_ATTR_RE = re.compile(r"\salt\s*=\s*[\"']([^\"']*)[\"']", re.I)

# Which container a paragraph sits in decides its kind; the innermost one wins.
_CONTAINERS = {"blockquote_open": "quote", "list_item_open": "list_item"}
_CLOSERS = {"blockquote_close", "list_item_close"}


@dataclass(frozen=True, slots=True)
class ProseBlock:
    """One heading, paragraph, list item or quoted paragraph, reduced to prose.

    ``runs`` are ``(prose_start, source_start, length)`` triples: ``text[p:p+n]`` was read from
    ``source[s:s+n]`` (source offsets relative to the text that was parsed).
    """

    kind: str
    level: int
    text: str
    runs: tuple[tuple[int, int, int], ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(run[0] for run in self.runs))

    @property
    def source_start(self) -> int:
        return self.runs[0][1] if self.runs else 0

    @property
    def source_end(self) -> int:
        if not self.runs:
            return 0
        _prose, source, length = self.runs[-1]
        return source + length

    def to_source(self, index: int) -> int:
        """Source offset of prose character ``index``."""
        if not self.runs:
            return 0
        position = bisect.bisect_right(self._starts, index) - 1
        if position < 0:
            return self.runs[0][1]
        prose, source, length = self.runs[position]
        return source + min(index - prose, max(length - 1, 0))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source range covering prose ``text[start:end]``."""
        first = self.to_source(start)
        if end <= start:
            return first, first
        return first, self.to_source(end - 1) + 1


@dataclass(frozen=True, slots=True)
class ImageRef:
    """An image in the draft: its alt text, its source and where it is."""

    alt: str
    src: str
    offset: int


@dataclass(frozen=True, slots=True)
class ParsedMarkdown:
    blocks: tuple[ProseBlock, ...]
    images: tuple[ImageRef, ...]
    code_blocks: int


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def _line_starts(source: str) -> list[int]:
    starts = [0]
    position = source.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = source.find("\n", position + 1)
    return starts


class _ProseBuilder:
    """Collects prose pieces for one block and aligns each with the source."""

    def __init__(self, source: str, cursor: int, limit: int) -> None:
        self.source = source
        self.cursor = cursor
        self.limit = limit
        self.parts: list[str] = []
        self.runs: list[tuple[int, int, int]] = []
        self.length = 0

    def _add_run(self, source_start: int, length: int) -> None:
        if length <= 0:
            return
        if self.runs:
            prose, source, run_length = self.runs[-1]
            if prose + run_length == self.length and source + run_length == source_start:
                self.runs[-1] = (prose, source, run_length + length)
                return
        self.runs.append((self.length, source_start, length))

    def add_text(self, content: str) -> None:
        """Append prose ``content``, minus bare URLs, aligned with the source."""
        if not content:
            return
        start = self._locate(content)
        if start is None:
            self._add_unaligned(content)
            return
        self.cursor = start + len(content)
        position = 0
        for url in BARE_URL_RE.finditer(content):
            self._append(content[position : url.start()], start + position)
            position = url.end()
        self._append(content[position:], start + position)

    def add_break(self) -> None:
        """A soft or hard line break reads as a space."""
        newline = self.source.find("\n", self.cursor, self.limit)
        at = newline if newline != -1 else max(self.cursor - 1, 0)
        self._append(" ", at)
        if newline != -1:
            self.cursor = newline + 1

    def skip(self, content: str) -> None:
        """Move past non-prose ``content`` (inline code, raw HTML) without adding it."""
        if content:
            found = self.source.find(content, self.cursor, self.limit)
            if found != -1:
                self.cursor = found + len(content)

    def skip_link_tail(self) -> None:
        """Move past ``](destination)`` or ``][label]`` after a link's text."""
        source, position = self.source, self.cursor
        while position < self.limit and source[position] in "*_~`":
            position += 1
        if position >= self.limit or source[position] != "]":
            return
        position += 1
        if position < self.limit and source[position] in "([":
            closer = ")" if source[position] == "(" else "]"
            depth = 0
            while position < self.limit:
                char = source[position]
                if char == "\\":
                    position += 2
                    continue
                if char in "([":
                    depth += 1
                elif char in ")]":
                    depth -= 1
                    if depth == 0 and char == closer:
                        position += 1
                        break
                position += 1
        self.cursor = min(position, self.limit)

    def skip_image(self) -> None:
        """Move past ``![alt](src)``."""
        found = self.source.find("![", self.cursor, self.limit)
        if found == -1:
            return
        depth = 0
        position = found + 1
        while position < self.limit:
            char = self.source[position]
            if char == "\\":
                position += 2
                continue
            if char == "[":
                depth += 1
            elif char == "]":
                depth -= 1
                if depth == 0:
                    break
            position += 1
        self.cursor = position
        self.skip_link_tail()

    def _locate(self, content: str) -> int | None:
        if self.source.startswith(content, self.cursor):
            return self.cursor
        found = self.source.find(content, self.cursor, self.limit)
        return found if found != -1 else None

    def _add_unaligned(self, content: str) -> None:
        """Escapes and entities change the text: align character by character."""
        for url_or_text in _split_urls(content):
            text, is_url = url_or_text
            for char in text:
                found = self.source.find(char, self.cursor, self.limit)
                at = found if found != -1 else min(self.cursor, max(self.limit - 1, 0))
                if not is_url:
                    self._add_run(at, 1)
                    self.parts.append(char)
                    self.length += 1
                if found != -1:
                    self.cursor = found + 1

    def _append(self, text: str, source_start: int) -> None:
        if text:
            self._add_run(source_start, len(text))
            self.parts.append(text)
            self.length += len(text)

    def block(self, kind: str, level: int) -> ProseBlock | None:
        text = "".join(self.parts)
        if not text.strip():
            return None
        return ProseBlock(kind, level, text, tuple(self.runs))


def _split_urls(content: str) -> Iterable[tuple[str, bool]]:
    position = 0
    for url in BARE_URL_RE.finditer(content):
        yield content[position : url.start()], False
        yield url.group(), True
        position = url.end()
    yield content[position:], False


def _inline_prose(
    inline: Token, source: str, line_starts: Sequence[int], images: list[ImageRef]
) -> _ProseBuilder:
    first_line, last_line = inline.map or (0, 0)
    start = line_starts[first_line] if first_line < len(line_starts) else len(source)
    end = line_starts[last_line] if last_line < len(line_starts) else len(source)
    builder = _ProseBuilder(source, start, end)
    in_autolink = False
    for child in inline.children or ():
        kind = child.type
        if kind == "text":
            if in_autolink:
                builder.skip(child.content)
            else:
                builder.add_text(child.content)
        elif kind in ("softbreak", "hardbreak"):
            builder.add_break()
        elif kind == "code_inline":
            builder.skip(child.markup + child.content)
            builder.skip(child.markup)
        elif kind == "link_open":
            in_autolink = child.markup == "autolink"
        elif kind == "link_close":
            if in_autolink:
                in_autolink = False
            else:
                builder.skip_link_tail()
        elif kind == "image":
            images.append(ImageRef(child.content, str(child.attrGet("src") or ""), builder.cursor))
            builder.skip_image()
        elif kind == "html_inline":
            images.extend(_html_images(child.content, builder.cursor))
            builder.skip(child.content)
    return builder


def _html_images(html: str, offset: int) -> list[ImageRef]:
    found = []
    for match in _IMG_TAG_RE.finditer(html):
        alt = _ALT_ATTR_RE.search(match.group())
        found.append(ImageRef(alt.group(1) if alt else "", match.group(1) or "", offset))
    return found


# A chunk with none of these is one plain paragraph: no need to run the Markdown parser.
_INLINE_SYNTAX_RE = re.compile(r"[`*_\[\]<>|~\\\x00]|[^\S \n]|!\[|&[#A-Za-z0-9]+;|\n *\n")
_BLOCK_SYNTAX_RE = re.compile(r"^(?: {4}|\t| {0,3}(?:[-+*>#=]|\d{1,9}[.)]))", re.M)


def is_plain_paragraph(source: str) -> bool:
    return not _INLINE_SYNTAX_RE.search(source) and not _BLOCK_SYNTAX_RE.search(source)


def plain_paragraph(source: str) -> ParsedMarkdown:
    """The prose of a chunk without Markdown syntax, exactly as the parser would give it."""
    builder = _ProseBuilder(source, 0, len(source))
    lines = [line.strip(" ") for line in source.split("\n")]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines):
        if index:
            builder.add_break()
        builder.add_text(line)
    block = builder.block("paragraph", 0)
    return ParsedMarkdown((block,) if block else (), (), 0)


def parse_prose(source: str, references: dict[str, str] | None = None) -> ParsedMarkdown:
    """Parse Markdown ``source`` (no front matter) into prose blocks.

    ``references`` are link reference definitions found elsewhere in the document, so that
    ``[text][label]`` reads as "text" even when the definition is in another chunk.
    """
    if is_plain_paragraph(source):
        return plain_paragraph(source)
    return parse_with_markdown_it(source, references)


def parse_with_markdown_it(source: str, references: dict[str, str] | None = None) -> ParsedMarkdown:
    """The full parse (``parse_prose`` skips it for chunks without any Markdown syntax)."""
    env: dict[str, object] = {}
    if references:
        env["references"] = {
            normalizeReference(label): {"href": url, "title": ""}
            for label, url in references.items()
        }
    tokens = _parser().parse(source, env)
    line_starts = _line_starts(source)
    blocks: list[ProseBlock] = []
    images: list[ImageRef] = []
    containers: list[str] = []
    code_blocks = 0
    table_depth = 0
    pending_kind = "paragraph"
    pending_level = 0

    for token in tokens:
        kind = token.type
        if kind in _CONTAINERS:
            containers.append(_CONTAINERS[kind])
        elif kind in _CLOSERS:
            if containers:
                containers.pop()
        elif kind == "table_open":
            table_depth += 1
        elif kind == "table_close":
            table_depth -= 1
        elif kind in ("fence", "code_block"):
            code_blocks += 1
        elif kind == "html_block":
            offset = line_starts[token.map[0]] if token.map else 0
            images.extend(_html_images(token.content, offset))
        elif kind == "heading_open":
            pending_kind, pending_level = "heading", int(token.tag[1:])
        elif kind == "paragraph_open":
            pending_kind = containers[-1] if containers else "paragraph"
            pending_level = 0
        elif kind == "inline" and table_depth == 0:
            builder = _inline_prose(token, source, line_starts, images)
            block = builder.block(pending_kind, pending_level)
            if block is not None:
                blocks.append(block)

    return ParsedMarkdown(tuple(blocks), tuple(images), code_blocks)
