"""First-suggestion accuracy on real misspellings, against pyspellchecker's own correction().

The set (``data/misspellings.tsv``) is held out: nothing in the suggester was built or tuned on
it. pyspellchecker needs about a minute for the whole set, which makes this the slowest test of
the package; ``python -m tools.eval_spelling`` prints the same figures with timings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spellchecker import SpellChecker

from app.analysis.rules.spelling import suggest
from app.analysis.rules.spelling.lexicon import lexicon

EVALUATION_SET = Path(__file__).resolve().parent / "data" / "misspellings.tsv"
pytestmark = pytest.mark.slow  # pyspellchecker takes about a minute over the whole set
# A generous budget: this measures ranking, not speed, and must not depend on machine load.
BUDGET = 5.0


@pytest.fixture(scope="module")
def pairs() -> list[tuple[str, str]]:
    rows = []
    for line in EVALUATION_SET.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            wrong, right, source = line.split("\t")
            assert source.startswith("norvig-testset")
            rows.append((wrong, right))
    return rows


@pytest.fixture(scope="module")
def ranked(pairs: list[tuple[str, str]]) -> list[list[str]]:
    """Our five best corrections for each misspelling of the set."""
    return [suggest(wrong, time_budget=BUDGET) for wrong, _ in pairs]


def test_evaluation_set_is_large_and_corrections_are_dictionary_words(
    pairs: list[tuple[str, str]],
) -> None:
    words = lexicon()
    assert len(pairs) >= 300
    assert all(right in words and wrong not in words for wrong, right in pairs)


def test_first_suggestion_beats_pyspellchecker(
    pairs: list[tuple[str, str]], ranked: list[list[str]]
) -> None:
    ours = sum(best[:1] == [right] for best, (_, right) in zip(ranked, pairs, strict=True))
    library = SpellChecker()
    theirs = sum(library.correction(wrong) == right for wrong, right in pairs)
    assert ours / len(pairs) >= 0.80
    assert ours > theirs


def test_top_five_contains_the_intended_word_nine_times_in_ten(
    pairs: list[tuple[str, str]], ranked: list[list[str]]
) -> None:
    hits = sum(right in best[:5] for best, (_, right) in zip(ranked, pairs, strict=True))
    assert hits / len(pairs) >= 0.90
