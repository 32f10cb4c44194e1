"""Render tree helpers the renderers share: children, ancestors, a node seen differently."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from mdformat.renderer import RenderContext, RenderTreeNode

BREAKS = frozenset({"softbreak", "hardbreak"})


class _Override:
    """A node seen through different ``content``/``markup`` (default renderers read those)."""

    __slots__ = ("_node", "content", "markup")

    def __init__(self, node: RenderTreeNode, *, content: str, markup: str) -> None:
        self._node = node
        self.content = content
        self.markup = markup

    def __getattr__(self, name: str) -> Any:
        return getattr(self._node, name)


def override(node: RenderTreeNode, *, content: str, markup: str) -> RenderTreeNode:
    """``node`` seen through other ``content``/``markup``, typed as the node it stands for."""
    return cast(RenderTreeNode, _Override(node, content=content, markup=markup))


def render_children(node: RenderTreeNode, context: RenderContext, separator: str = "") -> str:
    """The rendered children of ``node`` that are not empty, joined by ``separator``."""
    return separator.join(out for child in node.children if (out := child.render(context)))


def ancestors(node: RenderTreeNode) -> Iterator[RenderTreeNode]:
    """The nodes above ``node``, nearest first."""
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent
