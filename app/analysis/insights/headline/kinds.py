"""What kind of headline this is: how-to, list, question, why, guide, story, warning, comparison."""

from __future__ import annotations

import re
from enum import StrEnum


class HeadlineType(StrEnum):
    HOW_TO = "how-to"
    LIST = "list"
    QUESTION = "question"
    WHY = "why"
    GUIDE = "guide"
    PERSONAL_STORY = "personal story"
    WARNING = "warning"
    COMPARISON = "comparison"
    STATEMENT = "statement"


_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|fifty|a hundred|one hundred|a dozen"
)
_COMPARISON = re.compile(
    r"\b(?:vs|versus|compared\s+(?:to|with)|better than|worse than|instead of|which is better)\b"
    r"|\bor\s+[\w'-]+\s*\?$",
    re.IGNORECASE,
)
_WARNING = re.compile(
    r"\b(?:mistakes?|warning|avoid|stop|don't|do not|never|dangers?|dangerous|pitfalls?|"
    r"wrong|myths?|red flags?|traps?|beware|worst)\b",
    re.IGNORECASE,
)
# "Don't" in a question asks rather than warns: "Why Don't You Move Abroad?"
_ASKING_NOT = re.compile(r"\b(?:don't|do not)\b", re.IGNORECASE)
# A count followed (possibly after a few words) by a plural noun, or a bare leading number.
# A span of time is no list: "Ten Years of Go", "30 Days Without Sugar".
_LIST = re.compile(
    rf"^(?:the\s+)?(?:top\s+)?(?:\d+|{_NUMBER_WORDS})\b(?!\s*(?:%|percent|years?\s+old|-year))"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+"
    r"(?:of|in|ago|later|after|on|since|with|without|at)\b)",
    re.IGNORECASE,
)
_HOW_TO = re.compile(
    r"^(?:how\s+to|how\s+you\s+can|how\s+do\s+you|how\s+can\s+you)\b|\bhow\s+to\b", re.I
)
_GUIDE = re.compile(
    r"\b(?:guide|handbook|primer|tutorial|introduction\s+to|intro\s+to|101|explained|"
    r"everything\s+you\s+need\s+to\s+know|cheat\s*sheet|step[-\s]by[-\s]step|walkthrough)\b",
    re.IGNORECASE,
)
_WHY = re.compile(r"^(?:why|here's\s+why|this\s+is\s+why)\b|\bthe\s+reasons?\s+why\b", re.I)
_PERSONAL = re.compile(
    r"^(?:how\s+i|why\s+i|what\s+i|when\s+i|i|my|we|our)\b|\b(?:i|i've|i'm|i'd|my|me)\b",
    re.IGNORECASE,
)


def headline_type(text: str) -> HeadlineType:
    """The headline's type by its wording; the most specific pattern that fits wins."""
    stripped = " ".join(text.replace("’", "'").split())
    if not stripped:
        return HeadlineType.STATEMENT
    if _COMPARISON.search(stripped):
        return HeadlineType.COMPARISON
    if _LIST.search(stripped):
        return HeadlineType.WARNING if _WARNING.search(stripped) else HeadlineType.LIST
    if _GUIDE.search(stripped) and not re.match(r"(?:how\s+i|i|my)\b", stripped, re.I):
        return HeadlineType.GUIDE
    if _HOW_TO.search(stripped):
        return HeadlineType.HOW_TO
    if _PERSONAL.search(stripped):
        return HeadlineType.PERSONAL_STORY
    if _warns(stripped):
        return HeadlineType.WARNING
    if _WHY.search(stripped):
        return HeadlineType.WHY
    # Only a question mark makes a question: "What Nobody Tells You About Grief" and "Is
    # Remote Work Here to Stay" without one read as statements.
    if stripped.endswith("?"):
        return HeadlineType.QUESTION
    return HeadlineType.STATEMENT


def _warns(text: str) -> bool:
    """Whether a headline warns: a warning word, beyond the "don't" a question asks with."""
    found = _WARNING.findall(text)
    if text.endswith("?"):
        found = [word for word in found if not _ASKING_NOT.fullmatch(word)]
    return bool(found)
