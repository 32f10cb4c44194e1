"""Wordy or needlessly formal phrases with plainer replacements ("utilize" -> "use")."""

from __future__ import annotations

import re

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.alternatives import Alternatives, alternatives
from app.analysis.rules.style.lexicon import match_case
from app.analysis.rules.style.phrases import WORDY, hits_from
from app.analysis.text.words import COUNT_WORDS, DETERMINERS

RULE = "simpler"
#: One formal word for one plain word ("purchase" -> "buy", "additional" -> "more"): readers
#: of real posts called most of these swaps taste, so they are a rule of their own, counted
#: but not highlighted until the writer switches it on.
FORMAL_WORD_RULE = "formal_word"

# After a form of "be" an "-ed" form is a passive participle ("is utilized" -> "is used"),
# after a form of "have" a perfect one ("has commenced" -> "has begun"), elsewhere a past
# tense ("utilized" -> "used"). An adverb or "not" may stand between. "'s" and "'d" may be
# either ("it's", "he'd"): they count as "be", whose replacements also fit after "have".
_BETWEEN = r"\s+(?:[^\W\d_]+ly\s+|not\s+)?$"
_AFTER_BE = re.compile(
    rf"(?:\b(?:be|been|being|is|are|was|were|am|get|gets|got)|['’](?:s|d|re|m)){_BETWEEN}",
    re.IGNORECASE,
)
_AFTER_HAVE = re.compile(rf"(?:\b(?:have|has|had|having)|['’]ve){_BETWEEN}", re.IGNORECASE)


# A verb before an "-ing" word may take it as its object ("we anticipate handling"), which
# most plain verbs cannot ("we expect handling"): there only these are offered.
_ING_WORD = r"(?![^\W\d_]*thing\b)[^\W\d_]+ing\b"  # not "something"
_ING_NEXT_RE = re.compile(rf"\s+{_ING_WORD}", re.IGNORECASE)
_TAKE_AN_ING_OBJECT = frozenset(
    form
    for verb in ("begin", "start", "stop", "end", "keep", "finish", "avoid")
    for form in (verb, f"{verb}s", f"{verb}ed", f"{verb}ing")
) | {"began", "begun", "beginning", "stopped", "stopping", "kept"}
# A participle after these is an adjective ("the much anticipated release"), which the plain
# verb does not make ("the much expected release").
_MAKES_AN_ADJECTIVE_RE = re.compile(
    r"\b(?:much|long|eagerly|highly|most|more|less|so|very|widely|well)\s+$", re.IGNORECASE
)
# "about" for "approximately" only before an amount: not "about ordered as follows"; and "for"
# for "in the amount of" ("a check in the amount of $40"), not in "a balance in the amount of
# time I spend".
_BEFORE_AN_AMOUNT_ONLY = frozenset({"approximately", "in the amount of"})
_AMOUNT_NEXT_RE = re.compile(
    rf"\s+(?:[$€£~]?\d|(?:a|an|one|half|{'|'.join(sorted(COUNT_WORDS))})\b)", re.IGNORECASE
)
# "for" or "to" for "for the purpose of" only before an action or a determiner ("for the
# purpose of testing", "of this article", "of such a workshop"): in "an appreciation for the
# purpose of hackathons" the "for" is the noun's, and "an appreciation for hackathons" says
# something else.
_BEFORE_AN_ACTION_ONLY = frozenset({"for the purpose of"})
_ACTION_NEXT_RE = re.compile(
    rf"\s+(?:{_ING_WORD}|(?:{'|'.join(sorted(DETERMINERS | {'such', 'any'}))})\b)",
    re.IGNORECASE,
)
# Plain words that are determiners themselves ("the aforementioned trouble" is no "the this
# trouble", "a sufficient zoom level" no "a enough zoom level", "these additional nodes" no
# "these more nodes"): not after an article, a demonstrative or a possessive.
_DETERMINERS = frozenset({"this", "these", "that", "those", "enough", "much", "many", "more"})
_ARTICLE_BEFORE_RE = re.compile(
    r"\b(?:a|an|the|these|those|this|that|my|your|our|their|its|his|her)\s+$", re.IGNORECASE
)
# "much" goes with an amount, not with a plural or a list ("a significant amount of people",
# "a great deal of overhead, political concerns").
_PLURAL_NEXT_RE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:[a-z]+s|people|children|men|women)\b|\s+[\w-]+,\s"
)
# "numerous" says "many" only before a noun: "the peaks are so numerous and steep" is no
# "so many and steep".
_BEFORE_A_NOUN_ONLY = frozenset({"numerous"})
_PREDICATIVE_BEFORE_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|become|became|remain|remained)(?:n['’]t)?\s+"
    r"(?:(?:so|too|very|quite|not|as)\s+)?$",
    re.IGNORECASE,
)
# "as individuals and members of a community": the word the writer contrasts with a group.
_AFTER_AS_RE = re.compile(r"\bas\s+$", re.IGNORECASE)
_CONTRASTED = frozenset({"individuals", "individual"})
# A modal ("can" for "have the ability to") needs a subject before it: not after "to" or
# another modal ("will can"), nor after "and" or "also", which may go on from an infinitive
# ("you need it to fix filters and also have the ability to see").
_MODALS = frozenset({"can"})
_NO_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:to|will|would|shall|should|must|may|might|could|can|also|and|or)\s+$", re.IGNORECASE
)
# Where a sentence ends, for the words already written around a phrase.
_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")


