"""English word forms for headline ideas: title case, plurals, gerunds, base verbs, possessives."""

from __future__ import annotations

import re

from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.lexicon import modifier_words
from app.analysis.text.offline_data import syllable_dictionary

# Words kept lower case inside a title (articles, short conjunctions and prepositions).
_SMALL_WORDS = frozenset(
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
        "in", "of", "on", "to", "up", "via", "vs", "vs.", "with", "from", "into", "over",
        "per", "than",
    }
)  # fmt: skip
PREPOSITIONS = frozenset(
    {
        "as", "at", "by", "for", "from", "in", "into", "of", "on", "over", "to", "with",
        "without", "about", "after", "before", "during", "like", "when", "while",
    }
)  # fmt: skip
# Nouns ending in -ing that are not activities.
_ING_NOUNS = frozenset(
    {
        "thing", "things", "king", "ring", "spring", "string", "morning", "evening", "wedding",
        "ceiling", "clothing", "pudding", "ping", "sibling", "darling", "duckling", "nothing",
        "something", "everything", "anything", "offspring",
    }
)  # fmt: skip
_NG_VERBS = frozenset(
    {
        "sing", "bring", "ring", "spring", "swing", "sting", "cling", "fling", "wing",
        "string", "sling",
    }
)  # fmt: skip
_WORD_RE = re.compile(r"\S+")


def cap(word: str) -> str:
    """Capitalise a plain word; leave acronyms and brand spellings (iPhone, GraphQL) alone."""
    if any(char.isupper() for char in word):
        return word
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def title_case(phrase: str, *, inside: bool = False) -> str:
    """Title case that keeps small words lower case (except first and last) and keeps
    acronyms and brand spellings as typed. ``inside``: the phrase goes inside a longer title,
    so even its first word stays lower case if small ("Get Better at the Art of Saying No")."""
    words = _WORD_RE.findall(phrase)
    first = 0 if inside else 1
    result = []
    for index, word in enumerate(words):
        plain = word.lower()
        if (
            first <= index < len(words) - 1
            and plain in _SMALL_WORDS
            and word in (plain, cap(plain))
        ):
            result.append(plain)
        else:
            result.append(cap(word))
    return " ".join(result)


def is_activity(topic: str) -> bool:
    """Whether ``topic`` starts with a verb's "-ing" form ("Learning Rust"): not a noun in
    "-ing" ("Morning"), an adjective ("Heartbreaking": English uses it only so, see
    ``keywords.lexicon.modifier_words``) nor a verb that ends so ("Bring")."""
    first = topic.split()[0].lower() if topic.split() else ""
    return (
        len(first) > 4
        and first.endswith("ing")
        and first not in _ING_NOUNS
        and first not in _NG_VERBS
        and first not in modifier_words()
    )


# A noun whose plural is about as common as itself (Zipf within this gap) is countable:
# "fund"/"funds", "habit"/"habits"; "bread", "code" or "Rust" are not, so "Baking Bread" can be
# an activity while "Sinking Fund" cannot.
COUNTABLE_GAP = 0.5


def _plural_word(word: str) -> str:
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def countable(noun: str) -> bool:
    plain = noun.lower()
    return zipf(_plural_word(plain)) >= zipf(plain) - COUNTABLE_GAP


def pluralise_head(topic: str) -> str:
    """ "sinking fund" -> "sinking funds": a single countable noun needs an article or a
    plural in a title, and the plural reads in every template."""
    head, _, last = topic.rpartition(" ")
    return f"{head} {_plural_word(last)}".strip()


def is_plural(topic: str) -> bool:
    """Whether a noun-phrase topic takes "are": look at the last word before a preposition.
    A capitalised name ending in -s whose singular is no English word ("Kubernetes") is one
    thing."""
    typed = topic.split()
    words = [word.lower() for word in typed]
    position = len(words) - 1
    for index, word in enumerate(words):
        if index and word in PREPOSITIONS:
            position = index - 1
            break
    head = words[position]
    if head in {"people", "children", "men", "women", "data"}:
        return head != "data"
    if not head.endswith("s") or head.endswith(("ss", "us", "is", "ics", "ness")):
        return False
    if len(typed[position]) > 1 and typed[position].isupper():
        return False  # an acronym ("CORS", "DNS") is one thing; a plural one is "APIs"
    if typed[position][:1].isupper():
        known = syllable_dictionary()  # CMUdict's words
        return head[:-1] in known or (head.endswith("es") and head[:-2] in known)
    return True


