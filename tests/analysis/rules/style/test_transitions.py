"""Transition words."""

from __future__ import annotations

import pytest

from app.analysis.rules.style import has_transition


@pytest.mark.parametrize(
    "sentence",
    [
        "However, it failed.",
        "As a result, sales fell.",
        "For example, take Medium.",
        "We tried; meanwhile, the team waited.",
        "IN ADDITION, we added tests.",
        "It rained. In\nshort, we stayed.",
    ],
)
def test_sentences_with_a_transition(sentence: str) -> None:
    assert has_transition(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["The cat sat on the mat.", "Howevers are not words.", "A firstborn child."],
)
def test_sentences_without_one(sentence: str) -> None:
    assert not has_transition(sentence)
