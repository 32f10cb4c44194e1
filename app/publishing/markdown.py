"""Polished Markdown for export: normalised, titled, optionally with front matter.

The document layout is::

    ---                    (optional YAML front matter)
    title: "…"
    ---

    # Title

    *Subtitle*

    Body…

The subtitle is an italic line right under the title. It is not a heading, so the
document outline stays title → sections, and Medium treats the line straight after the
title as the subtitle when the story is pasted (``medium_clipboard`` turns it into
Medium's small heading). A body that already starts with this title (and subtitle) is not
given a second copy, and existing front matter is rewritten in its own format (YAML, TOML or
JSON), never stacked: its own fields (author, licence …) stay in their order with the title,
subtitle and tags brought up to date, so exporting an export changes nothing. A block that
cannot be read is copied as written.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from typing import Any

from app.document.front_matter import (
    FrontMatterFormat,
    build_front_matter,
    find_front_matter,
    read_front_matter_fields,
    split_front_matter,
    unreadable_front_matter,
)
from app.document.parsers import inline_plain_text, parse_source
from app.publishing import compat
from app.publishing.smart_punctuation import smarten

# ASCII punctuation that can mean something in Markdown; escaping all of it is always
# allowed, and the formatter drops the escapes that turn out to be unnecessary.
_MARKDOWN_PUNCTUATION_RE = re.compile(r"([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")


def export_markdown(
    body: str,
    *,
    title: str = "",
    subtitle: str = "",
    tags: Sequence[str] = (),
    canonical_url: str | None = None,
    date: datetime.date | None = None,
    front_matter: bool = False,
    smart_punctuation: bool = False,
    fixes: Iterable[str] = (),
) -> str:
    """``body`` as polished Markdown (see the module docstring for the layout).

    ``fixes`` names Medium fixes from ``app.publishing.compat.FIXES``; unknown names raise
    ``ValueError``. The result is stable: exporting it again with the same arguments
    returns it unchanged.
    """
    chosen_fixes = compat.validate_fixes(fixes)
    title = _one_line(title)
    subtitle = _one_line(subtitle)
    content = strip_title_block(strip_front_matter(body), title=title, subtitle=subtitle)
    subtitle_md = "*" + escape_markdown(subtitle) + "*" if subtitle else ""
    if title:
        document = _join("# " + escape_markdown(title), subtitle_md, content)
    else:
        document = _insert_subtitle(content, subtitle_md) if subtitle_md else content

    # Imported on the first export: mdformat and its renderers are 2 MB that typing never uses.
    from app.publishing.formatter import FormatOptions, format_markdown

    options = FormatOptions(smart_punctuation=smart_punctuation, fixes=chosen_fixes)
    formatted = format_markdown(document, options)
    if not front_matter:
        return formatted
    if smart_punctuation:
        title, subtitle = smarten(title), smarten(subtitle)
    block = _front_matter_block(
        normalise_newlines(body),
        title=title,
        subtitle=subtitle,
        tags=tags,
        canonical_url=canonical_url,
        date=date,
    )
    return block + "\n" + formatted if formatted else block


def _front_matter_block(
    source: str,
    *,
    title: str,
    subtitle: str,
    tags: Sequence[str],
    canonical_url: str | None,
    date: datetime.date | None,
) -> str:
    """The post's own block brought up to date in its own format (YAML when it has none),
    its other fields (author, licence …) kept; a block that cannot be read is copied as
    written: rewriting it would lose the writer's lines."""
    unreadable = unreadable_front_matter(source)
    if unreadable is not None:
        return unreadable.text.rstrip("\n") + "\n"
    found = find_front_matter(source)
    return build_front_matter(
        title=title,
        subtitle=subtitle,
        tags=tags,
        canonical_url=canonical_url,
        date=date,
        keep=read_front_matter_fields(source),
        format=found.format if found is not None else FrontMatterFormat.YAML,
    )


def normalise_newlines(text: str) -> str:
    """``\\n`` line ends, no byte-order mark."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def escape_markdown(text: str) -> str:
    """``text`` as Markdown that reads back as exactly ``text``."""
    return _MARKDOWN_PUNCTUATION_RE.sub(r"\\\1", text)


def fold_title(text: str) -> str:
    """Comparison key for titles: the same with or without smart punctuation."""
    return " ".join(smarten(text).split())


def strip_title_block(content: str, *, title: str, subtitle: str) -> str:
    """``content`` without a leading ``# title`` and, after it, a matching subtitle line."""
    if not title and not subtitle:
        return content
    blocks = _top_blocks(parse_source(content))
    lines = content.split("\n")
    cut = 0
    index = 0
    if title and blocks and _is_heading(blocks[0], 1, title):
        cut = blocks[0][0].map[1]
        index = 1
    elif not title and blocks and _is_heading(blocks[0], 1, None):
        index = 1  # the body's own title stays; its subtitle may follow it
    if subtitle and index < len(blocks) and _is_subtitle(blocks[index], subtitle):
        start, end = blocks[index][0].map
        if index == 1 and not cut:
            # Keep the body's title line, drop only the subtitle.
            del lines[start:end]
            return "\n".join(lines).lstrip("\n")
        cut = end
    return "\n".join(lines[cut:]).lstrip("\n") if cut else content


def strip_front_matter(text: str) -> str:
    """``text`` with newlines normalised and every leading front matter block removed."""
    rest = normalise_newlines(text)
    while True:
        block, rest = split_front_matter(rest)
        if block is None:
            return rest
        rest = rest.lstrip("\n")


def _insert_subtitle(content: str, subtitle_md: str) -> str:
    # Without a title argument, a body that opens with "# Heading" keeps that heading as the
    # title and gets the subtitle right below it.
    blocks = _top_blocks(parse_source(content))
    if not blocks or not _is_heading(blocks[0], 1, None):
        return _join(subtitle_md, content)
    end = blocks[0][0].map[1]
    lines = content.split("\n")
    return _join("\n".join(lines[:end]), subtitle_md, "\n".join(lines[end:]))


def _join(*parts: str) -> str:
    # The final newline matters: without it the formatter closes an unterminated code
    # fence on the fence's last line, and the next export reads a different document.
    joined = "\n\n".join(part.strip("\n") for part in parts if part.strip("\n"))
    return joined + "\n" if joined else joined


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _top_blocks(tokens: list[Any]) -> list[list[Any]]:
    """Top-level blocks as token runs (front matter skipped)."""
    blocks: list[list[Any]] = []
    depth = 0
    for token in tokens:
        if token.type == "front_matter":
            continue
        if depth == 0:
            blocks.append([])
        blocks[-1].append(token)
        depth += token.nesting
    return blocks


def _is_heading(block: list[Any], level: int, text: str | None) -> bool:
    first = block[0]
    if first.type != "heading_open" or first.tag != f"h{level}" or not first.map:
        return False
    return text is None or fold_title(inline_plain_text(block[1].children)) == fold_title(text)


def _is_subtitle(block: list[Any], subtitle: str) -> bool:
    first = block[0]
    if not first.map:
        return False
    if first.type == "heading_open":
        return fold_title(inline_plain_text(block[1].children)) == fold_title(subtitle)
    if first.type != "paragraph_open":
        return False
    children = [c for c in block[1].children or [] if not (c.type == "text" and not c.content)]
    if len(children) < 2 or children[0].type != "em_open" or children[-1].type != "em_close":
        return False
    return fold_title(inline_plain_text(children)) == fold_title(subtitle)
