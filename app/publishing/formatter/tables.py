"""Tables: aligned GFM, or for Medium a list or a code block of aligned columns."""

from __future__ import annotations

import re
import unicodedata

from mdformat.renderer import RenderContext, RenderTreeNode

from app.publishing import compat
from app.publishing.formatter.code import fenced
from app.publishing.formatter.lists import list_delimiter
from app.publishing.formatter.nodes import BREAKS, render_children
from app.publishing.formatter.prose import UNESCAPED_PIPE_RE
from app.publishing.formatter.state import format_state

_ALIGN_RE = re.compile(r"text-align:\s*(left|center|right)")


def _table(node: RenderTreeNode, context: RenderContext) -> str:
    fixes = format_state(context).options.fixes
    rows: list[list[RenderTreeNode]] = [
        list(row.children) for section in node.children for row in section.children
    ]
    if not rows:
        return ""
    if compat.TABLES in fixes:
        rendered = _table_as_list(rows, context)
        if list_delimiter(node, context, "bullet_list") == "*":
            # Each item is one line: switch markers so it doesn't merge with the list before.
            rendered = "\n".join("*" + line[1:] for line in rendered.split("\n"))
        return rendered
    if compat.TABLES_AS_CODE in fixes:
        return _table_as_code(rows)
    return _table_as_gfm(rows, context)


def _cell_markdown(cell: RenderTreeNode, context: RenderContext) -> str:
    # Pipes in prose arrive escaped; those in code spans still need it inside a table.
    return UNESCAPED_PIPE_RE.sub(r"\\|", render_children(cell, context))


def _table_as_gfm(rows: list[list[RenderTreeNode]], context: RenderContext) -> str:
    columns = len(rows[0])
    texts = [[_cell_markdown(cell, context) for cell in row[:columns]] for row in rows]
    texts = [row + [""] * (columns - len(row)) for row in texts]
    aligns = [_alignment(cell) for cell in rows[0]]
    widths = [max(3, *(display_width(row[i]) for row in texts)) for i in range(columns)]

    def line(cells: list[str]) -> str:
        padded = (cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(cells))
        return "| " + " | ".join(padded) + " |"

    delimiter_cells = []
    for align, width in zip(aligns, widths, strict=True):
        if align == "center":
            delimiter_cells.append(":" + "-" * (width - 2) + ":")
        elif align == "right":
            delimiter_cells.append("-" * (width - 1) + ":")
        elif align == "left":
            delimiter_cells.append(":" + "-" * (width - 1))
        else:
            delimiter_cells.append("-" * width)
    return "\n".join([line(texts[0]), line(delimiter_cells), *(line(r) for r in texts[1:])])


def _alignment(cell: RenderTreeNode) -> str:
    match = _ALIGN_RE.search(str(cell.attrs.get("style", "")))
    return match.group(1) if match else ""


def _table_as_list(rows: list[list[RenderTreeNode]], context: RenderContext) -> str:
    headers = [render_children(cell, context) for cell in rows[0]]
    lines = []
    for row in rows[1:] or rows:
        cells = [render_children(cell, context) for cell in row]
        first, rest = (cells[0], cells[1:]) if cells else ("", [])
        label = first if first[:1] in {"*", "_"} or first[-1:] in {"*", "_"} else f"**{first}**"
        details = [
            f"{headers[i + 1]}: {text}" if i + 1 < len(headers) and headers[i + 1] else text
            for i, text in enumerate(rest)
            if text
        ]
        parts = [label] if first else []
        if details:
            parts.append("; ".join(details))
        lines.append("- " + " — ".join(parts) if parts else "-")
    return _render_fragment("\n".join(lines), context)


def _table_as_code(rows: list[list[RenderTreeNode]]) -> str:
    columns = len(rows[0])
    texts = [[_plain_text(cell) for cell in row[:columns]] for row in rows]
    texts = [row + [""] * (columns - len(row)) for row in texts]
    widths = [max(display_width(row[i]) for row in texts) for i in range(columns)]

    def line(cells: list[str]) -> str:
        padded = [cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(cells)]
        return " | ".join(padded).rstrip()

    body = [line(texts[0]), "-+-".join("-" * width for width in widths)]
    body += [line(row) for row in texts[1:]]
    return fenced("\n".join(body) + "\n", info="")


def _plain_text(node: RenderTreeNode) -> str:
    parts = []
    for child in node.walk():
        if child.type in {"text", "code_inline", "math_inline"}:
            parts.append(child.content)
        elif child.type in BREAKS:
            parts.append(" ")
    return "".join(parts)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospace font (wide CJK and emoji count 2)."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or char in "\u200d\ufe0f":
            continue
        width += 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
    return width


def _render_fragment(markdown: str, context: RenderContext) -> str:
    """Format a piece of Markdown built during rendering with the document's context."""
    tokens = format_state(context).parser.parse(markdown, context.env)
    return RenderTreeNode(tokens).render(context)


RENDERERS = {"table": _table}
