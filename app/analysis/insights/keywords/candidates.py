"""Keyword candidates of one prose block: runs of non-stopwords cut into phrases (RAKE-like).

A block's candidates are the phrase key (Snowball stems) of every occurrence of a one-, two- or
three-word phrase, in scan order, with how each occurrence was written. They are kept as two
flat tuples rather than one object per phrase: the keyword index adds them up with C-level
counting, and only groups them into :class:`Term` objects when asked.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.lexicon import first_names, stem, stop_phrases, stopwords
from app.analysis.insights.keywords.people import people_in, things_in
from app.analysis.insights.keywords.word_roles import nouns_in, verbs_in
from app.analysis.text.words import APOSTROPHES, DOMAIN_ENDINGS, WordScanner, singular_acronym

# Things that are never prose: URLs, e-mail addresses, domains, HTML tags and attributes,
# @handles, #hashtags, Markdown link targets. Each is replaced by a phrase break.
_NOISE_RE = re.compile(
    r"""(?:https?://|www\.)\S+"""
    r"""|(?<!\S)[^\s@]+@[^\s@]+\.\w+"""  # starts only at a run of non-space: linear time
    rf"""|\b[\w-]+(?:\.[\w-]+)*\.(?:{DOMAIN_ENDINGS})\b\S*"""
    r"""|</?[A-Za-z][^>]*>"""
    r"""|\b[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*')"""
    r"""|\]\([^)]*\)"""
    r"""|(?<!\w)[@#][\w-]+""",
    re.IGNORECASE,
)
# Every alternative of _NOISE_RE needs one of these marks, "www." or a domain ending, so prose
# without them skips the substitution (whose word-boundary alternatives are tried at every word).
_NOISE_MARKS = ("://", "@", "#", "<", "=", "](")
# A code call written outside backticks, also a phrase break: a dotted name with any short
# arguments ("np.mean(a, axis=0)", "Math.abs(x)"), or a lower-case name with none or with
# code-shaped ones: single letters, numbers, quoted strings, names with an underscore,
# keyword arguments ("abs(x)", "fit()", "range(10)", "len(my_list)"). Prose in brackets is
# left alone: "friend(s)", "child(ren)", "app(AI)", "languages(Python)".
_ARGUMENT = r"""(?:[A-Za-z]|\d+(?:\.\d+)?|'[^'\n]{0,30}'|"[^"\n]{0,30}"|\w*_\w*|\w+=[\w.'"]+)"""
_CALL_RE = re.compile(
    r"(?<![\w.])(?:"
    r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\([^()\n]{0,60}\)"
    rf"|[a-z_]\w*\((?!e?s\))(?:{_ARGUMENT}(?:,\s?{_ARGUMENT}){{0,5}})?\)"
    r")"
)
_DOMAIN_END_RE = re.compile(rf"\.(?:{DOMAIN_ENDINGS})\b", re.I)
# An abbreviation written with full stops after capitalised pieces of one or two letters
# ("Ph.D.", "M.Sc.", "U.S."): one word, its letters run together ("PhD"), not a word "Ph" and
# a letter. Its last full stop stays, as it may end the sentence.
_DOTTED_ABBREVIATION_RE = re.compile(r"\b[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+")
# A word: letters/digits with inner apostrophes or hyphens ("don't", "single-tasking"), or a
# dotted name ("Node.js").
_WORDS = WordScanner("'’ʼ-‐", dotted_names=True)
WORD_RE = _WORDS.pattern
HYPHEN_RE = re.compile(r"[\-‐]")
_SENTENCE_GAP_RE = re.compile(r'[.!?:|"“]')
# An interview speaker label at the start of a block: "Catherine:" or "MK:".
_SPEAKER_RE = re.compile(r"^\s*(?:[A-Z][\w.]*\s?){1,3}:\s")
# Short blocks that are bylines, captions or calls to action rather than content.
_BOILERPLATE_RE = re.compile(
    r"^\s*(?:by|written by|posted by|photo by|image by|illustration by|originally published"
    r"|follow me|follow us|subscribe|sign up|thanks for reading|thank you for reading"
    r"|if you (?:enjoyed|liked)|clap|share this|read more|related:|tags?:|source:|credits?:)"
    r"|\b(?:on unsplash|originally published|all rights reserved|licen[cs]ed under"
    r"|creative commons|cc[ -]by(?:-[a-z]{2})*)\b",
    re.IGNORECASE,
)
_BOILERPLATE_MAX_WORDS = 30

