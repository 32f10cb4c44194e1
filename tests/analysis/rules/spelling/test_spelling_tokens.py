"""Which words of a prose string the spelling checker looks at, and where they are."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis.rules.spelling import Token, spelling_tokens
from app.analysis.rules.spelling.tokens import iter_word_runs, plain_word_runs


def words_of(text: str) -> list[str]:
    return [token.word for token in spelling_tokens(text)]


@pytest.mark.parametrize(
    "skipped",
    [
        "https://example.com/recieve?x=1",
        "http://teh.org",
        "www.recieve.com/path",
        "ftp://files.example.org/teh",
        "recieve.teh@example.com",
        "@recieve",
        "#recieve",
        "4th",
        "mp3",
        "covid-19",
        "2024",
        "3.5",
        "NASA",
        "APIs",
        "URLs",
        "iPhone",
        "JavaScript",
        "McDonald",
        "O'Brien",
        "config.yaml",
        "app.analysis.text.words",
        "e.g.",
        "U.S.",
        "snake_case_name",
        "`recieve`",
        "<span>",
        "&nbsp;",
        "/usr/local/recieve",
        "./images/teh.png",
        "~/notes/teh",
        "Привет",
    ],
)
def test_non_prose_is_skipped_whole(skipped: str) -> None:
    text = f"Before {skipped} after."
    assert words_of(text) == ["Before", "after"]


def test_prose_words_are_kept_in_order() -> None:
    text = "The quick brown fox, naïve as ever, recieve Teh café."
    assert words_of(text) == [
        "The",
        "quick",
        "brown",
        "fox",
        "naïve",
        "as",
        "ever",
        "recieve",
        "Teh",
        "café",
    ]


def test_hyphenated_compounds_are_checked_part_by_part() -> None:
    text = "A well-knwon state-of-the-art idea."
    tokens = spelling_tokens(text)
    assert [t.word for t in tokens] == ["well", "knwon", "state", "of", "the", "art", "idea"]
    knwon = tokens[1]
    assert text[knwon.start : knwon.end] == "knwon"


def test_one_letter_parts_are_not_words_to_check() -> None:
    assert words_of("Send an e-mail to x.") == ["Send", "an", "mail", "to"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the writer's draft", ["the", "writer's", "draft"]),
        ("the writer’s draft", ["the", "writer’s", "draft"]),
        ("the writers’ room", ["the", "writers", "room"]),
        ("the writers' room", ["the", "writers", "room"]),
        ("don't they’re", ["don't", "they’re"]),
    ],
)
def test_apostrophes_inside_words_stay_and_trailing_ones_go(text: str, expected: list[str]) -> None:
    assert words_of(text) == expected


def test_a_slash_between_words_is_not_a_path() -> None:
    assert words_of("read and/or write") == ["read", "and", "or", "write"]


def test_a_markdown_heading_mark_is_not_a_hashtag() -> None:
    assert words_of("# Heading") == ["Heading"]


def test_offsets_are_str_indices_after_emoji() -> None:
    text = "🎉😀👩‍💻 I recieve 🧪 mail"
    tokens = spelling_tokens(text)
    recieve = next(t for t in tokens if t.word == "recieve")
    assert recieve == Token(text.index("recieve"), text.index("recieve") + 7, "recieve")
    mail = tokens[-1]
    assert text[mail.start : mail.end] == "mail"


@given(st.text(alphabet=st.sampled_from(list("ab’'-. 😀é_1@#/\nZ")), max_size=60))
def test_tokens_are_ordered_slices_of_the_text(text: str) -> None:
    tokens = spelling_tokens(text)
    previous_end = 0
    for token in tokens:
        assert text[token.start : token.end] == token.word
        assert token.start >= previous_end
        assert token.word
        assert "-" not in token.word
        previous_end = token.end


@given(st.text(alphabet=st.sampled_from(list("ab_-.'’ʼ é1 \n/@#`<&\\w:")), max_size=60))
def test_plain_word_runs_are_the_scanner_runs(text: str) -> None:
    runs = plain_word_runs(text)
    scanned = [match.group(1) for match in iter_word_runs(text)]
    if runs is None:  # something to skip: the caller scans match by match
        assert any(mark in text for mark in "/@#`<&\\") or "www." in text
    else:
        assert runs == scanned


@given(st.text(alphabet="ab_1-.'’ʼ é\n@", max_size=40))
def test_iter_plain_word_runs_matches_the_runs_plain_word_runs_finds(text: str) -> None:
    from app.analysis.rules.spelling.tokens import iter_plain_word_runs

    runs = plain_word_runs(text)
    if runs is not None:
        assert [match.group() for match in iter_plain_word_runs(text)] == runs
        assert all(text[m.start() : m.end()] == m.group() for m in iter_plain_word_runs(text))


@pytest.mark.parametrize(
    "text",
    [
        "See {{ site.baseurl | relative_urlz }} and {% include notez.html %} here.",
        'An <img altz="x"> tag and a stray alt="Diagramz of flows" attribute.',
        "Press <kbd>Ctrlz</kbd> or Ctrlz+Shiftz+P to open it.",
        "Open ~/notez/draftz.md or C:\\Userz\\draftz.md and confiq.yaml.",
    ],
)
def test_template_tags_attributes_keys_paths_and_file_names_are_skipped(text: str) -> None:
    assert [token.word for token in spelling_tokens(text) if token.word.endswith("z")] == []
