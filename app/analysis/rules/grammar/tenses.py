"""A verb form English does not use there: the bare verb after "do" ("I didn't went", "She
doesn't liked it", "Did she wrote it?"), the past participle after "have" ("she has wrote", "we
had went"), where "lead" also stands for "led" ("has lead to", "was lead by"), and "had", not
"would have", in the "if" half of a sentence about the past ("If I would have known")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

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
from app.analysis.rules.grammar.word_classes import bare_verb_of

# Irregular verbs whose simple past is neither their bare form nor their past participle:
# past, bare, participle. Pasts that are also everyday words of another kind are left out,
# since "did" or "have" may stand before those as main verbs: "found" (to found a company),
# "saw" (a saw), "left", "felt", "lay", "rose", "led", "lit", "bit", "ground", "wound",
# "bore", "shot", "bound", "fell".
_IRREGULAR = (
    "arose arise arisen; ate eat eaten; awoke awake awoken; became become become; began begin "
    "begun; blew blow blown; broke break broken; chose choose chosen; came come come; did do "
    "done; drank drink drunk; drew draw drawn; drove drive driven; flew fly flown; forbade "
    "forbid forbidden; forgave forgive forgiven; froze freeze frozen; gave give given; went go "
    "gone; grew grow grown; hid hide hidden; knew know known; mistook mistake mistaken; "
    "overcame overcome overcome; overtook overtake overtaken; rang ring rung; rode ride ridden; "
    "ran run run; sang sing sung; sank sink sunk; shook shake shaken; shrank shrink shrunk; "
    "spoke speak spoken; sprang spring sprung; stole steal stolen; strove strive striven; swam "
    "swim swum; swore swear sworn; took take taken; threw throw thrown; tore tear torn; "
    "undertook undertake undertaken; withdrew withdraw withdrawn; woke wake woken; wore wear "
    "worn; wove weave woven; wrote write written"
)
_FORMS = {past: (bare, done) for past, bare, done in (e.split() for e in _IRREGULAR.split(";"))}
# Pasts that are also the participle, regular or not: wrong after "do" only (past, bare).
# "thought" and "paid" are left out: "we do thought experiments", "they do paid ads".
_PAST_AS_PARTICIPLE = (
    "bought buy; brought bring; built build; caught catch; fought fight; heard hear; held "
    "hold; kept keep; lost lose; made make; meant mean; met meet; said say; sent send; sold "
    "sell; spent spend; stood stand; taught teach; told tell; understood understand; won win"
)
_BARE = {
    **{past: bare for past, bare in (e.split() for e in _PAST_AS_PARTICIPLE.split(";"))},
    **{past: bare for past, (bare, _done) in _FORMS.items() if past != "did"},
}


def _alternation(words: Iterable[str]) -> str:
    """The words as one group, case-sensitive: "had Drew review it" names a person."""
    return "(?-i:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


# Each table's pasts as one pattern group, made once.
_BARE_PASTS = _alternation(_BARE)
_PASTS = _alternation(_FORMS)
_ADVERBS = r"(?:also|even|ever|never|really|just|actually|still|always|only|already|all|both)"
_SUBJECTS = r"(?:I|you|he|she|it|we|they)"
_QUESTION_WORDS = r"\b(?:[Ww]hy|[Ww]hat|[Hh]ow|[Ww]hen|[Ww]here|[Ww]ho|[Ww]hich)"
_WORD_RE = re.compile(r"[a-z]+")


@lru_cache(maxsize=4)  # both checks ask about the same paragraph in turn
def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(_WORD_RE.findall(text))


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "our", "their", "his", "her", "my"})


def _bare_for(match: re.Match[str], text: str) -> tuple[str, ...]:
    before = previous_word(text, match.start())
    if text[match.start() - 1 : match.start()] == "-" or before in _DETERMINERS:
        return ()  # "a to-do", "the do went well": "do" as a noun
    found = match.group("x")
    bare = _BARE.get(found.lower()) or bare_verb_of(found.lower())
    return (cased_like(found, bare),) if bare else ()


# Where a clause starts (or a sentence's opening phrase of time or place ends: "By noon we had
# ran out"), and the subjects that may start one before "do" or "have": "I did went" and "the
# team has went" are slips, but in "the work we did went unnoticed", "what we did went wrong"
# or "the money the team had went to charity", "did" and "had" end a clause that is the
# subject of the past after them.
_OPENER = rf"(?:{CLAUSE_START}|(?:^|[.!?]\s+|\n\s*){OPENING_PREPOSITIONS}(?:\s+[\w-]+){{1,2}}\s+)"
_PRONOUN = r"(?:I|you|he|she|it|we|they)"
_PRONOUN_SUBJECT_RE = re.compile(rf"{_OPENER}{_PRONOUN}\s+\Z", re.IGNORECASE)
_NOT_IN_SUBJECT = r"(?:the|a|an|this|that|these|those|I|you|he|she|it|we|they|me|us|them)\b"
_SUBJECT_RE = re.compile(
    rf"(?:{_OPENER}(?:{_PRONOUN}|this|that|everyone|everything|nothing|someone|"
    r"(?:the|a|an|my|our|your|his|her|their|this|that|these|those)"
    rf"(?:\s+(?!{_NOT_IN_SUBJECT})(?-i:[a-z][\w-]*)){{1,3}}|(?-i:[A-Z][\w-]*))"
    r"|\b(?:who|which|that))\s*\Z",
    re.IGNORECASE,
)


def _bare_after_do(match: re.Match[str], text: str) -> tuple[str, ...]:
    """``_bare_for``; without a "not", only an irregular past after a pronoun that starts its
    clause: a past in "-ed" may be an adjective there ("we do guided tours")."""
    start = match.start()
    if not match.group("neg") and (
        match.group("x").lower() not in _BARE
        or not _PRONOUN_SUBJECT_RE.search(text, max(0, start - 40), start)
    ):
        return ()
    return _bare_for(match, text)


def _participle_after_have(match: re.Match[str], text: str) -> tuple[str, ...]:
    """``_participle_for``, where "have" starts its clause (``_have_starts_clause``)."""
    return _participle_for(match, text) if _have_starts_clause(match, text) else ()


def _have_starts_clause(match: re.Match[str], text: str) -> bool:
    """Whether the "have" of ``match`` is "having" or follows a subject that starts its
    clause, so that the past after it cannot start the clause's own verb."""
    start = match.start()
    return match.group("have").lower() == "having" or bool(
        _SUBJECT_RE.search(text, max(0, start - 60), start)
    )


