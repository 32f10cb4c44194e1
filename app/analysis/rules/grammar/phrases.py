"""Fixed phrases that are always slips: "should of", "can be able to", "can not", "might could",
"can attributed", "suppose to", "used too it", "everyday" as an adverb, "alot", "upto", "Lets
go", "slight of hand", "irregardless", "most unique", "in near future", "worth to mention",
"on September 2019"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from app.analysis.rules.grammar.check import APOSTROPHE as A
from app.analysis.rules.grammar.check import GrammarCheck, Hit, cased_like, phrase_finder
from app.analysis.rules.grammar.word_classes import modifier_words, verb_bases, verb_forms
from app.analysis.rules.spelling.lexicon import lexicon
from app.analysis.rules.style.inflect import verb_forms as inflected
from app.analysis.text.words import DETERMINERS

_MODALS = r"(?:could|should|would|must|might|may)"


def _have(match: re.Match[str], _text: str) -> tuple[str, ...]:
    if match.group("modal") == "May":  # "the May of 1968"
        return ()
    return (cased_like(match.group("x"), "have"),)


def _find_modal_of(text: str) -> Iterator[Hit]:
    yield from phrase_finder(rf"\b(?P<modal>{_MODALS})\s+(?P<x>of)\b(?!\s+course\b)", _have)(text)


def _find_can_be_able(text: str) -> Iterator[Hit]:
    def fixes(match: re.Match[str], _text: str) -> tuple[str, ...]:
        found = match.group("x")
        return (cased_like(found, "will be able to"), cased_like(found, "can"))

    yield from phrase_finder(r"\b(?P<x>can\s+be\s+able\s+to)\b", fixes)(text)


def _find_can_not(text: str) -> Iterator[Hit]:
    # "can not only ... but also" is right: "not" belongs to "only".
    yield from phrase_finder(r"\b(?P<x>can\s+not)\b(?!\s+(?:only|just)\b)", "cannot")(text)


_DOUBLE_MODAL_RE = (
    r"\b(?P<x>(?P<first>might|may|must|should|could|would|will|can)\s+"
    r"(?P<second>could|can|should|would|might|will|must|may))\b"
)


def _one_modal(match: re.Match[str], _text: str) -> tuple[str, ...]:
    first, second = match.group("first"), match.group("second")
    if first.lower() == second.lower() or (first[:1].isupper() and first in {"May", "Will"}):
        return ()  # a repeated word (another rule) or a name: "Will can ..."
    return (cased_like(first, second.lower()), first)


def _find_double_modal(text: str) -> Iterator[Hit]:
    yield from phrase_finder(_DOUBLE_MODAL_RE, _one_modal)(text)


def _find_supposed_to(text: str) -> Iterator[Hit]:
    be = rf"(?:\b(?:am|is|are|was|were|be|been|not|get|gets|got|getting)|{A}(?:m|re|s))"

    def fixes(match: re.Match[str], _text: str) -> tuple[str, ...]:
        found = match.group("x")
        return (found + "d",)

    yield from phrase_finder(rf"{be}\s+(?P<x>suppose|use)\s+(?=to\b)", fixes)(text)


# "You get used too it", "It used too take an hour": "too" for "to". "Too" is right before
# how much, how often or how it was used ("used too much memory", "was used too often", "used
# too loosely", "used too large a font").
_DEGREE_WORDS = frozenset({"many", "few", "little", "long", "far", "well", "badly", "hard"})


def _used_to(match: re.Match[str], _text: str) -> tuple[str, ...]:
    after = match.group("next").lower()
    if after in _DEGREE_WORDS or after in modifier_words() or after.endswith("ly"):
        return ()
    return (cased_like(match.group("x"), "to"),)


def _find_used_too(text: str) -> Iterator[Hit]:
    yield from phrase_finder(r"\bused\s+(?P<x>too)\s+(?P<next>[A-Za-z]+)\b(?!-)", _used_to)(text)


# "This can all attributed to luck": a modal, at most two adverbs, then a past participle
# where "be" or "have" is missing. Lower-case modals only: "May" is a month, "Will" a name.
_MODAL_PARTICIPLE_RE = (
    r"(?<![\w-])(?P<modal>can|could|should|would|must|might|may|will|shall)\s+"
    r"(?:(?:all|also|not|never|only|just|both|still|always|even|easily|simply|then|now|often|"
    r"rarely|usually|already|really|probably|certainly|surely|definitely|sometimes|soon)\s+)"
    r"{0,2}(?P<x>[a-z]+ed)\b"
)
# "The can opened", "a watering can": "can" as a noun.
_BEFORE_NOUN_CAN = re.compile(
    r"\b(?:the|a|an|my|your|his|her|our|their|its|tin|trash|"
    r"garbage|watering|soda|beer|paint|spray|oil|gas|aerosol|recycling)\s+$",
    re.IGNORECASE,
)


@cache
def _participles() -> frozenset[str]:
    """ "-ed" forms English uses as verb forms and never as a base ("attributed", not
    "embed" or "need"), from lemminflect's lemma table (``verb_forms.txt``)."""
    bases = verb_bases()
    return frozenset(word for word in verb_forms() if word.endswith("ed") and word not in bases)


