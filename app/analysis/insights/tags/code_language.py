"""The programming language a post's code is written in, as a Medium tag.

A writer who fences code as ```go writes about Go, whatever the word "Go" means elsewhere in
English. Pygments knows the names and aliases a fence may use for each language ("py",
"golang", "rs"); the tag is the one of them with the most readers on Medium ("Golang" for Go,
"React" for JSX). Only languages of programs count, not command sessions, data formats or
plain text, and only when the prose names the language too: a post that fences one config
file is not about its format.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.analysis.insights.keywords.vocabulary import VocabularyTag, slugify, vocabulary

#: Pygments' modules of lexers for what is no program: shell sessions and scripts of
#: commands, data formats (JSON, YAML), plain text and logs.
_NOT_PROGRAMS = frozenset(
    {
        "pygments.lexers.shell",
        "pygments.lexers.data",
        "pygments.lexers.special",
        "pygments.lexers.textfmts",
    }
)
#: Names this short are words too ("go", "r", "c"): the prose must write them capitalised.
_SHORT_NAME_MAX = 2


@dataclass(frozen=True, slots=True)
class CodeLanguage:
    """The language of a post's code: as the prose names it ("Go") and its Medium tag."""

    written: str
    tag: VocabularyTag


@dataclass(frozen=True, slots=True)
class _Language:
    names: tuple[str, ...]  # Pygments' name and aliases, lower case ("go", "golang")
    tag: VocabularyTag


def code_language(fence_languages: Sequence[str], prose: str) -> CodeLanguage | None:
    """The programming language most of the post's fenced code names that has a Medium tag
    and that the ``prose`` names too; None when there is none."""
    for fence, _blocks in Counter(fence_languages).most_common():
        language = _language(fence)
        if language is None:
            continue
        written = _named_in((fence, *language.names), prose)
        if written:
            return CodeLanguage(written, language.tag)
    return None


@lru_cache(maxsize=256)
def _language(fence: str) -> _Language | None:
    """The programming language a fence's word names, with its best-read Medium tag."""
    # Imported here: most posts fence no named language, and Pygments' lexer table takes
    # about 20 ms to load.
    from pygments.lexers import find_lexer_class_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = find_lexer_class_by_name(fence)
    except ClassNotFound:
        return None
    if lexer.__module__ in _NOT_PROGRAMS:
        return None
    names = tuple(dict.fromkeys(n.lower() for n in (lexer.name, *lexer.aliases)))
    by_slug = vocabulary().by_slug
    tags = [by_slug[slug] for slug in map(slugify, names) if slug in by_slug]
    if not tags:
        return None
    return _Language(names, max(tags, key=lambda tag: (tag.stories, tag.slug)))


def _named_in(names: Sequence[str], prose: str) -> str:
    """How ``prose`` first writes one of a language's ``names`` ("Go"); "" when it does not.
    A short name counts only capitalised: "go" and "c" are words and letters first."""
    for name in names:
        short = len(name) <= _SHORT_NAME_MAX
        for found in _name_pattern(name).finditer(prose):
            if not short or found.group(0)[0].isupper():
                return found.group(0)
    return ""


@lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    # Not inside a longer name or a file name ("Golang", "C++" for "c", "setup.py").
    return re.compile(r"(?<![\w#+.-])" + re.escape(name) + r"(?![\w#+-])", re.IGNORECASE)
