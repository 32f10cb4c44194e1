"""The words of a prose string that a spelling checker should look at, with their offsets.

One regular-expression pass finds every run of word characters; runs that are not prose words
are skipped whole:

- URLs, e-mail addresses, @handles, #hashtags, inline code, HTML tags, attributes and entities,
  paths, template tags of static-site generators (``{{ page.url | relative_url }}``,
  ``{% include note.html %}``) and keyboard names (``<kbd>Ctrl</kbd>``, ``Ctrl+Shift+P``);
- anything containing a digit or an underscore (``mp3``, ``covid-19``, ``snake_case``);
- anything with an inner full stop: file names, dotted identifiers and abbreviations
  (``config.yaml``, ``app.analysis``, ``e.g``, ``U.S``);
- words with a capital letter after the first character: acronyms and their plurals
  (``NASA``, ``APIs``), brand names and identifiers (``iPhone``, ``JavaScript``, ``McDonald``,
  ``O'Brien``). They are almost always names the dictionary cannot know, so checking them would
  only produce noise;
- words in scripts other than Latin (the dictionary is English).

Hyphenated compounds are checked part by part (``well-known`` gives ``well`` and ``known``).
Apostrophes inside a word stay in it (``don't``, ``writer’s``); an apostrophe at the end of a
plural possessive (``writers’``) is left out, so the token is ``writers``. Offsets are Python
``str`` indices into the text, so emoji and other astral characters never shift them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from app.analysis.text.words import has_combining_marks

# Runs that are never prose. The word alternative comes last and is the only capturing group,
# so ``match.group(1)`` is None exactly when the match is something to skip.
_SCAN_RE = re.compile(
    r"""
      (?:https?|ftp)://\S+                        # URLs
    | www\.\S+
    | [\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+             # e-mail addresses
    | (?<![\w@])@\w+                              # @handles
    | (?<![\w&#])\#\w+                            # #hashtags (a heading's "# " has a space)
    | `[^`\n]*`                                   # inline code
    | \{\{.*?\}\} | \{%.*?%\}                      # template tags
    | <kbd>[^<>\n]*</kbd>                          # keyboard names
    | \b\w+(?:\+\w+)+\b                            # key combinations: Ctrl+C, Cmd+Shift+P
    | \b[\w\-:]+=(?:"[^"\n]*"|'[^'\n]*')           # HTML attributes: alt="…", data-id='…'
    | </?[A-Za-z][^<>\n]*>                        # HTML tags
    | &\#?\w+;                                    # HTML entities
    | (?<![\w/])(?:~|\.{1,2})?/[\w.\-~/]+         # Unix paths: /usr/bin, ./img.png, ~/notes
    | (?<!\w)[A-Za-z]:\\[^\s]*                    # Windows paths
    | (\w+(?:[\-.'’ʼ]\w+)*)                       # a word, possibly dotted, hyphenated or with
                                                  # an inner apostrophe
    """,
    re.VERBOSE,
)

# The same scan for text with combining marks, which ``regex``'s ``\w`` includes ("résumé"
# typed as "e" and an accent is one word).
_MARKED_SCAN_RE = regex.compile(_SCAN_RE.pattern, regex.VERBOSE)

# A run containing any of these is an identifier, a number or an abbreviation, never prose.
_NOT_PROSE_RE = re.compile(r"[\d_.]")
# Letters the English dictionary can know (Latin script), plus inner apostrophes.
_FOREIGN_RE = re.compile(r"[^A-Za-z'’ʼ\u00C0-\u024F\u1E00-\u1EFF]")
_HYPHEN = "-"


@dataclass(frozen=True, slots=True)
class Token:
    """A word to check: ``text[start:end]`` (a checker reports it with accents composed, NFC)."""

    start: int
    end: int
    word: str


def is_checkable(part: str) -> bool:
    """True for a single word (no hyphen) the dictionary should know.

    False for one-letter words, words with a capital after the first character (acronyms, names
    such as iPhone) and words in other scripts.
    """
    if not part.isascii():
        part = unicodedata.normalize("NFC", part)  # a letter and its accent as one letter
    if len(part) < 2:
        return False
    tail = part[1:]
    if tail != tail.lower():
        return False
    if part.isascii():
        return part.replace("'", "").isalpha()
    return _FOREIGN_RE.search(part) is None


def word_parts(run: str) -> list[tuple[int, int]]:
    """Spans (relative to ``run``) of the parts of a word run to check; [] for non-prose runs."""
    if _NOT_PROSE_RE.search(run):
        return []
    if _HYPHEN not in run:
        return [(0, len(run))] if is_checkable(run) else []
    spans = []
    position = 0
    for part in run.split(_HYPHEN):
        if is_checkable(part):
            spans.append((position, position + len(part)))
        position += len(part) + 1
    return spans


def iter_word_runs(text: str) -> Iterator[re.Match[str] | regex.Match[str]]:
    """Matches of every run in ``text``; ``group(1)`` is the word, or None for skipped runs."""
    if has_combining_marks(text):
        return _MARKED_SCAN_RE.finditer(text)
    return _SCAN_RE.finditer(text)


# Every skipped alternative of _SCAN_RE needs one of these; without them only words match.
_SKIP_MARKS = ("/", "@", "#", "`", "<", "&", "\\", "www.", "{", "+", "=")
# The last alternative of _SCAN_RE; possessive repeats find the same runs with less work.
_WORD_RUN_RE = re.compile(r"\w++(?:[\-.'’ʼ]\w++)*+")


def plain_word_runs(text: str) -> list[str] | None:
    """The word runs of ``text`` in order, when it has nothing to skip (else None).

    Without any of the marks the skipped runs need, the word alternative alone finds the
    same runs, and ``findall`` finds them several times faster than matching one by one.
    """
    if has_skip_marks(text):
        return None
    return _WORD_RUN_RE.findall(text)


def has_skip_marks(text: str) -> bool:
    """True when ``text`` may hold runs to skip, or combining marks that only the full scan
    keeps in their words: then ``plain_word_runs`` returns None."""
    return any(mark in text for mark in _SKIP_MARKS) or has_combining_marks(text)


def spelling_tokens(text: str) -> list[Token]:
    """Every word of ``text`` that a spelling checker should look at, in order."""
    tokens: list[Token] = []
    for match in iter_word_runs(text):
        run = match.group(1)
        if run is None:
            continue
        base = match.start(1)
        for start, end in word_parts(run):
            tokens.append(Token(base + start, base + end, run[start:end]))
    return tokens


def iter_plain_word_runs(text: str) -> Iterator[re.Match[str]]:
    """Matches of the runs :func:`plain_word_runs` finds, for a text it did not return None for."""
    return _WORD_RUN_RE.finditer(text)
