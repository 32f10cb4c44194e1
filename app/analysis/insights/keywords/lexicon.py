"""Word lists, the stemmer and word rarity (wordfreq), each loaded once on first use."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache, lru_cache

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.frequency import UNSEEN_ZIPF, zipf
from app.analysis.text import nltk_modules
from app.resources import word_list

_LOCK = threading.Lock()


@cache
def stopwords() -> frozenset[str]:
    """Single-word stopwords for keyword extraction (lower case, straight apostrophes)."""
    return frozenset(w for w in word_list("keywords", "stopwords.txt") if " " not in w)


@cache
def stop_phrases() -> tuple[str, ...]:
    """Multi-word boilerplate such as "read more" or "click here", dropped whole."""
    return tuple(sorted(w for w in word_list("keywords", "stopwords.txt") if " " in w))


@cache
def first_names() -> frozenset[str]:
    """Common first names: a capitalized one starts a person's name, never a topic."""
    return word_list("keywords", "first_names.txt")


@cache
def person_names() -> frozenset[str]:
    """First names of the 1990 US census and of Faker's locales (``tools/derive_tags.py``),
    far more than ``first_names``: one that is no Medium tag is a person, never a new tag."""
    return word_list("keywords", "person_names.txt")


def is_person_name(word: str) -> bool:
    """A first name written with a capital ("Annalee"; "rose" is a flower), or one English
    rarely uses as a word, however written: "dmitri" is lower-cased at sentence starts."""
    lowered = word.lower()
    if lowered not in person_names():
        return False
    return word[:1].isupper() or zipf(lowered) < th.NAME_AS_WORD_MAX_ZIPF


@cache
def verb_forms() -> frozenset[str]:
    """Inflected words English uses as verbs first ("told", "deploys", "drove";
    ``tools/derive_tags.py``, from lemminflect): a phrase ending on one is a clause ("Annalee
    taught")."""
    return word_list("keywords", "verb_forms.txt")


@cache
def verb_bases() -> frozenset[str]:
    """Base forms of verbs English uses only as verbs ("convince", "deploy")."""
    return word_list("keywords", "verb_bases.txt")


@cache
def modifier_words() -> frozenset[str]:
    """Words English uses only as adjectives or adverbs ("easy", "bad"; from lemminflect)."""
    return word_list("keywords", "modifier_words.txt")


@cache
def ing_nouns() -> frozenset[str]:
    """Words ending in "-ing" that are no verb's "-ing" form ("morning", "string", "sibling";
    from lemminflect)."""
    return word_list("keywords", "ing_nouns.txt")


def is_mainly_verb(word: str) -> bool:
    """A lower-case word that is a verb first, inflected or not: no topic alone."""
    return word in verb_forms() or word in verb_bases()


@cache
def function_words() -> frozenset[str]:
    """Grammar words matched loosely inside a focus keyphrase."""
    return word_list("keywords", "function_words.txt")


@cache
def other_grammar_words() -> frozenset[str]:
    """The commonest words of languages other than English ("der", "und", "de", "la"), from
    wordfreq by ``tools/derive_tags.py``: in a post in another language they are no topic."""
    return word_list("keywords", "other_grammar_words.txt")


@cache
def other_grammar_stems() -> frozenset[str]:
    """``other_grammar_words`` as keyword keys hold them: stemmed."""
    return frozenset(stem(word) for word in other_grammar_words())


@cache
def _stemmer() -> Callable[[str], str]:
    # Imported here, not at module level: the first paint need not wait for it.
    with _LOCK:
        snowball = nltk_modules.module(nltk_modules.SNOWBALL)
        stemmer: Callable[[str], str] = snowball.SnowballStemmer("english").stem
        return stemmer


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word ("writing", "writes" -> "write")."""
    return _stemmer()(word)


@lru_cache(maxsize=65536)
def specificity(word: str) -> float:
    """How rare ``word`` is in general English (wordfreq), from SPECIFICITY_FLOOR (common) to 1
    (rare). Information is -log10 of the word's share of running English text."""
    frequency = zipf(word)
    information = 9.0 - frequency if frequency > UNSEEN_ZIPF else th.UNKNOWN_INFORMATION
    share = (information - th.COMMON_INFORMATION) / (th.RARE_INFORMATION - th.COMMON_INFORMATION)
    return min(1.0, max(th.SPECIFICITY_FLOOR, share))