def _be_or_have(match: re.Match[str], text: str) -> tuple[str, ...]:
    participle = match.group("x")
    if participle not in _participles():
        return ()
    if match.group("modal") == "can" and _BEFORE_NOUN_CAN.search(
        text, max(0, match.start() - 12), match.start()
    ):
        return ()
    return (f"be {participle}", f"have {participle}")


def _find_modal_participle(text: str) -> Iterator[Hit]:
    yield from phrase_finder(_MODAL_PARTICIPLE_RE, _be_or_have, flags=0)(text)


# "everyday" is an adjective (everyday life); as an adverb it is two words.
_AFTER_ADVERB = (
    r"(?=\s*(?:[.,;!?)]|$)|\s+(?:and|but|or|at|in|for|to|of|until|since|so|because|when|"
    r"while|before|after|with|without|from|on|I|we|you|he|she|they|it|this|is|was)\b)"
)


def _find_everyday(text: str) -> Iterator[Hit]:
    yield from phrase_finder(rf"\b(?P<x>everyday){_AFTER_ADVERB}", "every day")(text)


_INTENSIFIERS = (
    r"(?:very|most|more|quite|so|extremely|really|rather|somewhat|fairly|pretty|incredibly)"
)


# "Lets get started": a sentence that opens on "let us" before a verb.
_LETS_BEFORE = (
    r"(?:go|get|see|talk|start|take|look|make|try|do|be|begin|dive|say|hope|face|keep|move|"
    r"build|find|explore|consider|review|recap|wrap|jump|walk|play|check|learn|set|put|give|"
    r"think|imagine|assume|pretend|compare|focus|discuss|celebrate|agree|step|turn|break)\b"
)


def _find_lets(text: str) -> Iterator[Hit]:
    yield from phrase_finder(
        rf"(?:^|(?<=[.!?:;\"“(])\s*|(?<=\n))(?P<x>[Ll]ets)\s+(?={_LETS_BEFORE})",
        "Let's",
        flags=0,
    )(text)


def _find_most_unique(text: str) -> Iterator[Hit]:
    yield from phrase_finder(rf"\b(?P<x>{_INTENSIFIERS}\s+unique)\b", "unique")(text)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Words that follow "worth to" as its object, not as a verb: "worth to me", "worth to people".
_WORTH_TO_OBJECTS = DETERMINERS | {
    "me", "you", "him", "us", "them", "it", "anyone", "everyone", "someone", "people", "any",
    "all", "many", "most",
}  # fmt: skip


def _find_worth_to(text: str) -> Iterator[Hit]:
    """A verb after "worth to" ("worth to mention" for "worth mentioning"): a word with an
    "-ing" form English writes, not the phrase's object ("worth to me")."""
    words = lexicon().frequencies
    for match in re.finditer(r"\b(?P<x>worth\s+to\s+(?P<verb>[a-z]+))\b", text, re.IGNORECASE):
        verb = match.group("verb").lower()
        if verb in _WORTH_TO_OBJECTS or verb.endswith("s"):
            continue
        gerund = inflected(verb).ing
        if gerund in words:
            yield (
                match.start("x"),
                match.end("x"),
                (cased_like(match.group("x"), f"worth {gerund}"),),
            )


