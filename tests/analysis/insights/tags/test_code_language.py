"""The language a post's fenced code is written in, as a Medium tag."""

from __future__ import annotations

import pytest

from app.analysis.insights.tags.code_language import code_language


def test_go_code_is_tagged_golang_medium_s_best_read_name_for_it() -> None:
    found = code_language(["go", "go"], "Errors in Go are values.")
    assert found is not None
    assert (found.written, found.tag.slug) == ("Go", "golang")
    assert found.tag.stories > 0


@pytest.mark.parametrize(
    ("fences", "prose", "slug"),
    [
        (["py"], "A small Python script reads the file.", "python"),
        (["r"], "In R, a data frame holds the table.", "r"),
        (["jsx"], "A React component renders the list.", "react"),
        (["rust", "python", "rust"], "Rust and Python both appear here.", "rust"),
    ],
)
def test_an_alias_the_fence_uses_finds_the_language(fences, prose, slug) -> None:
    found = code_language(fences, prose)
    assert found is not None
    assert found.tag.slug == slug


@pytest.mark.parametrize(
    ("fences", "prose"),
    [
        (["go"], "Let's go over the steps once more."),  # "go" only as a verb
        (["python"], "The script reads the file and prints a line."),  # never named
        (["yaml"], "The YAML file sets the limits."),  # data, no program
        (["console", "bash"], "Run it from bash and watch the console."),  # commands
        (["text"], "The text of the log."),
        (["python"], "Some sage advice on bazel."),  # Pygments' odd aliases of Python
        (["dockerfile"], "The Docker image is small."),  # configuration, no program
        (["md"], "Markdown keeps notes plain."),  # markup
        (["pycon"], "A Python session in the console."),  # prompts and output
        (["r"] * 4, "A, B, C and s."),  # "r" only as a letter
        (["mermaid-diagram"], "A mermaid-diagram of the flow."),  # no language Pygments knows
        ([], "Python everywhere."),
    ],
)
def test_no_tag_without_a_programming_language_the_prose_names(fences, prose) -> None:
    assert code_language(fences, prose) is None


def test_a_name_inside_a_longer_word_or_a_file_name_is_no_mention() -> None:
    assert code_language(["c"], "See C++ and main.c for the details.") is None
    assert code_language(["c"], "The C compiler reads main.c first.") is not None
    assert code_language(["py"], "Run setup.py to install it.") is None


def test_the_language_most_of_the_code_is_in_comes_first() -> None:
    found = code_language(["python", "go", "go"], "Go calls a Python helper.")
    assert found is not None
    assert found.tag.slug == "golang"


def test_the_reason_names_the_language_as_the_prose_or_pygments_writes_it() -> None:
    lower = code_language(["py"], "a python script")
    assert lower is not None
    assert lower.written == "Python"
    assert code_language(["r"], "In R, vectors count from one.").written == "R"


def test_a_name_before_a_hyphen_and_a_word_counts() -> None:
    found = code_language(["python"], "A Python-based pipeline.")
    assert found is not None
    assert found.tag.slug == "python"
    assert code_language(["go"], "Go-style errors everywhere.") is not None
