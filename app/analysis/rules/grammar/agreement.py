"""Subject and verb that disagree: "he don't", "she know", "they was", "there's many", "less
people"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.analysis.rules.grammar.check import APOSTROPHE as A
from app.analysis.rules.grammar.check import (
    CLAUSE_START,
    OPENING_PREPOSITIONS,
    GrammarCheck,
    Hit,
    cased_like,
    phrase_finder,
    previous_word,
)
from app.analysis.rules.grammar.word_classes import (
    is_verb,
    modifier_words,
    present_and_past_of,
)
from app.analysis.rules.spelling.lexicon import lexicon
from app.analysis.text.words import COUNT_WORDS, DETERMINERS, TIME_SPANS

# Words after which a subject takes the bare verb: "does he have", "let it have", "to".
_BARE_VERB_BEFORE = frozenset(
    [
        "does",
        "did",
        "do",
        "will",
        "would",
        "can",
        "could",
        "should",
        "might",
        "may",
        "must",
        "shall",
        "to",
        "let",
        "make",
        "makes",
        "made",
        "help",
        "helps",
        "watch",
        "see",
        "saw",
        "hear",
        "heard",
        "thank",
    ]
)
# After one of these a word is its object, never a subject ("writing for children is").
_PREPOSITIONS = frozenset(
    (
        "for", "to", "from", "with", "of", "in", "on", "at", "by", "about", "among", "between",
        "into", "onto", "over", "under", "after", "before", "behind", "beside", "across",
        "against", "around", "through", "toward", "towards", "upon", "within", "without",
    )
)  # fmt: skip
# "you" is a subject only where a clause starts: "ask you is" has "you" as an object.
_CLAUSE_OPENERS = frozenset(
    {"", "and", "but", "or", "if", "when", "because", "that", "so", "as", "since", "while"}
)
_SINGULAR_FIXES = {"don't": "doesn't", "don’t": "doesn’t", "have": "has", "are": "is"}
_PLURAL_FIXES = {
    "was": "were",
    "wasn't": "weren't",
    "wasn’t": "weren’t",
    "is": "are",
    "isn't": "aren't",
    "isn’t": "aren’t",
    "has": "have",
    "doesn't": "don't",
    "doesn’t": "don’t",
}
_NAME_BEFORE_RE = re.compile(r"[A-Z][a-z]*[ \t]+\Z")
_INDEFINITE_FIXES = {
    "are": "is",
    "were": "was",
    "have": "has",
    "aren't": "isn't",
    "aren’t": "isn’t",
    "weren't": "wasn't",
    "weren’t": "wasn’t",
    "don't": "doesn't",
    "don’t": "doesn’t",
}
# "60 people" or "sixty people" is one quantity ("was too many").
_NUMBER_BEFORE_RE = re.compile(r"\d[\d,.]*\s+\Z")
_I_FIXES = {"is": "am", "are": "am", "has": "have", "doesn't": "don't", "doesn’t": "don’t"}


def _agreement_fix(fixes: dict[str, str], after_preposition: bool = True):  # -> Fixer
    """Chooses the verb that agrees; ``after_preposition=False``: not after a preposition,
    where the word is an object ("the number of people is" agrees with "number", "writing for
    children is" with "writing")."""

    def fix(match: re.Match[str], text: str) -> tuple[str, ...]:
        subject_start = match.start("s")
        before = previous_word(text, subject_start)
        if before in _BARE_VERB_BEFORE or (before in _PREPOSITIONS and not after_preposition):
            return ()
        if match.group("s") == "IT":
            return ()  # the trade ("tickets in IT are"), not "it"
        if before == "and" and match.group("s").lower() in _SINGULAR_PRONOUNS:
            return ()  # "Anja and I are", "my sister and she have": two subjects
        if not after_preposition and _follows_a_verb(text, subject_start):
            return ()  # "to meet people was", "Humiliating other people is": an object
        if match.group("s").lower() == "you" and before not in _CLAUSE_OPENERS:
            return ()
        if match.group("s").lower() == "it" and is_verb(before):
            return ()  # "the people that built it are": "it" is the object of a verb before it
        if match.group("s") == "I" and _NAME_BEFORE_RE.search(text, 0, subject_start):
            return ()  # "World War I is", "Part I has"
        if before in COUNT_WORDS or _NUMBER_BEFORE_RE.search(
            text, max(0, subject_start - 12), subject_start
        ):
            return ()  # "60 people was too many": a quantity, which takes the singular
        found = match.group("x")
        return (cased_like(found, fixes[found.lower()]),)

    return fix


_SINGULAR_PRONOUNS = frozenset({"i", "he", "she", "it"})
_TWO_WORDS_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+(?:([A-Za-z]+)\s+)?\Z")


def _follows_a_verb(text: str, start: int) -> bool:
    """Whether one of the two words before ``start`` is a verb, whose object the word at
    ``start`` is ("to meet people", "Humiliating other people")."""
    found = _TWO_WORDS_BEFORE_RE.search(text, max(0, start - 40), start)
    words = [w.lower() for w in found.groups() if w] if found else []
    return any(
        is_verb(word)
        or present_and_past_of(word) is not None
        or (word.endswith("ing") and len(word) > 5)
        for word in words
    )


def _find_agreement(text: str) -> Iterator[Hit]:
    yield from phrase_finder(
        rf"\b(?P<s>he|she|it)\s+(?P<x>don{A}t|have|are)\b", _agreement_fix(_SINGULAR_FIXES)
    )(text)
    yield from phrase_finder(
        rf"\b(?P<s>they|we|you)\s+(?P<x>was|wasn{A}t|is|isn{A}t|has|doesn{A}t)\b",
        _agreement_fix(_PLURAL_FIXES),
    )(text)
    yield from phrase_finder(
        rf"\b(?P<s>I)\s+(?P<x>is|are|has|doesn{A}t)\b", _agreement_fix(_I_FIXES), flags=0
    )(text)
    # Plural nouns without -s, lower case ("People" may be a magazine), and singular pronouns.
    yield from phrase_finder(
        rf"\b(?P<s>people|children|men|women)\s+(?P<x>is|was|has|isn{A}t|wasn{A}t|hasn{A}t|"
        rf"doesn{A}t)\b",
        _agreement_fix(
            _PLURAL_FIXES | {"hasn't": "haven't", "hasn’t": "haven’t"}, after_preposition=False
        ),
        flags=0,
    )(text)
    yield from phrase_finder(
        rf"\b(?P<s>everyone|everybody|nobody|somebody|someone|anyone|anybody)\s+"
        rf"(?P<x>are|were|have|aren{A}t|weren{A}t|don{A}t)\b",
        _agreement_fix(_INDEFINITE_FIXES, after_preposition=False),
    )(text)
    yield from _find_head_of_plural(text)
    yield from phrase_finder(_EACH_OF_RE, _each_of_fix)(text)
    yield from _find_bare_after_pronoun(text)


# "She know the answer", "it feel better": he, she or it, then a verb's bare form, where the
# pronoun opens its clause. After a verb it may be the object of one that takes a bare verb
# ("let it go", "made it work"), and after "that" the verb may be a subjunctive ("I suggest
# that he take a break").
_PRONOUN_BARE_RE = re.compile(
    r"\b(?P<s>[Hh]e|[Ss]he|[Ii]t)\s+"
    r"(?:(?:always|never|really|usually|often|still|just|only|also|sometimes|even|actually|"
    r"rarely|seldom)\s+)?(?P<x>[a-z]+)\b(?![-'’])(?!\s+of\b)"  # "it sort of feels"
)
# What may stand before a pronoun that opens a clause: a clause's start, or a sentence's
# opening phrase of time or place with a determiner and one or two words that are no verb
# ("After a good rest it"; not "After seeing it", "After the storm made it").
_CLAUSE_START_RE = re.compile(rf"{CLAUSE_START}\Z", re.IGNORECASE)
_OPENING_PHRASE_RE = re.compile(
    rf"(?:^|[.!?]\s+|\n){OPENING_PREPOSITIONS}\s+(?:{'|'.join(sorted(DETERMINERS))})"
    r"(?P<words>(?:\s+[a-z][\w-]*){1,2}),?\s+\Z",
    re.IGNORECASE,
)


def _opens_clause(text: str, start: int) -> bool:
    window = max(0, start - 60)
    if _CLAUSE_START_RE.search(text, window, start):
        return True
    phrase = _OPENING_PHRASE_RE.search(text, window, start)
    words = phrase.group("words").lower().split() if phrase else []
    return phrase is not None and not any(is_verb(word) for word in words)


def _find_bare_after_pronoun(text: str) -> Iterator[Hit]:
    for match in _PRONOUN_BARE_RE.finditer(text):
        forms = present_and_past_of(match.group("x"))
        if forms is not None and _opens_clause(text, match.start()):
            # The "-s" form first; the past where the writer tells a story.
            yield match.start("x"), match.end("x"), forms


# "The list of items are long": a sentence's singular subject, then "of" and a plural, then
# a plural verb, which agrees with the plural nearest to it instead of its subject.
_HEAD_OF_PLURAL_RE = (
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|This|That|Its|Our|Your|Their|My|His|Her)\s+"
    r"(?P<s>[a-z]+)\s+of\s+(?:[a-z]+\s+){0,2}?(?P<plural>[a-z]{3,}s)\s+"
    rf"(?P<x>are|were|have|aren{A}t|weren{A}t|haven{A}t|don{A}t)\b"
)
# Heads whose number follows the plural after "of" ("the majority of users are"), plurals
# without -s, and nouns for a group, which British English makes plural ("the team are").
_HEADS_OF_EITHER_NUMBER = frozenset(
    (
        "number", "majority", "minority", "lot", "bunch", "couple", "group", "set", "series",
        "kind", "sort", "type", "variety", "range", "percentage", "proportion", "half", "rest",
        "total", "part", "portion", "plenty", "handful", "pair", "host", "array", "mix", "amount",
        "bulk", "fraction", "quarter", "third", "remainder", "average", "sum", "none", "all",
        "most", "some", "any", "one", "people", "children", "men", "women", "data", "media",
        "criteria", "phenomena", "staff", "police", "personnel", "cattle", "team", "family",
        "committee", "board", "government", "company", "crowd", "audience", "class", "band",
        "crew", "jury", "first", "second", "last", "best", "worst", "top", "bottom",
    )
)  # fmt: skip


