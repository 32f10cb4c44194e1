"""mdformat with the draft dialect: tables, footnotes, maths, smart punctuation, Medium fixes.

mdformat renders a markdown-it syntax tree back to CommonMark; its stock renderers cover
CommonMark only. The renderers here add the rest of the dialect (GFM tables,
strikethrough, footnotes, dollar maths), one emphasis style (``*``/``**``), ordered lists
numbered 1, 2, 3 without zero padding, optional smart punctuation in prose, and the Medium
fixes of ``app.publishing.compat`` applied while rendering.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from types import SimpleNamespace
from typing import Any, cast

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdformat.renderer import DEFAULT_RENDERERS, MDRenderer, RenderContext, RenderTreeNode

from app.document.nesting import bounded_nesting_plugin
from app.document.parsers import add_dialect
from app.publishing import compat
from app.publishing.list_folding import LISTS as _LISTS
from app.publishing.list_folding import folds_apart, item_body
from app.publishing.smart_punctuation import smarten

_STATE_KEY = "clapwise_export"
_EMPHASIS = frozenset({"em", "strong"})
_BREAKS = frozenset({"softbreak", "hardbreak"})
_ALIGN_RE = re.compile(r"text-align:\s*(left|center|right)")
_TILDES_RE = re.compile(r"(?<!\\)~{2,}")
_FOOTNOTE_OPEN_RE = re.compile(r"(?<!\\)\[\^")
_UNESCAPED_PIPE_RE = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True, slots=True)
class FormatOptions:
    """How to render: smart punctuation and which ``compat`` fixes to apply."""

    smart_punctuation: bool = False
    fixes: frozenset[str] = frozenset()


@dataclass(slots=True)
class _State:
    options: FormatOptions
    parser: MarkdownIt
    heading_levels: dict[int, int] = field(default_factory=dict)
    escape_all_dollars: bool = False
    setext_heading: bool = False
    source_lines: list[str] = field(default_factory=list)
    multiline: dict[int, tuple[RenderTreeNode, bool]] = field(default_factory=dict)
    folded_lists: bool = False


class _Override:
    """A node seen through different ``content``/``markup`` (default renderers read those)."""

    __slots__ = ("_node", "content", "markup")

    def __init__(self, node: RenderTreeNode, *, content: str, markup: str) -> None:
        self._node = node
        self.content = content
        self.markup = markup

    def __getattr__(self, name: str) -> Any:
        return getattr(self._node, name)


def _override(node: RenderTreeNode, *, content: str, markup: str) -> RenderTreeNode:
    """``node`` seen through other ``content``/``markup``, typed as the node it stands for."""
    return cast(RenderTreeNode, _Override(node, content=content, markup=markup))


def format_markdown(text: str, options: FormatOptions) -> str:
    """``text`` formatted; ends with exactly one newline (empty input gives "")."""
    parser = _parser()
    state = _State(options, parser, source_lines=text.split("\n"))
    env: dict[str, Any] = {_STATE_KEY: state}
    tokens = parser.parse(text, env)
    if compat.HEADINGS in options.fixes:
        state.heading_levels = compat.heading_plan(tokens)
    rendered = _render(parser, tokens, env)

    # Prose dollars are escaped only where they could pair up into maths; if some pairing
    # slipped through (a pair split across emphasis, say), escape every prose dollar.
    expected = 0 if compat.MATH in options.fixes else _count_math(tokens)
    if "$" in rendered and _count_math(parser.parse(rendered, {})) > expected:
        state.escape_all_dollars = True
        state.multiline.clear()
        env = {_STATE_KEY: state}
        rendered = _render(parser, parser.parse(text, env), env)
    if state.folded_lists:
        # Folded sub-points are text set beside text rendered on its own line, and some
        # escapes depend on their neighbours ("\\*" at the start of a text, not after "- ").
        # One more rendering settles them, so exporting the export changes nothing.
        again = FormatOptions(options.smart_punctuation, options.fixes - {compat.NESTED_LISTS})
        return format_markdown(rendered, again)
    return rendered


class _IndexedNode(RenderTreeNode):
    """A render tree node that finds its neighbours in constant time.

    markdown-it-py looks a node up in its parent's children with ``list.index`` for every
    ``next_sibling``/``previous_sibling``, which made long paragraphs export in quadratic time.
    """

    _positions: dict[int, int] | None = None

    def _neighbour(self, step: int) -> _IndexedNode | None:
        parent = self.parent
        if parent is None:
            return None
        siblings = parent.children
        if parent._positions is None:
            parent._positions = {id(child): index for index, child in enumerate(siblings)}
        index = parent._positions[id(self)] + step
        return siblings[index] if 0 <= index < len(siblings) else None

    @property
    def next_sibling(self) -> _IndexedNode | None:
        return self._neighbour(1)

    @property
    def previous_sibling(self) -> _IndexedNode | None:
        return self._neighbour(-1)


def _render(parser: MarkdownIt, tokens: list[Any], env: dict[str, Any]) -> str:
    renderer = cast(MDRenderer, parser.renderer)
    return renderer.render_tree(_IndexedNode(tokens), parser.options, env)


@cache
def _parser() -> MarkdownIt:
    # mdformat's renderer renders Markdown, not HTML; markdown-it-py's protocol does not say so.
    md = MarkdownIt("commonmark", renderer_cls=MDRenderer)  # type: ignore[arg-type]
    bounded_nesting_plugin(md)
    md.options["mdformat"] = {"wrap": "keep", "number": True}
    md.options["store_labels"] = True  # keep reference-style links as written
    md.options["codeformatters"] = {}
    md.options["parser_extension"] = [
        SimpleNamespace(RENDERERS=_RENDERERS, POSTPROCESSORS={}, CHANGES_AST=True)
    ]
    return add_dialect(md, footnotes_at_end=False)


def _count_math(tokens: list[Token]) -> int:
    count = 0
    for token in tokens:
        if token.type.startswith("math_"):
            count += 1
        if token.children:
            count += _count_math(token.children)
    return count


def _state(context: RenderContext) -> _State:
    return context.env[_STATE_KEY]


def _render_children(node: RenderTreeNode, context: RenderContext, separator: str = "") -> str:
    return separator.join(out for child in node.children if (out := child.render(context)))


# --- prose ------------------------------------------------------------------------------

_DEFAULT_TEXT = DEFAULT_RENDERERS["text"]


def _text(node: RenderTreeNode, context: RenderContext) -> str:
    state = _state(context)
    content = node.content
    if state.options.smart_punctuation:
        content = smarten(content, _char_before(node), _char_after(node))
    rendered = _DEFAULT_TEXT(_override(node, content=content, markup=node.markup), context)
    if "$" in rendered:
        rendered = _escape_dollars(rendered, escape_all=state.escape_all_dollars)
    # Read back, "^[" / "[^x]" would become footnotes and "~~" strike text through.
    rendered = rendered.replace("^[", "^\\[")
    if "[^" in rendered:
        rendered = _FOOTNOTE_OPEN_RE.sub(r"\\[^", rendered)
    if "~~" in rendered:
        rendered = _TILDES_RE.sub(lambda match: "\\~" * len(match.group()), rendered)
    if "|" in rendered and _in_multiline_inline(node, state):
        # A pipe on one line and a "---|---" line below it would turn prose into a table.
        rendered = _UNESCAPED_PIPE_RE.sub(r"\\|", rendered)
    return rendered


def _in_multiline_inline(node: RenderTreeNode, state: _State) -> bool:
    inline = node.parent
    while inline is not None and inline.type != "inline":
        inline = inline.parent
    if inline is None:
        return False
    cached = state.multiline.get(id(inline))
    if cached is None or cached[0] is not inline:  # ids of dropped nodes get reused
        cached = (inline, any(child.type in _BREAKS for child in inline.walk()))
        state.multiline[id(inline)] = cached
    return cached[1]


def _char_before(node: RenderTreeNode) -> str:
    previous = node.previous_sibling
    if previous is None or previous.type in _BREAKS:
        return " "
    if previous.type == "text":
        return previous.content[-1:] or " "
    return "a"  # the end of emphasis, a link or code: a word character for quote purposes


def _char_after(node: RenderTreeNode) -> str:
    following = node.next_sibling
    if following is None or following.type in _BREAKS:
        return " "
    if following.type == "text":
        return following.content[:1] or " "
    return "a"


def _escape_dollars(text: str, *, escape_all: bool) -> str:
    """Backslash-escape each ``$`` that would open inline maths when parsed again."""
    out: list[str] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "\\" and index + 1 < length:
            out.append(text[index : index + 2])  # already an escape pair
            index += 2
            continue
        if char == "$" and (escape_all or _opens_math(text, index)):
            out.append("\\$")
        else:
            out.append(char)
        index += 1
    return "".join(out)


def _opens_math(text: str, index: int) -> bool:
    # Mirrors the parser: an opener has no space after it and no digit before it; the next
    # dollar closes when it has no space before it and no digit after it.
    after = text[index + 1 : index + 2]
    if not after or after.isspace() or (index and text[index - 1].isdigit()):
        return False
    closing = text.find("$", index + 1)
    if closing < 0:
        return False
    next_char = text[closing + 1 : closing + 2]
    return not text[closing - 1].isspace() and not next_char.isdigit()


def _emphasis(node: RenderTreeNode, context: RenderContext) -> str:
    text = _render_children(node, context)
    marker = node.markup
    if marker.startswith("_") and _asterisks_are_safe(node):
        marker = "*" * len(marker)
    return marker + text + marker


def _asterisks_are_safe(node: RenderTreeNode) -> bool:
    # Adjacent or directly nested emphasis could merge into a different run of asterisks
    # (``*_a_*`` must not become ``**a**``), so those keep the markers they were written with.
    neighbours = [node.previous_sibling, node.next_sibling]
    if node.children:
        neighbours += [node.children[0], node.children[-1]]
    parent = node.parent
    if parent is not None and parent.type in _EMPHASIS:
        return False
    return not any(other is not None and other.type in _EMPHASIS for other in neighbours)


def _strikethrough(node: RenderTreeNode, context: RenderContext) -> str:
    return "~~" + _render_children(node, context) + "~~"


def _heading(node: RenderTreeNode, context: RenderContext) -> str:
    state = _state(context)
    level = int(node.tag[1])
    if node.map is not None:
        level = state.heading_levels.get(node.map[0], level)
    if level <= 2 and any(child.type == "hardbreak" for child in node.walk()):
        # Only a setext heading can hold a line break; an ATX one would need raw HTML.
        state.setext_heading = True
        try:
            text = DEFAULT_RENDERERS["paragraph"](node, context)
        finally:
            state.setext_heading = False
        if level == 1:
            return text + "\n==="
        # Under a line with a pipe, "---" would read as a table's delimiter row.
        return text + ("\n-" if "|" in text else "\n---")
    override = _override(node, content=node.content, markup="#" * level)
    return DEFAULT_RENDERERS["heading"](override, context)


def _hardbreak(node: RenderTreeNode, context: RenderContext) -> str:
    if _state(context).setext_heading:
        return "\\\n"
    if any(parent.type == "heading" for parent in _ancestors(node)):
        return " "  # a heading moved to level 3+ by a fix has no way to break a line
    return DEFAULT_RENDERERS["hardbreak"](node, context)


def _ancestors(node: RenderTreeNode) -> Iterator[RenderTreeNode]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


# --- lists ------------------------------------------------------------------------------


def _list(node: RenderTreeNode, context: RenderContext) -> str:
    fixing = compat.NESTED_LISTS in _state(context).options.fixes
    if (
        fixing
        and _inside_list(node)
        and node.parent is not None
        and node.parent.type != "list_item"
    ):
        # Reached through a quote inside an item, so flattening the outer list left it nested.
        return _list_as_text(node, context)
    flatten = fixing and not _inside_list(node)
    items = list(_flat_items(node)) if flatten else [(i, i.children) for i in node.children]
    if flatten:
        _note_folding(items, context)
    paragraphs = [block for _, blocks in items for block in blocks if block.type == "paragraph"]
    tight = (
        all(paragraph.hidden for paragraph in paragraphs)
        and not _blank_between_items(node, _state(context).source_lines)
        and not (flatten and any(folds_apart(blocks) for _, blocks in items))
    )
    separator = "\n" if tight else "\n\n"

    ordered = node.type == "ordered_list"
    delimiter = _list_delimiter(node, context)
    start = int(node.attrs.get("start", 1)) if ordered else 1
    rendered_items = []
    for number, (_, blocks) in enumerate(items, start=start):
        marker = f"{number}{delimiter}" if ordered else delimiter
        indent = len(marker) + 1
        with context.indented(indent):
            body = item_body(blocks, separator, context, fold=flatten)
        lines = body.split("\n") if body.strip() else [""]
        first = f"{marker} {lines[0]}" if lines[0] else marker
        rest = [(" " * indent + line) if line else "" for line in lines[1:]]
        rendered_items.append("\n".join([first, *rest]))
    return separator.join(rendered_items)


def _list_as_text(node: RenderTreeNode, context: RenderContext) -> str:
    """A list Medium would show nested, as paragraphs that keep their markers as text."""
    ordered = node.type == "ordered_list"
    start = int(node.attrs.get("start", 1)) if ordered else 1
    paragraphs = []
    items = list(_flat_items(node))
    _note_folding(items, context)
    for number, (_, blocks) in enumerate(items, start=start):
        marker = f"{number}\\." if ordered else "\\-"
        body = item_body(blocks, "\n\n", context, fold=True)
        paragraphs.append(f"{marker} {body}" if body else marker)
    return "\n\n".join(paragraphs)


def _note_folding(
    items: list[tuple[RenderTreeNode, list[RenderTreeNode]]], context: RenderContext
) -> None:
    if any(block.type in _LISTS for _, blocks in items for block in blocks):
        _state(context).folded_lists = True


def _blank_between_items(node: RenderTreeNode, lines: list[str]) -> bool:
    """True when a blank line separates two items: a loose list even with no paragraph in it
    (items holding only raw HTML, say), where markdown-it leaves no hidden flag to read."""
    for item in node.children[:-1]:
        if item.map is None:
            continue
        last = item.map[1] - 1
        if 0 <= last < len(lines) and not lines[last].strip(" \t>"):
            return True
    return False


def _flat_items(node: RenderTreeNode) -> Iterator[tuple[RenderTreeNode, list[RenderTreeNode]]]:
    """The items of a list with the bullets under its bullets as siblings (nothing to
    renumber); every other nested list stays in its item's blocks, to be folded there."""
    for item in node.children:
        joined = [
            child
            for child in item.children
            if node.type == "bullet_list" and child.type == "bullet_list"
        ]
        yield item, [child for child in item.children if child not in joined]
        for child in joined:
            yield from _flat_items(child)


