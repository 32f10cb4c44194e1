"""Passive voice: a form of "be" or "get" followed by a past participle ("was stolen").

One regular expression finds the candidates: the auxiliary, any adverbs, "not", "been" or
"being" in between, then a regular ("-ed") or listed irregular participle. A candidate is then
dropped when the participle reads as an adjective of feeling or state ("I was excited",
"she is interested in"), when "'s" stands for "has" ("it's taken three years"), or when
"get" forms an idiom ("get married", "get used to").
"""

from __future__ import annotations

import re
from functools import cache

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.lexicon import style_list, trie_pattern, whole_word_branches, word_set

RULE = "passive"

MESSAGE = 'Passive voice: "{text}" hides who does the action.'
SUGGESTION = 'Name who acts and make them the subject: "We fixed the bug", not "The bug was fixed".'

_BE_FORMS = word_set("am is are was were be been being isn't aren't wasn't weren't")
_GET_FORMS = word_set("get gets got gotten getting")
# Words allowed between the auxiliary and the participle ("was not", "is still being"), and
# any word ending in "-ly" ("was quickly sold").
_BETWEEN = word_set(
    "not never also just already still often always sometimes seldom even ever again then now"
    " all both each first further later soon once twice thus therefore so very too really"
    " quite rather more most less least super pretty fairly somewhat been being"
)
# Degree words mark an adjective: "very tired", "so excited", "super impressed".
_DEGREE = word_set(
    "very so too quite rather more most less least super pretty fairly somewhat extremely"
    " incredibly"
)
# Hyphenated participles count when the first part is a prefix ("re-written", "pre-built"),
# not when it is a noun making a compound adjective ("data-driven", "password-protected").
_PREFIXES = word_set(
    "re pre co de mis cross over under out double post sub up down back non multi inter auto"
)
# "-eed" words are participles only in these few cases (need, speed, indeed are not).
_EED_PARTICIPLES = frozenset({"agreed", "decreed", "disagreed", "freed", "guaranteed", "refereed"})
# Verbs that begin with "un": "was uncovered" is a passive, "was unused" an adjective.
_UN_VERBS = word_set(
    "unblocked uncovered unearthed unfolded unfollowed unfriended uninstalled united unified"
    " unleashed unloaded unlocked unmasked unmuted unpacked unplugged unpublished unraveled"
    " unravelled unrolled unseated unsubscribed untied unveiled unwrapped unzipped"
)
# Words that, after a participle, end its phrase: "it's built on", "it's called.", "got paid
# to". An object-like word there instead ("it's taken three years") means "'s" is "has".
_CLAUSE_FOLLOWERS = word_set(
    "by to in on at for with from into onto as about after before during through under over"
    " between against without within and or but so because when if than like via per across"
    " around up down out off back away here there now then today yesterday tomorrow again too"
    " already yet since until while where once instead together apart anyway"
)
# Verbs that take no object: after "'s" their participle reads "has" ("it's failed", "she's
# arrived", "the price's risen"), never a passive.
_INTRANSITIVE = word_set(
    "failed arrived happened occurred died disappeared vanished emerged existed lasted expired"
    " collapsed succeeded evolved peaked stalled skyrocketed plummeted plateaued soared"
    " risen fallen gone come become grown shrunk"
)
# Verbs that name something take a noun after them even in the passive: "it's called Clapwise".
_NAMING = word_set(
    "called named titled dubbed termed labeled labelled nicknamed known considered deemed"
    " described referred"
)
# "have got", "'ve got", "'s got": possession or obligation, not a passive.
_HAVE_BEFORE_GOT = re.compile(
    r"(?:\b(?:have|has|had|having)|['’](?:ve|s|d))\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE
)
# "get lost", "get started", "get changed" (clothes) are idioms, not passives.
_GET_IDIOMS = frozenset({"lost", "started", "changed"})
_HOST_RE = re.compile(r"([^\W\d_]+)$")
_WORD_AFTER = re.compile(r"[\s\u200c]*([^\W\d_]+(?:['’][^\W\d_]+)?)?")
# "done" and "finished" mean complete ("my edits are done"), except after a modal and "be":
# "it can be done", "this should be finished by Friday".
_COMPLETION = frozenset({"done", "finished"})
_MODAL_BE = re.compile(
    r"\b(?:can|could|should|must|will|would|might|may|shall|cannot|(?:can|won|shouldn|"
    r"couldn|wouldn|mustn)['’]t)\s+(?:not\s+)?$",
    re.IGNORECASE,
)
_DETERMINERS = word_set(
    "a an the this that these those my your his her its our their it them me us him you"
    " being having people such something anything everything nothing"
)


@cache
def _participles() -> frozenset[str]:
    return style_list("irregular_participles.txt")


@cache
def _not_participles() -> frozenset[str]:
    return style_list("ed_non_participles.txt")


