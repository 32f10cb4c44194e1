"""Markdown to prose: the words a reader reads, with a map back to the Markdown source.

markdown-it-py parses the block structure and inline syntax. Code, URLs, images, raw HTML and
tables are not prose; link text and emphasised text are. Each block keeps "runs" that map
every prose character back to its offset in the source, so findings computed on prose can be
highlighted on the right Markdown characters (see ``prose_model``). Chunks whose syntax is
simple enough (plain paragraphs, headings, links, emphasis, simple lists) are read without the
parser, with the same result (see ``prose_shortcuts``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from html import unescape as html_unescape

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.token import Token

from app.document.nesting import bounded_nesting_plugin
from app.document.parsers import add_dollar_math
from app.document.prose_model import (
    BARE_URL_RE,
    ImageRef,
    ParsedMarkdown,
    ProseBlock,
    ProseBuilder,
    code_words,
)
from app.document.prose_shortcuts import (
    is_plain_paragraph,
    plain_paragraph,
    read_without_parser,
)

__all__ = [
    "BARE_URL_RE",
    "ImageRef",
    "ParsedMarkdown",
    "ProseBlock",
    "is_plain_paragraph",
    "parse_prose",
    "parse_with_markdown_it",
    "plain_paragraph",
]

_IMG_TAG_RE = re.compile(r"<img\b[^>]*?(?:\ssrc\s*=\s*[\"']?([^\"'\s>]+))?[^>]*>", re.I)
_ALT_ATTR_RE = re.compile(r"\salt\s*=\s*[\"']([^\"']*)[\"']", re.I)
# A footnote's mark in the text ("[^1]") and the label opening its definition ("[^1]:"): no
# words, and no sentence end between them and the sentence they follow.
_FOOTNOTE_MARK_RE = re.compile(r"\[\^[^\]\s]+\]:?")
FOOTNOTE_DEFINITION_RE = re.compile(r" {0,3}\[\^[^\]\s]+\]:")
# The language a fence's info string names: its first word, past the braces and dot of
# Pandoc and Quarto ("{.python}", "{r}"), before any options ("js{1,3}", "python:main.py").
_FENCE_LANGUAGE_RE = re.compile(r"[{.\s]*([\w+#-]+)")

# Which container a paragraph sits in decides its kind; the innermost one wins.
_CONTAINERS = {"blockquote_open": "quote", "list_item_open": "list_item"}
_CLOSERS = {"blockquote_close", "list_item_close"}


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    bounded_nesting_plugin(md)
    # Maths is no prose ("\\ln x" is no word); posts written for kramdown put inline maths
    # between double dollars as well.
    return add_dollar_math(md, double_inline=True)


def _line_starts(source: str) -> list[int]:
    starts = [0]
    position = source.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = source.find("\n", position + 1)
    return starts


def _inline_prose(
    inline: Token,
    source: str,
    line_starts: Sequence[int],
    images: list[ImageRef],
    code: list[str],
    code_as_text: bool = False,
) -> ProseBuilder:
    """The prose of one inline token; code spans are left out, unless ``code_as_text``."""
    first_line, last_line = inline.map or (0, 0)
    start = line_starts[first_line] if first_line < len(line_starts) else len(source)
    end = line_starts[last_line] if last_line < len(line_starts) else len(source)
    builder = ProseBuilder(source, start, end)
    in_autolink = False
    for child in inline.children or ():
        kind = child.type
        if kind == "text":
            if in_autolink:
                builder.skip(child.content)
            else:
                _add_without_footnote_marks(builder, child.content)
        elif kind in ("softbreak", "hardbreak"):
            builder.add_break()
        elif kind == "code_inline":
            if code_as_text:
                builder.skip(child.markup)
                builder.add_text(child.content)
            else:
                builder.skip(child.markup + child.content)
                code.append(child.content)
            builder.skip(child.markup)
        elif kind in ("math_inline", "math_inline_double"):
            builder.skip(child.markup + child.content + child.markup)
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


def _add_without_footnote_marks(builder: ProseBuilder, text: str) -> None:
    position = 0
    for mark in _FOOTNOTE_MARK_RE.finditer(text):
        builder.add_text(text[position : mark.start()])
        builder.skip(mark.group())
        position = mark.end()
    builder.add_text(text[position:])


# The HTML elements whose text is prose, as blog exports write whole posts ("<p>My earliest
# memory…</p>"): paragraphs, headings, list items and captions. Scripts, styles, embeds and
# tables are no prose; an element inside another is read once, with the outer one.
_HTML_PROSE_RE = re.compile(
    r"<(?P<tag>p|h[1-6]|li|figcaption)\b[^>]*>(?P<inner>.*?)</(?P=tag)\s*>", re.I | re.S
)
_HTML_TAG_RE = re.compile(r"<[^>]*>")
# What holds no prose, whatever elements it holds: code, tables, scripts and styles.
_HTML_NO_PROSE_RE = re.compile(r"<(pre|code|table|script|style)\b.*?</\1\s*>", re.I | re.S)
_HTML_KINDS = {"p": "paragraph", "li": "list_item", "figcaption": "paragraph"}


def _html_prose(source: str, offset: int, html: str) -> list[ProseBlock]:
    """The prose blocks of a raw HTML block at ``offset`` in ``source``: each element's text,
    its tags skipped and its character references read ("&amp;" as "&")."""
    blocks = []
    # Blanked to the same length, so that what is left keeps its offsets.
    html = _HTML_NO_PROSE_RE.sub(lambda found: " " * len(found.group()), html)
    for element in _HTML_PROSE_RE.finditer(html):
        tag = element.group("tag").lower()
        start = offset + element.start("inner")
        builder = ProseBuilder(source, start, offset + element.end("inner"))
        inner = element.group("inner")
        position = 0
        for markup in _HTML_TAG_RE.finditer(inner):
            builder.add_text(html_unescape(inner[position : markup.start()]))
            builder.skip(markup.group())
            position = markup.end()
        builder.add_text(html_unescape(inner[position:]))
        kind = _HTML_KINDS.get(tag, "heading")
        block = builder.block(kind, int(tag[1]) if kind == "heading" else 0)
        if block is not None:
            blocks.append(block)
    return blocks


def _html_images(html: str, offset: int) -> list[ImageRef]:
    found = []
    for match in _IMG_TAG_RE.finditer(html):
        alt = _ALT_ATTR_RE.search(match.group())
        found.append(ImageRef(alt.group(1) if alt else "", match.group(1) or "", offset))
    return found


def parse_prose(source: str, references: dict[str, str] | None = None) -> ParsedMarkdown:
    """Parse Markdown ``source`` (no front matter) into prose blocks.

    ``references`` are link reference definitions found elsewhere in the document, so that
    ``[text][label]`` reads as "text" even when the definition is in another chunk.
    """
    parsed = read_without_parser(source)
    if parsed is None:
        parsed = parse_with_markdown_it(source, references)
    prose = tuple(b for b in parsed.blocks if not _TEMPLATE_TAGS_ALONE_RE.fullmatch(b.text))
    return parsed if len(prose) == len(parsed.blocks) else replace(parsed, blocks=prose)


# A paragraph of a static-site generator's template tags alone: a Hugo shortcode such as
# ``{{< figure src="a.png" alt="…" >}}`` or Jekyll's ``{% include note.html %}``, which the
# reader sees as a figure or a box, never as words.
_TEMPLATE_TAGS_ALONE_RE = re.compile(r"\s*(?:(?:\{\{.*?\}\}|\{%.*?%\})\s*)+", re.DOTALL)


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
    languages: list[str] = []
    code: list[str] = []
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
            code.append(token.content)
            named = _FENCE_LANGUAGE_RE.match(token.info)
            if named:
                languages.append(named.group(1).lower())
        elif kind == "html_block":
            offset = line_starts[token.map[0]] if token.map else 0
            images.extend(_html_images(token.content, offset))
            blocks.extend(_html_prose(source, offset, token.content))
        elif kind == "heading_open":
            pending_kind, pending_level = "heading", int(token.tag[1:])
        elif kind == "paragraph_open":
            pending_kind = containers[-1] if containers else "paragraph"
            if token.map and FOOTNOTE_DEFINITION_RE.match(source, line_starts[token.map[0]]):
                pending_kind = "footnote"  # read after the story: no paragraph of it
            pending_level = 0
        elif kind == "inline" and table_depth == 0:
            builder = _inline_prose(token, source, line_starts, images, code)
            block = builder.block(pending_kind, pending_level)
            if block is None and pending_kind == "heading":
                # A heading of code alone ("## `git rebase`") still opens a section: its code
                # is its text (the code list already holds it).
                builder = _inline_prose(token, source, line_starts, [], [], code_as_text=True)
                block = builder.block(pending_kind, pending_level)
            if block is not None:
                blocks.append(block)

    return ParsedMarkdown(
        tuple(blocks), tuple(images), code_blocks, tuple(languages), code_words(code)
    )
