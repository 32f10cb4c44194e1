"""A post's metadata, its opening title, and line breaks normalised without moving offsets."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.document.front_matter import FrontMatter
from app.document.post import (
    first_heading_title,
    normalize_line_breaks,
    read_metadata,
    split_title,
    split_title_block,
    title_block,
    without_title_heading,
)


def test_front_matter_title_wins_over_the_first_heading() -> None:
    source = "+++\ntitle = 'From TOML'\ntags = ['a']\ndate = 2022-02-03\n+++\n# Heading\n\nText."
    assert read_metadata(source) == FrontMatter(
        title="From TOML", tags=("a",), date=datetime.date(2022, 2, 3)
    )


def test_without_front_matter_the_first_level_one_heading_is_the_title() -> None:
    source = "Intro line.\n\n```\n# not a heading\n```\n\n## Section\n\n# The *Real* Title\n"
    assert first_heading_title(source) == "The Real Title"
    assert read_metadata(source).title == "The Real Title"
    assert read_metadata("Just prose.\n").title == ""


def test_toml_front_matter_is_not_mistaken_for_a_title_or_prose() -> None:
    source = '+++\ntitle = "T"\n+++\n\nFirst paragraph.\n'
    assert first_heading_title(source) == ""
    assert read_metadata(source).title == "T"


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("# `async` in Python ##\n\nText.", "async in Python"),  # the opening title block
        ("Intro.\n\n# Why *Rust* and `cargo`\n\nText.", "Why Rust and cargo"),  # a later one
    ],
)
def test_a_title_keeps_the_words_of_its_code_spans(source: str, title: str) -> None:
    assert read_metadata(source).title == title
    assert first_heading_title(source) == title


def test_an_imported_title_in_code_loses_no_word() -> None:
    block, body = split_title_block("# Why `async` Broke My Tests\n\nThe story.")
    assert block.title == "Why async Broke My Tests"
    assert body == "The story."


def test_split_title_takes_only_an_opening_heading() -> None:
    assert split_title("# Hello *world*\n\nBody.\n") == ("Hello world", "Body.\n")
    assert split_title("---\na: 1\n---\n\n# T\nBody") == ("T", "---\na: 1\n---\nBody")
    assert split_title("Body first.\n\n# Later\n") == ("", "Body first.\n\n# Later\n")


@given(st.text(alphabet=st.sampled_from("ab \r\n\t#é😀"), max_size=60))
def test_normalised_line_breaks_keep_every_offset(text: str) -> None:
    normalised = normalize_line_breaks(text)
    assert len(normalised) == len(text)
    assert "\r" not in normalised
    assert [i for i, c in enumerate(text) if c not in "\r\n"] == [
        i for i, c in enumerate(normalised) if c not in " \n" or text[i] not in "\r\n"
    ]


def test_without_title_heading_blanks_the_opening_title_and_keeps_offsets() -> None:
    source = "# Why Polars\n\nPolars is fast."
    blanked = without_title_heading(source)
    assert len(blanked) == len(source)
    assert blanked.strip() == "Polars is fast."
    assert blanked.index("Polars is") == source.index("Polars is")


def test_without_title_heading_keeps_a_heading_that_is_not_the_title() -> None:
    other = '---\ntitle: "The Real Title"\n---\n# A Section\n\nText.'
    assert without_title_heading(other) == other
    same = '---\ntitle: "Same"\n---\n# Same\n\nText.'
    assert "# Same" not in without_title_heading(same)
    no_heading = "Text first.\n\n# Later heading\n"
    assert without_title_heading(no_heading) == no_heading


def test_an_italic_line_alone_under_the_title_is_the_subtitle() -> None:
    source = "# Fewer Meetings\n\n*Two hours saved\\-each day*\n\nThe story."
    assert read_metadata(source).subtitle == "Two hours saved-each day"
    blanked = without_title_heading(source)
    assert len(blanked) == len(source)
    assert blanked.strip() == "The story."
    assert split_title_block(source)[1] == "The story."


@pytest.mark.parametrize(
    "source",
    [
        "# T\n\n*Italic* and then plain words.\n\nBody.",  # only partly italic
        "# T\n\n*One italic line*\nthat goes on.\n\nBody.",  # a paragraph, not a line
        "# T\n\n*One* and *two*\n\nBody.",
        "# T\n\n**Bold, not italic**\n\nBody.",
        f"# T\n\n*{' '.join(['An editor’s note of many sentences.'] * 9)}*\n\nBody.",  # a note
        "Intro first.\n\n*Italic*\n",  # no opening title
        '---\ntitle: "Other"\n---\n# T\n\n*Italic*\n',  # the heading is the story's own
    ],
)
def test_other_opening_lines_are_the_story(source: str) -> None:
    assert title_block(source).subtitle == ""
    assert "*" in without_title_heading(source)