def _inside_list(node: RenderTreeNode) -> bool:
    return any(parent.type == "list_item" for parent in _ancestors(node))


def _list_delimiter(node: RenderTreeNode, context: RenderContext, kind: str = "") -> str:
    # Two lists of the same kind in a row need different markers or they merge into one.
    # A table rendered as a list counts as a bullet list.
    kind = kind or node.type
    primary, secondary = ("-", "*") if kind == "bullet_list" else (".", ")")
    fixes = _state(context).options.fixes
    run = 0
    current = node.previous_sibling
    while current is not None:
        if current.type == "footnote_reference" and compat.FOOTNOTES in fixes:
            current = current.previous_sibling  # renders as nothing: lists either side touch
            continue
        is_list = current.type == kind or (
            kind == "bullet_list" and current.type == "table" and compat.TABLES in fixes
        )
        if not is_list:
            break
        run += 1
        current = current.previous_sibling
    return primary if run % 2 == 0 else secondary


# --- tables -----------------------------------------------------------------------------


def _table(node: RenderTreeNode, context: RenderContext) -> str:
    fixes = _state(context).options.fixes
    rows: list[list[RenderTreeNode]] = [
        list(row.children) for section in node.children for row in section.children
    ]
    if not rows:
        return ""
    if compat.TABLES in fixes:
        rendered = _table_as_list(rows, context)
        if _list_delimiter(node, context, "bullet_list") == "*":
            # Each item is one line: switch markers so it doesn't merge with the list before.
            rendered = "\n".join("*" + line[1:] for line in rendered.split("\n"))
        return rendered
    if compat.TABLES_AS_CODE in fixes:
        return _table_as_code(rows)
    return _table_as_gfm(rows, context)


