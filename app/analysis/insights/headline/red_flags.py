"""Medium's distribution red flags for headlines, checked with rules and word lists.

Medium's curators hold back stories whose titles exploit worries or insecurities, are more
provocative than the story merits, make hyperbolic, unverifiable or absolute claims, or withhold
context to open a curiosity gap. Each check quotes what tripped it so the writer can judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.analysis.insights.headline import lexicon
from app.analysis.insights.headline.features import SECOND_PERSON
from app.analysis.text.words import WORD_RE, normalize


@dataclass(frozen=True, slots=True)
class RedFlag:
    """One red flag: a stable ``id``, a short ``label`` and a one-line ``explanation``."""

    id: str
    label: str
    explanation: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "label": self.label, "explanation": self.explanation}


WORRIES = "exploits-worries"
PROVOCATIVE = "provocative"
HYPERBOLE = "hyperbole"
CURIOSITY_GAP = "curiosity-gap"

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
# "This Dog ...", "These Photos ...": a subject pointed at but never named. Time words
# ("This Week in ...") and "this is/these are" (caught by the phrase list) are not teases.
_VAGUE_OPENING = re.compile(
    r"^(?:this|these)\s+(?!is\b|are\b|was\b|were\b|week\b|year\b|month\b|morning\b|"
    r"weekend\b|summer\b|winter\b|spring\b|fall\b|autumn\b|season\b|time\b)[a-z][\w'-]*\s+\w",
    re.IGNORECASE,
)
_TRAILING_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*$")
# "The Most Annoying Thing About Programming": a superlative thing the title never names (it
# names it in "The Best Thing About Python Is Its Community", or after a colon or a dash).
_UNNAMED_THING = re.compile(
    r"\bthe\s+(?:(?:most|least)\s+[a-z]+|best|worst|biggest|greatest|craziest|weirdest|"
    r"strangest|scariest|dumbest|smartest|funniest|saddest)\s+things?\b"
    r"(?![^:–—]*(?:\bis\b|\bare\b|[:–—]))(?!\s+(?:i|we)\b)",
    re.IGNORECASE,
)
# "Scientists Hate This:", "Doctors Hate Him": who hates what, never said.
_HATE_THIS = re.compile(r"\bhates?\s+(?:this|him|her|them)\s*(?:[:!.…?]|$)", re.IGNORECASE)
# Superlatives and absolutes that a first-person scope makes a personal, checkable claim, and
# how many words before and after them the scope may be.
_SCOPABLE = frozenset({"the best", "the worst", "the only", "greatest", "never", "always"})
_FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we've", "our"})
_SCOPE_BEFORE = 2
_SCOPE_AFTER = 4
_SHOUTING = re.compile(r"\b[A-Z]{3,}\b")
_STACKED_MARKS = re.compile(r"[!?]{2,}|!.*!")


# Common acronyms are not shouting.
_ACRONYMS = frozenset(
    {
        "AI", "API", "APIS", "AWS", "CEO", "CSS", "CTO", "CPU", "GPU", "HTML", "HTTP", "JSON",
        "NASA", "NATO", "NFL", "NBA", "NYC", "SQL", "UK", "UN", "USA", "US", "FAQ", "DIY",
        "PDF", "SEO", "UX", "UI", "IPO", "LLM", "LLMS", "GDPR", "COVID", "FBI",
        "CIA", "EU", "BBC", "CNN", "NHS", "IRS", "MBA", "ADHD", "LGBT", "LGBTQ", "NSFW",
    }
)  # fmt: skip


def _quote(match: str) -> str:
    return "“" + " ".join(match.split()) + "”"


def _first(pattern_name: str, text: str, words: frozenset[str]) -> str | None:
    if not lexicon.phrase_starts(pattern_name) & words:
        return None  # cheap test first: most headlines hold none of a list's first words
    found = lexicon.phrase_pattern(pattern_name).search(text)
    return found.group(0) if found else None


def _worries(text: str, words: frozenset[str]) -> RedFlag | None:
    phrase = _first("worry_phrases", text, words)
    if phrase is None and words & SECOND_PERSON:
        worry_words = lexicon.headline_words("worry_words")
        lowered = (normalize(word) for word in WORD_RE.findall(text))
        phrase = next((word for word in lowered if word in worry_words), None)
    if phrase is None:
        return None
    return RedFlag(
        WORRIES,
        "Exploits worries or insecurities",
        f"{_quote(phrase)} plays on the reader's fears; promise what they gain instead.",
    )


def _provocative(text: str, words: frozenset[str]) -> RedFlag | None:
    word = _first("provocative_words", text, words)
    if word is not None:
        reason = f"{_quote(word)} promises more drama than most stories deliver"
    else:
        shouted = [w for w in _SHOUTING.findall(text) if w not in _ACRONYMS]
        if len(shouted) >= 2 or (shouted and len(shouted[0]) >= 5):
            reason = f"words in capitals ({', '.join(shouted[:3])}) read as shouting"
        elif _STACKED_MARKS.search(text):
            reason = "stacked exclamation or question marks read as shouting"
        else:
            return None
    return RedFlag(
        PROVOCATIVE,
        "More provocative than the story merits",
        f"{reason}; let the story's facts carry the interest.",
    )


def _hyperbole(text: str, words: frozenset[str]) -> RedFlag | None:
    if not lexicon.phrase_starts("hyperbole_phrases") & words:
        return None
    found = lexicon.phrase_pattern("hyperbole_phrases").finditer(text)
    phrase = next((m.group(0) for m in found if not _in_first_person(text, m)), None)
    if phrase is None:
        return None
    return RedFlag(
        HYPERBOLE,
        "Hyperbolic, unverifiable or absolute claim",
        f"{_quote(phrase)} claims more than anyone can check; say what is true, for whom.",
    )


def _in_first_person(text: str, match: re.Match[str]) -> bool:
    """Whether a superlative or absolute is the writer's own experience ("The Best Books I Read
    This Year", "The Worst Advice I Ever Got", "Why I Never Check Email"): a claim about
    oneself is checkable, not hyperbole. Phrases that are hyperbole in any person ("changed my
    life", "blew my mind") are not scoped."""
    if " ".join(match.group(0).lower().split()) not in _SCOPABLE:
        return False
    before = WORD_RE.findall(text[: match.start()])[-_SCOPE_BEFORE:]
    after = WORD_RE.findall(text[match.end() :])[:_SCOPE_AFTER]
    return any(normalize(word) in _FIRST_PERSON for word in (*before, *after))


def _curiosity_gap(text: str, words: frozenset[str]) -> RedFlag | None:
    phrase = _first("curiosity_phrases", text, words)
    if phrase is None:
        opening = _VAGUE_OPENING.match(text)
        if opening:
            phrase = opening.group(0).rsplit(None, 1)[0]
        elif _TRAILING_ELLIPSIS.search(text):
            phrase = "..."
        elif unnamed := _UNNAMED_THING.search(text) or _HATE_THIS.search(text):
            phrase = unnamed.group(0).rstrip(":!.…? ")
    if phrase is None:
        return None
    return RedFlag(
        CURIOSITY_GAP,
        "Withholds context (curiosity gap)",
        f"{_quote(phrase)} teases instead of telling; name what the story is about.",
    )


def red_flags(text: str) -> tuple[RedFlag, ...]:
    """The red flags ``text`` trips, in a fixed order (worries, provocative, hyperbole, gap)."""
    cleaned = " ".join(text.translate(_APOSTROPHES).split())
    if not cleaned:
        return ()
    words = frozenset(normalize(word) for word in WORD_RE.findall(cleaned))
    checks = (_worries, _provocative, _hyperbole, _curiosity_gap)
    return tuple(flag for check in checks if (flag := check(cleaned, words)) is not None)
