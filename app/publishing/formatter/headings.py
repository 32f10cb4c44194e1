"""Headings at the levels the headings fix plans, and line breaks inside them."""

from __future__ import annotations

from mdformat.renderer import DEFAULT_RENDERERS, RenderContext, RenderTreeNode

from app.publishing.formatter.nodes import ancestors, override
from app.publishing.formatter.state import format_state


def _heading(node: RenderTreeNode, context: RenderContext) -> str:
    state = format_state(context)
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
    leveled = override(node, content=node.content, markup="#" * level)
    return DEFAULT_RENDERERS["heading"](leveled, context)


def _hardbreak(node: RenderTreeNode, context: RenderContext) -> str:
    if format_state(context).setext_heading:
        return "\\\n"
    if any(parent.type == "heading" for parent in ancestors(node)):
        return " "  # a heading moved to level 3+ by a fix has no way to break a line
    return DEFAULT_RENDERERS["hardbreak"](node, context)


RENDERERS = {"heading": _heading, "hardbreak": _hardbreak}
