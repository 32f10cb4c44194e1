"""Medium's real tag vocabulary with reach, matched on whole words.

``resources/keywords/medium_tags.tsv`` (made by ``tools/derive_tags.py`` from Medium's tag
archive) lists about 7,000 tags with how many stories carried each. A tag is found in a phrase
only when all of its words are whole words of the phrase, in order, compared in lower case with
plurals folded ("neural networks" finds the tag ``neural-network``); there are no substring
matches, and no stemming either ("images" is not the tag "Imaging", "customer" not
"Customization"). When two tags share a key ("algorithm", "algorithms") the one with more reach
stands for both.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.lexicon import function_words
from app.analysis.text.compact import CompactTable
from app.analysis.text.words import ACRONYM_RE, DOTTED_NAME_JOINER, singular_acronym
from app.resources import resource_path

StemKey = tuple[str, ...]
_LOCK = threading.Lock()
_WORD_RE = re.compile(rf"[^\W_]+(?:(?:['’]|{DOTTED_NAME_JOINER})[^\W_]+)*")
#: The hyphens a compound is written with: hyphen-minus, hyphen, non-breaking hyphen.
_HYPHENS = "-‐‑"
_HYPHEN = f"[{re.escape(_HYPHENS)}]"
# An initialism alone, or the first of a compound whose next part is no initialism nor a
# number: "AI-powered" and "AI-DRIVEN" have AI, but "ML-KEM" and "GPT-4" are names.
_INITIALISM_RE = re.compile(
    rf"(?<![\w{re.escape(_HYPHENS)}]){ACRONYM_RE.pattern}(?!\w|{_HYPHEN}(?:[A-Z]{{1,5}}|\d\w*)\b)"
)
#: Later parts of a hyphenated word ("tech" of "low-tech", "source" of "open-source"): never a
#: one-word tag by themselves.
_LATER_PARTS_RE = re.compile(rf"(?<=[^\W_]){_HYPHEN}([^\W_]+)")
#: An initialism ("AI") stands for a multi-word tag only if that tag has this much reach:
#: "HC" or "GDP" must not turn into some small tag that happens to have those initials.
INITIALISM_MIN_STORIES = 20_000
#: ... and at least this share of the reach of all tags with those initials: "ML" is Machine
#: Learning (98 %), but "CC" is as much Cloud Computing or a licence as Climate Change (57 %).
INITIALISM_MIN_SHARE = 0.75
#: A family's hub must have this much reach, and this many times the reach of the runner-up.
HUB_MIN_STORIES = 20_000
HUB_MIN_SHARE = 3.0
_ROMAN_RE = re.compile(r"^[IVX]+$")
# "++" and "#" right after a letter are part of a name ("C++", "C#", "F#").
_SYMBOLS_RE = re.compile(r"(?<=[A-Za-z])(?:\+\+|#)(?!\w)")
#: Longest tag, in words, looked for in running text.
MAX_TAG_WORDS = 3
_VOWELS = frozenset("aeiouy")
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to"})


@dataclass(frozen=True, slots=True)
class VocabularyTag:
    """One real Medium tag: its slug (``machine-learning``), display name and reach."""

    slug: str
    stories: int

    @property
    def name(self) -> str:
        return display_name(self.slug)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The tag vocabulary indexed for whole-word lookups."""

    by_key: dict[StemKey, VocabularyTag]
    by_slug: dict[str, VocabularyTag]
    by_initials: dict[str, VocabularyTag]
    #: Multi-word tags by last word, most used first.
    families: dict[str, tuple[VocabularyTag, ...]]
    #: The tag that dominates the multi-word tags starting or ending with a word, by word
    #: ("data" -> Data Science, "learning" -> Machine Learning); see :meth:`hub`.
    hubs_by_word: dict[str, tuple[VocabularyTag, ...]]
    #: The same, by where the word stands: the hub of the tags starting with it ("data" ->
    #: Data Science) and of those ending with it ("learning" -> Machine Learning).
    hub_of_first_word: dict[str, VocabularyTag]
    hub_of_last_word: dict[str, VocabularyTag]
    #: Multi-word keys by each of their words.
    keys_with_word: dict[str, frozenset[StemKey]]
    #: First words of the multi-word tags.
    phrase_starts: frozenset[str]
    longest: int
    top_reach: int

    def find(self, key: StemKey) -> VocabularyTag | None:
        """The tag whose words are exactly ``key`` (stems), if Medium has one."""
        return self.by_key.get(key)

    def tag(self, text: str) -> VocabularyTag | None:
        """The tag a writer means by ``text`` ("machine learning", "Machine-Learning", "ML")."""
        slug = slugify(text)
        found = self.by_slug.get(slug)
        if found is None:
            found = self.by_key.get(stem_key(text))
        if found is None and text.strip().isupper():
            found = self.by_initials.get(text.strip().lower())
        return found

    def mentions(self, text: str) -> Counter[VocabularyTag]:
        """How often each tag is written in ``text``, as whole words (overlaps allowed), and
        initialisms that stand for a multi-word tag ("ML" for Machine Learning). "C++" and
        "C#" are Medium's Cpp and Csharp, not C."""
        if "+" in text or "#" in text:
            text = _SYMBOLS_RE.sub(_spelled_symbol, text)
        words = folded_words_of(text)
        by_key = self.by_key
        found: Counter[VocabularyTag] = Counter()
        alone = Counter(words)
        if any(hyphen in text for hyphen in _HYPHENS):
            # "low-tech" is no mention of Tech, nor "non-fiction" of Fiction.
            later = _LATER_PARTS_RE.findall(text)
            alone.subtract(fold(word) for part in later for word in words_of(part))
        for word, count in alone.items():
            if count <= 0:
                continue
            tag = by_key.get((word,))
            if tag is not None:
                found[tag] += count
        starts = self.phrase_starts
        longest = min(self.longest, MAX_TAG_WORDS)
        for start, word in enumerate(words):
            if word not in starts:
                continue
            for size in range(2, min(longest, len(words) - start) + 1):
                tag = by_key.get(tuple(words[start : start + size]))
                if tag is not None:
                    found[tag] += 1
        for initials in initialisms(text):
            tag = self.by_initials.get(initials.lower())
            if tag is not None:
                found[tag] += 1
        return found

    def hub(self, tag: VocabularyTag) -> VocabularyTag | None:
        """The tag that dominates the family of ``tag``'s last word, if one does: "Machine
        Learning" for "Deep Learning" or "Supervised Learning" (it has at least
        HUB_MIN_SHARE times the reach of any other tag ending in "learning")."""
        words = stem_key(tag.slug)
        if len(words) < 2:
            return None
        family = self.families.get(words[-1], ())
        if len(family) < 2 or family[0] == tag:
            return None
        top, second = family[0], family[1]
        if top.stories < HUB_MIN_STORIES or top.stories < HUB_MIN_SHARE * second.stories:
            return None
        return top

    def hubs(self, tag: VocabularyTag) -> tuple[VocabularyTag, ...]:
        """The hubs of the families of ``tag``'s first and last words, other than ``tag``:
        "Data Science" and "Machine Learning" for "Data Learning" if Medium had it."""
        words = stem_key(tag.slug)
        if len(words) < 2:
            return ()
        # A word leads a family only where it stands in the family's tags: "Learning Curve"
        # starts with "learning" but is no kind of learning, so Machine Learning is no hub of it.
        found = (self.hub_of_first_word.get(words[0]), self.hub_of_last_word.get(words[-1]))
        return tuple(dict.fromkeys(hub for hub in found if hub is not None and hub != tag))

    def containing(self, key: StemKey) -> list[VocabularyTag]:
        """Tags that add words to ``key`` ("python-programming" for "programming"), most
        used first."""
        return [
            tag
            for other, tag in self.by_key.items()
            if len(other) > len(key) and holds_run(other, key)
        ]

    def breadth(self, tag: VocabularyTag) -> int:
        """How many other multi-word tags use every word of ``tag``: 600 for "Programming"
        ("Python Programming", "Pair Programming" ...), 0 for "Kubernetes Operator"."""
        key = stem_key(tag.slug)
        if not key:
            return 0
        sets = [self.keys_with_word.get(word, frozenset()) for word in set(key)]
        return len(frozenset.intersection(*sets) - {key})

    def within(self, key: StemKey) -> Iterator[tuple[StemKey, VocabularyTag]]:
        """Every tag made of whole consecutive words of ``key``, longest first."""
        for size in range(min(len(key), self.longest), 0, -1):
            for start in range(len(key) - size + 1):
                part = key[start : start + size]
                found = self.by_key.get(part)
                if found is not None:
                    yield part, found


