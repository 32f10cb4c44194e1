"""Words writers confuse: its/it's, your/you're, their/there/they're, whose/who's, then/than,
lose/loose, affect/effect.

Each pattern fires only where one reading is impossible ("its a", "your welcome to", "could
effect the"), never on a guess: a missed slip costs less than a false alarm shown every time.
Where the words around decide it, they are read from dictionary lists derived from lemminflect
(``resources/keywords``): "more useful then" (an adjective makes a comparative), "wagged it's
tail" (a verb that takes an object, not a clause, then a noun), "Their going home." (a
sentence with no verb of its own besides the "-ing" word).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from app.analysis.rules.grammar.check import APOSTROPHE as A
from app.analysis.rules.grammar.check import (
    Finder,
    GrammarCheck,
    Hit,
    cased_like,
    phrase_finder,
)
from app.analysis.rules.grammar.word_classes import (
    is_verb,
    modifier_words,
    present_and_past_of,
    verb_forms,
)
from app.resources import word_list


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@cache
def _grammar_words() -> frozenset[str]:
    """Function words (pronouns, determiners, prepositions …): no noun a verb can own."""
    return word_list("keywords", "function_words.txt")


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
    # "Why its time to quit": "its time to" opening a sentence, or after a word that opens
    # one, is "it is time" ("the team had its time to shine" owns it after a verb).
    yield from phrase_finder(
        rf"(?:^|[.!?:;]\s+|[\"“(]|\b{_OPENS_ITS_TIME}\s+)(?P<x>its)\s+(?=time\s+(?:to|for)\b)",
        "it's",
    )(text)
    # "The dog wagged it's tail": after a verb that takes an object, "it's" + a noun that
    # ends the phrase is the possessive; verbs that take a clause ("said it's fine") and
    # nouns that follow "it is" alone ("decided it's time") are left alone.
    yield from _owner_before_verb(rf"it{A}s", "its")(text)
    yield from phrase_finder(
        rf"\b(?P<v>[A-Za-z]+)\s+(?P<x>it{A}s)\s+(?P<n>[a-z]+)(?=\s*(?:[.,;:!?)]|$)|"
        rf"\s+(?:and|or|but|in|on|at|with|from|for|into|onto|over|off|back|again|behind)\b)",
        _its_possessive,
    )(text)


# Words after which "its time to" starts a clause: "why its time", "now its time".
_OPENS_ITS_TIME = r"(?:why|now|so|maybe|perhaps|because|guess|think|yes|well)"
# Verbs of saying, thinking, perceiving and making sure: "it's" after them starts a clause
# ("I guess it's luck", "she said it's home", "ask first to ensure it's welcome").
_CLAUSE_VERBS = _words(
    """say says said think thinks thought know knows knew guess guessed believe believes
    believed feel feels felt hope hopes hoped realize realizes realized realise realises
    realised mean means meant bet suppose supposed assume assumed decide decided figure
    figured find finds found hear heard see sees saw seem seems seemed notice noticed learn
    learned learnt mention mentioned admit admitted claim claimed argue argued note noted
    agree agreed explain explained warn warned insist insisted suggest suggested announce
    announced confirm confirmed report reported tweet tweeted post posted write wrote reply
    replied add added joke joked wish wished prove proved show showed shows understand
    understood remember remembered forget forgot imagine imagined expect expected worry
    worried swear swore promise promised tell told tells hint hinted reckon reckoned doubt
    doubted pretend pretended discover discovered ensure ensures ensured ensuring check
    checks checked verify verifies verified sure"""
)
# Nouns that follow "it is" alone, without an article: "it's time", "it's today".
_PREDICATE_NOUNS = _words(
    """time fun today tomorrow tonight yesterday everything nothing something anything ok
    okay part kind sort true mine magic luck love life home business work monday tuesday
    wednesday thursday friday saturday sunday"""
)


def _possessive_of(fix: str) -> Callable[[re.Match[str], str], tuple[str, ...]]:
    """The check of ``_its_possessive`` for another contraction ("you're" -> "your")."""

    def possessive(match: re.Match[str], text: str) -> tuple[str, ...]:
        return (fix,) if _its_possessive(match, text) else ()

    return possessive


# A finite verb: after "it's users", "who's papers", the noun is the subject of a verb of its
# own, so the word before it owns it ("its users are", "whose papers were").
_FINITE_NEXT = (
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did)\b"
)


def _owner_before_verb(contraction: str, fix: str) -> Finder:
    """ "it's users are" -> "its": a contraction before a noun that a finite verb follows."""

    def owner(match: re.Match[str], _text: str) -> tuple[str, ...]:
        noun = match.group("n").lower()
        if (
            noun in _PREDICATE_NOUNS
            or noun in modifier_words()
            or noun in _grammar_words()
            or noun in verb_forms()
            or noun.endswith(("ing", "ly", "ed", "est"))
        ):
            return ()
        return (cased_like(match.group("x"), fix),)

    return phrase_finder(rf"\b(?P<x>{contraction})\s+(?P<n>[a-z]+)\s+(?={_FINITE_NEXT})", owner)


def _its_possessive(match: re.Match[str], _text: str) -> tuple[str, ...]:
    verb, noun = match.group("v").lower(), match.group("n").lower()
    if verb in _CLAUSE_VERBS or not is_verb(verb):
        return ()
    if (
        noun in _PREDICATE_NOUNS
        or noun in modifier_words()
        or noun in _grammar_words()
        or noun in verb_forms()
        or noun.endswith(("ing", "ly", "ed"))
    ):
        return ()
    return ("its",)


def _find_your(text: str) -> Iterator[Hit]:
    after = r"(?:a|an|the|not|gonna|probably|already|definitely|going\s+to|welcome\s+to)\b(?!-)"
    yield from phrase_finder(rf"\b(?P<x>your)\s+(?={after})", "you're")(text)
    yield from phrase_finder(rf"\b(?P<x>you{A}re)(?={_OWN})", "your")(text)
    # "the color of you're car", but not where a clause follows: "the notion of you're either".
    yield from phrase_finder(
        rf"\b(?:{_PREPOSITIONS}|on|in)\s+(?P<x>you{A}re)\b"
        rf"(?!\s+(?:{_NOT_AFTER_POSSESSIVE}|either\b|neither\b))",
        "your",
    )(text)
    yield from _owner_before_verb(rf"you{A}re", "your")(text)
    # "We loved you're talk": after a verb that takes an object, as "it's" above.
    yield from phrase_finder(
        rf"\b(?P<v>[A-Za-z]+)\s+(?P<x>you{A}re)\s+(?P<n>[a-z]+)(?=\s*(?:[.,;:!?)]|$)|"
        rf"\s+(?:and|or|but|if|in|on|at|with|from|for|into|onto|over|off|back|again)\b)",
        _possessive_of("your"),
    )(text)


def _find_their(text: str) -> Iterator[Hit]:
    be = rf"(?:is|are|was|were|isn{A}t|aren{A}t|wasn{A}t|weren{A}t)\b"
    yield from phrase_finder(rf"\b(?P<x>their)\s+(?={be})", "there")(text)
    yield from phrase_finder(r"\b(?P<x>their)\s+(?=(?:going\s+to|gonna|not)\b(?!-))", "they're")(
        text
    )
    yield from phrase_finder(rf"\b(?P<x>there|they{A}re)(?={_OWN})", "their")(text)
    yield from _owner_before_verb(rf"they{A}re", "their")(text)
    yield from phrase_finder(
        rf"(?:^|[.!?]\s+|[\"“(])(?P<x>Their)\s+(?P<g>[a-z]+ing)\s+(?={_AFTER_PROGRESSIVE})"
        r"(?P<rest>[^.!?;:]*)",
        _theyre_doing,
        flags=0,
    )(text)


# What follows "they're going", "they're making" but no noun made of an "-ing" word ("their
# hiring process", "their writing improved").
_AFTER_PROGRESSIVE = (
    r"(?:a|an|the|to|my|your|his|her|our|their|its|it|them|us|me|him|this|that|these|those|"
    r"home|back|out|up|down|away|off|so|too|really|all|more|some|every|no)\b"
)
_FINITE = _words(
    "is are was were am be has have had do does did will would can could shall should may might "
    "must"
)


def _theyre_doing(match: re.Match[str], _text: str) -> tuple[str, ...]:
    """ "Their going home." is "They're going home." when the sentence has no other verb: with
    one, the "-ing" word is a noun ("Their leaving the team surprised everyone")."""
    doing = match.group("g")
    # "thing", "king", "spring": no verb before the "-ing" ("go-ing", "mak-ing" have one).
    if doing in _ing_nouns() or not re.search(r"[aeiouy]", doing[:-3]):
        return ()
    for word in re.findall(r"[A-Za-z']+", match.group("rest")):
        lowered = word.lower()
        if (
            lowered in _FINITE
            or "'" in lowered
            or lowered in verb_forms()
            or lowered.endswith("ed")
            or (lowered.endswith("s") and not lowered.endswith("ss"))
        ):
            return ()  # a verb, or a word that may be one: the sentence has its own
    return ("They're",)


@cache
def _ing_nouns() -> frozenset[str]:
    """Words ending in "-ing" that are nouns first ("morning", "string", "evening")."""
    return word_list("keywords", "ing_nouns.txt")


def _find_whose(text: str) -> Iterator[Hit]:
    yield from phrase_finder(
        r"\b(?P<x>whose)\s+(?=(?:going|gonna|been|the|a|an|not|coming|ready)\b)", "who's"
    )(text)
    nouns = r"(?:name|names|work|job|idea|ideas|book|books|turn|fault|car|house|life|own)\b"
    yield from phrase_finder(rf"\b(?P<x>who{A}s)\s+(?={nouns})", "whose")(text)
    yield from _owner_before_verb(rf"who{A}s", "whose")(text)


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


def _than_after_adjective(match: re.Match[str], text: str) -> tuple[str, ...]:
    """ "more useful then a mandate": "more"/"less" + a word English uses only as an adjective
    or adverb makes a comparative ("more time then" may be "at that time")."""
    if match.group("a").lower() not in modifier_words():
        return ()
    return _than(match, text)


def _find_then(text: str) -> Iterator[Hit]:
    yield from phrase_finder(rf"\b{_COMPARATIVES}\s+(?P<x>then)\b", _than)(text)
    # "then" that ends a clause ("I was more patient then, and less tired") is "at that time".
    yield from phrase_finder(
        r"\b(?:more|less)\s+(?P<a>[A-Za-z]+)\s+(?P<x>then)\b(?!\s*(?:[.,;:!?)]|$))",
        _than_after_adjective,
    )(text)
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
    # "It effects everyone": "effects" with a pronoun subject and a person or a possessive
    # after it is the verb; "it effects change" (brings it about) is right.
    yield from phrase_finder(
        r"\b(?:it|he|she|this)\s+(?P<x>effects)\s+(?=(?:everyone|everybody|anyone|anybody|"
        r"someone|somebody|nobody|us|me|you|them|him|her|our|your|my|his|their|its|all|every|"
        r"both|how|so|many|most|people)\b)",
        "affects",
    )(text)


# "The title peaked my interest": to pique (stir) interest, curiosity or attention. After
# "peaked", whose subject rose and fell by itself, an owner's word and one of those nouns
# cannot follow ("interest peaked in March", "traffic peaked our first week").
_PIQUE_FORMS = {
    "peak": "pique", "peek": "pique", "peaks": "piques", "peeks": "piques",
    "peaked": "piqued", "peeked": "piqued", "peaking": "piquing", "peeking": "piquing",
}  # fmt: skip


def _find_pique(text: str) -> Iterator[Hit]:
    def fix(match: re.Match[str], _text: str) -> tuple[str, ...]:
        found = match.group("x")
        return (cased_like(found, _PIQUE_FORMS[found.lower()]),)

    yield from phrase_finder(
        r"\b(?P<x>pe(?:a|e)k(?:s|ed|ing)?)\s+(?:my|your|his|her|its|our|their|the\s+reader'?s|"
        r"readers'?|everyone's|everybody's)\s+(?:\w+\s+)?(?:interest|curiosity|attention)\b",
        fix,
    )(text)


# "other peoples code", "changed peoples minds": "peoples" (nations) before a noun it cannot be
# the subject of is "people's". Not before a grammar word, a capital or a verb ("the peoples of
# the Andes", "Pakistan Peoples Party", "peoples settled the valley"), nor before a word that is
# also a common verb ("the peoples work together").
_PEOPLES_RE = re.compile(r"\b(?P<x>[Pp]eoples)[ \t]+(?P<next>[A-Za-z]+)\b(?!['’-])")


def _find_peoples(text: str) -> Iterator[Hit]:
    for match in _PEOPLES_RE.finditer(text):
        word = match.group("next")
        if (
            word[0].isupper()
            or word in _grammar_words()
            or is_verb(word)
            or present_and_past_of(word) is not None
        ):
            continue
        yield match.start("x"), match.end("x"), (cased_like(match.group("x"), "people's"),)


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
        "piqued",
        "peaked / piqued",
        "'peaked' (reached a top) or 'peeked' (looked) written for 'piqued' (stirred)",
        'Write "{fix}": interest or curiosity is piqued (stirred); "peak" is a top, "peek" a look.',
        _find_pique,
        triggers=("peak", "peek"),
    ),
    GrammarCheck(
        "affect_effect",
        "affect / effect",
        "'affect' is usually the verb, 'effect' the noun",
        'Write "{fix}": to "affect" something is to have an "effect" on it.',
        _find_affect,
        triggers=("effect", "affect"),
    ),
    GrammarCheck(
        "peoples",
        "peoples / people's",
        "'peoples' (nations) written for the possessive 'people's': 'other peoples code'",
        'Write "{fix}": the apostrophe says it belongs to people ("peoples" are nations).',
        _find_peoples,
        triggers=("peoples",),
    ),
)