def _head_of_plural_fix(match: re.Match[str], _text: str) -> tuple[str, ...]:
    head, plural = match.group("s"), match.group("plural")
    if head in _HEADS_OF_EITHER_NUMBER or head.endswith("s") or _NOT_PLURAL_RE.search(plural):
        return ()
    words = lexicon().frequencies
    if head in modifier_words() or head not in words or plural[:-1] not in words:
        return ()  # "The best of ..."; a plural whose singular English does not write
    found = match.group("x")
    return (cased_like(found, _INDEFINITE_FIXES[found.lower()]),)


def _find_head_of_plural(text: str) -> Iterator[Hit]:
    yield from phrase_finder(_HEAD_OF_PLURAL_RE, _head_of_plural_fix, flags=0)(text)


# "Each of these steps are optional": "each" (or "every one") is the subject, and it is one.
_EACH_OF_RE = (
    r"\b(?:each|every\s+one)\s+of\s+(?:(?:the|these|those|my|our|your|their|his|her|its)\s+"
    r"(?P<m>(?:[a-z]+\s+){0,2}?)(?P<plural>[a-z]{3,}s)|them|us)\s+"
    rf"(?P<x>are|were|have|aren{A}t|weren{A}t|haven{A}t|don{A}t)\b"
)


# Words before "each" that make it no subject: a subject beside it, or a preposition.
_NOT_BEFORE_EACH_SUBJECT = frozenset({"they", "we", "you"}) | _PREPOSITIONS