@cache
def _adjectives() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Single-word participial adjectives, and multi-word ones keyed by their participle."""
    single: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for entry in style_list("participial_adjectives.txt"):
        first, *rest = entry.split()
        if rest:
            phrases.setdefault(first, []).append(tuple(rest))
        else:
            single.add(first)
    return frozenset(single), {word: tuple(tails) for word, tails in phrases.items()}


@cache
def _candidate_source() -> str:
    """The candidate pattern's source, for lower-cased text.

    Every word list is a trie-shaped alternation, so the engine rejects a word after a
    letter or two instead of trying each listed word in turn.
    """
    # Every branch opens with a literal, so the engine skips to the few letters and the
    # apostrophes that can start an auxiliary.
    auxiliary = "|".join(
        [
            *whole_word_branches(_BE_FORMS | _GET_FORMS),
            r"'(?<=\w')(?:s|re|m)\b",
            r"’(?<=\w’)(?:s|re|m)\b",
        ]
    )
    gap = r"[\s\u200c]+"
    between = rf"(?:{trie_pattern(_BETWEEN)}|\w+ly)\b"
    participle = (
        rf"(?:{trie_pattern(_PREFIXES)}[-‐])?(?:\w+ed|{trie_pattern(_participles())})"
        r"(?![\w]|['’-]\w)"
    )
    return rf"(?P<aux>{auxiliary})(?P<between>(?:{gap}{between})*){gap}(?P<part>{participle})"


@cache
def _candidate_re(flags: int) -> re.Pattern[str]:
    # Compiled on first need: the case-insensitive variant (for the rare text whose lower case
    # changes length) takes longer to compile than a whole 2,000-word post takes to check.
    return re.compile(_candidate_source(), flags)


def _is_participle(word: str) -> bool:
    """True when ``word`` (lower case, prefix removed) can be a past participle."""
    if word in _participles():
        return True
    if len(word) < 4 or word in _not_participles():
        return False
    if word.endswith("eed"):
        return word in _EED_PARTICIPLES
    # "unused", "unprepared": un- on a participle makes an adjective, unless the verb itself
    # begins with "un" ("uncovered"). "under-" words are ordinary verbs ("underestimated").
    return not (word.startswith("un") and not word.startswith("under") and word not in _UN_VERBS)


def _next_words(text: str, position: int, count: int) -> list[str]:
    """Up to ``count`` lower-case words right after ``position`` (stops at punctuation)."""
    found: list[str] = []
    while len(found) < count:
        match = _WORD_AFTER.match(text, position)
        if not match or not match.group(1):
            break
        found.append(match.group(1).lower())
        position = match.end()
    return found


def _reads_as_adjective(part: str, between: list[str], after: list[str]) -> bool:
    """True when the participle describes a state or feeling rather than an action."""
    single, phrases = _adjectives()
    for tail in phrases.get(part, ()):
        if tuple(after[: len(tail)]) == tail:
            return True
    if part == "used" and after[:1] == ["to"]:
        # "is used to it", "are used to working" (accustomed) versus "is used to measure".
        following = after[1] if len(after) > 1 else ""
        return not following or following.endswith("ing") or following in _DETERMINERS
    if any(word in _DEGREE for word in between):
        return True
    if part in single:
        # A "by" phrase names the cause and makes it a passive: "I was surprised by the result".
        return after[:1] != ["by"]
    return False


def _has_not_is(text: str, match: re.Match[str], part: str, after: list[str]) -> bool:
    """True when the "'s" of the match stands for "has" or is a possessive."""
    host = _HOST_RE.search(text, max(0, match.start() - 40), match.start())
    host_word = host.group(1).lower() if host else ""
    if host_word == "let" or part in _INTRANSITIVE:
        return True
    if part in _NAMING:
        return False
    following = text[match.end() : match.end() + 1]
    if not following or not (following.isalpha() or following.isspace()):
        return False  # punctuation or the end right after the participle: "it's finished."
    if not after:
        return False
    word = after[0]
    return not (word in _CLAUSE_FOLLOWERS or word.endswith("ly"))


def _passive_start(sentence: str, match: re.Match[str]) -> int | None:
    """Where the passive of a candidate match starts, or None when it is not a passive."""
    aux = sentence[match.start("aux") : match.end("aux")]
    aux_lower = aux.lower().replace("’", "'")
    raw_part = sentence[match.start("part") : match.end("part")]
    if raw_part[:1].isupper() and not raw_part.isupper() and aux.islower():
        return None  # a name such as "Fred", not a participle
    part = raw_part.lower().replace("‐", "-").rpartition("-")[2]
    if not part.isalpha() or not _is_participle(part):
        return None
    between = match.group("between").lower().split()
    single, phrases = _adjectives()
    # The words after the participle matter only for a few participles; read them lazily.
    needs_after = aux_lower == "'s" or part == "used" or part in single or part in phrases
    after = _next_words(sentence, match.end(), 3) if needs_after else []
    after_modal = (
        part in _COMPLETION
        and aux_lower == "be"
        and not between
        and _MODAL_BE.search(sentence, max(0, match.start() - 20), match.start()) is not None
    )
    if not after_modal and _reads_as_adjective(part, between, after):
        return None
    if aux_lower in _GET_FORMS:
        if part in _GET_IDIOMS:
            return None
        window = max(0, match.start() - 40)
        if aux_lower == "got" and _HAVE_BEFORE_GOT.search(sentence, window, match.start()):
            return None
    if "been" in between:
        # "has been fired", "who's been told": the passive starts at "been".
        return match.start() + match.group(0).lower().rfind("been")
    if aux_lower == "'s" and _has_not_is(sentence, match, part, after):
        return None
    return match.start()


def find_passive(sentence: str) -> list[Finding]:
    """Passive constructions in ``sentence``, each spanning the auxiliary to the participle."""
    lowered = sentence.lower()
    # Lower-cased text keeps the same offsets (checked) and is much faster to scan than a
    # case-insensitive pattern.
    matches = (
        _candidate_re(0).finditer(lowered)
        if len(lowered) == len(sentence)
        else _candidate_re(re.IGNORECASE).finditer(sentence)
    )
    findings: list[Finding] = []
    for match in matches:
        start = _passive_start(sentence, match)
        if start is None:
            continue
        text = " ".join(sentence[start : match.end()].split())
        findings.append(
            Finding(
                RULE, start, match.end(), Severity.WARNING, MESSAGE.format(text=text), SUGGESTION
            )
        )
    return findings