def _participle_for(match: re.Match[str], _text: str) -> tuple[str, ...]:
    found = match.group("x")
    return (cased_like(found, _FORMS[found.lower()][1]),)


# What follows "led" and never the metal or the noun ("lead roles", "lead time"): a direction,
# a leader, or whom or what was led.
_LED_NEXT = (
    r"(?:to|by|into|through|astray|us|them|me|him|her|you|people|many|readers|the|a|an|our|"
    r"my|his|their|its|this|that|these|those|dozens|hundreds|several|two|three|four|five)\b"
)


def _led(match: re.Match[str], text: str) -> tuple[str, ...]:
    have = match.group("have")
    if have is not None and (have in ("'d", "’d") or not _have_starts_clause(match, text)):
        return ()  # "they'd lead the parade": "'d" may be "would"
    return (cased_like(match.group("x"), "led"),)


def _find_do_past(text: str) -> Iterator[Hit]:
    written = _lower_case_words(text)
    if written.isdisjoint(_BARE) and not any(word.endswith("ed") for word in written):
        return  # many paragraphs hold none of the pasts
    pasts = rf"(?:{_BARE_PASTS}|(?-i:[a-z]+ed))"
    # "I didn't went", "he does spent": do, does or did, a "not" and adverbs, then a past.
    yield from phrase_finder(
        rf"\b(?:do|does|did)(?P<neg>n{A}t|\s+not)?\s+(?:{_ADVERBS}\s+){{0,2}}(?P<x>{pasts})\b"
        rf"(?![-'’])",
        _bare_after_do,
    )(text)
    # "Did she wrote it?", "Why didn't you told me?": a question's subject between them.
    yield from phrase_finder(
        rf"(?:^|(?<=[.!?:;\"“(])\s*|(?<=\n)|{_QUESTION_WORDS}\s+)(?:Do|Does|Did|do|does|did)"
        rf"(?:n{A}t)?\s+{_SUBJECTS}\s+"
        rf"(?:{_ADVERBS}\s+){{0,2}}(?P<x>{pasts})\b(?![-'’])",
        _bare_for,
        flags=0,
    )(text)


