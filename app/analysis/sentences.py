"""Sentence splitting: NLTK's Punkt algorithm with an English abbreviation list.

Punkt is used untrained (its data cannot be downloaded), so it is told which tokens are
abbreviations; decimals and version numbers never end a sentence because Punkt only splits
at a full stop followed by white space.
"""

from __future__ import annotations

import re
import threading
from functools import cache

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "rev",
        "hon",
        "gen",
        "col",
        "capt",
        "lt",
        "sgt",
        "gov",
        "sen",
        "rep",
        "pres",
        "supt",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "cf",
        "al",
        "ca",
        "approx",
        "est",
        "dept",
        "univ",
        "assn",
        "bros",
        "inc",
        "ltd",
        "co",
        "corp",
        "llc",
        "plc",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "a.m",
        "p.m",
        "ph.d",
        "m.d",
        "b.a",
        "m.a",
        "b.sc",
        "m.sc",
        "d.c",
        "n.y",
        "l.a",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "no",
        "nos",
        "vol",
        "vols",
        "fig",
        "figs",
        "p",
        "pp",
        "ch",
        "sec",
        "eq",
        "ed",
        "eds",
        "trans",
        "repr",
        "ave",
        "blvd",
        "rd",
        "hwy",
        "min",
        "max",
        "avg",
        "misc",
        "dept",
        "ref",
        "refs",
        "op",
        "viz",
        "ibid",
        "ex",
    ]
) | frozenset("abcdefghjklmnopqrstuvwxyz")  # initials ("J. R. R. Tolkien"); "I." stays a word

_SENTENCE_END_CHARS = (".", "?", "!", "…", "‽")


class _LanguageVars(PunktLanguageVars):
    """English, plus the single-character ellipsis and interrobang as sentence ends."""

    sent_end_chars = _SENTENCE_END_CHARS


# "word. Next": a plain word of two or more letters before a single sentence-ending character
# and white space. Untrained Punkt always breaks here unless the word is a known abbreviation.
_PLAIN_BREAK_RE = re.compile(r"([A-Za-z][a-z]+)[.?!]\s+\S+")


class _PunktWithFastPath(PunktSentenceTokenizer):
    """Punkt, answering the common unambiguous case without running its token annotation.

    Every candidate that is not a plain "word. Next" goes through Punkt's own decision;
    a property test checks that the spans equal those of the stock tokenizer.
    """

    def text_contains_sentbreak(self, text: str) -> bool:
        plain = _PLAIN_BREAK_RE.fullmatch(text)
        if plain and plain.group(1).lower() not in self._params.abbrev_types:
            return True
        return super().text_contains_sentbreak(text)


_lock = threading.Lock()


def punkt_parameters() -> PunktParameters:
    parameters = PunktParameters()
    parameters.abbrev_types = set(ABBREVIATIONS)
    return parameters


@cache
def punkt_tokenizer() -> PunktSentenceTokenizer:
    return _PunktWithFastPath(punkt_parameters(), lang_vars=_LanguageVars())


def stock_punkt() -> PunktSentenceTokenizer:
    """Punkt with the same parameters and no fast path (the reference in tests)."""
    return PunktSentenceTokenizer(punkt_parameters(), lang_vars=_LanguageVars())


_HAS_WORD_RE = re.compile(r"[^\W_]")
# "He paused... Then he spoke." Punkt keeps a three-dot ellipsis inside the sentence.
_ELLIPSIS_BREAK_RE = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z])")
# '"Stop!" she said.' A quoted exclamation or question followed by a lower-case word.
_OPEN_END_RE = re.compile(r"[!?…‽][\"'”’)\]]*\s*$")
_LOWER_START_RE = re.compile(r"[\"'“‘(\[]*[a-z]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences in ``text`` (one prose block)."""
    if not _HAS_WORD_RE.search(text):
        return []
    with _lock:
        tokenizer = punkt_tokenizer()
    spans: list[tuple[int, int]] = []
    for start, end in tokenizer.span_tokenize(text):
        for piece_start, piece_end in _split_at_ellipses(text, start, end):
            if (
                spans
                and _OPEN_END_RE.search(text, spans[-1][0], spans[-1][1])
                and _LOWER_START_RE.match(text, piece_start)
            ):
                spans[-1] = (spans[-1][0], piece_end)
            else:
                spans.append((piece_start, piece_end))
    return [(start, end) for start, end in spans if _HAS_WORD_RE.search(text, start, end)]


def _split_at_ellipses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    for match in _ELLIPSIS_BREAK_RE.finditer(text, start, end):
        piece_end = match.end() - len(match.group()) + len(match.group().rstrip())
        pieces.append((start, piece_end))
        start = match.end()
    pieces.append((start, end))
    return pieces
