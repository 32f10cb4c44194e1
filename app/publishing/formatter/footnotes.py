"""Footnotes and their definitions, kept as written or put in parentheses for Medium."""

from __future__ import annotations

from markdown_it.token import Token
from mdformat.renderer import RenderContext, RenderTreeNode

from app.publishing import compat
from app.publishing.formatter.code import code_span
from app.publishing.formatter.nodes import BREAKS, render_children
from app.publishing.formatter.state import format_state


def _footnote_ref(node: RenderTreeNode, context: RenderContext) -> str:
    state = format_state(context)
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
    glue = "" if previous is None or previous.type in BREAKS else " "
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
            parts.append(code_span(child.content.strip()))
        elif child.type == "math_block":
            parts.append(child.render(context).replace("\n", " "))
    return " ".join(parts)


def _footnote_definition(node: RenderTreeNode, context: RenderContext) -> str:
    if compat.FOOTNOTES in format_state(context).options.fixes:
        return ""
    label = node.meta.get("label", "")
    with context.indented(4):
        body = render_children(node, context, "\n\n")
    lines = body.split("\n")
    first = f"[^{label}]: {lines[0]}" if lines[0] else f"[^{label}]:"
    rest = [("    " + line) if line else "" for line in lines[1:]]
    return "\n".join([first, *rest])


RENDERERS = {"footnote_ref": _footnote_ref, "footnote_reference": _footnote_definition}
