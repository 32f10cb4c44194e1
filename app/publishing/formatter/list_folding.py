"""Nested lists folded into their item, for Medium's one-level lists.

Medium's lists have one level. Sub-points turned into items of the outer list would
renumber every step after them ("3. Keep the same flags" where step 3 was "Delete"), so a
nested list stays inside its item instead: each sub-point on its own line (a hard break)
with its marker kept as text, "- " or "2. ". Only bullets under bullets become siblings,
since there is nothing to renumber (see ``app.publishing.formatter.rendering``, which also renders
a folded export once more, so that exporting the export changes nothing).
"""

from __future__ import annotations

from mdformat.renderer import RenderContext, RenderTreeNode

LISTS = frozenset({"bullet_list", "ordered_list"})
_HARD_BREAK = "\\\n"


def item_body(
    blocks: list[RenderTreeNode], separator: str, context: RenderContext, *, fold: bool
) -> str:
    """The blocks of one list item joined by ``separator``; with ``fold``, each nested
    list becomes lines of text, joined to the paragraph before it by hard breaks."""
    parts: list[str] = []
    after_paragraph = False
    for block in blocks:
        if not (fold and block.type in LISTS):
            if out := block.render(context):
                parts.append(out)
                after_paragraph = block.type == "paragraph"
            continue
        pieces = _folded(block, context)
        if not pieces:
            continue
        if not one_line_items(block):
            parts.extend(pieces)
            after_paragraph = False
            continue
        lines = _HARD_BREAK.join(pieces)
        if after_paragraph:
            parts[-1] += _HARD_BREAK + lines
        else:
            parts.append(lines)
        after_paragraph = True
    return separator.join(parts)


def folds_apart(blocks: list[RenderTreeNode]) -> bool:
    """True when folding a nested list here needs blank lines, which make the list loose:
    its items hold more than a paragraph, or it follows a block a line could run into."""
    previous: RenderTreeNode | None = None
    for block in blocks:
        if block.type in LISTS:
            follows_paragraph = previous is None or previous.type in LISTS | {"paragraph"}
            if not (one_line_items(block) and follows_paragraph):
                return True
        previous = block
    return False


def one_line_items(node: RenderTreeNode) -> bool:
    """True when every item, at every depth, holds one paragraph at most: lines can join."""
    for item in node.children:
        own = [block for block in item.children if block.type not in LISTS]
        if len(own) > 1 or any(block.type != "paragraph" for block in own):
            return False
        if not all(one_line_items(child) for child in item.children if child.type in LISTS):
            return False
    return True


def _folded(node: RenderTreeNode, context: RenderContext) -> list[str]:
    """Each item of a nested list (and of the lists inside it) after its marker, as text.

    An empty item holds nothing and is left out. The marker is escaped, so it reads as
    text and never starts a list of its own.
    """
    ordered = node.type == "ordered_list"
    start = int(node.attrs.get("start", 1)) if ordered else 1
    pieces = []
    for number, item in enumerate(node.children, start=start):
        marker = f"{number}\\." if ordered else "\\-"
        own = [block for block in item.children if block.type not in LISTS]
        rendered = [out for block in own if (out := block.render(context))]
        if rendered:
            pieces.append(f"{marker} {rendered[0]}")
            pieces.extend(rendered[1:])
        for child in item.children:
            if child.type in LISTS:
                pieces.extend(_folded(child, context))
    return pieces