def _cell_markdown(cell: RenderTreeNode, context: RenderContext) -> str:
    # Pipes in prose arrive escaped; those in code spans still need it inside a table.
    return _UNESCAPED_PIPE_RE.sub(r"\\|", _render_children(cell, context))


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
    headers = [_render_children(cell, context) for cell in rows[0]]
    lines = []
    for row in rows[1:] or rows:
        cells = [_render_children(cell, context) for cell in row]
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
    return _fenced("\n".join(body) + "\n", info="")


def _plain_text(node: RenderTreeNode) -> str:
    parts = []
    for child in node.walk():
        if child.type in {"text", "code_inline", "math_inline"}:
            parts.append(child.content)
        elif child.type in _BREAKS:
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
    tokens = _state(context).parser.parse(markdown, context.env)
    return RenderTreeNode(tokens).render(context)


def _fenced(content: str, info: str) -> str:
    fence = "`" * max(3, _longest_run(content, "`") + 1)
    return f"{fence}{info}\n{content}{fence}"


def _longest_run(text: str, char: str) -> int:
    runs = re.findall(re.escape(char) + "+", text)
    return max((len(run) for run in runs), default=0)


def _code_span(text: str) -> str:
    text = text.replace("\n", " ")
    longest = _longest_run(text, "`")
    if longest:
        ticks = "`" * (longest + 1)
        return f"{ticks} {text} {ticks}"
    if text.startswith(" ") and text.endswith(" ") and text.strip():
        return f"` {text} `"
    return f"`{text}`"


