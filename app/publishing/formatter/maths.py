"""Dollar maths, kept as written or shown as code for Medium."""

from __future__ import annotations

from mdformat.renderer import RenderContext, RenderTreeNode

from app.publishing import compat
from app.publishing.formatter.code import code_span, fenced
from app.publishing.formatter.state import format_state


def _math_inline(node: RenderTreeNode, context: RenderContext) -> str:
    if compat.MATH in format_state(context).options.fixes:
        return code_span(node.content.strip())
    return f"${node.content}$"


def _math_block(node: RenderTreeNode, context: RenderContext) -> str:
    content = node.content.strip("\n")
    if compat.MATH in format_state(context).options.fixes:
        return fenced(content + "\n" if content else "", info="tex")
    return f"$$\n{content}\n$$" if content else "$$\n$$"


RENDERERS = {"math_inline": _math_inline, "math_block": _math_block}