Key = tuple[str, ...]


def kind_weight(kind: str, level: int) -> float:
    """How much one occurrence in a block of this kind counts (headings count more)."""
    if kind == "heading":
        return th.HEADING_WEIGHT_BY_LEVEL.get(level, th.HEADING_WEIGHT_OTHER)
    return th.KIND_WEIGHTS.get(kind, 1.0)


@dataclass(frozen=True, slots=True)
class Term:
    """One candidate phrase in a block: its stems, weighted and raw counts, surface forms."""

    key: Key
    weight: float
    count: int
    surfaces: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class BlockTerms:
    """The keyword evidence of one block; immutable, so it can be cached by block text.

    ``occurrences`` holds the phrase key of every candidate occurrence in scan order, and
    ``surfaces`` how each of them was written; ``unigrams`` counts the one-word ones;
    ``people`` are the words the block writes as people's names (``people.people_in``), and
    ``things`` the capitalised words it writes after a determiner (``people.things_in``), and
    ``nouns`` the lower-case ones (``word_roles.nouns_in``); ``verbs`` the lower-case words it
    writes where a verb goes (``word_roles.verbs_in``).
    """

    kind: str
    level: int
    words: int
    occurrences: tuple[Key, ...] = ()
    surfaces: tuple[str, ...] = ()
    unigrams: int = 0
    people: tuple[str, ...] = ()
    things: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()

    @property
    def weight(self) -> float:
        return kind_weight(self.kind, self.level)

    @property
    def keys(self) -> frozenset[Key]:
        return frozenset(self.occurrences)

    @property
    def terms(self) -> tuple[Term, ...]:
        """One Term per phrase, in order of first occurrence."""
        weight = self.weight
        surfaces: dict[Key, dict[str, int]] = {}
        for (key, surface), n in Counter(zip(self.occurrences, self.surfaces, strict=True)).items():
            surfaces.setdefault(key, {})[surface] = n
        return tuple(
            Term(key, count * weight, count, tuple(surfaces[key].items()))
            for key, count in Counter(self.occurrences).items()
        )


def _clean(text: str) -> str:
    lowered = text.lower()
    # "www." is the only case-insensitive mark, and no other character lower-cases to "w".
    if (
        any(mark in text for mark in _NOISE_MARKS)
        or "www." in lowered
        or _DOMAIN_END_RE.search(text)
    ):
        text = _NOISE_RE.sub(" | ", text)
        lowered = text.lower()
    if "(" in text:
        text = _CALL_RE.sub(" | ", text)
    text = _DOTTED_ABBREVIATION_RE.sub(_run_together, text)
    for phrase in stop_phrases():
        if phrase in lowered:
            text = re.sub(re.escape(phrase), " | ", text, flags=re.IGNORECASE)
            lowered = text.lower()
    return _SPEAKER_RE.sub(" | ", text, count=1)


def _run_together(match: re.Match[str]) -> str:
    return match[0].replace(".", "") + "."


def _is_one_word(parts: list[str]) -> bool:
    """Whether a hyphenated word's parts make one word: "e-mail", not "long-form"."""
    return len(parts) == 1 or min(len(p) for p in parts) <= 2


def _split_word(word: str) -> list[str]:
    """Parts of a word for the phrase key: "e-mail" -> ["email"], "long-form" -> two parts."""
    parts = HYPHEN_RE.split(word)
    return ["".join(parts)] if _is_one_word(parts) else parts


def phrase_words(surface: str) -> list[str]:
    """The words of a phrase as written, each hyphenated word in the parts its key has:
    "low-tech ideas" -> low, tech, ideas; "e-mail" stays one word."""
    words: list[str] = []
    for word in surface.split():
        parts = HYPHEN_RE.split(word)
        words.extend([word] if _is_one_word(parts) else parts)
    return words


def _is_stop(norm: str, stops: frozenset[str]) -> bool:
    return norm in stops or sum(c.isalpha() for c in norm) < 2


