"""mdformat with the draft dialect: tables, footnotes, maths, smart punctuation, Medium fixes.

mdformat renders a markdown-it syntax tree back to CommonMark; its stock renderers cover
CommonMark only. The renderers here add the rest of the dialect (GFM tables,
strikethrough, footnotes, dollar maths), one emphasis style (``*``/``**``), ordered lists
numbered 1, 2, 3 without zero padding, optional smart punctuation in prose, and the Medium
fixes of ``app.publishing.compat`` applied while rendering. Each module renders one kind of
node: ``prose``, ``headings`` (with hard breaks), ``lists`` (with ``list_folding``),
``tables``, ``code``, ``maths`` and ``footnotes``; ``nodes`` has the tree helpers they share,
``state`` the options and per-document state, and ``rendering`` the entry point and parser.
"""

from app.publishing.formatter.rendering import format_markdown
from app.publishing.formatter.state import FormatOptions

__all__ = ["FormatOptions", "format_markdown"]