def _find_have_past(text: str) -> Iterator[Hit]:
    written = _lower_case_words(text)  # most paragraphs hold none of the words
    if written.isdisjoint(_FORMS) and "lead" not in written:
        return
    pasts = _PASTS
    have = rf"(?P<have>has|have|had|having|hasn{A}t|haven{A}t|hadn{A}t|(?<=\w){A}ve|(?<=\w){A}d)"
    yield from phrase_finder(
        rf"\b{have}(?:\s+not)?\s+(?:{_ADVERBS}\s+){{0,2}}(?P<x>{pasts})\b"
        rf"(?![-'’])",
        _participle_after_have,
    )(text)
    # "This has lead to delays", "the team was lead by Ana": "lead" for "led", before what
    # follows a participle of leading (not "has lead in its pipes", "had lead roles").
    yield from phrase_finder(
        rf"\b(?:{have}|is|are|was|were|be|been|being)(?:\s+not)?\s+(?:{_ADVERBS}\s+){{0,2}}"
        rf"(?P<x>lead)\s+(?={_LED_NEXT})",
        _led,
    )(text)
    # "Have you ate yet?"
    yield from phrase_finder(
        rf"(?:^|(?<=[.!?:;\"“(])\s*|(?<=\n))(?:Have|Has|Had)(?:n{A}t)?\s+{_SUBJECTS}\s+"
        rf"(?:{_ADVERBS}\s+){{0,2}}(?P<x>{pasts})\b(?![-'’])",
        _participle_for,
        flags=0,
    )(text)


# Participles that are no "-ed" past, after "would have" ("If I would have known").
_PARTICIPLES = frozenset(
    {done for _bare, done in _FORMS.values()}
    | set(_BARE) - set(_FORMS)
    | {"been", "had", "got", "gotten", "put", "set", "let", "cut", "read", "hit", "quit"}
)
# Where "if" means "whether", "would have" is right: "I wonder if she would have liked it".
_WHETHER_BEFORE_RE = re.compile(
    r"\b(?:wonder\w*|ask\w*|know\w*|knew|see|saw|check\w*|sure|unsure|doubt\w*|tell\w*|"
    r"told|decid\w*|say|said|clear|question\w*|curious|matters?|as)(?:\s+\w+)?\s+\Z",
    re.IGNORECASE,
)
_IF_SUBJECT = (
    rf"(?:{_PRONOUN}|(?i:the|a|my|our|your|his|her|their|this|that)(?:\s+[a-z][\w-]*){{1,2}}"
    r"|[A-Z][a-z]+)"
)
_IF_WOULD_HAVE_RE = re.compile(
    rf"\b[Ii]f\s+{_IF_SUBJECT}\s+"
    rf"(?P<x>would\s+have|would{A}ve|wouldn(?P<apostrophe>{A})t\s+have)\s+"
    rf"(?:{_ADVERBS}\s+)?(?P<verb>[a-z]+)\b"
)


def _find_if_would_have(text: str) -> Iterator[Hit]:
    """ "would have" and a participle in an "if" clause ("If I would have known"): the fix is
    "had" ("hadn't" for "wouldn't have"); not where "if" means "whether" or "as if"."""
    for match in _IF_WOULD_HAVE_RE.finditer(text):
        verb = match.group("verb")
        if verb not in _PARTICIPLES and bare_verb_of(verb) is None:
            continue  # "if you would have a look", "if we would have time"
        if _WHETHER_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()):
            continue
        apostrophe = match.group("apostrophe")
        fix = f"hadn{apostrophe}t" if apostrophe else "had"
        yield match.start("x"), match.end("x"), (fix,)


CHECKS: tuple[GrammarCheck, ...] = (
    GrammarCheck(
        "do_past",
        "did + past tense",
        "a past tense after do, does or did, which take the bare verb: 'didn't went'",
        'Write "{fix}": after do, does or did the verb takes its bare form.',
        _find_do_past,
        triggers=("do", "did"),
    ),
    GrammarCheck(
        "have_past",
        "has + past tense",
        "a simple past after has, have or had, which take the past participle: 'has wrote'",
        'Write "{fix}": after has, have or had (or a form of "be") a verb takes its past '
        "participle.",
        _find_have_past,
        triggers=("ha", "'ve", "’ve", "'d", "’d", "lead"),
    ),
    GrammarCheck(
        "if_would_have",
        "if … would have",
        "'would have' in the if half of a sentence about the past: 'If I would have known'",
        'Write "{fix}": the "if" half of a sentence about the past takes "had" ("If I had '
        'known"); "would have" belongs to the other half.',
        _find_if_would_have,
        triggers=("would",),
    ),
)
