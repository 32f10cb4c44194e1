"""Shared markdown-it parsers, built once on first use.

Every exporter reads the same dialect: CommonMark plus GFM tables and strikethrough,
footnotes (``[^1]`` and ``^[inline]``) and dollar maths. Dollar maths follows Pandoc's rule
(no space inside the dollars, no digit right after the closing one) so prices such as
"$5 and $10" stay prose.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from app.document.nesting import (
    FLATTENED,
    MAX_BLOCK_DEPTH,
    MAX_INLINE_DEPTH,
    bounded_nesting_plugin,
)

GFM_RULES = ("table", "strikethrough")
# A line as deep as the block limit repeats at least a character of prefix (">" or
# indentation) per container it is in.
_DEEP_LINE = re.compile(rf"^[ \t>*+\-\d.)]{{{MAX_BLOCK_DEPTH}}}", re.MULTILINE)


def add_dialect(md: MarkdownIt, *, footnotes_at_end: bool) -> MarkdownIt:
    """Enable the shared extensions on ``md`` (front matter is the caller's choice)."""
    bounded_nesting_plugin(md)
    md.enable(list(GFM_RULES))
    footnote_plugin(md, move_to_end=footnotes_at_end)
    return add_dollar_math(md)


def add_dollar_math(md: MarkdownIt, *, double_inline: bool = False) -> MarkdownIt:
    """Enable dollar maths on ``md`` by Pandoc's rule; with ``double_inline``, ``$$x$$`` inside
    a paragraph is inline maths too (kramdown's way)."""
    dollarmath_plugin(
        md,
        allow_space=False,
        allow_digits=False,
        allow_labels=False,
        allow_blank_lines=False,
        double_inline=double_inline,
    )
    return md


@cache
def source_parser() -> MarkdownIt:
    """Parser for analysing a draft: sees raw HTML, front matter, definitions in place."""
    md = MarkdownIt("commonmark", {"html": True})
    front_matter_plugin(md)
    return add_dialect(md, footnotes_at_end=False)


def parse_source(text: str) -> list[Any]:
    """Block tokens of ``text`` with source line maps (0-based, end exclusive)."""
    return source_parser().parse(text, {})


def nested_too_deeply(text: str) -> bool:
    """True when some of ``text`` is nested past the parser's limits (and kept as plain text)."""
    markers = text.count("*") + text.count("_") + text.count("~")
    if markers < MAX_INLINE_DEPTH and not _DEEP_LINE.search(text):
        return False  # too few markers to nest that deep: no parse needed
    env: dict[str, Any] = {}
    source_parser().parse(text, env)
    return bool(env.get(FLATTENED))


def inline_plain_text(children: list[Any] | None) -> str:
    """The reader-visible text of inline tokens (markup dropped, breaks as spaces)."""
    if not children:
        return ""
    parts: list[str] = []
    for token in children:
        if token.type in {"text", "code_inline", "math_inline"}:
            parts.append(token.content)
        elif token.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
        elif token.type == "image":
            parts.append(inline_plain_text(token.children))
    return "".join(parts)
