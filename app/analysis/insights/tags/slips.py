"""Misspelt tags: the Medium tag a typed one most likely meant ("Machien Lerning" ->
"Machine Learning"), so the tags card, the checklist and the suggestions can say so.

A slip is a few letters left out, added, changed or swapped in a tag long enough to tell a
slip from another word, and not made of words English writes often ("Baking" is spelt as
meant); never a whole word added or dropped, nor a changed word of one or two
letters ("R Programming" is no "C Programming"). The tag meant has readers, or is one the
post itself names ("Imagemagik" on a post about ImageMagick).
"""

from __future__ import annotations

import difflib
from collections.abc import Collection
from functools import cache, lru_cache

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.vocabulary import slugify, vocabulary, words_of


def likely_meant(tag: str, topics: Collection[str] = ()) -> str:
    """The Medium tag with readers that ``tag`` is most likely a misspelling of ("Machien
    Lerning" -> "Machine Learning", "Blockchian" -> "Blockchain", a tag of 270 stories), or
    the Medium tag, of any reach, that one of the post's key phrases ``topics`` names
    ("Imagemagik" -> "ImageMagick", as the post writes it); "" for a tag with readers of its
    own, when none is that close, or when the tag is too short to tell a slip from another
    word."""
    found = vocabulary().tag(tag)
    if found is not None and found.stories >= th.NICHE_TAG_MAX_STORIES:
        return ""
    words = words_of(tag)
    if words and all(zipf(word) >= th.MISSPELT_TAG_REAL_WORD_ZIPF for word in words):
        return ""  # real words, spelt as meant: "Baking" is no "Banking"
    spelled = " ".join(words)
    meant = _closest_topic(spelled, topics) or _closest_tag(spelled)
    return "" if found is not None and meant.lower() == found.name.lower() else meant


def _closest_topic(spelled: str, topics: Collection[str]) -> str:
    vocab = vocabulary()
    for topic in topics:
        named = vocab.tag(topic)
        if named is not None and _is_slip(spelled, " ".join(words_of(topic))):
            # As the post capitalises it ("ImageMagick"); a lower-case phrase gives the tag.
            capitalised = topic != topic.lower() and slugify(topic) == named.slug
            return topic if capitalised else named.name
    return ""


@lru_cache(maxsize=256)
def _closest_tag(spelled: str) -> str:
    if len(spelled) < th.MISSPELT_TAG_MIN_LENGTH:
        return ""  # no slip (see _is_slip): spare the search of 7,000 tags
    vocab = vocabulary()
    names = _spelled_tags()
    # difflib narrows 7,000 tags to a few look-alikes; the edit count decides.
    near = difflib.get_close_matches(spelled, names, n=5, cutoff=th.MISSPELT_TAG_MIN_SIMILARITY)
    for name in near:
        found = vocab.by_slug[names[name]]
        if found.stories >= th.MISSPELT_TAG_MIN_STORIES and _is_slip(spelled, name):
            return found.name
    return ""


def _is_slip(typed: str, meant: str) -> bool:
    """Whether ``typed`` is a few slips of the keys from ``meant`` (both words), in a tag long
    enough to tell a slip from another word ("model" is no "modal"), with no whole word added
    or left out and no word of one or two letters changed: "R Programming" is neither
    "Programming" nor "C Programming" misspelt."""
    typed, meant = typed.lower(), meant.lower()
    if len(typed) < th.MISSPELT_TAG_MIN_LENGTH or typed == meant:
        return False
    typed_words, meant_words = typed.split(), meant.split()
    if set(typed_words) < set(meant_words) or set(meant_words) < set(typed_words):
        return False
    if len(typed_words) == len(meant_words) and any(
        a != b and min(len(a), len(b)) <= 2 for a, b in zip(typed_words, meant_words, strict=True)
    ):
        return False
    allowed = 1 if len(typed) < th.MISSPELT_TAG_TWO_SLIPS_LENGTH else 2
    return _slips(typed, meant) <= allowed


def _slips(typed: str, meant: str) -> int:
    """Letters left out, added, changed or swapped with the next to turn ``typed`` into
    ``meant`` (the optimal string alignment distance)."""
    before: list[int] = []
    row = list(range(len(meant) + 1))
    for i, letter in enumerate(typed, 1):
        current = [i] + [0] * len(meant)
        for j, other in enumerate(meant, 1):
            cost = letter != other
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and letter == meant[j - 2] and typed[i - 2] == other:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]


@cache
def _spelled_tags() -> dict[str, str]:
    """Every Medium tag written as words ("machine learning"), to its slug."""
    return {slug.replace("-", " "): slug for slug in vocabulary().by_slug}