# "the majority of their hours" is "most of their hours": a quantity's "of" stays before a
# determiner, a possessive or a pronoun (not another phrase's: "for the purpose of this" is
# "for this", "along the lines of the" is "like the").
_QUANTITY_OF_RE = re.compile(r"\b(?:number|amount|majority|deal) of$")
_DETERMINER_NEXT_RE = re.compile(
    r"\s+(?:the|these|those|this|that|my|your|his|her|its|our|their|them|us|you|it)\b",
    re.IGNORECASE,
)
# An "-ed" form followed by one of these is a participle after its noun ("the facts acquired
# are", "the experiences obtained from writing"), not a past tense with an object: it takes
# the passive's replacements ("got" fits neither).
_PARTICIPLE_NEXT_RE = re.compile(
    r"\s*(?:[,.;:]|(?:from|by|through|via|during|under|are|is|was|were|will|can|should|must|"
    r"may|might|have|has|had)\b)",
    re.IGNORECASE,
)


def _options(entry: Alternatives, text: str, start: int, end: int) -> tuple[str, ...]:
    """The replacements that fit the words around ``start``-``end``, and that the sentence
    does not already use ("we frequently read the tests as they often give": no "often")."""
    window = max(0, start - 30)
    phrase = text[start:end].lower()
    participle = entry.verb and phrase.endswith("ed") and _PARTICIPLE_NEXT_RE.match(text, end)
    if participle or _AFTER_BE.search(text, window, start):
        options = entry.after_be
    elif _AFTER_HAVE.search(text, window, start):
        options = entry.after_auxiliary
    else:
        options = entry.replacements
    if entry.verb and _ING_NEXT_RE.match(text, end):
        options = tuple(o for o in options if o.split()[0].lower() in _TAKE_AN_ING_OBJECT)
    if entry.verb and phrase.endswith("ed") and _MAKES_AN_ADJECTIVE_RE.search(text, window, start):
        return ()
    if phrase in _BEFORE_AN_AMOUNT_ONLY and not _AMOUNT_NEXT_RE.match(text, end):
        return ()
    if phrase in _BEFORE_AN_ACTION_ONLY and not _ACTION_NEXT_RE.match(text, end):
        return ()
    if phrase in _CONTRASTED and _AFTER_AS_RE.search(text, window, start):
        return ()
    if phrase in _BEFORE_A_NOUN_ONLY and _PREDICATIVE_BEFORE_RE.search(text, window, start):
        return ()
    if _ARTICLE_BEFORE_RE.search(text, window, start):
        options = tuple(o for o in options if o.lower() not in _DETERMINERS)
    if _NO_SUBJECT_BEFORE_RE.search(text, window, start):
        options = tuple(o for o in options if o.lower() not in _MODALS)
    if _PLURAL_NEXT_RE.match(text, end):
        options = tuple(o for o in options if o.lower() != "much")
    if not options:
        return ()
    if _QUANTITY_OF_RE.search(phrase) and _DETERMINER_NEXT_RE.match(text, end):
        options = tuple(o if o.endswith(" of") else f"{o} of" for o in options)
    around = _sentence_around(text, start, end)
    return tuple(option for option in options if not _written(option, around, phrase))


def _written(option: str, around: str, phrase: str) -> bool:
    """Whether the sentence ``around`` a phrase already writes ``option``; not when the phrase
    holds it too ("to" of "in order to")."""
    pattern = re.compile(rf"\b{re.escape(option)}\b", re.IGNORECASE)
    return pattern.search(phrase) is None and pattern.search(around) is not None


def _sentence_around(text: str, start: int, end: int) -> str:
    """The words of the sentence holding ``start``-``end``, the phrase itself left out."""
    before = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, start - 400), start)]
    after = _SENTENCE_END_RE.search(text, end, end + 400)
    sentence_start = before[-1] if before else max(0, start - 400)
    sentence_end = after.start() if after else min(len(text), end + 400)
    return f"{text[sentence_start:start]} {text[end:sentence_end]}"


def find_simpler(text: str) -> list[Finding]:
    """Wordy phrases of several words, each with its plainer replacements (case kept: "In
    order to" -> "To")."""
    return _find(text, several_words=True)


def find_formal_words(text: str) -> list[Finding]:
    """Formal single words with their plain replacements ("Utilize" -> "Use")."""
    return _find(text, several_words=False)


def _find(text: str, several_words: bool) -> list[Finding]:
    entries = alternatives()
    rule = RULE if several_words else FORMAL_WORD_RULE
    findings: list[Finding] = []
    for hit in hits_from(text, WORDY):
        entry = entries[hit.key]
        if (" " in entry.phrase) != several_words:
            continue
        found = text[hit.start : hit.end]
        options = _options(entry, text, hit.start, hit.end)
        if not options:
            continue  # no plain word fits here ("can be obtained"): nothing to offer
        replacements = tuple(dict.fromkeys(match_case(found, option) for option in options))
        shown = " ".join(found.split())
        quoted = " or ".join(f'"{option}"' for option in replacements)
        message = (
            f'"{shown}" is wordy; {quoted} is plainer.'
            if several_words
            else f'"{shown}" is formal; {quoted} is plainer.'
        )
        findings.append(
            Finding(rule, hit.start, hit.end, Severity.INFO, message, replacements[0], replacements)
        )
    return findings
