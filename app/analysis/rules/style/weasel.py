"""Weasel words (vague or unattributed claims) and hedges (claims softened into nothing)."""

from __future__ import annotations

import re

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.lexicon import word_set
from app.analysis.rules.style.phrases import HEDGES, WEASELS, hits_from
from app.analysis.text.words import TIME_SPANS

WEASEL_RULE = "weasel"
HEDGE_RULE = "hedge"

_PREVIOUS_WORDS = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)?)\W*$")
# "too many", "how few", "as many as", "a few": a comparison or a plain quantity.
_QUANTITY_GUARDS = frozenset({"too", "how", "as", "a"})
# "the last few months", "many years ago", "the first few times": a span of time or a count
# of occasions is a plain quantity, not a vague claim.
_TIME_NOUNS = TIME_SPANS | word_set("weekends moments occasions generations")
# "so many", "the few", "the last few": a quantity made definite ("that" is left out: in
# "said that few developers" it is a conjunction).
_DEFINITE_BEFORE = word_set("so the these those last past first next only")
# "quite a few", "quite a lot", "quite a while": set phrases for a quantity.
_QUITE_A_RE = re.compile(r"\s+a\s+(?:few|lot|bit|while|number|way)\b", re.IGNORECASE)
# "in a way that" (how something is done), "what I think of as" (naming), "I think about it"
# and "how I think" (thinking itself): not hedges.
_WAY_THAT_RE = re.compile(r"\s+(?:that|which|to)\b", re.IGNORECASE)
_THINK_OF_RE = re.compile(r"\s+(?:of|about)\b", re.IGNORECASE)
_THINKING_ITSELF_BEFORE = frozenset({"what", "how", "why", "where", "when", "way"})
_NEXT_RE = re.compile(r"\W*([^\W\d_]+)")
# Size words describe a thing ("a huge fan", "a tiny server"), not a claim.
_SIZE_WORDS = frozenset({"huge", "tiny"})
_QUANTITIES = frozenset({"few", "many", "several", "various", "countless"})
# "a kind of tool", "what sort of person", "the right kind of": a noun phrase, not a hedge.
# The word just before decides, or a determiner two words back ("a strange kind of").
_DETERMINERS = word_set("a an the what which some any every each no one another")
_NOUN_GUARDS = word_set(
    "a an the this that these those what which whatever some any every each no one same other"
    " another different new right wrong my your his her its our their certain particular"
    " similar specific first last only best worst"
)
# "rather than", "would rather": a choice, not a hedge.
_RATHER_BEFORE = frozenset({"would", "had", "or"})


def _words_before(text: str, start: int, count: int) -> list[str]:
    """Up to ``count`` lower-case words just before ``start``, nearest first."""
    found: list[str] = []
    end = start
    while len(found) < count:
        match = _PREVIOUS_WORDS.search(text, max(0, end - 40), end)
        if not match:
            break
        found.append(match.group(1).lower())
        end = match.start()
    return found


def _word_after(text: str, end: int) -> str:
    match = _NEXT_RE.match(text, end, min(len(text), end + 40))
    return match.group(1).lower() if match else ""


def _plain_quantity(text: str, hit_start: int, hit_end: int) -> bool:
    """ "many years ago", "the last few months", "that many people": no claim is dodged."""
    previous = _words_before(text, hit_start, 1)
    if previous and (previous[0] in _QUANTITY_GUARDS or previous[0] in _DEFINITE_BEFORE):
        return True
    return _word_after(text, hit_end) in _TIME_NOUNS


def find_weasels(text: str) -> list[Finding]:
    """Vague quantities, unattributed claims and empty emphasis ("many", "studies show")."""
    findings: list[Finding] = []
    for hit in hits_from(text, WEASELS):
        if hit.key in _SIZE_WORDS or (
            hit.key in _QUANTITIES and _plain_quantity(text, hit.start, hit.end)
        ):
            continue
        shown = " ".join(text[hit.start : hit.end].split())
        findings.append(
            Finding(
                WEASEL_RULE,
                hit.start,
                hit.end,
                Severity.INFO,
                f'"{shown}" is vague: it sounds like a fact but gives the reader nothing to check.',
                "Give a number, a name or a source, or cut it.",
            )
        )
    return findings


def find_hedges(text: str) -> list[Finding]:
    """Hedges that soften a claim ("I think", "perhaps", "sort of")."""
    findings: list[Finding] = []
    for hit in hits_from(text, HEDGES):
        if hit.key == "quite" and _QUITE_A_RE.match(text, hit.end):
            continue
        if hit.key == "in a way" and _WAY_THAT_RE.match(text, hit.end):
            continue
        if hit.key == "i think" and (
            _THINK_OF_RE.match(text, hit.end)
            or set(_words_before(text, hit.start, 1)) & _THINKING_ITSELF_BEFORE
        ):
            continue
        if hit.key in {"kind of", "sort of"}:
            before = _words_before(text, hit.start, 2)
            nearest_guards = bool(before) and before[0] in _NOUN_GUARDS
            if nearest_guards or (len(before) > 1 and before[1] in _DETERMINERS):
                continue
        if hit.key == "rather":
            following = text[hit.end : hit.end + 6].lower()
            before = _words_before(text, hit.start, 1)
            chose = bool(before) and (
                before[0] in _RATHER_BEFORE or before[0].endswith(("'d", "’d"))
            )
            if chose or re.match(r"\s+than\b", following):
                continue
        shown = " ".join(text[hit.start : hit.end].split())
        findings.append(
            Finding(
                HEDGE_RULE,
                hit.start,
                hit.end,
                Severity.INFO,
                f'"{shown}" hedges the claim and makes it weaker.',
                "Cut it and state the point directly, or say what you are unsure of.",
            )
        )
    return findings
