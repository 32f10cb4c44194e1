"""Weak sentence openings: "There is/are", a filler "So", and runs of sentences that start alike."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.lexicon import word_set
from app.analysis.text.words import WORD_RE, normalize

THERE_IS_RULE = "there_is"
SO_START_RULE = "so_start"
REPEATED_START_RULE = "repeated_start"

# Three sentences in a row with the same first word make a run worth reporting.
REPEATED_START_RUN = 3

# Matched at the start of the sentence and of each clause after a semicolon, past any
# whitespace, quotes or brackets.
_LEAD = r"[\s\"'“‘(\[]*"
_THERE_IS_RE = re.compile(
    _LEAD + r"(?P<phrase>there\s+(?:is|are|was|were)|there['’](?:s|re))\b", re.IGNORECASE
)
_SO_RE = re.compile(_LEAD + r"(?P<so>so)\b(?![-‐'’])", re.IGNORECASE)
# "So far", "So many people", "So what?": "so" is doing a job there.
_SO_KEEPS = word_set("far long much many few little what too to often very")
_AUXILIARIES = word_set(
    "do does did is are was were am have has had can could will would should must"
)
_PRONOUNS = word_set("i we you he she it they")
# "So" meaning "very": "So good.", "So tired that I slept", "So obvious". Common gradable
# adjectives and adjective endings; a noun or pronoun after "So" means it is a filler.
_GRADABLE = word_set(
    "good bad big small easy hard simple true cool great happy sad tired glad sure bored"
    " excited weird strange close fast slow busy hungry proud lucky sorry cute funny nice"
    " strong weak clear old young new rich poor late early loud quiet"
)
_ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "able", "ible", "ic", "less", "ish")
_NEXT_WORD_RE = re.compile(r"[\s,]*([^\W\d_]+(?:['’][^\W\d_]+)?)")


def _clause_matches(pattern: re.Pattern[str], sentence: str) -> list[re.Match[str]]:
    """Matches of ``pattern`` at the start of the sentence and after each semicolon."""
    found: list[re.Match[str]] = []
    start = 0
    while True:
        match = pattern.match(sentence, start)
        if match is not None:
            found.append(match)
        start = sentence.find(";", start) + 1
        if start == 0:
            return found


def find_there_is(sentence: str) -> list[Finding]:
    """A sentence (or a clause after ";") opening with "There is/are/was/were"."""
    findings: list[Finding] = []
    for match in _clause_matches(_THERE_IS_RE, sentence):
        phrase = match.group("phrase")
        shown = " ".join(phrase.split())
        findings.append(
            Finding(
                THERE_IS_RULE,
                match.start("phrase"),
                match.end("phrase"),
                Severity.INFO,
                f'"{shown}" puts an empty placeholder where the subject should be.',
                'Start with the real subject: "Many tools exist", not "There are many tools".',
            )
        )
    return findings


def _keeps_so(sentence: str, end: int) -> bool:
    """True when the "so" ending at ``end`` carries meaning ("So far", "So do I.")."""
    rest = sentence[end:]
    if not rest.strip() or rest.lstrip()[:1] in {"?", "!", "-", "‐"}:
        return True
    first = _NEXT_WORD_RE.match(rest)
    if not first:
        return False
    word = first.group(1).lower()
    if word in _SO_KEEPS or word.endswith("ly"):
        return True
    if word in _GRADABLE or (len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS)):
        return True  # "So" meaning "very"
    after = _NEXT_WORD_RE.match(rest, first.end())
    if after and after.group(1).lower() == "that" and word not in _PRONOUNS:
        return True  # "So tired that ...": a degree, not a filler
    if word in _AUXILIARIES:
        if "," not in rest[: first.start(1)] and not rest.rstrip().endswith("?"):
            return True  # "So is a team rule.", "So did the plan": "likewise", inverted
        second = _NEXT_WORD_RE.match(rest, first.end())
        if second and second.group(1).lower() in _PRONOUNS:
            tail = rest[second.end() :].strip()
            return not tail or tail[0] in ".!?,;"
    return False


def find_so_start(sentence: str) -> list[Finding]:
    """A filler "So" opening a sentence or a clause after ";" ("So, here is the plan.")."""
    findings: list[Finding] = []
    for match in _clause_matches(_SO_RE, sentence):
        if _keeps_so(sentence, match.end("so")):
            continue
        findings.append(
            Finding(
                SO_START_RULE,
                match.start("so"),
                match.end("so"),
                Severity.INFO,
                f'"{match.group("so")}" at the start adds no meaning.',
                "Cut it and start with what comes next.",
            )
        )
    return findings


class _Opening(NamedTuple):
    """The first word of a sentence: its lookup form, where it is, and how it was written."""

    key: str
    start: int
    end: int
    word: str


def _opening(offset: int, text: str) -> _Opening | None:
    first = WORD_RE.search(text)
    if first is None:
        return None
    return _Opening(
        normalize(first.group()), offset + first.start(), offset + first.end(), first.group()
    )


def _has_run(keys: list[str | None], length: int) -> bool:
    """True when ``length`` consecutive keys are the same word (None is no word)."""
    count = 1
    for previous, key in pairwise(keys):
        count = count + 1 if key is not None and key == previous else 1
        if count >= length:
            return True
    return False


def find_repeated_starts(sentences: Sequence[tuple[int, str]]) -> list[Finding]:
    """Runs of three or more consecutive sentences that begin with the same word.

    ``sentences`` are ``(offset of the sentence in the block, sentence text)`` pairs in order;
    each sentence of a run gets a finding on its first word.
    """
    if len(sentences) < REPEATED_START_RUN:  # most blocks: too few sentences for a run
        return []
    first_words = [WORD_RE.search(text) for _offset, text in sentences]
    keys = [normalize(word.group()) if word else None for word in first_words]
    if not _has_run(keys, REPEATED_START_RUN):  # most paragraphs: no run, nothing to build
        return []
    openings = [_opening(offset, text) for offset, text in sentences]
    findings: list[Finding] = []
    index = 0
    while index < len(openings):
        first = openings[index]
        end = index + 1
        if first is not None:
            while (
                end < len(openings) and (following := openings[end]) and following.key == first.key
            ):
                end += 1
            run = [opening for opening in openings[index:end] if opening is not None]
            if len(run) >= REPEATED_START_RUN:
                findings.extend(
                    Finding(
                        REPEATED_START_RULE,
                        opening.start,
                        opening.end,
                        Severity.INFO,
                        f'{len(run)} sentences in a row start with "{first.word}".',
                        "Vary how these sentences begin.",
                    )
                    for opening in run
                )
        index = end
    return findings
