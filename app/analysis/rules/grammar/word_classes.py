"""The word classes the grammar checks ask about, from lemminflect's lemma table (derived into
``resources/keywords/`` by ``tools/derive_tags.py``, and the pasts' verbs into
``resources/grammar/`` by ``tools/derive_verb_tables.py``)."""

from __future__ import annotations

from functools import cache

from app.resources import resource_path, word_list


def modifier_words() -> frozenset[str]:
    """Words English uses only as adjectives or adverbs ("useful", "easy", "best")."""
    return word_list("keywords", "modifier_words.txt")


def verb_forms() -> frozenset[str]:
    """Inflected words English uses as verbs first ("wagged", "lost", "attributed")."""
    return word_list("keywords", "verb_forms.txt")


def verb_bases() -> frozenset[str]:
    """Base forms of words English uses only as verbs ("convince", "deploy")."""
    return word_list("keywords", "verb_bases.txt")


def is_verb(word: str) -> bool:
    """A lower-case word English uses as a verb first, or any "-ed" form ("built", "loved")."""
    return word in verb_forms() or word in verb_bases() or word.endswith("ed")


def _rows(name: str) -> list[list[str]]:
    lines = resource_path("grammar", name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@cache
def _past_bases() -> dict[str, str]:
    return {past: verb for past, verb in _rows("past_bases.tsv")}


@cache
def _present_forms() -> dict[str, tuple[str, str]]:
    return {verb: (present, past) for verb, present, past in _rows("present_forms.tsv")}


def bare_verb_of(past: str) -> str | None:
    """The verb of a lower-case simple past ending in "-ed" ("wanted" → "want", "tried" →
    "try", "fed" → "feed"), from ``resources/grammar/past_bases.tsv``; None for any other
    word ("need", "speed")."""
    return _past_bases().get(past)


def present_and_past_of(verb: str) -> tuple[str, str] | None:
    """The "-s" form and the simple past of a common lower-case verb that is no other kind of
    word than a verb or a noun ("want" → "wants", "wanted"), from
    ``resources/grammar/present_forms.tsv``; None for any other word ("still", "put", "need")."""
    return _present_forms().get(verb)
