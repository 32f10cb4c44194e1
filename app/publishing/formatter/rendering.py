"""format_markdown: parse with the dialect, render each node type, render again if needed."""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace
from typing import Any, cast

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdformat.renderer import MDRenderer, RenderTreeNode

from app.document.nesting import bounded_nesting_plugin
from app.document.parsers import add_dialect
from app.publishing import compat
from app.publishing.formatter import footnotes, headings, lists, maths, prose, tables
from app.publishing.formatter.state import STATE_KEY, FormatOptions, FormatState

_RENDERERS = {
    **prose.RENDERERS,
    **headings.RENDERERS,
    **lists.RENDERERS,
    **tables.RENDERERS,
    **maths.RENDERERS,
    **footnotes.RENDERERS,
}


def format_markdown(text: str, options: FormatOptions) -> str:
    """``text`` formatted; ends with exactly one newline (empty input gives "")."""
    parser = _parser()
    state = FormatState(options, parser, source_lines=text.split("\n"))
    env: dict[str, Any] = {STATE_KEY: state}
    tokens = parser.parse(text, env)
    state.link_labels = _link_labels(tokens)
    if compat.HEADINGS in options.fixes:
        state.heading_levels = compat.heading_plan(tokens)
    rendered = _render(parser, tokens, env)

    # Prose dollars are escaped only where they could pair up into maths; if some pairing
    # slipped through (a pair split across emphasis, say), escape every prose dollar.
    expected = 0 if compat.MATH in options.fixes else _count_math(tokens)
    if "$" in rendered and _count_math(parser.parse(rendered, {})) > expected:
        state.escape_all_dollars = True
        state.multiline.clear()
        env = {STATE_KEY: state}
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
    document = _IndexedNode(tokens)
    env[STATE_KEY].document = document
    return renderer.render_tree(document, parser.options, env)


@cache
def _parser() -> MarkdownIt:
    # mdformat's renderer renders Markdown, not HTML; markdown-it-py's protocol does not say so.
    md = MarkdownIt("commonmark", renderer_cls=MDRenderer)  # type: ignore[arg-type]
    bounded_nesting_plugin(md)
    md.options["mdformat"] = {"wrap": "keep", "number": True}
    md.options["store_labels"] = True  # keep reference-style links as written
    md.options["codeformatters"] = {}
    md.options["parser_extension"] = [
        SimpleNamespace(
            RENDERERS=_RENDERERS, POSTPROCESSORS=footnotes.POSTPROCESSORS, CHANGES_AST=True
        )
    ]
    return add_dialect(md, footnotes_at_end=False)


def _link_labels(tokens: list[Token]) -> frozenset[str]:
    """The labels of reference links and images (``[text][label]``), whose definitions the
    rendering writes at the end."""
    labels: set[str] = set()
    for token in tokens:
        for child in token.children or ():
            if child.type in ("link_open", "image") and child.meta.get("label"):
                labels.add(str(child.meta["label"]))
    return frozenset(labels)


def _count_math(tokens: list[Token]) -> int:
    count = 0
    for token in tokens:
        if token.type.startswith("math_"):
            count += 1
        if token.children:
            count += _count_math(token.children)
    return count