def _each_of_fix(match: re.Match[str], text: str) -> tuple[str, ...]:
    modifiers = (match.group("m") or "").split()
    if any(word not in modifier_words() for word in modifiers):
        return ()  # "each of the reasons developers are": the plural starts a clause of its own
    plural = match.group("plural")
    if plural and _NOT_PLURAL_RE.search(plural):
        return ()
    if previous_word(text, match.start()) in _NOT_BEFORE_EACH_SUBJECT:
        return ()  # "they each of them were", "the rules for each of the teams are"
    found = match.group("x")
    return (cased_like(found, _INDEFINITE_FIXES[found.lower()]),)


_MANY = (
    r"(?:many|several|two|three|four|five|six|seven|eight|nine|ten|numerous|various|dozens|"
    r"hundreds|thousands|millions|few)\b(?!-)"
)


def _find_theres_plural(text: str) -> Iterator[Hit]:
    def fix(match: re.Match[str], _text: str) -> tuple[str, ...]:
        found = match.group("x")
        place = match.group("place").lower()
        verb = "were" if found.lower().endswith("was") else "are"
        return (cased_like(found, f"{place} {verb}"),)

    yield from phrase_finder(
        rf"\b(?P<x>(?P<place>there|here)(?:{A}s|\s+is|\s+was))\s+(?={_MANY})", fix
    )(text)


