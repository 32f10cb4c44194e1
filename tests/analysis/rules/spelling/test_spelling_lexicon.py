"""The spelling counts answer from the compact table exactly as the dictionary they replace."""

from __future__ import annotations

from app.analysis.rules.spelling.lexicon import (
    COUNTS,
    EXTRA_WORD_FREQUENCY,
    WORDS,
    WordCounts,
    lexicon,
    spellchecker_counts,
)
from app.analysis.text.word_table import WordTable
from app.resources import word_list


def test_the_counts_equal_the_dictionary_with_the_extra_words() -> None:
    expected = spellchecker_counts()
    for word in word_list("spelling", "extra_words.txt"):
        expected.setdefault(word, EXTRA_WORD_FREQUENCY)
    counts = lexicon().frequencies
    assert len(counts) == len(expected)
    assert all(counts.get(word) == count for word, count in expected.items())
    assert counts.as_set() == expected.keys()
    assert "zzqxq" not in counts
    assert counts.get("zzqxq", 0) == 0


def test_the_tables_equal_their_derivations() -> None:
    assert COUNTS.load() == COUNTS.build()
    assert WORDS.load() == WORDS.build()


def test_the_dictionary_wins_over_an_extra_word_and_the_set_loads_once() -> None:
    loads: list[int] = []

    def load() -> frozenset[str]:
        loads.append(1)
        return frozenset({"cat", "dog"})

    counts = WordCounts(
        WordTable(WordTable.build({"cat": 7, "dog": 3}.items())), {"cat": 1, "kubectl": 5}, load
    )
    assert counts["cat"] == 7
    assert counts["kubectl"] == 5
    assert sorted(counts) == ["cat", "dog", "kubectl"]
    assert loads == []
    assert counts.as_set() is counts.as_set()
    assert counts.as_set() == {"cat", "dog", "kubectl"}
    assert loads == [1]
