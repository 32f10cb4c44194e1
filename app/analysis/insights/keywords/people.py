"""Who a block of prose names as a person, from the words around a name, not from a list.

A capitalised word is a person where English puts one: after a word of kinship or address
("Grandmother Xiaoling", "Dr. Okafor", ``person_titles.txt``) or beside a verb of speaking
("Oluwaseun said", "asked Xiaoling", ``speech_verbs.txt``). Name lists miss most of the world's
names; these cues do not depend on them.
"""

from __future__ import annotations

import re
from functools import cache

from app.analysis.insights.keywords.lexicon import function_words
from app.resources import word_list

_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]+")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.? $")  # searched in the few characters before
_WORD_AFTER = re.compile(r"(?:['’]s)?,? ([a-z]+)")  # matched right after
_LOOK_BACK = 16


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
