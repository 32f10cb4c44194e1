"""Image captions: a picture alone in its paragraph becomes a figure with a visible caption.

Markdown has no caption syntax. Writers give the picture a title (``![A dog](dog.png "Photo:
Ana")``), which a browser shows only on hover, or write the caption wholly in italics on the
line right under it (``*Photo: Ana*``). Either way the paragraph becomes ``<figure>`` with
the picture and a ``<figcaption>`` under it, as Medium shows a caption. Qt's rich text knows
neither tag, so the preview asks for a ``<div>`` and a ``<p class="caption">`` instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_BREAKS = frozenset({"softbreak", "hardbreak"})


@dataclass(frozen=True, slots=True)
class FigureTags:
    """The tags a figure is written with, and a class for its caption (none by default)."""

    figure: str = "figure"
    caption: str = "figcaption"
    caption_class: str = ""


def captions_plugin(md: MarkdownIt, tags: FigureTags = FigureTags()) -> None:
    """Make each captioned picture of ``md``'s documents a figure written with ``tags``."""
    md.core.ruler.push("figure_captions", lambda state: _make_figures(state, tags))


def _make_figures(state: StateCore, tags: FigureTags) -> None:
    tokens = state.tokens
    for index, token in enumerate(tokens[:-2]):
        # A paragraph hidden in a tight list item has no tags of its own to become a figure.
        if token.type != "paragraph_open" or token.hidden:
            continue
        inline = tokens[index + 1]
        figure = _figure_children(inline.children or [], tags)
        if figure is not None:
            token.tag = tokens[index + 2].tag = tags.figure
            inline.children = figure


def _figure_children(children: list[Token], tags: FigureTags) -> list[Token] | None:
    """The picture and its caption, for a paragraph that is a captioned picture (else None)."""
    parts = [child for child in children if not (child.type == "text" and not child.content)]
    if not parts or parts[0].type != "image":
        return None
    image = parts[0]
    if len(parts) == 1:
        title = image.attrGet("title")
        if not title:
            return None
        del image.attrs["title"]  # the caption shows it; a tooltip would repeat it
        return [image, *_caption([Token("text", "", 0, content=str(title))], tags)]
    if _is_italic_line(parts[1:]):
        return [image, *_caption(parts[3:-1], tags)]
    return None


def _is_italic_line(parts: list[Token]) -> bool:
    """A line break, then one stretch of italics to the end: ``\\n*Photo: Ana*``."""
    if len(parts) < 3 or parts[0].type not in _BREAKS:
        return False
    opening, closing = parts[1], parts[-1]
    if opening.type != "em_open" or closing.type != "em_close":
        return False
    return all(part.level > opening.level for part in parts[2:-1])


def _caption(caption: list[Token], tags: FigureTags) -> list[Token]:
    opening = Token("figcaption_open", tags.caption, 1)
    if tags.caption_class:
        opening.attrSet("class", tags.caption_class)
    return [opening, *caption, Token("figcaption_close", tags.caption, -1)]