def holds_run(longer: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """Whether ``run`` appears in ``longer`` as consecutive items ("learning" in "machine
    learning")."""
    size = len(run)
    return any(longer[i : i + size] == run for i in range(len(longer) - size + 1))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A lower-case word with its plural folded: "networks" -> "network", "stories" -> "story"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


def words_of(text: str) -> list[str]:
    """Lower-case words of ``text``; hyphens, slashes and punctuation separate words. A dotted
    name is one word without its dot, as Medium writes its tag: "Node.js" -> "nodejs"; an
    acronym's plural is the acronym ("APIs" -> "api"), and a possessive its owner ("Rust's" ->
    "rust")."""
    return list(iter_words(text))


def folded_words_of(text: str) -> list[str]:
    """:func:`words_of` with plurals folded: on a long draft each word's unfolded form is let go
    at once, not held in a second list of tens of thousands of strings."""
    return [fold(word) for word in iter_words(text)]


def iter_words(text: str) -> Iterator[str]:
    """The words of :func:`words_of`, one at a time."""
    for match in _WORD_RE.finditer(text):  # before lower case: "works.So" is two words
        word = singular_acronym(match.group()).lower().replace("’", "'").replace(".", "")
        yield word[:-2] if word.endswith("'s") else word  # "Rust's" is Rust


def slugify(text: str) -> str:
    """A tag as Medium writes it in URLs: "Machine Learning" -> "machine-learning"; a
    language's symbols spelled out as Medium does: "C++" -> "cpp", "C#" -> "csharp"."""
    return "-".join(words_of(_SYMBOLS_RE.sub(_spelled_symbol, text)))


def _spelled_symbol(found: re.Match[str]) -> str:
    return "pp" if found.group(0) == "++" else "sharp"


def display_name(slug: str) -> str:
    """How Medium shows a tag: title case with spaces; short vowel-less words are acronyms."""
    words = []
    for position, word in enumerate(slug.split("-")):
        if word.isalpha() and len(word) <= 3 and (not (_VOWELS & set(word)) or zipf(word) < 4.0):
            words.append(word.upper())
        elif position and word in _SMALL_WORDS:
            words.append(word)
        else:
            words.append(word[:1].upper() + word[1:])
    return " ".join(words)


def stem_key(text: str) -> StemKey:
    """The key a tag is matched by: its words, lower case, plurals folded."""
    return tuple(fold(w) for w in words_of(text))


def initialisms(text: str) -> list[str]:
    """Upper-case initialisms written in ``text`` ("AI", "NLP", "APIs" -> "API")."""
    found = (singular_acronym(i) for i in _INITIALISM_RE.findall(text))
    return [i for i in found if not _ROMAN_RE.match(i)]


def content_words(tag: VocabularyTag) -> list[str]:
    """The words of a tag that are not grammar words ("how-to" has none)."""
    return [w for w in tag.slug.split("-") if w not in function_words()]


def affinity(tag: VocabularyTag) -> float:
    """How much more Medium uses a tag than English writes its words: log10 of its reach minus
    the Zipf frequency of its content words together. "Python" 0.9, "Docker" 1.4, "Data" -0.8,
    "Output" -2.6: a common word that is rarely a tag ("output", "type") is no topic. Words
    written together are about as rare as the rarest of them (wordfreq's estimate for a phrase:
    1/f = 1/f1 + 1/f2), so "Objective-C" is measured as a phrase, not by its "c"."""
    words = content_words(tag) or tag.slug.split("-")
    together = -math.log10(sum(10.0 ** -zipf(w) for w in words))
    return math.log10(max(tag.stories, 1)) - together


def _rows() -> Iterator[tuple[str, int]]:
    text = resource_path("keywords", "medium_tags.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            slug, _, stories = line.partition("\t")
            yield slug, int(stories)


def _dominates(reach: list[int]) -> bool:
    """The first (most used) of a word's family dominates it: big, and well ahead of the next."""
    top = reach[0]
    runner_up = reach[1] if len(reach) > 1 else 0
    return top >= HUB_MIN_STORIES and top >= HUB_MIN_SHARE * runner_up


def _keys_by_word(by_key: dict[StemKey, int]) -> dict[str, frozenset[StemKey]]:
    grouped: dict[str, set[StemKey]] = {}
    for key in by_key:
        if len(key) >= 2:
            for word in key:
                grouped.setdefault(word, set()).add(key)
    return {word: frozenset(keys) for word, keys in grouped.items()}


def _derive() -> tuple[Any, ...]:
    """The vocabulary's indexes in plain data, tags standing as their row numbers.

    Derived at install time into ``resources/compact/`` (stemming 7,000 slugs and grouping
    them takes about 25 ms; loading the result a few).
    """
    rows = list(_rows())
    by_key: dict[StemKey, int] = {}
    by_initials: dict[str, int] = {}
    initials_reach: Counter[str] = Counter()
    for row, (slug, stories) in enumerate(rows):  # most used first: the first tag of a key wins
        key = stem_key(slug)
        if key:
            by_key.setdefault(key, row)
        words = slug.split("-")
        if len(words) >= 2 and all(w.isalpha() and w not in _SMALL_WORDS for w in words):
            initials = "".join(w[0] for w in words)
            by_initials.setdefault(initials, row)
            initials_reach[initials] += stories
    # "AI" stands for the most used tag with those initials, if that is a big one, the others
    # with them are small beside it, and the initialism is no tag of its own ("nlp", "ux").
    slugs = {slug for slug, _ in rows}
    by_initials = {
        initials: row
        for initials, row in by_initials.items()
        if rows[row][1] >= INITIALISM_MIN_STORIES
        and rows[row][1] >= INITIALISM_MIN_SHARE * initials_reach[initials]
        and initials not in slugs
    }
    families: dict[str, list[int]] = {}
    leading: dict[str, list[int]] = {}
    for key, row in by_key.items():  # by_key keeps the file's order: most used first
        if len(key) >= 2:
            families.setdefault(key[-1], []).append(row)
            leading.setdefault(key[0], []).append(row)
    hubs_by_word: dict[str, list[int]] = {}
    hub_by_position: tuple[dict[str, int], dict[str, int]] = ({}, {})
    for grouped, hub_of in zip((leading, families), hub_by_position, strict=True):
        for word, members in grouped.items():
            alone = by_key.get((word,))  # "tech" leads its own family, not "Women in Tech"
            reach = [rows[row][1] for row in members]
            if (
                word not in function_words()
                and _dominates(reach)
                and (alone is None or rows[alone][1] < reach[0])
            ):
                hubs_by_word.setdefault(word, []).append(members[0])
                hub_of[word] = members[0]
    return (
        rows,
        by_key,
        by_initials,
        {word: tuple(members) for word, members in families.items()},
        {word: tuple(dict.fromkeys(members)) for word, members in hubs_by_word.items()},
        hub_by_position,
        _keys_by_word(by_key),
    )


TABLE = CompactTable(
    "medium_tag_vocabulary",
    lambda: (
        resource_path("keywords", "medium_tags.tsv"),
        resource_path("keywords", "function_words.txt"),
    ),
    _derive,
)


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary, loaded once (about 7,000 tags)."""
    with _LOCK:
        rows, key_rows, initial_rows, family_rows, hub_rows, positions, keys_with_word = (
            TABLE.load()
        )
        tags = [VocabularyTag(slug, stories) for slug, stories in rows]
        by_slug = {tag.slug: tag for tag in tags}
        by_key = {key: tags[row] for key, row in key_rows.items()}
        return Vocabulary(
            by_key,
            by_slug,
            {initials: tags[row] for initials, row in initial_rows.items()},
            {word: tuple(tags[row] for row in members) for word, members in family_rows.items()},
            {word: tuple(tags[row] for row in members) for word, members in hub_rows.items()},
            {word: tags[row] for word, row in positions[0].items()},
            {word: tags[row] for word, row in positions[1].items()},
            keys_with_word,
            frozenset(key[0] for key in by_key if len(key) >= 2),
            max((len(k) for k in by_key), default=1),
            max((t.stories for t in by_slug.values()), default=1),
        )