# One part of a candidate word: its one-word phrase key, its stem and how it is shown.
# A word's part: its key, stem, how it was written, and whether the next part belongs to the
# same hyphenated word ("top-notch"): no phrase starts or ends inside such a word.
_Part = tuple[Key, str, str, bool]
# Per word form: capitalised, a first name, a stopword (or containing one), then its parts as
# shown at the start of a sentence and elsewhere (empty for stopwords).
_WordFacts = tuple[bool, bool, bool, tuple[_Part, ...], tuple[_Part, ...]]


def _parts(stems: tuple[str, ...], shown: str) -> tuple[_Part, ...]:
    if len(stems) == 1:
        return (((stems[0],), stems[0], shown, False),)
    pieces = HYPHEN_RE.split(shown)
    last = len(stems) - 1
    return tuple(
        ((s,), s, piece, i < last) for i, (s, piece) in enumerate(zip(stems, pieces, strict=True))
    )


# A verb with its auxiliary or negation run together is grammar, never a topic ("might've").
_CONTRACTION_ENDINGS = ("'ve", "'ll", "'re", "'d", "'m", "n't")


@lru_cache(maxsize=65_536)
def _word_facts(raw: str) -> _WordFacts:
    """Everything a candidate needs to know about one word form (cached per form)."""
    word = raw
    norm = word.translate(APOSTROPHES).lower()
    if norm.endswith("'s"):
        norm, word = norm[:-2], word[:-2]
    elif singular_acronym(word) != word:
        norm = norm[:-1]  # "LLMs" is "LLM"
    stops = stopwords()
    capitalized = word[:1].isupper()
    is_name = capitalized and norm in first_names()
    parts = _split_word(norm)
    stop = (
        is_name
        or norm.endswith(_CONTRACTION_ENDINGS)
        or _is_stop(norm, stops)
        or any(_is_stop(p, stops) for p in parts)
    )
    if stop:
        return (capitalized, is_name, True, (), ())
    stems = tuple(stem(part) for part in parts)
    # Keep acronyms, CamelCase and mid-sentence capitals; lower the rest.
    inner_capital = any(c.isupper() for c in word[1:])
    lowered = word.lower()
    at_start = _parts(stems, word if inner_capital else lowered)
    inside = _parts(stems, word if inner_capital or capitalized else lowered)
    return (capitalized, is_name, False, at_start, inside)


# What the text between two words means: (ends the current run, starts a sentence).
# None stands for the text before the first word, which always starts a sentence.
@lru_cache(maxsize=10_000)
def _gap_facts(gap: str | None) -> tuple[bool, bool]:
    if gap is None:
        return False, True
    return bool(gap.strip()), _SENTENCE_GAP_RE.search(gap) is not None


def _phrases(runs: list[list[_Part]]) -> tuple[list[Key], list[str]]:
    """Every phrase of up to MAX_PHRASE_WORDS words inside each run of content words: per run,
    the one-word phrases, then the two-word ones, and so on. A hyphenated word is whole or
    absent: "top-notch brainstorming" gives "top-notch" and "top-notch brainstorming", never
    "notch brainstorming" or "notch"."""
    keys: list[Key] = []
    shown: list[str] = []
    pairs = th.MAX_PHRASE_WORDS >= 2
    triples = th.MAX_PHRASE_WORDS >= 3
    for run in runs:
        # Most runs are one word long, most others two, and most of the rest three: those are
        # written out. A run of one part holds no hyphenated word.
        if len(run) == 1:
            part = run[0]
            keys.append(part[0])
            shown.append(part[2])
            continue
        if len(run) == 2 and pairs and not run[0][3]:
            (key1, stem1, shown1, _), (key2, stem2, shown2, _) = run
            keys += (key1, key2, (stem1, stem2))
            shown += (shown1, shown2, f"{shown1} {shown2}")
            continue
        if len(run) == 3 and triples and not (run[0][3] or run[1][3]):
            (key1, stem1, shown1, _), (key2, stem2, shown2, _), (key3, stem3, shown3, _) = run
            keys += (key1, key2, key3, (stem1, stem2), (stem2, stem3), (stem1, stem2, stem3))
            shown += (
                shown1,
                shown2,
                shown3,
                f"{shown1} {shown2}",
                f"{shown2} {shown3}",
                f"{shown1} {shown2} {shown3}",
            )
            continue
        _spans(run, keys, shown)
    return keys, shown


