"""Who a block of prose names as a person, from the words around a name, not from a list.

A capitalised word is a person where English puts one: after a word of kinship or address
("Grandmother Xiaoling", "Dr. Okafor", ``person_titles.txt``) or beside a verb of speaking
("Oluwaseun said", "asked Xiaoling", ``speech_verbs.txt``). Name lists miss most of the world's
names; these cues do not depend on them. A word the text also writes after a determiner ("an
Apple keynote") names a thing, however often it speaks ("Apple said"): ``things_in``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from app.analysis.insights.keywords.lexicon import function_words
from app.analysis.text.words import NOUN_MARKS
from app.resources import word_list

_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]+")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.? $")  # searched in the few characters before
_WORD_AFTER = re.compile(r"(?:['’]s)?,? ([a-z]+)")  # matched right after
_LOOK_BACK = 16
# A capitalised word right after an article or a possessive: "the Apple keynote", "an Apple
# Watch".
_AFTER_DETERMINER = re.compile(r"\b(?i:" + "|".join(sorted(NOUN_MARKS)) + r")\s+([A-Z][^\W\d_]+)")


@cache
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    """(words a name may follow, words a name may precede)."""
    verbs = word_list("keywords", "speech_verbs.txt")
    return word_list("keywords", "person_titles.txt") | verbs, verbs


def people_in(text: str) -> tuple[str, ...]:
    """The words ``text`` writes as people's names, lower case, sorted ("xiaoling")."""
    before_a_name, after_a_name = _cues()
    grammar = function_words()
    found: set[str] = set()
    # Only capitalised words can be names: look at the words around each of them.
    for match in _CAPITALISED.finditer(text):
        name = match.group().lower()
        if name in grammar or name in found:
            continue
        start = match.start()
        before = _WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
        after = _WORD_AFTER.match(text, match.end())
        if (before is not None and before.group(1).lower() in before_a_name) or (
            after is not None and after.group(1) in after_a_name
        ):
            found.add(name)
    return tuple(sorted(found))


def things_in(text: str) -> tuple[str, ...]:
    """The capitalised words ``text`` writes after a determiner, lower case, sorted: things
    or groups ("the Apple keynote"), never a person's name."""
    grammar = function_words()
    found = {match.group(1).lower() for match in _AFTER_DETERMINER.finditer(text)}
    return tuple(sorted(found - grammar))


def people_of(texts: Iterable[str]) -> frozenset[str]:
    """The words a document of these ``texts`` writes as people's names and never as things."""
    people: set[str] = set()
    things: set[str] = set()
    for text in texts:
        people.update(people_in(text))
        things.update(things_in(text))
    return frozenset(people - things)