CHECKS: tuple[GrammarCheck, ...] = (
    GrammarCheck(
        "near_future",
        "in near future",
        "'in near future' or 'in the nearest future' for 'in the near future'",
        'Write "{fix}".',
        phrase_finder(
            r"\b(?P<x>in\s+(?:the\s+nearest|nearest|near)\s+future)\b",
            "in the near future",
        ),
        triggers=("future",),
    ),
    GrammarCheck(
        "worth_to",
        "worth to + verb",
        "'worth to do' for 'worth doing'",
        'Write "{fix}": "worth" takes the "-ing" form.',
        _find_worth_to,
        triggers=("worth to",),
    ),
    GrammarCheck(
        "on_month_year",
        "on September 2019",
        "'on' before a month and a year with no day, where 'in' goes",
        'Write "{fix}": "on" goes with a day ("on 5 September"), "in" with a month.',
        phrase_finder(
            rf"\b(?P<x>on)\s+(?:{_MONTHS})\s+\d{{4}}\b(?!['’\w])", "in", flags=re.IGNORECASE
        ),
        triggers=("on ",),
    ),
    GrammarCheck(
        "modal_of",
        "could/should/would of",
        "'of' written for 'have' after a modal verb",
        'Write "{fix}": after could, should, would or must, "have" sounds like "of", but only '
        '"have" is right.',
        _find_modal_of,
        triggers=(" of",),
    ),
    GrammarCheck(
        "can_be_able",
        "can be able to",
        "'can' and 'be able to' say the same thing twice",
        'Write "{fix}": "can" already means "be able to".',
        _find_can_be_able,
        triggers=("able",),
    ),
    GrammarCheck(
        "can_not",
        "can not",
        "'cannot' is one word",
        'Write "{fix}" as one word (keep "can not" only before "only").',
        _find_can_not,
        triggers=("can",),
    ),
    GrammarCheck(
        "double_modal",
        "Double modals",
        "Two modal verbs in a row: 'might could'",
        'Keep one modal verb: "{fix}" (or say "might be able to").',
        _find_double_modal,
    ),
    GrammarCheck(
        "modal_participle",
        "can/will + past participle",
        "a past participle after a modal verb, without 'be' or 'have'",
        'Write "{fix}": after can, will, should or another modal verb, a past participle '
        'needs "be" (or "have").',
        _find_modal_participle,
    ),
    GrammarCheck(
        "supposed_to",
        "supposed to / used to",
        "'suppose to' and 'use to' after a form of 'be' or 'get'",
        'Write "{fix}": after "be" or "get" it takes a -d ("supposed to", "used to").',
        _find_supposed_to,
        triggers=("suppose", "use"),
    ),
    GrammarCheck(
        "used_too",
        "used too / used to",
        "'too' written for 'to' in 'used to'",
        'Write "{fix}": one is "used to" something; "too" means also or excessively.',
        _find_used_too,
        triggers=("used too",),
    ),
    GrammarCheck(
        "everyday",
        "everyday / every day",
        "'everyday' is an adjective; 'every day' says how often",
        'Write "{fix}": "everyday" means ordinary (everyday life), "every day" means daily.',
        _find_everyday,
        triggers=("everyday",),
    ),
    GrammarCheck(
        "alot",
        "alot",
        "'a lot' is two words",
        'Write "{fix}" as two words.',
        phrase_finder(r"\b(?P<x>alot)\b", "a lot"),
        triggers=("alot",),
    ),
    GrammarCheck(
        "upto",
        "upto",
        "'up to' is two words",
        'Write "{fix}" as two words.',
        phrase_finder(r"\b(?P<x>upto)\b", "up to"),
        triggers=("upto",),
    ),
    GrammarCheck(
        "lets",
        "Lets / Let's",
        "'Lets' (it allows) opening a sentence where 'Let's' (let us) is meant",
        'Write "{fix}": "let\'s" is "let us"; "lets" means "allows".',
        _find_lets,
        triggers=("lets",),
    ),
    GrammarCheck(
        "sleight",
        "slight / sleight of hand",
        "'slight of hand' for 'sleight of hand'",
        'Write "{fix}": a trick is a sleight (skill) of hand; "slight" means small.',
        phrase_finder(r"\b(?P<x>slight)\s+of\s+(?:the\s+)?hands?\b", "sleight"),
        triggers=("slight",),
    ),
    GrammarCheck(
        "irregardless",
        "irregardless",
        "'irregardless' for 'regardless'",
        'Write "{fix}": "irregardless" is a double negative most editors strike.',
        phrase_finder(r"\b(?P<x>irregardless)\b", "regardless"),
        triggers=("irregardless",),
    ),
    GrammarCheck(
        "most_unique",
        "most unique",
        "'unique' means one of a kind: it has no degrees",
        'Write "{fix}" alone, or pick a word with degrees ("unusual", "rare").',
        _find_most_unique,
        triggers=("unique",),
    ),
)
