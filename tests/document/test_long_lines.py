"""Very long prose lines are broken at sentence ends and read exactly the same."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.document.long_lines import LONG_LINE_CHARACTERS, break_long_lines
from app.document.parsers import parse_source

SENTENCE = "The quick writer checks every claim. Then she reads it aloud! Does it flow? Yes. "


def _html(text: str) -> str:
    """What a reader sees, with line breaks inside paragraphs read as the spaces they are."""
    from markdown_it import MarkdownIt

    return re.sub(r"\s+", " ", MarkdownIt("commonmark").render(text))


def test_a_long_line_of_prose_becomes_one_line_per_sentence() -> None:
    line = SENTENCE * (LONG_LINE_CHARACTERS // len(SENTENCE) + 10)
    text, broken = break_long_lines(f"# Title\n\n{line}\n")
    assert broken == 1
    assert max(len(part) for part in text.split("\n")) < 100
    assert _html(text) == _html(f"# Title\n\n{line}\n")


def test_short_lines_code_headings_tables_and_front_matter_are_left_alone() -> None:
    long = SENTENCE * 5
    text = (
        f"---\ntitle: {long}\n---\n\n# {long}\n\n```\n{long}\n```\n\n    {long}\n\n"
        f"| a | {long} |\n|---|---|\n\nShort. Lines. Stay.\n"
    )
    assert break_long_lines(text, limit=100) == (text, 0)


def test_breaks_come_only_before_a_letter() -> None:
    line = "It cost 5. 2 were left. - not a list. # not a heading. > not a quote. Fine. " * 3
    text, broken = break_long_lines(line, limit=50)
    assert broken == 1
    assert all(part[:1].isalpha() for part in text.split("\n")[1:] if part)
    assert parse_source(text)[0].type == "paragraph_open"


# Words that may look like Markdown, joined by spaces or sentence ends, so breaks are tried
# in front of anything a line could start with.
_WORD = st.text(alphabet=st.sampled_from("abcdefghXYZ12-#>*_`[]()<!=+"), min_size=1, max_size=8)
_GAP = st.sampled_from([" ", " ", ". ", "! ", "? ", ".  ", ".\t", "… "])
_PROSE = st.lists(st.tuples(_WORD, _GAP), min_size=1, max_size=40).map(
    lambda pairs: "".join(word + gap for word, gap in pairs).rstrip()
)


@settings(max_examples=200, deadline=None)
@given(prose=_PROSE, before=st.sampled_from(["", "Intro.\n\n", "- item\n", "> quote\n"]))
def test_any_text_reads_the_same_after_breaking(prose: str, before: str) -> None:
    text = before + prose + "\n"
    broken, _count = break_long_lines(text, limit=20)
    assert _html(broken) == _html(text)


def test_a_line_opening_raw_html_is_left_whole() -> None:
    # An HTML declaration ends on the line holding its ">": a break after it would start a
    # paragraph with the rest of the line.
    for text in ("<!X11 1 1> 1111! X111\n", "<!-- note --> Long text. More text here.\n"):
        assert break_long_lines(text, limit=10) == (text, 0)


def test_an_ordered_lists_number_is_no_sentence_end() -> None:
    for text in (
        "1.  X 1 1 11 11111111 aa.\n",
        "- 1.  A long item that goes on.\n",
        "> 2) Yes it.\n",
    ):
        broken, _count = break_long_lines(text, limit=10)
        assert _html(broken) == _html(text)
        assert broken.split("\n")[0] != text.split(" ")[0]  # the number keeps its item
