"""Frequency ranks for headline words: the compact table keeps pyspellchecker's order."""

from __future__ import annotations

from app.analysis.insights.headline.lexicon import UNCOMMON_RANK, frequency_ranks, word_rank
from app.analysis.rules.spelling.lexicon import spellchecker_counts


def test_ranks_follow_the_dictionarys_counts() -> None:
    ordered = sorted(spellchecker_counts().items(), key=lambda item: (-item[1], item[0]))
    ranks = frequency_ranks()
    assert len(ranks) == UNCOMMON_RANK
    assert all(ranks.get(word) == rank for rank, (word, _) in enumerate(ordered[:UNCOMMON_RANK], 1))
    assert word_rank("the") == 1
    assert word_rank("you're") == word_rank("you")
    assert word_rank("zzqxq") == UNCOMMON_RANK + 1
