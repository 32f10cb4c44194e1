"""The word classes the grammar checks ask about, from lemminflect's lemma table (derived into
``resources/keywords/`` by ``tools/derive_tags.py``)."""

from __future__ import annotations

from app.resources import word_list


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
