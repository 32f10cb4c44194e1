"""What to render (the options) and the state one document's renderers share."""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from mdformat.renderer import RenderContext, RenderTreeNode

STATE_KEY = "clapwise_export"


@dataclass(frozen=True, slots=True)
class FormatOptions:
    """How to render: smart punctuation and which ``compat`` fixes to apply."""

    smart_punctuation: bool = False
    fixes: frozenset[str] = frozenset()


@dataclass(slots=True)
class FormatState:
    """One document's rendering: its options, parser and what renderers learn on the way."""

    options: FormatOptions
    parser: MarkdownIt
    heading_levels: dict[int, int] = field(default_factory=dict)
    escape_all_dollars: bool = False
    setext_heading: bool = False
    source_lines: list[str] = field(default_factory=list)
    multiline: dict[int, tuple[RenderTreeNode, bool]] = field(default_factory=dict)
    folded_lists: bool = False
    # The labels of the document's reference links (upper case, as mdformat keeps them).
    link_labels: frozenset[str] = frozenset()
    # The whole document's tree: a fragment rendered on the way (a table as a list) has its own.
    document: RenderTreeNode | None = None
    # Footnote id -> its number as a note at the end (the footnotes fix), once counted.
    note_numbers: dict[int, int] | None = None


def format_state(context: RenderContext) -> FormatState:
    """The state of the document ``context`` renders."""
    return context.env[STATE_KEY]
