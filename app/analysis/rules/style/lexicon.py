"""Word lists of the style checks and the one-pass regular expressions built from them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, cached_property

from app.resources import resource_path, word_list

# A space in a listed phrase matches any run of whitespace (line breaks included), optionally
# after a comma; a hyphen matches a hyphen or whitespace; an apostrophe matches either kind.
_SPACE = r",?\s+"
_HYPHEN = r"(?:\s*[-‐‑–]\s*|\s+)"
_APOSTROPHE = "['’ʼ]"
# Characters that join words: "few" is not a word of its own in "few-shot" or "they'll".
_JOINERS = frozenset("-‐‑'’ʼ")

_KEY_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
_KEY_GAPS = re.compile(r"[\s,\-‐‑–]+")


def phrase_key(text: str) -> str:
    """The lookup form of a matched phrase: lower case, straight apostrophes, single spaces."""
    return _KEY_GAPS.sub(" ", text.translate(_KEY_APOSTROPHES).lower()).strip()


def word_set(words: str) -> frozenset[str]:
    """A set of the space-separated words of ``words`` (for short lists kept in code)."""
    return frozenset(words.split())


def style_list(name: str) -> frozenset[str]:
    """A one-per-line list from ``resources/style/`` (lower-cased, ``#`` comments dropped)."""
    return word_list("style", name)


def _trie_pattern(node: dict[str, dict], terminal: str) -> str:
    """Regex for the phrases stored in a character trie, sharing common prefixes.

    Python's regex engine tries alternatives one by one; a trie-shaped pattern rejects a
    position after one character instead of after trying every listed phrase.
    """
    branches: list[str] = []
    ends_here = False
    for char in sorted(node):
        if char == terminal:
            ends_here = True
            continue
        if char == " ":
            head = _SPACE
        elif char == "-":
            head = _HYPHEN
        elif char == "'":
            head = _APOSTROPHE
        else:
            head = re.escape(char)
        branches.append(head + _trie_pattern(node[char], terminal))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # Prefer the longer phrase: the optional group is greedy.
        return "(?:" + body + ")?"
    return body


_TERMINAL = "\0"


def _trie(phrases: Iterable[str]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        # Keep hyphens here (unlike phrase_key): a listed hyphen matches one or a space.
        for char in " ".join(phrase.translate(_KEY_APOSTROPHES).lower().split()):
            node = node.setdefault(char, {})
        node[_TERMINAL] = {}
    return root


def trie_pattern(phrases: Iterable[str]) -> str:
    """Regex source matching any of ``phrases`` (lower case), with shared prefixes factored."""
    root = _trie(phrases)
    return _trie_pattern(root, _TERMINAL) if root else "(?!x)x"


def whole_word_branches(phrases: Iterable[str]) -> list[str]:
    """Alternatives that together match ``\\b(?:trie_pattern(phrases))\\b``, for phrases
    that start with a letter or digit, each opening with a phrase's first letter.

    Each branch checks the word boundary just behind its first letter (``(?<!\\w.)``). When
    every branch of an alternation opens with a literal, Python's engine looks for those
    letters instead of trying the pattern at every position: much faster when few letters
    start the phrases (the auxiliaries of the passive check), slower when most letters do.
    """
    root = _trie(phrases)
    if not all(char.isalnum() for char in root):
        raise ValueError("every phrase must start with a letter or digit")
    return [
        re.escape(char) + r"(?<!\w.)" + _trie_pattern(node, _TERMINAL) + r"\b"
        for char, node in sorted(root.items())
    ]


def joined(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is glued to a neighbouring word by a hyphen or apostrophe."""
    if start > 1 and text[start - 1] in _JOINERS and text[start - 2].isalnum():
        return True
    return end + 1 < len(text) and text[end] in _JOINERS and text[end + 1].isalnum()


class PhraseMatcher:
    """Finds any of a list of phrases as whole words in one regex pass, ignoring case.

    The pattern is matched against the lower-cased text: case-insensitive literals make
    Python's regex engine several times slower, and lower-casing keeps offsets unchanged for
    nearly all text (the rare characters whose lower case is longer fall back to a
    case-insensitive pattern).
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self._source = rf"\b{trie_pattern(phrases)}\b"
        self._pattern = re.compile(self._source)

    @cached_property
    def _fallback(self) -> re.Pattern[str]:
        # Compiled on first need: the case-insensitive variant is rarely needed at all.
        return re.compile(self._source, re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches in ``text``; ``match.group()`` is the lower-cased text when that was used."""
        lowered = text.lower()
        if len(lowered) == len(text):
            matches = self._pattern.finditer(lowered)
        else:
            matches = self._fallback.finditer(text)
        for match in matches:
            if not joined(text, *match.span()):
                yield match

    def search(self, text: str) -> bool:
        """True when ``text`` holds any of the phrases (cheaper than :meth:`finditer`)."""
        lowered = text.lower()
        pattern = self._pattern if len(lowered) == len(text) else self._fallback
        subject = lowered if pattern is self._pattern else text
        position = 0
        while (match := pattern.search(subject, position)) is not None:
            if not joined(text, *match.span()):
                return True
            position = match.end()
        return False


def match_case(original: str, replacement: str) -> str:
    """``replacement`` cased like ``original``: "Utilize" -> "Use", "UTILIZE" -> "USE"."""
    if not replacement:
        return replacement
    letters = [char for char in original if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return replacement.upper()
    if letters and letters[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


@cache
def tsv_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated list in ``resources/style/``; ``#`` lines and blanks skipped."""
    rows: list[tuple[str, ...]] = []
    with resource_path("style", name).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append(tuple(cell.strip() for cell in line.rstrip("\n").split("\t")))
    return tuple(rows)


_OPENERS = frozenset("\"'“‘([*_")


def at_sentence_start(text: str, index: int) -> bool:
    """True when only whitespace, quotes or brackets lie between a sentence end and ``index``."""
    position = index - 1
    while position >= 0 and (text[position].isspace() or text[position] in _OPENERS):
        position -= 1
    return position < 0 or text[position] in ".!?:;…—"


def is_mid_sentence_name(text: str, start: int, word: str) -> bool:
    """True for a capitalised word inside a sentence, most likely a name ("met Kelly")."""
    return word[:1].isupper() and not word.isupper() and not at_sentence_start(text, start)
