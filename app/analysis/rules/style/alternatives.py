"""The list of wordy phrases and their plainer replacements, with verbs in all their forms."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from app.analysis.rules.style.inflect import inflect_phrase
from app.analysis.rules.style.lexicon import phrase_key, tsv_rows


@dataclass(frozen=True, slots=True)
class Alternatives:
    """Replacements for one listed form, best first.

    ``after_auxiliary`` is used after "has", "had" and the like, where an "-ed" form is a
    participle rather than a past tense; it differs only for irregular replacements
    ("commenced" -> "began", but "has commenced" -> "has begun"). ``after_be`` is used after
    "is", "be", "was" and the like: a passive participle, which some plain verbs have not
    ("can be obtained" can never become "can be got"), so it may be empty.
    """

    phrase: str
    replacements: tuple[str, ...]
    after_auxiliary: tuple[str, ...]
    after_be: tuple[str, ...]
    verb: bool = False  # the phrase starts with a verb ("utilize", "made a decision")


# Replacements that make no passive, or a passive of another meaning ("was found out" is
# "was caught"): after "be" they are not offered.
_NO_PASSIVE = frozenset({"get", "have", "find out"})


@cache
def alternatives() -> dict[str, Alternatives]:
    """Every listed form keyed by :func:`phrase_key`: "utilize", "utilizes", "utilized", ..."""
    entries: dict[str, Alternatives] = {}

    def add(
        phrase: str,
        replacements: tuple[str, ...],
        after: tuple[str, ...],
        after_be: tuple[str, ...] | None = None,
        *,
        verb: bool = True,
    ) -> None:
        passive = after if after_be is None else after_be
        entries.setdefault(
            phrase_key(phrase), Alternatives(phrase, replacements, after, passive, verb)
        )

    for row in tsv_rows("simpler_alternatives.tsv"):
        phrase, options = row[0], tuple(row[1].split("|"))
        if len(row) < 3 or row[2] != "verb":
            add(phrase, options, options, verb=False)
            continue
        for form in ("base", "third", "ing"):
            inflected = tuple(inflect_phrase(option, form) for option in options)
            add(inflect_phrase(phrase, form), inflected, inflected)
        past = tuple(inflect_phrase(option, "past") for option in options)
        participle = tuple(inflect_phrase(option, "participle") for option in options)
        passive = tuple(
            form
            for option, form in zip(options, participle, strict=True)
            if option not in _NO_PASSIVE
        )
        add(inflect_phrase(phrase, "past"), past, participle, passive)
        add(inflect_phrase(phrase, "participle"), participle, participle, passive)
    return entries
