"""The prose model: blocks of prose that map back to their Markdown source.

A block keeps "runs" that map every prose character back to its offset in the source, so
findings computed on prose can be highlighted on the right Markdown characters. The builder
assembles a block from the pieces of text a reader reads, in order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

BARE_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"’”]")


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
        runs = self.runs
        if len(runs) == 1:  # most blocks: the prose is one stretch of the source
            prose, source, length = runs[0]
            if prose <= start < end <= prose + length:
                return source + start - prose, source + end - prose
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
    #: The language each fenced code block names, lower case, in order ("python", "go"); a
    #: fence that names none adds nothing.
    code_languages: tuple[str, ...] = ()
    #: The words written in its code (code blocks and inline code), lower case: the names of
    #: commands, packages and identifiers as the code spells them ("uvicorn", "redis").
    code_words: frozenset[str] = frozenset()


_CODE_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def code_words(code: Iterable[str]) -> frozenset[str]:
    """The words of some code, lower case: its runs of two letters or more ("go-redis" gives
    "go" and "redis", "snake_case" "snake" and "case")."""
    return frozenset(word.lower() for text in code for word in _CODE_WORD_RE.findall(text))


# A link's address in Markdown: "](address", "<address>", or "]: address" of a definition.
_LINK_ADDRESS_RE = re.compile(r"\]\(\s*<?([^\s)>]+)|<((?:https?|ftp)://[^\s>]+)>|\]:[ \t]*<?(\S+)")


def link_address_words(markdown: str) -> frozenset[str]:
    """The words of the link addresses in ``markdown``, lower case, as :func:`code_words`
    reads them: "rustup" of ``[the rustup tool](https://rustup.rs)``."""
    if "](" not in markdown and "<" not in markdown and "]:" not in markdown:
        return frozenset()
    return code_words(
        match.group(match.lastindex or 0) for match in _LINK_ADDRESS_RE.finditer(markdown)
    )


class ProseBuilder:
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
        if "://" not in content and "www." not in content:  # no bare URL (most text)
            self._append(content, start)
            return
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
