"""Word tokens for keyphrase matching: case, plurals, hyphens and curly apostrophes handled."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.analysis.insights.keywords.lexicon import function_words, stem
from app.analysis.text.words import APOSTROPHES

# A word part: letters/digits with inner apostrophes ("don't") or a slash between two single
# letters ("A/B", and "a/b" as a focus keyphrase may be typed); hyphens split parts so that
# "long-form" and "long form" produce the same tokens.
_LETTER_PAIR = r"(?<=\b[A-Za-z])/(?=[A-Za-z]\b)"
PART_RE = re.compile(rf"[^\W_]+(?:(?:['’ʼ]|{_LETTER_PAIR})[^\W_]+)*")
_HYPHENS = frozenset("-‐‑")
# Sentence ends: . ! ? … followed by space and an upper-case letter, digit or quote.
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def normalize_word(word: str) -> str:
    """Lower case, straight apostrophes, possessive removed ("Team’s" -> "team")."""
    word = word.translate(APOSTROPHES).lower()
    if word.endswith("'s"):
        return word[:-2]
    return word.rstrip("'")


@dataclass(frozen=True, slots=True)
class Token:
    """One word part of a text; ``linked`` is True when a hyphen joins it to the next part."""

    start: int
    end: int
    norm: str
    stem: str
    is_function: bool
    linked: bool


def tokenize(text: str) -> list[Token]:
    """Word parts of ``text`` with offsets, stems and hyphen links."""
    functions = function_words()
    matches = list(PART_RE.finditer(text))
    tokens: list[Token] = []
    for index, match in enumerate(matches):
        norm = normalize_word(match.group())
        following = matches[index + 1] if index + 1 < len(matches) else None
        linked = (
            following is not None
            and following.start() - match.end() == 1
            and text[match.end()] in _HYPHENS
        )
        tokens.append(
            Token(match.start(), match.end(), norm, stem(norm), norm in functions, linked)
        )
    return tokens


def compounds(tokens: list[Token]) -> dict[int, tuple[str, int]]:
    """Hyphenated runs: start index -> (stem of the joined word, index after the run).

    "e-mail" yields ``{i: ("email", i + 2)}`` so it matches "email" as well as "e mail".
    """
    runs: dict[int, tuple[str, int]] = {}
    index = 0
    while index < len(tokens):
        end = index
        while end < len(tokens) - 1 and tokens[end].linked:
            end += 1
        if end > index:
            joined = "".join(token.norm for token in tokens[index : end + 1])
            runs[index] = (stem(joined), end + 1)
        index = end + 1
    return runs


def split_sentences(text: str) -> list[str]:
    """A light sentence split, for the short strings (title, first paragraph) checked here."""
    return [part for part in _SENTENCE_END_RE.split(text) if part.strip()]
