"""Sentence splitting: NLTK's Punkt algorithm with an English abbreviation list.

Punkt is used untrained (its data cannot be downloaded), so it is told which tokens are
abbreviations; decimals and version numbers never end a sentence because Punkt only splits
at a full stop followed by white space.
"""

from __future__ import annotations

import re
import string
import threading
from functools import cache
from re import Match
from typing import TYPE_CHECKING, Any

from app.analysis.text import nltk_modules

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

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


# "word. Next": a candidate whose outcome is certain without Punkt's token annotation. The
# word before is letters and digits (a letter first, single inner hyphens) and the end character
# is followed by white space and a token, or by one of Punkt's non-word characters (a closing
# quote or bracket). After "?", "!", "…" or "‽" untrained Punkt always breaks; after "." it
# breaks unless the word is an initial (one letter) or a known abbreviation. White space is
# spelled out: Punkt's regular expressions use Unicode's White_Space, which (unlike Python's
# ``\s``) leaves out the separators U+001C to U+001F.
_WHITE_SPACE = "[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_NON_WORD = re.escape(")\";}]*:@'({[‘’“”«»?!…‽")
_PLAIN_BREAK_RE = re.compile(
    rf"([^\W\d_][^\W_]*(?:-[^\W_]+)*)([.?!…‽])(?:{_WHITE_SPACE}+\S+|[{_NON_WORD}])"
)


_lock = threading.Lock()
# What Punkt counts as white space when it looks for the word before a candidate full stop.
_WHITESPACE = tuple(string.whitespace)
# The characters Punkt's boundary realignment can move; it starts with one of them.
_CLOSERS = frozenset("\"')]}‘’“”«»")


@cache
def _punkt_classes() -> tuple[type, type]:
    """Punkt with our English. Punkt is imported here, on the first sentence split (0.05 s),
    which the window's first paint need not wait for."""
    punkt = nltk_modules.module(nltk_modules.PUNKT)
    language_vars: Any = punkt.PunktLanguageVars
    sentence_tokenizer: Any = punkt.PunktSentenceTokenizer

    class _LanguageVars(language_vars):
        """English, plus the single-character ellipsis and interrobang as sentence ends."""

        sent_end_chars = _SENTENCE_END_CHARS

    class _PunktWithFastPath(sentence_tokenizer):
        """Punkt, answering the common unambiguous case without running its token annotation.

        Every candidate that is not a plain "word. Next" goes through Punkt's own decision;
        a property test checks that the spans equal those of the stock tokenizer.
        """

        def text_contains_sentbreak(self, text: str) -> bool:
            plain = _PLAIN_BREAK_RE.fullmatch(text)
            if plain:
                if plain.group(2) != ".":
                    return True
                word = plain.group(1).lower()
                abbreviations = self._params.abbrev_types
                if (
                    len(word) > 1
                    and word not in abbreviations
                    and word.rpartition("-")[2] not in abbreviations
                ):
                    return True
            return super().text_contains_sentbreak(text)

    return _LanguageVars, _PunktWithFastPath


@cache
def _language() -> Any:
    return _punkt_classes()[0]()


def _unguarded(pattern: Any) -> Any:
    """The compiled pattern under NLTK's wrapper, when it has one.

    Some NLTK releases wrap every pattern in a guard that arms a timeout on each call, against
    pathological patterns supplied by callers; Punkt's own patterns are fixed and linear, and
    the guard costs more than the match on short prose.
    """
    return getattr(pattern, "_rx", pattern)


@cache
def _punkt_patterns() -> tuple[Any, Any]:
    return (
        _unguarded(_language().period_context_re()),
        _unguarded(_language().re_boundary_realignment),
    )


def punkt_parameters() -> PunktParameters:
    parameters: PunktParameters = nltk_modules.module(nltk_modules.PUNKT).PunktParameters()
    parameters.abbrev_types = set(ABBREVIATIONS)
    return parameters


@cache
def punkt_tokenizer() -> PunktSentenceTokenizer:
    return _punkt_classes()[1](punkt_parameters(), lang_vars=_language())


def warm_up() -> None:
    """Import Punkt now rather than on the first sentence split."""
    with _lock:
        punkt_tokenizer()


def stock_punkt() -> PunktSentenceTokenizer:
    """Punkt with the same parameters and no fast path (the reference in tests)."""
    stock: PunktSentenceTokenizer = nltk_modules.module(nltk_modules.PUNKT).PunktSentenceTokenizer(
        punkt_parameters(), lang_vars=_punkt_classes()[0]()
    )
    return stock