# --- maths ------------------------------------------------------------------------------


def _math_inline(node: RenderTreeNode, context: RenderContext) -> str:
    if compat.MATH in _state(context).options.fixes:
        return _code_span(node.content.strip())
    return f"${node.content}$"


def _math_block(node: RenderTreeNode, context: RenderContext) -> str:
    content = node.content.strip("\n")
    if compat.MATH in _state(context).options.fixes:
        return _fenced(content + "\n" if content else "", info="tex")
    return f"$$\n{content}\n$$" if content else "$$\n$$"


# --- footnotes --------------------------------------------------------------------------


def _footnote_ref(node: RenderTreeNode, context: RenderContext) -> str:
    state = _state(context)
    label = node.meta.get("label")
    inline_tokens = None
    if label is None:
        note = context.env.get("footnotes", {}).get("list", {}).get(node.meta["id"], {})
        inline_tokens = note.get("tokens", [])
    if compat.FOOTNOTES not in state.options.fixes:
        if label is not None:
            return f"[^{label}]"
        return "^[" + _render_inline_tokens(inline_tokens or [], context) + "]"

    if label is not None:
        note_text = _definition_text(node, label, context)
    else:
        note_text = _render_inline_tokens(inline_tokens or [], context)
    note_text = " ".join(note_text.split())
    if not note_text:
        return ""
    previous = node.previous_sibling
    glue = "" if previous is None or previous.type in _BREAKS else " "
    if previous is not None and previous.type == "text" and previous.content[-1:].isspace():
        glue = ""
    return f"{glue}({note_text})"


