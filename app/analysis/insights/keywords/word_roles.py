"""Is a word a verb or an adverb here? Judged from general English frequencies, no tagger.

NLTK's part-of-speech tagger needs data that cannot be downloaded at run time, so the roles a
key phrase cares about are read from wordfreq instead:

* a base form is verb-like when its "-ing" form is nearly as common as the word itself
  ("explain"/"explaining", "detect"/"detecting"), unlike nouns ("graph"/"graphing");
* an "-ing" word is a verb unless Medium writers use it as a topic of its own (the tag
  vocabulary has "Programming", "Marketing", "Learning"; it has no "Improving" or "Loading")
  or it is no verb's "-ing" form at all ("morning", "string"; ``ing_nouns.txt``);
* an "-ly" word is an adverb when what is left is a word ("constantly", "locally");
* a word English uses only as a verb ("convince", "told", "deploys"; lemminflect's lemma
  table, derived into ``verb_forms.txt`` and ``verb_bases.txt``) is a verb, unless Medium
  writers use it as a topic ("React"); one it uses only as an adjective or adverb ("easy",
  "bad"; ``modifier_words.txt``) is no key phrase alone, nor ends one, unless a topic.

A key phrase led by a verb ("improving accessibility", "explain machine learning"), ending on
an inflected one ("Annalee taught") or on a base form after a plural ("ideas pave"), or with an
adverb at either end ("constantly switch", "app locally") is a fragment, not a topic. A
participle that leads a phrase is an adjective ("distributed teams").

A word English uses only as a verb ("predict", "apply") is no key phrase alone where the
text writes it as a verb, after "to", a modal or a subject pronoun ("to predict", "we can
apply"), and never as a noun, after an article or a possessive ("a commit", "a quick
install"): ``verbs_in`` and ``nouns_in``. Where neither shows, it stays, as its penalty allows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.frequency import UNSEEN_ZIPF, zipf
from app.analysis.insights.keywords.lexicon import (
    function_words,
    ing_nouns,
    modifier_words,
    verb_bases,
    verb_forms,
)
from app.analysis.insights.keywords.vocabulary import affinity, fold, vocabulary
from app.analysis.text.words import NOUN_MARKS

_VOWELS = frozenset("aeiou")
# An article or a possessive and the (up to two) lower-case words after it: "a quick
# install" makes "install" a noun too.
_NOUN_AFTER_MARK = re.compile(r"\b(?i:" + "|".join(sorted(NOUN_MARKS)) + r")((?:\s+[a-z]+){1,2})\b")
# Words after which a base form is a verb: "to", the modals and the subject pronouns.
_VERB_MARKS = (
    "to", "can", "could", "will", "would", "shall", "should", "may", "might", "must",
    "cannot", "can't", "won't", "don't", "doesn't", "didn't", "i", "we", "you", "they",
    "let's",
)  # fmt: skip
# A lookahead, so that a mark right after another ("we can predict") is read too.
_VERB_AFTER_MARK = re.compile(
    r"\b(?i:" + "|".join(re.escape(mark) for mark in _VERB_MARKS) + r")(?=\s+([a-z]+)\b)"
)


def _ing_forms(word: str) -> list[str]:
    forms = [word + "ing"]
    if word.endswith("e") and not word.endswith("ee"):
        forms.append(word[:-1] + "ing")  # make -> making
    if (
        len(word) >= 3
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        forms.append(word + word[-1] + "ing")  # stop -> stopping
    return forms


@lru_cache(maxsize=16384)
def is_topic_word(word: str) -> bool:
    """A one-word Medium tag that is more tag than word ("programming", "python")."""
    tag = vocabulary().by_slug.get(word)
    return tag is not None and affinity(tag) >= th.TOPIC_WORD_MIN_AFFINITY


@lru_cache(maxsize=16384)
def is_verb_like(word: str) -> bool:
    """A lower-case word used mostly as a verb (see the module docstring)."""
    if len(word) < 3 or is_topic_word(word):
        return False
    if word.endswith("ing") and len(word) >= th.ING_WORD_MIN_LENGTH:
        return word not in ing_nouns()
    own = zipf(word)
    ing = max(zipf(form) for form in _ing_forms(word))
    return ing > UNSEEN_ZIPF and ing - own >= th.VERB_ING_MIN_RATIO


#: Endings of adjectives: an "-ly" word on one of them is an adverb even when the adjective
#: is rare ("iteratively" of "iterative"); no "-ly" noun ("assembly", "anomaly") has one.
_ADJECTIVE_ENDINGS = ("ive", "al", "ous", "ful", "ent", "ant", "ic", "ible", "able", "less")


@lru_cache(maxsize=16384)
def is_adverb(word: str) -> bool:
    """An "-ly" adverb: "constantly", "easily", "locally", "iteratively" (but not "family" or
    "italy")."""
    if len(word) < 5 or not word.endswith("ly"):
        return False
    stem = word[:-2]
    candidates = [stem]
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")  # easily -> easy
    base = max(zipf(c) for c in candidates)
    if base >= th.ADVERB_BASE_MIN_ZIPF:
        return True
    return stem.endswith(_ADJECTIVE_ENDINGS) and base > UNSEEN_ZIPF


def nouns_in(text: str) -> tuple[str, ...]:
    """The lower-case words ``text`` writes after an article or a possessive, sorted: used
    as nouns (or their adjectives) there ("a commit", "a quick install"), whatever else they
    are. The second word after the mark counts only after a word that may be its adjective:
    not after a grammar word ("a way to predict") nor a plural ("the students apply")."""
    grammar = function_words()
    found: set[str] = set()
    for match in _NOUN_AFTER_MARK.finditer(text):
        for word in match.group(1).split():
            if word in grammar:
                break
            found.add(word)
            if word.endswith("s") and not word.endswith("ss"):
                break
    return tuple(sorted(found))


def verbs_in(text: str) -> tuple[str, ...]:
    """The lower-case words ``text`` writes after "to", a modal or a subject pronoun, sorted:
    used as verbs there if they are verbs at all ("to predict", "we can apply")."""
    found = {match.group(1) for match in _VERB_AFTER_MARK.finditer(text.replace("’", "'"))}
    return tuple(sorted(found))


@lru_cache(maxsize=16384)
def is_verb_alone(word: str) -> bool:
    """A lone lower-case word English uses only as a verb ("predict", "solve"), not a topic;
    whether a text makes it a noun all the same ("a quick install"), ``verbs_in`` and
    ``nouns_in`` tell. Words that are nouns as often ("change", "function") are left to the
    verb-like penalty: after "to" they may be nouns ("resistance to change")."""
    return word in verb_bases() and not is_topic_word(word)


def shape_factor(words: tuple[str, ...]) -> float:
    """1 for a phrase shaped like a topic; a penalty for verbs, verb-led phrases, adverbs."""
    if not words:
        return 1.0
    first, last = words[0], words[-1]
    if len(words) == 1:
        if not is_topic_word(first):  # "React" is a topic, whatever else it is
            if first in verb_forms():
                return th.SURE_VERB_PENALTY  # "told", "kept": a verb's form, never a topic
            if first in verb_bases():
                return th.LONE_VERB_PENALTY  # "convince"; "commit" may be a noun in git
            if first in modifier_words():
                return th.SURE_VERB_PENALTY  # "easy", "bad": a quality of the subject
        return th.LONE_VERB_PENALTY if is_verb_like(first) or is_adverb(first) else 1.0
    if vocabulary().find(tuple(fold(w) for w in words)) is not None:
        return 1.0  # a real tag ("open source", "search engine") is a topic whatever its shape
    if _ends_a_clause(words):
        return th.SURE_VERB_PENALTY
    if is_adverb(first) or is_adverb(last) or is_verb_like(first):
        return th.FRAGMENT_PENALTY
    if (last in modifier_words() or _is_ible_adjective(last)) and not is_topic_word(last):
        return th.FRAGMENT_PENALTY  # "miles easy": a name ends on a thing, not a quality
    if len(last) > 4 and last.endswith("ed"):
        return th.FRAGMENT_PENALTY  # "learning classified": a clause, not a name
    return 1.0


def _is_ible_adjective(word: str) -> bool:
    """An "-ible" word is an adjective ("reproducible", "accessible"), though the lemma table
    lacks many; "-able" words are left out, as many are nouns ("variable", "deliverable")."""
    return len(word) > 6 and word.endswith("ible")


def _ends_a_clause(words: tuple[str, ...]) -> bool:
    """An inflected verb ends a clause ("Annalee taught"), and so does a base form after a
    plural ("ideas pave"); after a singular it may end a name ("Google Translate", "pip
    install")."""
    last = words[-1]
    if is_topic_word(last):
        return False
    if last in verb_forms():
        return True
    before = words[-2]
    return last in verb_bases() and fold(before) != before
