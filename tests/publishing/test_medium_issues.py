"""Medium compatibility report: what Medium would drop, where, and the fix."""

from __future__ import annotations

from pathlib import Path

from app.document.parsers import parse_source
from app.publishing.compat import FIXES, CompatIssue, heading_plan, medium_issues

DRAFT = """\
---
title: Draft
---

# The Title

# A Second Title-Size Heading

## Section

#### Too Deep

Text with a note[^n] and $E = mc^2$ inline
and <span>html</span> on line 16, plus an inline note^[Here.].

| a | b |
|---|---|
| 1 | 2 |

- item
  - nested item

$$
x^2
$$

<div>block html</div>

<!-- a comment is fine -->

[^n]: The note.

[^unused]: Never referenced.
"""


def _kinds_and_lines(issues: list[CompatIssue]) -> list[tuple[str, int]]:
    return [(issue.kind, issue.line) for issue in issues]


def test_every_problem_is_reported_with_its_line():
    assert _kinds_and_lines(medium_issues(DRAFT)) == [
        ("headings", 7),
        ("headings", 9),
        ("headings", 11),
        ("footnotes", 13),
        ("math", 13),
        ("footnotes", 14),
        ("html", 14),
        ("html", 14),
        ("tables", 16),
        ("nested_lists", 21),
        ("math", 23),
        ("html", 27),
        ("footnotes", 33),
    ]


def test_each_issue_has_a_message_and_a_one_line_fix():
    for issue in medium_issues(DRAFT):
        assert issue.message
        assert issue.fix
        assert "\n" not in issue.message
        assert "\n" not in issue.fix
        assert issue.kind in FIXES | {"html"}


def test_heading_messages_name_the_target_size():
    issues = {issue.line: issue for issue in medium_issues(DRAFT) if issue.kind == "headings"}
    assert "second title-size heading" in issues[7].message
    assert issues[7].fix.startswith("Make it a ## heading")
    assert issues[9].fix.startswith("Make it a ### heading")
    assert "Heading level 4" in issues[11].message


def test_two_levels_starting_at_h2_are_fine():
    body = "# Title\n\n## One\n\n### One point one\n\n## Two\n"
    assert medium_issues(body) == []
    assert heading_plan(parse_source(body)) == {}


def test_clean_article_has_no_issues():
    body = "# T\n\n*Sub*\n\nText with **bold**, [a link](https://x.com) and `code`.\n\n- a\n- b\n"
    assert medium_issues(body) == []


def test_code_is_not_mistaken_for_problems():
    body = "```\n| a | b |\n|---|---|\n$x$ <div> [^1]\n```\n\nInline `$x$ <b>`.\n"
    assert medium_issues(body) == []


def test_fixture_reports_are_stable():
    fixture = Path(__file__).parent / "fixtures" / "habits.md"
    assert _kinds_and_lines(medium_issues(fixture.read_text(encoding="utf-8"))) == [
        ("nested_lists", 18),
        ("footnotes", 24),
        ("tables", 34),
        ("headings", 44),
    ]
