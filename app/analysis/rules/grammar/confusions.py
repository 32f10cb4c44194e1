"""Words writers confuse: its/it's, your/you're, their/there/they're, whose/who's, then/than,
lose/loose, affect/effect.

Each pattern fires only where one reading is impossible ("its a", "your welcome to", "could
effect the"), never on a guess: a missed slip costs less than a false alarm shown every time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.analysis.rules.grammar.check import APOSTROPHE as A
from app.analysis.rules.grammar.check import (
    GrammarCheck,
    Hit,
    cased_like,
    phrase_finder,
    previous_word,
)
from app.analysis.rules.spelling.lexicon import lexicon

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
# "its all good", "its all there": "all" then a word it cannot own ("gave its all for the
# team" owns it, so a preposition after "all" is left alone, and "its all-new" is a compound).
_ITS_ALL = (
    r"all\s+(?:good|there|here|over|right|fine|done|set|gone|true|wrong|yours|mine|ours|the\s+same|"
    r"part\s+of|just|so|too|very|pretty|really|about|because|thanks|been)\b(?!-)"
)
# "I love it's color scheme", "we changed it's theme": after a verb that takes an object,
# "it's" is the possessive before a noun, told by its plural being a common word ("colors").
# A verb of liking takes a clause in speech ("I love it's so simple") and a comma is often left
# out ("whatever you change it's fine"), so an adjective, an adverb or a word often said of
# "it" ("it's home", "it's time") is left alone, and so is a word with no common plural. A bare
# "like" is no verb often enough ("looks like it's color coded") to be one here.
_OBJECT_VERBS = (
    r"(?:change|changed|changes|update|updated|updates|improve|improved|improves|adjust|"
    r"adjusted|customize|customized|customise|customised|tweak|tweaked|love|loved|loves|"
    r"liked|likes|hate|hated|hates|adore|adored|admire|admired)"
)
_SAID_OF_IT_RE = re.compile(
    r"(?:a|an|the|not|so|too|very|really|just|also|still|only|even|all|been|got|gotten|getting|"
    r"going|done|gone|used|made|more|less|most|much|way|free|open|clean|fast|light|dark|cool|"
    r"fine|right|good|well|back|home|time|fun|kind|worth|like|over|out|up|down|off|on|in|due|"
    r"part|last|first|next|super|pretty|quite|easy|hard|simple|cheap|great|nice|new|old|sure|"
    r"best|better|worse|ok|okay|there|here|this|that|what|how|why|when|about|because)"
)


def _its_before_noun(match: re.Match[str], _text: str) -> tuple[str, ...]:
    word = match.group("noun").lower()
    if _SAID_OF_IT_RE.fullmatch(word) or word.endswith(("ly", "ing", "ed", "s")):
        return ()
    frequencies = lexicon().frequencies
    singular, plural = frequencies.get(word, 0), frequencies.get(word + "s", 0)
    if not singular or plural < singular / 20:
        return ()  # no common plural: not a noun (cheap, simple) or a mass noun said of it
    return (cased_like(match.group("x"), "its"),)


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
    yield from phrase_finder(
        rf"\b{_OBJECT_VERBS}\s+(?P<x>it{A}s)\s+(?P<noun>[a-z]+)\b(?!-|{A})", _its_before_noun
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
    yield from phrase_finder(
        r"\b(?:for|of|with)\s+(?P<x>there)\s+(?P<noun>[a-z]+s)\b(?![-'’])", _their_before_plural
    )(text)


# After "there", words that end in -s without being the plural a possessive would own: verbs
# that take "there" as their subject ("for there remains"), adverbs, and spans of time ("out
# of there minutes later").
_THERE_VERBS_RE = re.compile(
    r"(?:is|was|has|does|remains|remain|exists|exist|seems|seem|appears|appear|comes|come|goes|"
    r"lies|lie|stands|stand|follows|follow|lives|happens|arises|arise|emerges)"
)
_TIME_PLURALS_RE = re.compile(
    r"(?:seconds|minutes|hours|days|weeks|months|years|times|decades|moments|ages|sometimes|"
    r"nowadays|besides|towards|afterwards|upwards|downwards|backwards|anyways|always|perhaps)"
)
_NOT_PLURAL_RE = re.compile(r"(?:ss|us|is|as|os|ics|ness|ws)$")


def _their_before_plural(match: re.Match[str], text: str) -> tuple[str, ...]:
    """Before a plural noun ("for there plugins") "there" is a slip for "their"."""
    noun = match.group("noun").lower()
    if _THERE_VERBS_RE.fullmatch(noun) or _TIME_PLURALS_RE.fullmatch(noun):
        return ()
    if _NOT_PLURAL_RE.search(noun):
        return ()
    if previous_word(text, match.start()) == "out":  # "out of there years ago"
        return ()
    frequencies = lexicon().frequencies
    singular = noun[:-2] if noun.endswith("es") and noun[:-2] in frequencies else noun[:-1]
    if frequencies.get(singular, 0) == 0:
        return ()  # not the plural of a word
    return (cased_like(match.group("x"), "their"),)


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
    # "let it affect you and effect the file system": after a verb's object and "and", a verb
    # ("the mood and effect the song creates" joins two nouns, so only a pronoun object counts).
    yield from phrase_finder(
        r"\b(?:you|it|them|us|me|him)\s+(?:and|or)\s+(?P<x>effect)\s+"
        r"(?=(?:the|your|my|our|their|his|its|every|how)\b)",
        "affect",
    )(text)


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
