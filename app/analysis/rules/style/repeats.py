"""Repeated words ("the the"), the slip readers' eyes skip over, above all across a line break."""

from __future__ import annotations

import re
from functools import cache

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.lexicon import style_list

RULE = "repeated_word"

# A word, whitespace (line breaks included), then the same word in any case; words without
# letters ("// //", "2 2") are skipped afterwards. The possessive quantifiers stop the engine
# from retrying shorter prefixes of a word that did not repeat, which keeps a scan of a long
# draft to a few milliseconds.
_REPEAT_RE = re.compile(r"\b(?P<word>\w++(?:['’]\w++)*+)\s++(?P=word)\b", re.IGNORECASE)
_JOINERS = "-‐'’"


@cache
def _legitimate() -> frozenset[str]:
    return style_list("legitimate_repeats.txt")


@cache
def _intensifiers() -> frozenset[str]:
    """ "really really", "very very": emphasis meant, which the intensifier rule speaks to."""
    return style_list("intensifiers.txt")


_QUOTES = "'\"‘’“”"


def find_repeated_words(text: str) -> list[Finding]:
    """Words written twice in a row, except doubles that are correct ("had had", "that that").

    The span covers both words so that the one-click fix, the first word alone, removes the
    duplicate and the space before it in one go.
    """
    findings: list[Finding] = []
    for match in _REPEAT_RE.finditer(text):
        word = match.group("word")
        if not any(char.isalpha() for char in word) or "_" in word:
            continue  # "2 2", "__ __": not words
        if word.lower() in _legitimate() or word.lower() in _intensifiers():
            continue
        start, end = match.span()
        if start and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES:
            continue  # "'done done'": a doubling quoted is meant
        second = text[match.end() - len(word) : match.end()]
        if second[1:] != word[1:]:
            continue  # "dah DUM dum": cased apart on purpose, not a slip ("The the" is one)
        if word[:1].isupper() and second[:1].isupper():
            continue  # "Dance Dance Revolution", "Duran Duran": a name
        if _REPEAT_RE.match(text, match.end() - len(word)):
            continue  # "Row Row Row Your Boat": three or more are meant (the scan finds the
            # first pair of a run first, so the word after it is the one to look at)
        if start > 1 and text[start - 1] in _JOINERS and text[start - 2].isalnum():
            continue  # "well-the the": the first word belongs to a compound
        if end + 1 < len(text) and text[end] in _JOINERS and text[end + 1].isalnum():
            continue  # "the the-ory"
        findings.append(
            Finding(
                RULE,
                match.start(),
                match.end(),
                Severity.ERROR,
                f'"{word}" is repeated.',
                word,
                (word,),
            )
        )
    return findings