# Endings of words that look plural but are not countable plurals (stress, focus, analysis,
# physics, business, news, series) or are verbs after "less" ("the less it seems").
_NOT_PLURAL_RE = re.compile(r"(?:ss|us|is|as|ics|ness|ws|ies|eries|pecies)$")


def _find_less_fewer(text: str) -> Iterator[Hit]:
    frequencies = lexicon().frequencies

    def fix(match: re.Match[str], text: str) -> tuple[str, ...]:
        noun = match.group("noun").lower()
        if _NOT_PLURAL_RE.search(noun) or previous_word(text, match.start()) in {"the", "or"}:
            return ()
        singular = noun[:-1]
        if singular not in frequencies or frequencies.get(noun, 0) < frequencies[singular] / 50:
            return ()
        return (cased_like(match.group("x"), "fewer"),)

    yield from phrase_finder(r"\b(?P<x>less)\s+(?P<noun>[a-z]{3,}s)\b(?!-)", fix)(text)
    yield from phrase_finder(r"\b(?P<x>less)\s+(?=people\b)", "fewer")(text)


# A number and a plural after "this" or a sentence's "That": "this two approaches". Not a
# span of time after "this" as an object ("I did this two years ago", "said this three times").
_NUMBER = "|".join(sorted(COUNT_WORDS - {"hundred", "thousand", "million", "billion"}))
_THIS_NUMBER_RE = re.compile(
    rf"\b(?P<x>[Tt]his|That)\s+(?:{_NUMBER}|[2-9]|[1-9]\d)\s+(?P<noun>[a-z]{{3,}}s)\b(?!['’-])"
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s)$")


def _find_this_number(text: str) -> Iterator[Hit]:
    for match in _THIS_NUMBER_RE.finditer(text):
        word = match.group("x")
        if match.group("noun") in TIME_SPANS:
            continue
        # "That" only opening a sentence: after a verb it may open a clause ("said that two").
        if word == "That" and not _SENTENCE_START_RE.search(text, 0, match.start()):
            continue
        fix = "these" if word.lower() == "this" else "those"
        yield match.start("x"), match.end("x"), (cased_like(word, fix),)


CHECKS: tuple[GrammarCheck, ...] = (
    GrammarCheck(
        "this_number",
        "this two / these two",
        "'this' or 'that' before a number and a plural",
        'Write "{fix}": the words after it are plural.',
        _find_this_number,
        triggers=("this", "that"),
    ),
    GrammarCheck(
        "agreement",
        "Subject–verb agreement",
        "A subject and a verb that disagree in number: 'he don't', 'they was', 'people is'",
        'Write "{fix}" to agree with its subject.',
        _find_agreement,
    ),
    GrammarCheck(
        "theres_plural",
        "There's + plural",
        "'there's' or 'there is' before a plural",
        'Write "{fix}": what follows is plural.',
        _find_theres_plural,
        triggers=("here",),  # "there" contains it too
    ),
    GrammarCheck(
        "less_fewer",
        "less / fewer",
        "'fewer' for things you count, 'less' for amounts",
        'Write "{fix}": you can count them.',
        _find_less_fewer,
        triggers=("less",),
    ),
)
