"""Prose text: smart punctuation, escapes that keep it prose when read back, emphasis."""

from __future__ import annotations

import re

from mdformat.renderer import DEFAULT_RENDERERS, RenderContext, RenderTreeNode

from app.publishing.formatter.nodes import BREAKS, override, render_children
from app.publishing.formatter.state import FormatState, format_state
from app.publishing.smart_punctuation import smarten

_EMPHASIS = frozenset({"em", "strong"})
_TILDES_RE = re.compile(r"(?<!\\)~{2,}")
_FOOTNOTE_OPEN_RE = re.compile(r"(?<!\\)\[\^")
UNESCAPED_PIPE_RE = re.compile(r"(?<!\\)\|")
_BRACKETED_RE = re.compile(r"(?<!\\)\[([^\[\]\\\n]+)\]")


_DEFAULT_TEXT = DEFAULT_RENDERERS["text"]


def _text(node: RenderTreeNode, context: RenderContext) -> str:
    state = format_state(context)
    content = node.content
    if state.options.smart_punctuation:
        content = smarten(content, _char_before(node), _char_after(node))
    rendered = _DEFAULT_TEXT(override(node, content=content, markup=node.markup), context)
    if "$" in rendered:
        rendered = _escape_dollars(rendered, escape_all=state.escape_all_dollars)
    # Read back, "^[" / "[^x]" would become footnotes and "~~" strike text through.
    rendered = rendered.replace("^[", "^\\[")
    if "[^" in rendered:
        rendered = _FOOTNOTE_OPEN_RE.sub(r"\\[^", rendered)
    if "~~" in rendered:
        rendered = _TILDES_RE.sub(lambda match: "\\~" * len(match.group()), rendered)
    if state.link_labels and "[" in rendered:
        rendered = _escape_link_labels(rendered, state.link_labels)
    if "|" in rendered and _in_multiline_inline(node, state):
        # A pipe on one line and a "---|---" line below it would turn prose into a table.
        rendered = UNESCAPED_PIPE_RE.sub(r"\\|", rendered)
    return rendered


def _escape_link_labels(rendered: str, labels: frozenset[str]) -> str:
    """``[1]`` escaped where the document links ``[text][1]``: the link's definition is
    written, so read back "[1]" would be that link. (mdformat escapes only the labels of
    links it has already rendered, not of those further on.)"""

    def escaped(match: re.Match[str]) -> str:
        if match.group(1).upper() in labels:
            return f"\\[{match.group(1)}\\]"
        return match.group()

    return _BRACKETED_RE.sub(escaped, rendered)


def _in_multiline_inline(node: RenderTreeNode, state: FormatState) -> bool:
    inline = node.parent
    while inline is not None and inline.type != "inline":
        inline = inline.parent
    if inline is None:
        return False
    cached = state.multiline.get(id(inline))
    if cached is None or cached[0] is not inline:  # ids of dropped nodes get reused
        cached = (inline, any(child.type in BREAKS for child in inline.walk()))
        state.multiline[id(inline)] = cached
    return cached[1]


def _char_before(node: RenderTreeNode) -> str:
    previous = node.previous_sibling
    if previous is None or previous.type in BREAKS:
        return " "
    if previous.type == "text":
        return previous.content[-1:] or " "
    return "a"  # the end of emphasis, a link or code: a word character for quote purposes


def _char_after(node: RenderTreeNode) -> str:
    following = node.next_sibling
    if following is None or following.type in BREAKS:
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
    text = render_children(node, context)
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
    return "~~" + render_children(node, context) + "~~"


RENDERERS = {"text": _text, "em": _emphasis, "strong": _emphasis, "s": _strikethrough}