def gerund(verb: str) -> str:
    """ "learn" -> "learning", "write" -> "writing", "run" -> "running", "see" -> "seeing",
    "program" -> "programming", "panic" -> "panicking"."""
    ruled = _gerund_by_rule(verb)
    if not re.search(r"[aeiou][bcdfgklmnprstvz]$", verb):
        return ruled
    # Whether a final consonant doubles depends on stress ("programming", "offering"), which
    # spelling does not show: the form English writes more often is the word.
    doubled = verb + ("k" if verb.endswith("c") else verb[-1]) + "ing"
    return max((ruled, verb + "ing", doubled), key=zipf)


def _gerund_by_rule(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb) and sum(c in "aeiou" for c in verb) == 1:
        return verb + verb[-1] + "ing"  # run, get, plan, stop: one short syllable doubles
    return verb + "ing"


# The verb of a compound such as "stress test", "load test" or "fact check": "How to Stress
# Test an Algorithm" is about stress testing, never "Stressing Test an Algorithm".
_COMPOUND_VERB = re.compile(
    r"(\S+\s+)(test|check)(?=\s+(?:a|an|the|your|my|our|their|its)\b|$)", re.IGNORECASE
)


def as_activity(topic: str) -> str:
    """ "how to learn SQL" -> "learning SQL": a how-to topic becomes an activity."""
    match = re.match(r"(?:how\s+to|learn\s+how\s+to)\s+(\S+)(.*)$", topic, re.IGNORECASE)
    if not match:
        return topic
    compound = _COMPOUND_VERB.match(match.group(1) + match.group(2))
    if compound:  # "stress test an algorithm" -> "stress testing an algorithm"
        verb = compound.group(2)
        activity = gerund(verb.lower())
        activity = activity.capitalize() if verb[:1].isupper() else activity
        rest = (match.group(1) + match.group(2))[compound.end() :]
        return compound.group(1) + activity + rest
    verb = match.group(1)
    activity = gerund(verb.lower())
    return (activity.capitalize() if verb[:1].isupper() else activity) + match.group(2)


_ENDS_VOWEL_CONSONANT = re.compile(r"[aeiou][^aeiouwxy]$")
_ENDS_VOWEL_TEAM_CONSONANT = re.compile(r"[aeiou]{2}[^aeiouwxy]$")


def base_verb(gerund: str) -> str:
    """ "learning" -> "learn", "writing" -> "write", "running" -> "run", "selling" -> "sell"."""
    stem = gerund[:-3]
    known = syllable_dictionary()  # CMUdict's words
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # running, getting, quitting
    if stem in _NG_VERBS:
        return stem  # singing is not "singe"
    with_e = stem + "e"
    if _ENDS_VOWEL_TEAM_CONSONANT.search(stem):
        # Two vowels before the consonant may or may not take an e ("mail", "read" against
        # "leave", "choose", "create"): the form English writes more often is the verb.
        return with_e if zipf(with_e) > zipf(stem) else stem
    # CMUdict lists names such as "Chang" and "Cod", so a known stem is not proof enough.
    if with_e in known and (
        stem not in known
        or _ENDS_VOWEL_CONSONANT.search(stem)
        or stem.endswith(("ng", "dg", "rg", "rc", "nc"))
    ):
        return with_e  # changing, writing, coding, using
    return stem


def mentions(topic: str, audience: str) -> bool:
    """Whether the topic already names the audience (plural -s forgiven)."""

    def stems(text: str) -> set[str]:
        return {word.lower().rstrip("s") for word in _WORD_RE.findall(text)} - _SMALL_WORDS

    wanted = stems(audience)
    return bool(wanted) and wanted <= stems(topic)


# Possessives as the reader hears them ("growing our newsletter" -> "Growing Your Newsletter")
# and as the writer tells their own story ("your" -> "my").
TO_READER = {"my": "your", "our": "your", "mine": "yours", "ours": "yours"}
TO_WRITER = {"your": "my", "yours": "mine"}


def swap_words(phrase: str, table: dict[str, str]) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        new = table.get(word.lower())
        if new is None:
            return word
        return new.capitalize() if word[0].isupper() else new

    return re.sub(r"[A-Za-z']+", swap, phrase)
