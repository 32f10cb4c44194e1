"""Footnotes and their definitions, kept as written or made numbered notes for Medium.

Medium has no footnotes. The fix marks each reference "[1]", "[2]"… (numbered in the order
the notes are first referenced) and lists the notes after a separator at the end of the
story, each opening with its mark. A note keeps its own words: its capitals and full stops,
its sentences, lists and code, which an aside squeezed into the sentence could not keep.
"""

from __future__ import annotations

from typing import Any

from markdown_it.token import Token
from mdformat.renderer import DEFAULT_RENDERERS, RenderContext, RenderTreeNode

from app.publishing import compat
from app.publishing.formatter.nodes import render_children
from app.publishing.formatter.state import format_state

_THEMATIC_BREAK = DEFAULT_RENDERERS["hr"]


def _footnote_ref(node: RenderTreeNode, context: RenderContext) -> str:
    if compat.FOOTNOTES in format_state(context).options.fixes:
        number = _note_numbers(context).get(node.meta["id"])
        return _mark(number, context, _text_after(node)) if number else ""
    label = node.meta.get("label")
    if label is not None:
        return f"[^{label}]"
    return "^[" + _render_inline_tokens(_inline_note(node.meta["id"], context), context) + "]"


def _footnote_definition(node: RenderTreeNode, context: RenderContext) -> str:
    if compat.FOOTNOTES in format_state(context).options.fixes:
        return ""  # listed with the notes at the end
    label = node.meta.get("label", "")
    with context.indented(4):
        body = render_children(node, context, "\n\n")
    lines = body.split("\n")
    first = f"[^{label}]: {lines[0]}" if lines[0] else f"[^{label}]:"
    rest = [("    " + line) if line else "" for line in lines[1:]]
    return "\n".join([first, *rest])


def _notes_at_end(text: str, root: RenderTreeNode, context: RenderContext) -> str:
    """The story, then a separator and its numbered notes (with the footnotes fix)."""
    state = format_state(context)
    if compat.FOOTNOTES not in state.options.fixes or root is not state.document:
        return text
    numbers = _note_numbers(context)
    if not numbers:
        return text
    definitions = _definitions(root)
    notes = [_note(number, note_id, definitions, context) for note_id, number in numbers.items()]
    return "\n\n".join(part for part in (text, _THEMATIC_BREAK(root, context), *notes) if part)


def _note(
    number: int, note_id: int, definitions: dict[str, RenderTreeNode], context: RenderContext
) -> str:
    """A note as the end of the story lists it: its mark, then its text (the mark stands
    alone above a note that opens with a list or code)."""
    mark = _mark(number, context, " ")
    note = context.env["footnotes"]["list"][note_id]
    if "label" not in note:
        return f"{mark} " + _render_inline_tokens(_inline_note(note_id, context), context)
    definition = definitions[note["label"]]
    body = render_children(definition, context, "\n\n")
    opens_with_text = definition.children[0].type == "paragraph"
    return f"{mark} {body}" if opens_with_text else f"{mark}\n\n{body}"


def _note_numbers(context: RenderContext) -> dict[int, int]:
    """Footnote id -> the note's number, for the notes with text, by first reference."""
    state = format_state(context)
    if state.note_numbers is None:
        definitions = _definitions(state.document) if state.document is not None else {}
        notes = sorted(context.env.get("footnotes", {}).get("list", {}).items())
        with_text = [note_id for note_id, note in notes if _has_text(note, definitions)]
        state.note_numbers = {note_id: number for number, note_id in enumerate(with_text, 1)}
    return state.note_numbers


def _mark(number: int, context: RenderContext, following: str) -> str:
    """The mark "[1]", escaped where reading it back would make it a link: the story links
    ``[text][1]``, or a parenthesis or colon follows."""
    label = str(number)
    if label in format_state(context).link_labels or following[:1] in ("(", ":"):
        return f"\\[{label}\\]"
    return f"[{label}]"


def _text_after(node: RenderTreeNode) -> str:
    following = node.next_sibling
    return following.content if following is not None and following.type == "text" else ""


def _has_text(note: dict[str, Any], definitions: dict[str, RenderTreeNode]) -> bool:
    """Whether a note says anything (an empty one loses its mark, having nothing to show)."""
    if "label" not in note:
        return bool(str(note.get("content", "")).strip())
    definition = definitions.get(note["label"])
    if definition is None:
        return False
    return any(child.content.strip() for child in definition.walk(include_self=False))


def _definitions(root: RenderTreeNode) -> dict[str, RenderTreeNode]:
    return {
        str(node.meta.get("label")): node
        for node in root.walk()
        if node.type == "footnote_reference"
    }


def _inline_note(note_id: int, context: RenderContext) -> list[Token]:
    note: dict[str, Any] = context.env.get("footnotes", {}).get("list", {}).get(note_id, {})
    return list(note.get("tokens", []))


def _render_inline_tokens(tokens: list[Token], context: RenderContext) -> str:
    holder = Token("inline", "", 0)
    holder.children = tokens
    return RenderTreeNode([holder]).children[0].render(context)


RENDERERS = {"footnote_ref": _footnote_ref, "footnote_reference": _footnote_definition}
POSTPROCESSORS = {"root": _notes_at_end}
