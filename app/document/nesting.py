"""Bounded nesting for every Markdown parser: text nested too deeply is kept as plain text.

markdown-it silently drops the rest of a block nested deeper than its limit (20 containers in
the CommonMark preset), and its emphasis pairs nest without limit, so ten thousand ``*`` make a
tree that every renderer walks recursively until Python's stack gives out. Past a depth no
article reaches, this plugin keeps the remaining text as a plain paragraph and the surplus
emphasis markers as literal characters: nothing is lost, and time and stack stay bounded.
"""

from __future__ import annotations

import logging
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore

logger = logging.getLogger(__name__)

MAX_BLOCK_DEPTH = 40  # quotes and list items inside each other (a level is one open token)
MAX_INLINE_DEPTH = 40  # emphasis, strong and strikethrough inside each other
FLATTENED = "clapwise_nesting_flattened"  # set in the parse environment when text was kept flat

_NESTING_TYPES = {"em_open": "em_close", "strong_open": "strong_close", "s_open": "s_close"}


def bounded_nesting_plugin(md: MarkdownIt) -> None:
    """Keep text nested past the limits as plain text (see the module's docstring)."""
    # The parser's own limit lies past ours, so the rule below always sees the deep text first.
    md.options["maxNesting"] = MAX_BLOCK_DEPTH + 10
    first_rule = md.block.ruler.get_all_rules()[0]
    md.block.ruler.before(first_rule, "too_deep", _flat_paragraph)
    md.core.ruler.after("inline", "inline_depth", _cap_inline_depth)


def _flat_paragraph(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.level < MAX_BLOCK_DEPTH:
        return False
    if silent:
        return True
    content = state.getLines(start_line, end_line, state.blkIndent, False).strip()
    opening = state.push("paragraph_open", "p", 1)
    opening.map = [start_line, end_line]
    inline = state.push("inline", "", 0)
    inline.content = content
    inline.map = [start_line, end_line]
    inline.children = []
    state.push("paragraph_close", "p", -1)
    state.line = end_line
    _mark_flattened(state.env)
    return True


def _cap_inline_depth(state: StateCore) -> None:
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        depth = 0
        flattened: list[bool] = []  # per open emphasis: was it turned into text?
        for child in token.children:
            if child.type in _NESTING_TYPES:
                depth += 1
                too_deep = depth > MAX_INLINE_DEPTH
                flattened.append(too_deep)
                if too_deep:
                    _as_text(child)
            elif child.type in _NESTING_TYPES.values() and flattened:
                depth -= 1
                if flattened.pop():
                    _as_text(child)
        if any(child.meta.get("flattened") for child in token.children):
            _mark_flattened(state.env)


def _as_text(token: Any) -> None:
    token.type = "text"
    token.tag = ""
    token.nesting = 0
    token.content = token.markup
    token.meta = {"flattened": True}


def _mark_flattened(env: Any) -> None:
    if isinstance(env, dict) and not env.get(FLATTENED):
        env[FLATTENED] = True
        # Not a fault of the program: each parse of such text says so, so the log (which
        # keeps warnings) is not told; an import and the commands tell the writer, once.
        logger.info("Markdown nested past %d levels was kept as plain text", MAX_BLOCK_DEPTH)
