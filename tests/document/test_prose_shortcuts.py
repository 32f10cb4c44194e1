"""Chunks read without the Markdown parser must give exactly the parser's prose."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.document.prose import parse_prose, parse_with_markdown_it
from app.document.prose_shortcuts import (
    BLOCK_SYNTAX_RE,
    INLINE_SYNTAX_RE,
    inline_paragraph,
    is_plain_paragraph,
    plain_heading,
    plain_list,
    read_without_parser,
)

WORDS = st.sampled_from(
    [
        "word", "Word.", "x", "é", "a-b", "3.5", "www.x.com", "http://a.b/c.", "#", " ", "  ",
        "!", ":", "(", ")", "'", '"', "&", "&amp;", "-", "=", "1.", "😀", "\t", "\xa0", "\\",
    ]
)  # fmt: skip
LINKS = st.sampled_from(
    [
        "[a](http://x.y)", "[link text](https://e.com/a_b*c)", "[t](rel/path)", "[ t ](u)",
        "[t](javascript:alert)", "[t](x:y)", "[t](HTTP://X)", "[t!](u.)", "![i](x.png)", "[a]",
        "[a](u \"t\")", "[a](<u>)", "[](u)", "[a]()", "](", "[[a](u)]", "[a\nb](u)",
    ]
)  # fmt: skip
EMPHASIS = st.sampled_from(
    [
        "*a*", "**bold text**", "_it_", "__st__", "*a b*", "**Label:**", "*.x*", "*x.*",
        "**a**b", "a**b**", "_a_b", "a_b_", "(*a*)", '"*a*"', "*a*.", "'_a_'", "*", "**", "_",
        "* a*", "*a *", "***a***", "*a**", "**a*", "*[a](u)*", "[*a*](u)", "*é*", "*²*",
        "(_a_)", "_(a)_", "x*(a)*", "`a`", "~a~", "<b>", "`x*y`", "` a `", "`a`b", "``a``",
        "`[a](u)`", "`<b>`", "`&amp;`", "`\\`", "`|`", "`", "`a b`",
    ]
)  # fmt: skip
INLINE = st.one_of(WORDS, LINKS, EMPHASIS, st.sampled_from(["\n", "\n  ", "  \n"]))


def _same_as_parser(source: str, shortcut) -> bool:
    """True when ``shortcut`` applies; then its prose must be the parser's."""
    found = shortcut(source)
    if found is None:
        return False
    assert found == parse_with_markdown_it(source), repr(source)
    return True


def _check_shortcut(shortcut, sources: st.SearchStrategy[str], examples: int, share: float):
    """Where ``shortcut`` applies it agrees with the parser, and it applies to at least
    ``share`` of the examples: one that never applied would agree vacuously."""
    applied: list[bool] = []

    @settings(max_examples=examples, deadline=None)
    @given(sources)
    def agrees(source: str) -> None:
        applied.append(_same_as_parser(source, shortcut))

    agrees()
    assert sum(applied) >= share * len(applied), f"{sum(applied)} of {len(applied)}"


HEADINGS = st.builds(
    lambda indent, level, gap, text, closing, end: (
        " " * indent + "#" * level + gap + text + closing + end
    ),
    st.integers(0, 4),
    st.integers(1, 7),
    st.sampled_from(["", " ", "  "]),
    st.lists(WORDS, max_size=5).map(" ".join),
    st.sampled_from(["", " #", " ##", "#", "  ", " # "]),
    st.sampled_from(["", "\n"]),
)


def test_headings() -> None:
    _check_shortcut(plain_heading, HEADINGS, examples=400, share=0.2)


PARAGRAPHS = st.builds(
    lambda lead, parts, gap, end: lead + gap.join(parts) + end,
    st.sampled_from(["", " ", "  "]),
    st.lists(INLINE, min_size=1, max_size=10),
    st.sampled_from([" ", ""]),
    st.sampled_from(["", "\n"]),
)


def test_paragraphs_with_links_and_emphasis() -> None:
    _check_shortcut(inline_paragraph, PARAGRAPHS, examples=600, share=0.05)


PLAIN_WORDS = st.sampled_from(["text", "More", "words here", "é", "x.", "(a)", "3.5", "1."])
SPICE = st.one_of(
    LINKS,
    EMPHASIS,
    st.sampled_from(["# h", "> q", "- x", "1. x", "```", "---", "* * *", "[a]: /x", "==", "\t"]),
)


@st.composite
def item_text(draw) -> str:
    """Mostly plain words, now and then one piece of other syntax."""
    words = draw(st.lists(PLAIN_WORDS, min_size=1, max_size=4))
    if draw(st.integers(0, 2)) == 0:
        words.insert(draw(st.integers(0, len(words))), draw(SPICE))
    return " ".join(words)


@st.composite
def lists(draw) -> str:
    marker = draw(st.sampled_from(["-", "*", "+", "1.", "2.", "1)", "10."]))
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        if lines and draw(st.integers(0, 3)) == 0:  # the item's text goes on
            lines.append(" " * draw(st.integers(0, 5)) + draw(item_text()))
            continue
        if draw(st.integers(0, 9)) == 0:  # now and then another kind of marker
            marker = draw(st.sampled_from(["-", "*", "1.", "1)"]))
        indent = " " * draw(st.sampled_from([0, 0, 0, 0, 1, 2, 3, 4]))
        spaces = " " * draw(st.sampled_from([0, 1, 1, 1, 1, 2, 4, 5]))
        lines.append(indent + marker + spaces + draw(item_text()))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n"]))


def test_lists() -> None:
    _check_shortcut(plain_list, lists(), examples=600, share=0.05)


def test_common_shapes_take_a_shortcut() -> None:
    for source in [
        "## A heading\n",
        "Text with [a link](https://example.com/page) and **bold** words.\n",
        "Run `git status` first.\n",
        "* First item\n* Second item with *emphasis*\n",
        "1. One\n2. Two, which goes on\nto the next line.\n",
    ]:
        assert read_without_parser(source) is not None, source
        assert parse_prose(source) == parse_with_markdown_it(source)


def test_ambiguous_syntax_goes_to_the_parser() -> None:
    for source in [
        "word**bold**word and *x*\n",  # intra-word emphasis
        "* * *\n",  # a thematic break, not a list
        "- item\n  - nested\n",
        "# Heading with *emphasis*\n",
        "[a link](javascript:alert(1))\n",
        "[ref]: https://example.com\n",
    ]:
        assert read_without_parser(source) is None, source


def _reference_plain(source: str) -> bool:
    return not INLINE_SYNTAX_RE.search(source) and not BLOCK_SYNTAX_RE.search(source)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            WORDS,
            st.sampled_from(["\n", "\n\n", "\n \n", "\n    x", "\n1. x", "\n# x", "&x;", "![x"]),
            st.text(max_size=3),
        ),
        max_size=12,
    ).map("".join)
)
def test_plain_paragraph_check_equals_the_one_pattern_check(source: str) -> None:
    assert is_plain_paragraph(source) == _reference_plain(source)


def test_plain_paragraph_check_knows_every_white_space_character() -> None:
    for code in [*range(0x3100), 0xFEFF, 0x1F600]:
        text = f"a{chr(code)}b"
        assert is_plain_paragraph(text) == _reference_plain(text), hex(code)
