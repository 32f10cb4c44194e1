"""Words writers confuse: its/it's, your/you're, their/there/they're, whose/who's, then/than,
lose/loose, affect/effect.

Each pattern fires only where one reading is impossible ("its a", "your welcome to", "could
effect the"), never on a guess: a missed slip costs less than a false alarm shown every time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.analysis.rules.grammar.check import APOSTROPHE as A
from app.analysis.rules.grammar.check import GrammarCheck, Hit, cased_like, phrase_finder

# A word that follows "it's"/"you're"/"they're" but never a possessive, not in a compound
# ("its so-called" is fine).
_NOT_AFTER_POSSESSIVE = (
    r"(?:a|an|the|not|been|going|gonna|also|so|too|really|never|always|probably|because|"
    r"almost|actually|quite|just)\b(?!-)"
)
_OWN = r"\s+own\b"
# "its hard to", "its true that": an adjective that takes a clause after it is said of "it",
# never owned by it ("does its best to" and "takes its time to" own a noun, so neither is here).
_ITS_ADJECTIVE_THEN_CLAUSE = (
    r"(?:important|hard|easy|difficult|possible|impossible|clear|likely|unlikely|obvious|"
    r"necessary|true|fine|better|safe|tempting|worth\s+noting)\s+(?:to|that)\b"
)
# "its fine.", "its true!": an adjective that ends the sentence is said of "it" ("lost its
# fun" and "kept its cool" own a noun, so neither is here).
_ITS_ADJECTIVE_THEN_END = r"(?:fine|true|weird|strange|crazy|amazing|awesome|great)\s*[.!?]"
# Prepositions after which a possessive, not "it is"/"you are", must follow.
_PREPOSITIONS = r"(?:of|for|with|from|into|about|by)"


# "its all good", "its all part of it": "all" then a word no possession of "its all" (the
# team "gave its all") is followed by; any word that could start the rest of a sentence after
# "gave its all" ("because", "so", "for") is left alone.
_ITS_ALL = r"all\s+(?:good|fine|true|wrong|the\s+same|part\s+of)\b(?!-)"


def _find_its(text: str) -> Iterator[Hit]:
    yield from phrase_finder(rf"\b(?P<x>its)\s+(?={_NOT_AFTER_POSSESSIVE}|{_ITS_ALL})", "it's")(
        text
    )
    yield from phrase_finder(
        rf"\b(?P<x>its)\s+(?={_ITS_ADJECTIVE_THEN_CLAUSE}|{_ITS_ADJECTIVE_THEN_END})", "it's"
    )(text)
    yield from phrase_finder(rf"\b(?P<x>it{A}s)(?={_OWN})", "its")(text)
    # "of it's users": a plural noun after a preposition + it's needs the possessive.
    yield from phrase_finder(
        rf"\b{_PREPOSITIONS}\s+(?P<x>it{A}s)\s+(?=[a-z]+(?<![su]s)(?<!is|as)s\b)",
        "its",
    )(text)


def _find_your(text: str) -> Iterator[Hit]:
    after = r"(?:a|an|the|not|gonna|probably|already|definitely|going\s+to|welcome\s+to)\b(?!-)"
    yield from phrase_finder(rf"\b(?P<x>your)\s+(?={after})", "you're")(text)
    yield from phrase_finder(rf"\b(?P<x>you{A}re)(?={_OWN})", "your")(text)
    yield from phrase_finder(rf"\b(?:{_PREPOSITIONS}|on|in)\s+(?P<x>you{A}re)\b", "your")(text)


def _find_their(text: str) -> Iterator[Hit]:
    be = rf"(?:is|are|was|were|isn{A}t|aren{A}t|wasn{A}t|weren{A}t)\b"
    yield from phrase_finder(rf"\b(?P<x>their)\s+(?={be})", "there")(text)
    yield from phrase_finder(r"\b(?P<x>their)\s+(?=(?:going\s+to|gonna|not)\b(?!-))", "they're")(
        text
    )
    yield from phrase_finder(rf"\b(?P<x>there|they{A}re)(?={_OWN})", "their")(text)


def _find_whose(text: str) -> Iterator[Hit]:
    yield from phrase_finder(
        r"\b(?P<x>whose)\s+(?=(?:going|gonna|been|the|a|an|not|coming|ready)\b)", "who's"
    )(text)
    nouns = r"(?:name|names|work|job|idea|ideas|book|books|turn|fault|car|house|life|own)\b"
    yield from phrase_finder(rf"\b(?P<x>who{A}s)\s+(?={nouns})", "whose")(text)


_COMPARATIVES = (
    r"(?:more|less|better|worse|rather|fewer|greater|larger|smaller|bigger|higher|lower|"
    r"faster|slower|longer|shorter|easier|harder|cheaper|older|younger|stronger|weaker|other|"
    r"smarter|simpler|quicker|richer|happier|deeper|wider|heavier|safer|cleaner|clearer)"
)
# "If it gets longer then split it": in a condition "then" is right after a comparative.
_CONDITION_RE = re.compile(r"\b(?:if|when|once|whenever)\b", re.IGNORECASE)
_CLAUSE_START_RE = re.compile(r"[.!?;:]\s")


def _than(match: re.Match[str], text: str) -> tuple[str, ...]:
    clause = text[: match.start()]
    ends = list(_CLAUSE_START_RE.finditer(clause))
    clause = clause[ends[-1].end() :] if ends else clause
    if _CONDITION_RE.search(clause):
        return ()
    return (cased_like(match.group("x"), "than"),)


def _find_then(text: str) -> Iterator[Hit]:
    yield from phrase_finder(rf"\b{_COMPARATIVES}\s+(?P<x>then)\b", _than)(text)
    yield from phrase_finder(r"\b(?:since|until|till|back)\s+(?P<x>than)\b", "then")(text)


def _find_lose(text: str) -> Iterator[Hit]:
    before = (
        rf"(?:to|will|would|could|should|might|may|can|cannot|can{A}t|don{A}t|didn{A}t|"
        rf"won{A}t|wouldn{A}t|doesn{A}t|never|not|you|we|they|I)"
    )
    yield from phrase_finder(rf"\b{before}\s+(?P<x>loose)\b(?!-)", "lose")(text)
    objects = (
        r"(?:my|your|his|our|their|track|sight|weight|interest|hope|focus|touch|patience|"
        r"momentum|faith|money)\b"
    )
    yield from phrase_finder(rf"\b(?P<x>loose)\s+(?={objects})", "lose")(text)
    yield from phrase_finder(r"\b(?P<x>loosing)\b", "losing")(text)


def _find_affect(text: str) -> Iterator[Hit]:
    verb_before = (
        rf"(?:will|would|could|should|can|may|might|must|to|not|does|did|do|won{A}t|"
        rf"didn{A}t|doesn{A}t|don{A}t|cannot|can{A}t)"
    )
    # "to effect change" (to bring it about) is right.
    yield from phrase_finder(
        rf"\b{verb_before}\s+(?P<x>effect)\b(?!\s+(?:a\s+|real\s+)?changes?\b)", "affect"
    )(text)
    noun_before = (
        r"(?:an|no|any|positive|negative|significant|big|huge|great|major|lasting|real|"
        r"direct|little|profound|strong|side|adverse)"
    )

    def effect(match: re.Match[str], _text: str) -> tuple[str, ...]:
        found = match.group("x")
        return (cased_like(found, "effects" if found.lower().endswith("s") else "effect"),)

    yield from phrase_finder(rf"\b{noun_before}\s+(?P<x>affects?)\b", effect)(text)
    yield from phrase_finder(r"\b(?:in|into)\s+(?P<x>affect)\b", "effect")(text)


CHECKS: tuple[GrammarCheck, ...] = (
    GrammarCheck(
        "its_its",
        "its / it's",
        "'its' owns something; 'it's' is 'it is' or 'it has'",
        'Write "{fix}": "it\'s" means "it is" or "it has", "its" means "belonging to it".',
        _find_its,
        triggers=("its", "it's", "it’s"),
    ),
    GrammarCheck(
        "your_youre",
        "your / you're",
        "'your' owns something; 'you're' is 'you are'",
        'Write "{fix}": "you\'re" means "you are", "your" means "belonging to you".',
        _find_your,
        triggers=("your", "you're", "you’re"),
    ),
    GrammarCheck(
        "their_there",
        "their / there / they're",
        "'their' owns, 'there' points, 'they're' is 'they are'",
        'Write "{fix}": "their" owns, "there" points or starts "there is", '
        '"they\'re" means "they are".',
        _find_their,
        triggers=("their", "there", "they're", "they’re"),
    ),
    GrammarCheck(
        "whose_whos",
        "whose / who's",
        "'whose' owns something; 'who's' is 'who is' or 'who has'",
        'Write "{fix}": "who\'s" means "who is" or "who has", "whose" means "of whom".',
        _find_whose,
        triggers=("whose", "who's", "who’s"),
    ),
    GrammarCheck(
        "then_than",
        "then / than",
        "'than' compares; 'then' tells when",
        'Write "{fix}": "than" compares, "then" tells when.',
        _find_then,
        triggers=("then", "than"),
    ),
    GrammarCheck(
        "lose_loose",
        "lose / loose",
        "'lose' is the verb; 'loose' means not tight",
        'Write "{fix}": "lose" is to misplace or fail to keep, "loose" means not tight.',
        _find_lose,
        triggers=("loose", "loosing"),
    ),
    GrammarCheck(
        "affect_effect",
        "affect / effect",
        "'affect' is usually the verb, 'effect' the noun",
        'Write "{fix}": to "affect" something is to have an "effect" on it.',
        _find_affect,
        triggers=("effect", "affect"),
    ),
)
