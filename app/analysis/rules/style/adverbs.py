"""Adverbs ending in "-ly" and intensifiers such as "very" and "really"."""

from __future__ import annotations

import re
from functools import cache

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.grammar.word_classes import modifier_words, verb_bases, verb_forms
from app.analysis.rules.style.lexicon import is_mid_sentence_name, joined, style_list, word_set
from app.analysis.rules.style.phrases import INTENSIFIERS, hits_from, phrase_lists

ADVERB_RULE = "adverb"
INTENSIFIER_RULE = "intensifier"

# Find word endings "ly" first (a literal search, very fast), then read the word backwards.
_LY_END_RE = re.compile(r"ly\b", re.IGNORECASE)
# The same in lower-cased text, where the search runs on the literal alone.
_LOWER_LY_END_RE = re.compile(r"ly\b")
# How far back the word before "ly" is read.
_WORD_WINDOW = 40
# "the very first", "this very moment": "very" as an adjective meaning "exact".
_VERY_AS_ADJECTIVE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+$", re.IGNORECASE)
# "not really", "haven't really", "neither of those is very attractive": softening a
# negation on purpose, not emphasis. The negation is looked for in the clause before.
_NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|never|neither|nor|none|nobody|nothing|no|hardly|barely)\b|n['’]t\b)"
    r"[^.,;:!?()\n]*$",
    re.IGNORECASE,
)
_CLAUSE_LOOK_BACK = 60
# The word after an intensifier: it stresses that word. None follows in "replaced entirely."
_NEXT_WORD = re.compile(r"\s*,?\s+([^\W\d_]+)")
# "what software engineering really is", "what it truly means": "actually", not emphasis.
_ACTUALLY_BEFORE = frozenset({"is", "are", "was", "were", "am", "means", "mean", "meant"})
# "may very well be", "very much so": set phrases, not emphasis.
_SET_PHRASES = frozenset({("very", "well"), ("very", "much"), ("very", "nearly")})
# "others may, literally, dial in": set off by commas, the word comments on the sentence.
_BETWEEN_COMMAS_BEFORE = re.compile(r",\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
# "Is it really worth it?": in a question, "really" is the doubt.
_SENTENCE_END = re.compile(r"[.!?]")
# Words after which an intensifier stresses nothing ("entirely by hand", "really for",
# "think deeply about", "how seriously most people take it").
_FUNCTION_WORDS = word_set(
    "a an the by with of to in on at for from as and or but than that this these those"
    " it its they them their he she his her we our you your i me my"
    " through via within across throughout into onto over under without about"
    " most many some any all each every regardless"
)
# "think more deeply", "take it more seriously": graded, the adverb says how something is
# done, which no intensifier can be.
_GRADED_BEFORE = re.compile(r"\b(?:more|most|less|least)\s+$", re.IGNORECASE)
# "take the work seriously": "seriously" says how something is taken, not how much.
_TAKE_BEFORE = re.compile(
    r"\b(?:take|takes|took|taken|taking)\b[^.,;:!?()\n]*$",
    re.IGNORECASE,
)


@cache
def _owned_elsewhere() -> frozenset[str]:
    """Single words another rule reports with better advice ("clearly" is a weasel word)."""
    words = frozenset().union(*phrase_lists().values())
    return frozenset(word for word in words if " " not in word and "-" not in word)


def _ly_ends(text: str) -> list[int]:
    """Where each word ending in "ly" ends, in any case."""
    lowered = text.lower()
    if len(lowered) == len(text):  # lower-casing kept every offset
        return [match.end() for match in _LOWER_LY_END_RE.finditer(lowered)]
    return [match.end() for match in _LY_END_RE.finditer(text)]


def _is_letter(char: str) -> bool:
    """``[^\\W\\d_]``: a word character that is neither a decimal digit nor an underscore."""
    return char.isalnum() and not char.isdecimal()


def _letters_before(text: str, end: int) -> int:
    """Start of the run of letters ending at ``end``, at most ``_WORD_WINDOW`` long."""
    start, floor = end, max(0, end - _WORD_WINDOW)
    while start > floor and _is_letter(text[start - 1]):
        start -= 1
    return start


def find_adverbs(text: str) -> list[Finding]:
    """Adverbs ending in "-ly", apart from listed non-adverbs and words other rules report."""
    exceptions = style_list("ly_exceptions.txt")
    owned = _owned_elsewhere()
    findings: list[Finding] = []
    for end in _ly_ends(text):
        start = _letters_before(text, end)
        if end - start < 4:
            continue
        if joined(text, start, end):
            continue  # part of a compound such as "newly-built"
        word = text[start:end]
        lower = word.lower()
        if lower in exceptions or lower in owned:
            continue
        if is_mid_sentence_name(text, start, word):
            continue
        findings.append(
            Finding(
                ADVERB_RULE,
                start,
                end,
                Severity.INFO,
                f'"{word}" is an adverb; a stronger verb or adjective usually says more.',
                'Cut it, or use one stronger word ("ran quickly" -> "sprinted").',
            )
        )
    return findings


def _stressed_word(text: str, end: int) -> str | None:
    """The word an intensifier ending at ``end`` stresses, or None when nothing follows."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return None
    word = match.group(1).lower()
    return None if word in _FUNCTION_WORDS else word


def _is_ly_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word not in style_list("ly_exceptions.txt")


# "really" before a verb says "truly" or "actually" ("what people really wanted", "it really
# helps", "we really want"), the writer's voice; before a quality it only stresses ("really
# important"). A verb: after a subject or an auxiliary, or written as one.
_BEFORE_A_VERB = re.compile(
    r"\b(?:i|you|we|they|he|she|people|that|who|which|do|does|did|don['’]t|doesn['’]t|"
    r"didn['’]t|can|could|will|would|should|must|might|may)\s+$",
    re.IGNORECASE,
)
# Adjectives ending in "s" ("serious", "useless") that the "-s" of a verb must not be taken for.
_ADJECTIVE_S_ENDINGS = ("ous", "ss", "is", "us")


def _says_truly(text: str, start: int, stressed: str) -> bool:
    """Whether "really" at ``start``, before ``stressed``, stands before a verb."""
    if _BEFORE_A_VERB.search(text, max(0, start - 12), start):
        return True
    if stressed in verb_forms() or stressed in verb_bases():
        return True
    inflected = stressed.endswith("ed") or (
        stressed.endswith("s") and not stressed.endswith(_ADJECTIVE_S_ENDINGS)
    )
    return inflected and len(stressed) > 3 and stressed not in modifier_words()


def _ends_a_question(text: str, position: int) -> bool:
    """Whether the sentence going on at ``position`` ends with a question mark."""
    end = _SENTENCE_END.search(text, position)
    return end is not None and end.group() == "?"


def find_intensifiers(text: str) -> list[Finding]:
    """Intensifiers ("very", "really", "extremely") that weaken what they try to stress.

    Left alone: an intensifier that stresses no following word ("replaced entirely"), one
    that softens a negation ("not really"), set phrases ("may very well"), an adverb that
    says how something is done ("think more deeply", "take it seriously"), one set off by
    commas ("may, literally, dial in"), and "really" in a question, where it is the doubt,
    or before a verb ("really wanted"), where it says "truly". Before an
    -ly adverb the pair is redundant ("very quickly"), and the message says so.
    """
    findings: list[Finding] = []
    for hit in hits_from(text, INTENSIFIERS):
        word = text[hit.start : hit.end]
        lower = word.lower()
        if is_mid_sentence_name(text, hit.start, word):
            continue  # "Super Bowl"
        if lower == "very" and _VERY_AS_ADJECTIVE.search(text, max(0, hit.start - 8), hit.start):
            continue
        stressed = _stressed_word(text, hit.end)
        if stressed is None or (lower, stressed) in _SET_PHRASES:
            continue
        if lower in ("really", "truly") and stressed.lower() in _ACTUALLY_BEFORE:
            continue
        if _NEGATION_BEFORE.search(text, max(0, hit.start - _CLAUSE_LOOK_BACK), hit.start):
            continue
        if _GRADED_BEFORE.search(text, max(0, hit.start - 8), hit.start):
            continue
        if _COMMA_AFTER.match(text, hit.end) and _BETWEEN_COMMAS_BEFORE.search(
            text, max(0, hit.start - 3), hit.start
        ):
            continue
        if lower == "really" and (
            _ends_a_question(text, hit.end) or _says_truly(text, hit.start, stressed.lower())
        ):
            continue
        if lower == "seriously" and _TAKE_BEFORE.search(
            text, max(0, hit.start - _CLAUSE_LOOK_BACK), hit.start
        ):
            continue
        if _is_ly_adverb(stressed):
            message = (
                f'"{word} {stressed}" is a redundant pair: the intensifier adds nothing '
                "the adverb does not say."
            )
            suggestion = f'Cut "{word}", or replace the pair with one precise word.'
        else:
            message = f'"{word}" is an intensifier; it adds emphasis but no meaning.'
            suggestion = 'Cut it, or choose a stronger word ("very big" -> "huge").'
        findings.append(
            Finding(INTENSIFIER_RULE, hit.start, hit.end, Severity.INFO, message, suggestion)
        )
    return findings