def _render_inline_tokens(tokens: list[Token], context: RenderContext) -> str:
    holder = Token("inline", "", 0)
    holder.children = tokens
    return RenderTreeNode([holder]).children[0].render(context)


def _definition_text(node: RenderTreeNode, label: str, context: RenderContext) -> str:
    root = node
    while root.parent is not None:
        root = root.parent
    for candidate in root.walk():
        if candidate.type == "footnote_reference" and candidate.meta.get("label") == label:
            return _flat_inline(candidate, context)
    return ""


def _flat_inline(node: RenderTreeNode, context: RenderContext) -> str:
    """A definition's blocks as one line of inline Markdown."""
    parts = []
    for child in node.walk(include_self=False):
        if child.type == "inline":
            parts.append(child.render(context).replace("\\\n", " ").replace("\n", " "))
        elif child.type in {"fence", "code_block"}:
            parts.append(_code_span(child.content.strip()))
        elif child.type == "math_block":
            parts.append(child.render(context).replace("\n", " "))
    return " ".join(parts)


def _footnote_definition(node: RenderTreeNode, context: RenderContext) -> str:
    if compat.FOOTNOTES in _state(context).options.fixes:
        return ""
    label = node.meta.get("label", "")
    with context.indented(4):
        body = _render_children(node, context, "\n\n")
    lines = body.split("\n")
    first = f"[^{label}]: {lines[0]}" if lines[0] else f"[^{label}]:"
    rest = [("    " + line) if line else "" for line in lines[1:]]
    return "\n".join([first, *rest])


_RENDERERS = {
    "text": _text,
    "em": _emphasis,
    "strong": _emphasis,
    "s": _strikethrough,
    "heading": _heading,
    "hardbreak": _hardbreak,
    "bullet_list": _list,
    "ordered_list": _list,
    "table": _table,
    "math_inline": _math_inline,
    "math_block": _math_block,
    "footnote_ref": _footnote_ref,
    "footnote_reference": _footnote_definition,
}