def punkt_spans(text: str) -> list[tuple[int, int]]:
    """``punkt_tokenizer().span_tokenize(text)``, computed in one loop.

    Punkt finds candidate sentence ends, builds each one's context (the word before, the end,
    the token after), decides each context, then realigns closing quotes and brackets, through
    a chain of generators and slice objects. This is the same sequence of steps with the same
    regular expressions and the same decision, without the chain; a property test checks the
    spans against the stock tokenizer.
    """
    if not any(end in text for end in _SENTENCE_END_CHARS):
        # No candidate at all (most list items and captions): one sentence, as Punkt finds.
        end = len(text.rstrip())
        return [(0, end)] if end else []
    with _lock:
        tokenizer = punkt_tokenizer()
    has_break = tokenizer.text_contains_sentbreak
    slices: list[tuple[int, int]] = []
    last_break = 0

    def decide(match: Match[str], context: str) -> None:
        nonlocal last_break
        if has_break(context):
            slices.append((last_break, match.end()))
            last_break = match.start("next_tok") if match.group("next_tok") else match.end()

    # Candidate contexts, as PunktSentenceTokenizer._match_potential_end_contexts.
    previous: Match[str] | None = None
    word_start = word_end = 0  # the word before the previous candidate
    period_context, realignment = _punkt_patterns()
    for match in period_context.finditer(text):
        start = match.start()
        space = max(map(text[word_end:start].rfind, _WHITESPACE))
        # Punkt reads "no white space" and "white space at the first position" alike.
        new_start = word_end + space + 1 if space > 0 else word_start
        if previous is not None and word_end <= new_start:
            decide(previous, text[word_start:word_end] + previous.group() + previous["after_tok"])
        previous, word_start, word_end = match, new_start, start
    if previous is not None:
        decide(previous, text[word_start:word_end] + previous.group() + previous["after_tok"])
    slices.append((last_break, len(text.rstrip())))

    # Closing punctuation moves to the sentence before, as in _realign_boundaries.
    spans: list[tuple[int, int]] = []
    realign = 0
    last = len(slices) - 1
    for index, (start, end) in enumerate(slices):
        start += realign
        if index == last:
            if start < end:
                spans.append((start, end))
            break
        next_start, next_end = slices[index + 1]
        moved = (
            next_start < next_end
            and text[next_start] in _CLOSERS
            and realignment.match(text[next_start:next_end])
        )
        if moved:
            spans.append((start, next_start + len(moved.group(0).rstrip())))
            realign = moved.end()
        else:
            realign = 0
            if start < end:
                spans.append((start, end))
    return spans


_HAS_WORD_RE = re.compile(r"[^\W_]")
# "He paused... Then he spoke." Punkt keeps a three-dot ellipsis inside the sentence.
_ELLIPSIS_BREAK_RE = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z])")
# "It was built with C. However, it failed." A one-letter word is an initial to Punkt, so no
# sentence ends after it; but an initial comes before a name, never before a grammar word that
# opens a sentence ("capital B. The", "b d p q. The"). "A" and "I" are left out: "J. A. Smith".
# "etc." before such a word ends a sentence too ("1.1, 1.2, etc. The language is stable"), and
# so do abbreviations that are also lower-case words ("Twitter or no. The best I can say").
_LETTER_BEFORE_OPENER_RE = re.compile(
    r"(?:(?<![\w.])[^\W\d_]|\betc|(?<![\w.])(?:no|min|max|ex|ref|sec|fig|vol|ed|op))\.[\"'”’)\]]*\s+"
    r"(?=(?:The|This|That|These|Those|There|Here|It|Its|We|They|He|She|You|Our|My|His|Her|"
    r"Their|Your|However|But|And|So|Then|Yet|Also|Still|Thus|Therefore|Instead|Meanwhile|"
    r"Finally|Next|Now|If|When|While|After|Before|As|Because|Since|Although|Though|In|On|At|"
    r"For|With|Without|By|From|To|Of|One|Some|Many|Most|Each|Every|All|Both|What|Why|How|Who|"
    r"Where|Which)\b)"
)
# A piece opening on a closing bracket, after any closing quotes, goes on the sentence before:
# '(… support!), when I think', '("… by Friday."), even when'.
_CLOSING_START_RE = re.compile(r"[\"'”’]*[)\]}]")
# '"Stop!" she said.' A quoted exclamation or question followed by a lower-case word.
_OPEN_END_RE = re.compile(r"[!?…‽][\"'”’)\]]*\s*$")
# ... unless the word is a name written with an inner capital ("February! rOpenSci is ...").
_LOWER_START_RE = re.compile(r"[\"'“‘(\[]*[a-z](?![\w'’-]*[A-Z])")


# "Explorable Explanations: There's a loose community ...": a list item or paragraph that opens
# with a short label (seven words at most) and a colon before a capital, often written in bold,
# names its subject; the label is no part of the sentence after it.
_LEAD_IN_RE = re.compile(r"[^\W\d_][^\s.!?:;]*(?:[ \t]+[^\s.!?:;]+){0,6}:(?=[ \t]+[\"'“‘(]*[A-Z])")


def lead_in_end(text: str) -> int:
    """Where a block's opening label ends, after its colon ("Why it matters:"); 0 for none."""
    match = _LEAD_IN_RE.match(text)
    return match.end() if match else 0


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences in ``text`` (one prose block)."""
    if not _HAS_WORD_RE.search(text):
        return []
    spans = punkt_spans(text)
    if "..." in text or "…" in text:
        spans = [piece for start, end in spans for piece in _split_at_ellipses(text, start, end)]
    if _LETTER_BEFORE_OPENER_RE.search(text):
        spans = [piece for start, end in spans for piece in _split_after_letters(text, start, end)]
    merged: list[tuple[int, int]] = []
    for piece_start, piece_end in spans:
        if merged and (
            _CLOSING_START_RE.match(text, piece_start)
            or (
                _LOWER_START_RE.match(text, piece_start)
                and _OPEN_END_RE.search(text, merged[-1][0], merged[-1][1])
            )
        ):
            merged[-1] = (merged[-1][0], piece_end)
        else:
            merged.append((piece_start, piece_end))
    return [(start, end) for start, end in merged if _HAS_WORD_RE.search(text, start, end)]


def _split_after_letters(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence ``text[start:end]`` cut after each one-letter word (or "etc.") that ends a
    sentence."""
    pieces = []
    for match in _LETTER_BEFORE_OPENER_RE.finditer(text, start, end):
        pieces.append((start, match.end() - len(match.group()) + len(match.group().rstrip())))
        start = match.end()
    pieces.append((start, end))
    return pieces


def _split_at_ellipses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    for match in _ELLIPSIS_BREAK_RE.finditer(text, start, end):
        piece_end = match.end() - len(match.group()) + len(match.group().rstrip())
        pieces.append((start, piece_end))
        start = match.end()
    pieces.append((start, end))
    return pieces
