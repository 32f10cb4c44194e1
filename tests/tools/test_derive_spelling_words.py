"""Which words of Medium's tags the spelling dictionary takes in."""

from __future__ import annotations

from tools.derive_spelling_words import tag_words

BASE = frozenset({"reds", "management", "engineering", "continuous", "integration", "persistence"})
FREQUENCIES = {
    "redis": 1e-7,
    "reds": 8e-6,
    "mangement": 4e-8,
    "management": 1e-4,
    "continous": 1e-7,
    "persistance": 5e-8,
    "persistence": 3e-6,
    "gradle": 5e-8,
    "spam": 1e-12,
}


def test_tag_words_are_known_unless_the_tags_or_a_common_slip_show_a_misspelling() -> None:
    tags = {
        "redis": 1734,
        "engineering-mangement": 1207,
        "management": 46064,
        "continous-integration": 167,
        "continuous-integration": 5844,
        "persistance": 81,
        "gradle": 1354,
        "spam": 60,
    }
    accepted = tag_words(tags, BASE, FREQUENCIES, floor=1e-8, ratio=20.0)
    # redis is a letter from "reds", but no tag writes "reds" in its place; "spam" is too
    # rare on the web; "persistance" is a confused vowel of a word 60 times as frequent.
    assert accepted == {"redis", "gradle"}


def test_listed_misspellings_are_never_tag_words() -> None:
    assert tag_words({"gradle": 1354}, BASE, FREQUENCIES, 1e-8, 20.0, typos={"gradle"}) == set()
