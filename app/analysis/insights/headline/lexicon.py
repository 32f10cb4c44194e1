"""Word knowledge the headline checks share: frequency ranks, our word lists, VADER sentiment.

Everything loads lazily on first use and is kept (``functools.cache``), so importing this module
is free and any thread may call these functions (a race at most loads a list twice).
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
import re
from functools import cache
from typing import Any

from app.analysis.text import nltk_modules
from app.analysis.text.compact import CompactTable, package_file
from app.analysis.text.word_table import TableData, WordTable
from app.resources import word_list

# Ranks in pyspellchecker's English frequency list: a word among the most frequent
# ``COMMON_RANK`` is "common"; up to ``UNCOMMON_RANK`` it is "uncommon"; beyond that (or not
# listed at all: names, brands, coinages) it is "rare".
COMMON_RANK = 1_000
UNCOMMON_RANK = 20_000


def _load_ranks() -> TableData:
    resource = importlib.resources.files("spellchecker").joinpath("resources/en.json.gz")
    with resource.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        counts: dict[str, int] = json.load(handle)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    # Only the ranks we distinguish are kept: beyond UNCOMMON_RANK every word is "rare".
    return WordTable.build(
        (word, rank) for rank, (word, _) in enumerate(ordered[:UNCOMMON_RANK], 1)
    )


RANKS = CompactTable(
    "spellchecker_ranks",
    lambda: package_file("spellchecker", "resources", "en.json.gz"),
    _load_ranks,
)


@cache
def frequency_ranks() -> WordTable:
    """Lower-case word -> rank (1 = most frequent) for the 20,000 most frequent English words."""
    return WordTable(RANKS.load())


def word_rank(word: str, ranks: WordTable | None = None) -> int:
    """Frequency rank of a lower-case word; ``UNCOMMON_RANK + 1`` when it is not among them.
    A contraction counts as its first part ("you're" as "you")."""
    ranks = ranks if ranks is not None else frequency_ranks()
    rank = ranks.get(word)
    if rank is None and "'" in word:
        rank = ranks.get(word.split("'", 1)[0])
    return rank if rank is not None else UNCOMMON_RANK + 1


@cache
def headline_words(name: str) -> frozenset[str]:
    """One of the lists in ``resources/headline/`` (``name`` without ``.txt``)."""
    return word_list("headline", f"{name}.txt")


@cache
def phrase_pattern(name: str) -> re.Pattern[str]:
    """A compiled pattern matching any phrase of a list as whole words, ignoring case."""
    phrases = sorted(word_list("headline", f"{name}.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases)
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])", re.IGNORECASE)


@cache
def phrase_starts(name: str) -> frozenset[str]:
    """The first words of a phrase list: a text without any of them cannot match it."""
    from app.analysis.text.words import WORD_RE, normalize

    firsts = set()
    for phrase in word_list("headline", f"{name}.txt"):
        tokens = WORD_RE.findall(phrase)
        if tokens:
            firsts.add(normalize(tokens[0]))
    return frozenset(firsts)


@cache
def _vader() -> Any:
    """NLTK's VADER with the lexicon the ``vaderSentiment`` package ships, read here rather
    than through NLTK's resource search (which would start the rest of NLTK)."""
    from app.analysis.text.offline_data import vader_lexicon_folder

    vader = nltk_modules.module(nltk_modules.VADER)
    analyzer: Any = vader.SentimentIntensityAnalyzer
    lexicon = (vader_lexicon_folder() / "vader_lexicon.txt").read_text(encoding="utf-8")

    class _PackagedLexiconVader(analyzer):
        def __init__(self) -> None:  # what NLTK's own constructor does, given the text
            self.lexicon_file = lexicon
            self.lexicon = self.make_lex_dict()
            self.constants = vader.VaderConstants()

    return _PackagedLexiconVader()


def sentiment(text: str) -> dict[str, float]:
    """VADER scores for ``text``: ``neg``, ``neu``, ``pos`` (shares) and ``compound`` (-1..1)."""
    return _vader().polarity_scores(text)


#: VADER's rating (of 4) from which a word is praise ("great" 3.1, "happy" 2.7): milder words
#: are upbeat without praising ("growth" 1.6, "help" 1.7, "easy" 1.9).
PRAISE_MIN_VALENCE = 2.5


def praises(text: str) -> bool:
    """Whether ``text`` has a word of praise ("great", "happy"). Its positive tone can also
    come from a negated negative word ("not the problem") or a mildly upbeat one ("Growth of
    Open Data"), which praise nothing."""
    from app.analysis.text.words import WORD_RE, normalize

    lexicon = _vader().lexicon
    return any(
        lexicon.get(normalize(word), 0.0) >= PRAISE_MIN_VALENCE for word in WORD_RE.findall(text)
    )


def warm_up() -> None:
    """Load the frequency list, the word lists and VADER now rather than on first use."""
    frequency_ranks()
    sentiment("warm up")
