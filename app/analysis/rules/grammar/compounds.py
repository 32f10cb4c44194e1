"""Hyphens and spaces inside compounds: "highly-rated" needs no hyphen, "data base" is one word."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.analysis.rules.grammar.check import GrammarCheck, Hit, cased_like
from app.analysis.rules.spelling.lexicon import lexicon

# Adverbs made from adjectives by their endings (carefully, seriously, recently, easily), and
# everyday ones that do not show it. Adjectives ending in -ly (friendly, early, costly) match
# neither, so "friendly-looking" keeps its hyphen.
_LY_ADVERB_RE = re.compile(
    r"[a-z]{3,}ily|[a-z]{2,}(?:al|ful|ous|ive|ent|ant|ible|able|ed|ing|less|ate|ic|ar|ish)ly"
    r"|(?:high|new|wide|fresh|poor|rich|close|deep|near|bad|fair|most|over|bare|pure|tru|"
    r"large|huge|open|firm|tight|loose|quick|slow|complete|entire|extreme|ful|rare|fine|"
    r"dense|sparse|secure|clear|strong|short|main|high)ly"
)
_LY_ADJECTIVES = frozenset(
    ["yearly", "scholarly", "family", "homily", "lily", "wily", "oily", "burly", "surly"]
)
# The span and its fix hold the next word too ("fully-formed" -> "fully formed"): the fix,
# shown in the hover and the checklist, then reads as the writer will read it.
_LY_HYPHEN_RE = re.compile(r"\b(?P<adverb>[A-Za-z]+ly)-(?P<word>[a-z]{3,})\b")


def _find_ly_hyphen(text: str) -> Iterator[Hit]:
    for match in _LY_HYPHEN_RE.finditer(text):
        adverb = match.group("adverb")
        lower = adverb.lower()
        if lower in _LY_ADJECTIVES or not _LY_ADVERB_RE.fullmatch(lower):
            continue
        yield match.start(), match.end(), (f"{adverb} {match.group('word')}",)


# Words that stand apart before another word as often as not ("some time", "every one",
# "any more", "in to", "may be", "all ready"): never joined.
_FREE_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "some",
        "any",
        "every",
        "no",
        "all",
        "in",
        "on",
        "to",
        "into",
        "onto",
        "up",
        "down",
        "out",
        "off",
        "over",
        "under",
        "with",
        "for",
        "may",
        "be",
        "can",
        "will",
        "do",
        "go",
        "get",
        "set",
        "back",
        "end",
        "how",
        "what",
        "where",
        "who",
        "one",
        "two",
        "time",
        "more",
        "less",
        "much",
        "many",
        "each",
        "other",
        "it",
        "its",
        "is",
        "was",
        "are",
        "through",
        "across",
        "along",
        "around",
        "away",
        "aside",
        "about",
        "by",
        "forth",
        "together",
        "apart",
        "ever",
        "self",
    }
)
# The joined word must be a common word (database, website, workflow: pyspellchecker's counts).
_MIN_COMPOUND_COUNT = 1_000
_PAIR_RE = re.compile(r"\b(?P<first>[a-z]{3,})[ ](?P<second>[a-z]{3,})\b")


def _find_split_compound(text: str) -> Iterator[Hit]:
    frequencies = lexicon().frequencies
    position = 0
    while True:
        match = _PAIR_RE.search(text, position)
        if match is None:
            return
        first, second = match.group("first"), match.group("second")
        joined = first + second
        count = frequencies.get(joined, 0)
        if first not in _FREE_WORDS and second not in _FREE_WORDS and count >= _MIN_COMPOUND_COUNT:
            yield match.start(), match.end(), (cased_like(first, joined),)
            position = match.end()
        else:
            position = match.start("second")


CHECKS: tuple[GrammarCheck, ...] = (
    GrammarCheck(
        "ly_hyphen",
        "Hyphen after an -ly adverb",
        "'highly-rated': an -ly adverb needs no hyphen",
        'Drop the hyphen: "{fix}" (an -ly adverb is already read with the next word).',
        _find_ly_hyphen,
        triggers=("ly-",),
    ),
    GrammarCheck(
        "split_compound",
        "Split compounds",
        "Two words the dictionary knows as one: 'data base', 'web site'",
        'Write "{fix}" as one word.',
        _find_split_compound,
    ),
)