def _spans(run: list[_Part], keys: list[Key], shown: list[str]) -> None:
    """The phrases of a run of any length, none cutting a hyphenated word."""
    stems = [part[1] for part in run]
    words = [part[2] for part in run]
    ends = [not part[3] for part in run]  # a phrase may end after this part
    starts = [True, *ends[:-1]]  # ... and start at this one
    for size in range(1, min(len(run), th.MAX_PHRASE_WORDS) + 1):
        for first in range(len(run) - size + 1):
            last = first + size - 1
            if starts[first] and ends[last]:
                if size == 1:
                    keys.append(run[first][0])
                    shown.append(words[first])
                else:
                    keys.append(tuple(stems[first : last + 1]))
                    shown.append(_joined(run[first : last + 1]))


def _joined(parts: list[_Part]) -> str:
    """Parts shown as written: a hyphenated word keeps its hyphens ("low-tech ideas")."""
    pieces = [parts[0][2]]
    for before, part in pairwise(parts):
        pieces.append(("-" if before[3] else " ") + part[2])
    return "".join(pieces)


#: A label that numbers a part of the story ("Step 1:", "Part II.", "Day 3 -"): structure,
#: not a topic; a heading may give it without the colon ("## Step 2 Waking up").
_COUNTED = r"(?:\d+|[ivx]+\b|one|two|three|four|five|six|seven|eight|nine|ten)"
_LABEL = (
    r"^\s*(?:step|part|chapter|day|week|month|tip|lesson|phase|stage|level|round|rule|section"
    r"|principle|reason|mistake|idea|way|hack|trick|question|exercise)\s*#?\s*" + _COUNTED
)
_LABEL_RE = re.compile(_LABEL + r"\s*[:.)\u2013\u2014-]\s*", re.IGNORECASE)
_HEADING_LABEL_RE = re.compile(_LABEL + r"(?:\s*[:.)\u2013\u2014-])?\s*", re.IGNORECASE)


def block_terms(kind: str, level: int, text: str) -> BlockTerms:
    """Candidate phrases of one prose block (``kind`` is paragraph, heading, list_item or quote)."""
    label = (_HEADING_LABEL_RE if kind == "heading" else _LABEL_RE).match(text)
    cleaned = _clean(text[label.end() :] if label else text)
    pieces = _WORDS.split(cleaned)
    raw_words = len(pieces) // 2 if cleaned == text else len(_WORDS.findall(text))
    if raw_words <= _BOILERPLATE_MAX_WORDS and _BOILERPLATE_RE.search(text):
        return BlockTerms(kind, level, raw_words)
    gaps: list[str | None] = list(pieces[0:-1:2])
    if gaps:
        gaps[0] = None  # the block's start: a sentence start, whatever precedes it
    runs: list[list[_Part]] = []  # runs of content words, cut at stopwords and punctuation
    run: list[_Part] = []
    after_name = False
    for gap, word in zip(gaps, pieces[1::2], strict=True):
        if gap == " ":  # by far the most common gap: no break, not a sentence start
            sentence_start = False
        else:
            breaks, sentence_start = _gap_facts(gap)
            if breaks and run:
                runs.append(run)
                run = []
        capitalized, is_name, stop, at_start, inside = _word_facts(word)
        if after_name and capitalized:
            # The surname after a first name ("Steve Portigal"): a person, not a topic.
            after_name = False
            stop = True
        else:
            after_name = is_name
        if stop:
            if run:
                runs.append(run)
                run = []
        else:
            run += at_start if sentence_start else inside
    if run:
        runs.append(run)
    keys, shown = _phrases(runs)
    unigrams = sum(map(len, runs))
    return BlockTerms(
        kind,
        level,
        raw_words,
        tuple(keys),
        tuple(shown),
        unigrams,
        people_in(cleaned),
        things_in(cleaned),
        nouns_in(cleaned),
        verbs_in(cleaned),
    )
