"""What Medium's editor cannot show, found in a Markdown draft, with the fix for each.

Medium has two heading sizes (a big one and a small one), flat lists, and no tables,
footnotes, maths or raw HTML. ``medium_issues`` reports each problem with its line number;
``export_markdown(..., fixes=...)`` applies the fixes named here.

Heading sizes: Medium shows ``#`` and ``##`` as its big heading and ``###`` and deeper as
its small one. The first ``#`` heading at the very top is the story's title. The fix keeps
the title and maps the remaining levels onto ``##`` (big) and ``###`` (small): the
shallowest level in use becomes ``##`` and every deeper level ``###``; a document with a
single heading level keeps its size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.document.parsers import parse_source

HEADINGS = "headings"
TABLES = "tables"
TABLES_AS_CODE = "tables_as_code"
FOOTNOTES = "footnotes"
NESTED_LISTS = "nested_lists"
MATH = "math"
HTML = "html"

#: Names accepted by ``export_markdown(fixes=...)``. ``tables`` turns tables into lists,
#: ``tables_as_code`` into aligned plain text in a code block.
FIXES = frozenset({HEADINGS, TABLES, TABLES_AS_CODE, FOOTNOTES, NESTED_LISTS, MATH})

BIG_LEVEL = 2  # "##": Medium's big heading inside the story
SMALL_LEVEL = 3  # "###": Medium's small heading

_FIX_TEXT = {
    TABLES: "Turn the table into a list, or into a code block for aligned columns",
    FOOTNOTES: "Mark it [1] and move the note to the end of the story",
    NESTED_LISTS: "Keep the sub-points in their item, each on its own line",
    MATH: "Show the formula as inline code, or upload it as an image",
    HTML: "Replace the HTML with Markdown, or remove it",
}


@dataclass(frozen=True, slots=True)
class CompatIssue:
    """One thing Medium would lose. ``line`` is 1-based in the text that was checked.

    ``kind`` is also the name of the fix that ``export_markdown(fixes=...)`` applies
    (except ``html``, which has no automatic fix).
    """

    kind: str
    line: int
    message: str
    fix: str


def validate_fixes(fixes: Iterable[str]) -> frozenset[str]:
    """The fixes as a set; unknown names raise ``ValueError``."""
    chosen = frozenset(fixes)
    unknown = chosen - FIXES
    if unknown:
        names = ", ".join(sorted(unknown))
        raise ValueError(f"unknown fix: {names} (known: {', '.join(sorted(FIXES))})")
    return chosen


def title_line(tokens: Sequence[Any]) -> int | None:
    """Source line of the story title: a ``#`` heading that is the first block."""
    for token in tokens:
        if token.type == "front_matter":
            continue
        if token.type == "heading_open" and token.tag == "h1" and token.map:
            return int(token.map[0])
        return None
    return None


def section_headings(tokens: Sequence[Any]) -> dict[int, int]:
    """Source line -> level of every heading except the title."""
    title = title_line(tokens)
    return {
        int(token.map[0]): int(token.tag[1])
        for token in tokens
        if token.type == "heading_open" and token.map and token.map[0] != title
    }


def heading_plan(tokens: Sequence[Any]) -> dict[int, int]:
    """Source line -> new level, for every heading the ``headings`` fix changes."""
    sections = list(section_headings(tokens).items())
    levels = sorted({level for _, level in sections})
    if not levels:
        return {}
    if len(levels) == 1:
        target = {levels[0]: BIG_LEVEL if levels[0] <= BIG_LEVEL else SMALL_LEVEL}
    else:
        target = {level: SMALL_LEVEL for level in levels[1:]}
        target[levels[0]] = BIG_LEVEL
    return {line: target[level] for line, level in sections if target[level] != level}


def medium_issues(body: str) -> list[CompatIssue]:
    """Everything in ``body`` that Medium's editor would drop or flatten, by line."""
    tokens = parse_source(body)
    issues = _heading_issues(tokens)
    issues.extend(_block_issues(tokens))
    issues.sort(key=lambda issue: (issue.line, issue.kind))
    return issues


def _heading_issues(tokens: Sequence[Any]) -> list[CompatIssue]:
    issues = []
    levels = section_headings(tokens)
    for line, new_level in heading_plan(tokens).items():
        old_level = levels[line]
        size = "big" if new_level == BIG_LEVEL else "small"
        if old_level == 1:
            message = "A second title-size heading: Medium keeps one title per story"
        elif old_level > SMALL_LEVEL:
            message = (
                f"Heading level {old_level}: Medium has two heading sizes and shows "
                "this one like a ### heading"
            )
        else:
            message = (
                f"Heading level {old_level}: Medium has two heading sizes, so this level "
                "would look the same as another one"
            )
        fix = f"Make it a {'#' * new_level} heading (Medium's {size} heading)"
        issues.append(CompatIssue(HEADINGS, line + 1, message, fix))
    return issues


def _block_issues(tokens: Sequence[Any]) -> list[CompatIssue]:
    issues: list[CompatIssue] = []
    referenced: set[str] = set()
    definitions: dict[str, int] = {}
    list_item_depth = 0
    for token in tokens:
        kind = token.type
        line = token.map[0] + 1 if token.map else 0
        if kind == "table_open":
            issues.append(
                _issue(TABLES, line, "Medium has no tables; this one would paste as text")
            )
        elif kind == "math_block":
            issues.append(_issue(MATH, line, "Medium cannot show maths; this formula is LaTeX"))
        elif kind == "html_block" and not _is_comment(token.content):
            issues.append(_issue(HTML, line, "Medium drops raw HTML blocks"))
        elif kind == "footnote_reference_open":
            definitions[token.meta["label"]] = line
        elif kind == "list_item_open":
            list_item_depth += 1
        elif kind == "list_item_close":
            list_item_depth -= 1
        elif kind in {"bullet_list_open", "ordered_list_open"} and list_item_depth:
            issues.append(_issue(NESTED_LISTS, line, "Medium has no nested lists"))
        elif kind == "inline" and token.children:
            issues.extend(_inline_issues(token, referenced))
    for label, line in definitions.items():
        if label not in referenced:
            message = f"Footnote [^{label}] is never referenced, and Medium has no footnotes"
            issues.append(_issue(FOOTNOTES, line, message))
    return issues


def _inline_issues(token: Any, referenced: set[str]) -> list[CompatIssue]:
    issues = []
    line = token.map[0] + 1 if token.map else 0
    for child in token.children:
        if child.type in {"softbreak", "hardbreak"}:
            line += 1
        elif child.type == "footnote_ref":
            label = child.meta.get("label")
            if label is not None:
                referenced.add(label)
            name = f"[^{label}]" if label is not None else "An inline footnote"
            issues.append(_issue(FOOTNOTES, line, f"{name}: Medium has no footnotes"))
        elif child.type == "math_inline":
            issues.append(_issue(MATH, line, f"Inline maths ${child.content}$: Medium has none"))
        elif child.type == "html_inline" and not _is_comment(child.content):
            issues.append(_issue(HTML, line, f"Medium drops raw HTML such as {child.content}"))
    return issues


def _issue(kind: str, line: int, message: str) -> CompatIssue:
    return CompatIssue(kind, line, message, _FIX_TEXT[kind])


def _is_comment(html: str) -> bool:
    # Comments are invisible anywhere; Medium dropping them loses nothing.
    stripped = html.strip()
    return stripped.startswith("<!--") and stripped.endswith("-->")
