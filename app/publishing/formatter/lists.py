"""Lists: consistent markers and numbering, flattened or folded for Medium's flat lists."""

from __future__ import annotations

from collections.abc import Iterator

from mdformat.renderer import RenderContext, RenderTreeNode

from app.publishing import compat
from app.publishing.formatter.list_folding import LISTS, folds_apart, item_body
from app.publishing.formatter.nodes import ancestors
from app.publishing.formatter.state import format_state


def _list(node: RenderTreeNode, context: RenderContext) -> str:
    fixing = compat.NESTED_LISTS in format_state(context).options.fixes
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
        and not _blank_between_items(node, format_state(context).source_lines)
        and not (flatten and any(folds_apart(blocks) for _, blocks in items))
    )
    separator = "\n" if tight else "\n\n"

    ordered = node.type == "ordered_list"
    delimiter = list_delimiter(node, context)
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
    if any(block.type in LISTS for _, blocks in items for block in blocks):
        format_state(context).folded_lists = True


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
    return any(parent.type == "list_item" for parent in ancestors(node))


def list_delimiter(node: RenderTreeNode, context: RenderContext, kind: str = "") -> str:
    """The marker of ``node``'s items (rendered as a list of ``kind``): "-"/"*" or "."/")"."""
    # Two lists of the same kind in a row need different markers or they merge into one.
    # A table rendered as a list counts as a bullet list.
    kind = kind or node.type
    primary, secondary = ("-", "*") if kind == "bullet_list" else (".", ")")
    fixes = format_state(context).options.fixes
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


RENDERERS = {"bullet_list": _list, "ordered_list": _list}
