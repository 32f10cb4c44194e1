"""The programming language a post's code is written in, as a Medium tag.

A writer who fences code as ```go writes about Go, whatever the word "Go" means elsewhere in
English. Pygments knows the aliases a fence may use for each language ("py", "golang", "rs");
the tag is the one of the language's name and aliases with the most readers on Medium
("Golang" for Go, "React" for JSX). Only languages of programs count, not commands typed at
a prompt, console sessions, data, configuration or markup formats, and only when the prose
names the language too (by the fence's word, Pygments' name for it or its tag): a post that
fences one file in passing is not about its language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.analysis.insights.keywords.vocabulary import VocabularyTag, slugify, vocabulary

#: Pygments' modules of lexers for what is no program: shell commands and their sessions,
#: data (JSON, YAML), plain text and logs, configuration (Dockerfile, nginx), markup
#: (Markdown, HTML, TeX) and build files.
_NOT_PROGRAMS = frozenset(
    {
        "pygments.lexers.shell",
        "pygments.lexers.data",
        "pygments.lexers.special",
        "pygments.lexers.textfmts",
        "pygments.lexers.configs",
        "pygments.lexers.markup",
        "pygments.lexers.html",
        "pygments.lexers.make",
    }
)
#: Lexers of a language's interactive sessions ("pycon", "irb", "psql"): output and prompts.
_SESSION_RE = re.compile(r"Console|Session|Shell")
#: Names this short are words too ("go", "r", "c"): the prose must write them capitalised.
_SHORT_NAME_MAX = 2
#: Fenced languages looked at, most fenced first: the language a post is written in is
#: among them, and each costs a scan of the prose.
_LANGUAGES_LOOKED_AT = 3


@dataclass(frozen=True, slots=True)
class CodeLanguage:
    """The language of a post's code: its name as the prose writes it ("Go") and its tag."""

    written: str
    tag: VocabularyTag


@dataclass(frozen=True, slots=True)
class _Language:
    name: str  # Pygments' name for it ("Go", "Python")
    tag: VocabularyTag


def code_language(fence_languages: Sequence[str], prose: str) -> CodeLanguage | None:
    """The programming language most of the post's fenced code names that has a Medium tag
    and that the ``prose`` names too; None when there is none."""
    looked_at = Counter(fence_languages).most_common(_LANGUAGES_LOOKED_AT)
    for fence, _blocks in looked_at:
        language = _language(fence)
        if language is None:
            continue
        names = tuple(dict.fromkeys(n.lower() for n in (fence, language.name, language.tag.name)))
        written = _named_in(names, prose)
        if written:
            return CodeLanguage(_display(written, language), language.tag)
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
    if lexer.__module__ in _NOT_PROGRAMS or _SESSION_RE.search(lexer.__name__):
        return None
    names = dict.fromkeys(n.lower() for n in (lexer.name, *lexer.aliases))
    by_slug = vocabulary().by_slug
    tags = [by_slug[slug] for slug in map(slugify, names) if slug in by_slug]
    if not tags:
        return None
    return _Language(lexer.name, max(tags, key=lambda tag: (tag.stories, tag.slug)))


def _named_in(names: tuple[str, ...], prose: str) -> str:
    """The first place ``prose`` writes one of ``names`` ("Go"), as written; "" when it
    writes none. A short name counts only capitalised: "go" and "c" are words first."""
    for found in _names_pattern(names).finditer(prose):
        written = found.group(0)
        if len(written) > _SHORT_NAME_MAX or written[0].isupper():
            return written
    return ""


@lru_cache(maxsize=256)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    # Not inside a longer name or a file name ("Golang", "C++" for "c", "setup.py"), but
    # before a hyphen and a word ("Python-based", "Go-style").
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w#+.-])(?:{alternatives})(?![\w#+]|-(?!\w))", re.IGNORECASE)


def _display(written: str, language: _Language) -> str:
    """The language's name for a reason: as the prose writes it when capitalised ("Go"),
    else as Pygments or Medium name it ("python" -> "Python")."""
    if written != written.lower():
        return written
    for name in (language.name, language.tag.name):
        if name.lower() == written.lower():
            return name
    return written
