"""Punctuation slips in running text: a sentence run into the next with no space after its
full stop ("like WhatsApp does.However, it"), which also hides where one sentence ends; a
heading whose hashes have no space after them ("##The race"), which Markdown shows as plain
text; an accent typed for an apostrophe ("didn´t")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.analysis.rules.grammar.check import GrammarCheck, Hit
from app.analysis.rules.spelling.lexicon import lexicon

# A lower-case word, a full stop and a capitalised word, both English words: not a part of a
# dotted name ("os.path.Join", "file.Name()", "example.com/About") nor an abbreviation ("e.g.").
_RUN_ON_RE = re.compile(
    r"(?<![\w.@/\\-])(?P<x>(?P<end>[a-z]{2,})\.(?P<next>[A-Z][a-z]+))(?![\w.(/@\\-])"
)


_HINT_RE = re.compile(r"[a-z]\.[A-Z]")  # a quick look first: most prose has none


def _find_missing_space(text: str) -> Iterator[Hit]:
    if not _HINT_RE.search(text):
        return
    words = lexicon().frequencies
    for match in _RUN_ON_RE.finditer(text):
        end, following = match.group("end"), match.group("next")
        if end in words and following.lower() in words:
            yield match.start("x"), match.end("x"), (f"{end}. {following}",)


# Two to six hashes opening a block, then a letter: a heading without its space. One hash is
# left alone, as a hashtag may open a line ("#100DaysOfCode").
_HEADING_RE = re.compile(r"(?P<hashes>#{2,6})(?P<word>[^\W\d_][\w'’-]*)")


def _find_heading_without_space(text: str) -> Iterator[Hit]:
    match = _HEADING_RE.match(text)
    if match:
        yield match.start(), match.end(), (f"{match['hashes']} {match['word']}",)


# An acute accent between a word and the ending of a contraction or a possessive ("didn´t",
# "Maria´s"): an apostrophe typed on a keyboard that has it beside the accent.
_ACCENT_APOSTROPHE_RE = re.compile(r"\b[^\W\d_]+´(?:t|s|re|ve|ll|d|m)\b", re.IGNORECASE)


def _find_accent_apostrophe(text: str) -> Iterator[Hit]:
    if "´" not in text:
        return
    for match in _ACCENT_APOSTROPHE_RE.finditer(text):
        yield match.start(), match.end(), (match.group().replace("´", "'"),)


CHECKS: tuple[GrammarCheck, ...] = (
    GrammarCheck(
        "missing_space",
        "Space after a full stop",
        "A sentence run into the next with no space after its full stop",
        'Put a space after the full stop: "{fix}".',
        _find_missing_space,
    ),
    GrammarCheck(
        "heading_space",
        "Space after a heading's hashes",
        "A heading with no space after its hashes, which Markdown shows as plain text",
        'Put a space after the hashes to make this a heading: "{fix}".',
        _find_heading_without_space,
        triggers=("##",),
    ),
    GrammarCheck(
        "accent_apostrophe",
        "Accent for an apostrophe",
        "An accent typed where an apostrophe goes: didn´t",
        'Write an apostrophe, not an accent: "{fix}".',
        _find_accent_apostrophe,
        triggers=("´",),
    ),
)
