"""Keyword extraction: the phrases a draft is about, scored, best first, updated per block.

Candidates are runs of non-stopwords cut into phrases of up to three words (RAKE-like), grouped
by their Snowball stems and shown by their most frequent surface form. A phrase scores by how
often it occurs (headings count more), how many blocks it spreads over, how rare its words are in
general English (pyspellchecker's frequency list) and its length; two- and three-word phrases
must also be collocations (NLTK's likelihood ratio on the index's counts). Phrases in the title
and the first paragraph get a bonus.

The work is split for the editor's 10 ms budget: :func:`block_terms` is the per-block part (pure,
cacheable by block text), and :class:`KeywordIndex` sums blocks with ``add``/``remove`` and ranks
with ``top``, which only rescores the few dozen best phrases.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from app.analysis.keywords import thresholds as th
from app.analysis.keywords.lexicon import first_names, specificity, stem, stop_phrases, stopwords
from app.analysis.words import APOSTROPHES

# Things that are never prose: URLs, e-mail addresses, domains, HTML tags and attributes,
# @handles, #hashtags, Markdown link targets. Each is replaced by a phrase break.
_NOISE_RE = re.compile(
    r"""(?:https?://|www\.)\S+"""
    r"""|(?<!\S)[^\s@]+@[^\s@]+\.\w+"""  # starts only at a run of non-space: linear time
    r"""|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|dev|co|uk|ly|me|app|info)\b\S*"""
    r"""|</?[A-Za-z][^>]*>"""
    r"""|\b[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*')"""
    r"""|\]\([^)]*\)"""
    r"""|(?<!\w)[@#][\w-]+""",
    re.IGNORECASE,
)
# A word: letters/digits with inner apostrophes or hyphens ("don't", "single-tasking").
_WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ\-‐][^\W_]+)*")
_HYPHEN_RE = re.compile(r"[\-‐]")
_SENTENCE_GAP_RE = re.compile(r'[.!?:|"“]')
_SPACE_RE = re.compile(r"\s+")
_PAST_TENSE_RE = re.compile(r"[^e]ed$|ied$")
# An interview speaker label at the start of a block: "Catherine:" or "MK:".
_SPEAKER_RE = re.compile(r"^\s*(?:[A-Z][\w.]*\s?){1,3}:\s")
# Short blocks that are bylines, captions or calls to action rather than content.
_BOILERPLATE_RE = re.compile(
    r"^\s*(?:by|written by|posted by|photo by|image by|illustration by|originally published"
    r"|follow me|follow us|subscribe|sign up|thanks for reading|thank you for reading"
    r"|if you (?:enjoyed|liked)|clap|share this|read more|related:|tags?:)\b"
    r"|\b(?:on unsplash|originally published|all rights reserved)\b",
    re.IGNORECASE,
)
_BOILERPLATE_MAX_WORDS = 30


class ProseBlockLike(Protocol):
    """A prose block from the analysis engine: a paragraph, heading, list item or quote."""

    @property
    def kind(self) -> str: ...

    @property
    def level(self) -> int: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Term:
    """One candidate phrase in a block: its stems, weighted and raw counts, surface forms."""

    key: tuple[str, ...]
    weight: float
    count: int
    surfaces: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class BlockTerms:
    """The keyword evidence of one block; immutable, so it can be cached by block text."""

    kind: str
    level: int
    words: int
    terms: tuple[Term, ...]

    @property
    def keys(self) -> frozenset[tuple[str, ...]]:
        return frozenset(term.key for term in self.terms)


@dataclass(frozen=True, slots=True)
class Keyphrase:
    """An extracted keyphrase and its score (the best phrase of a draft scores 1.0)."""

    phrase: str
    score: float

    def to_dict(self) -> dict[str, object]:
        return {"phrase": self.phrase, "score": round(self.score, 3)}


def _kind_weight(kind: str, level: int) -> float:
    if kind == "heading":
        return th.HEADING_WEIGHT_BY_LEVEL.get(level, th.HEADING_WEIGHT_OTHER)
    return th.KIND_WEIGHTS.get(kind, 1.0)


def _clean(text: str) -> str:
    text = _NOISE_RE.sub(" | ", text)
    lowered = text.lower()
    for phrase in stop_phrases():
        if phrase in lowered:
            text = re.sub(re.escape(phrase), " | ", text, flags=re.IGNORECASE)
            lowered = text.lower()
    return _SPEAKER_RE.sub(" | ", text, count=1)


def _display(word: str, sentence_start: bool) -> str:
    """Surface form: keep acronyms, CamelCase and mid-sentence capitals; lower the rest."""
    if any(c.isupper() for c in word[1:]) or (word[:1].isupper() and not sentence_start):
        return word
    return word.lower()


def _split_word(word: str) -> list[str]:
    """Parts of a word for the phrase key: "e-mail" -> ["email"], "long-form" -> two parts."""
    parts = _HYPHEN_RE.split(word)
    if len(parts) > 1 and min(len(p) for p in parts) <= 2:
        return ["".join(parts)]
    return parts


def _is_stop(norm: str, stops: frozenset[str]) -> bool:
    return norm in stops or sum(c.isalpha() for c in norm) < 2


_WordFacts = tuple[str, bool, bool, bool, tuple[str, ...], bool]
_word_facts_cache: dict[str, _WordFacts] = {}


def _word_facts(raw: str) -> _WordFacts:
    """Per word form, cached: (word without possessive, capitalised, a first name, a stopword
    or containing one, the stems of its parts, a capital inside it)."""
    facts = _word_facts_cache.get(raw)
    if facts is not None:
        return facts
    word = raw
    norm = word.translate(APOSTROPHES).lower()
    if norm.endswith("'s"):
        norm, word = norm[:-2], word[:-2]
    stops = stopwords()
    capitalized = word[:1].isupper()
    is_name = capitalized and norm in first_names()
    parts = _split_word(norm)
    stop = is_name or _is_stop(norm, stops) or any(_is_stop(p, stops) for p in parts)
    stems = tuple(stem(part) for part in parts) if not stop else ()
    inner_capital = any(c.isupper() for c in word[1:])
    facts = (word, capitalized, is_name, stop, stems, inner_capital)
    if len(_word_facts_cache) < 200_000:  # a benign race: every thread computes the same value
        _word_facts_cache[raw] = facts
    return facts


def block_terms(kind: str, level: int, text: str) -> BlockTerms:
    """Candidate phrases of one prose block (``kind`` is paragraph, heading, list_item or quote)."""
    raw_words = len(_WORD_RE.findall(text))
    if raw_words <= _BOILERPLATE_MAX_WORDS and _BOILERPLATE_RE.search(text):
        return BlockTerms(kind, level, raw_words, ())
    weight = _kind_weight(kind, level)
    cleaned = _clean(text)
    counts: dict[tuple[str, ...], int] = {}
    surfaces: dict[tuple[str, ...], dict[str, int]] = {}
    run: list[tuple[str, str]] = []  # (stem, surface) of the current run of content words

    def flush() -> None:
        if not run:
            return
        stems = [stem_ for stem_, _shown in run]
        shown = [word for _stem, word in run]
        length = len(run)
        for size in range(1, th.MAX_PHRASE_WORDS + 1):
            for start in range(length - size + 1):
                key = tuple(stems[start : start + size])
                counts[key] = counts.get(key, 0) + 1
                surface = shown[start] if size == 1 else " ".join(shown[start : start + size])
                forms = surfaces.get(key)
                if forms is None:
                    forms = surfaces[key] = {}
                forms[surface] = forms.get(surface, 0) + 1
        run.clear()

    after_name = False
    previous_end = 0
    for match in _WORD_RE.finditer(cleaned):
        gap = cleaned[previous_end : match.start()]
        if gap == " ":  # by far the most common gap: no break, not a sentence start
            sentence_start = previous_end == 0
        else:
            sentence_start = previous_end == 0 or _SENTENCE_GAP_RE.search(gap) is not None
            if gap.strip():
                flush()
        previous_end = match.end()
        word, capitalized, is_name, stop, stems, inner_capital = _word_facts(match.group())
        if after_name and capitalized:
            # The surname after a first name ("Steve Portigal"): a person, not a topic.
            after_name = False
            flush()
            continue
        after_name = is_name
        if stop:
            flush()
            continue
        shown = word if inner_capital or (capitalized and not sentence_start) else word.lower()
        if len(stems) == 1:
            run.append((stems[0], shown))
        else:
            run.extend(zip(stems, _HYPHEN_RE.split(shown), strict=True))
    flush()

    terms = tuple(
        Term(
            key=key,
            weight=count * weight,
            count=count,
            surfaces=tuple(surfaces[key].items()),
        )
        for key, count in counts.items()
    )
    return BlockTerms(kind, level, raw_words, terms)


@lru_cache(maxsize=65536)
def phrase_specificity(surface: str) -> float:
    """How rare a phrase's words are in general English (see ``lexicon.specificity``)."""
    words = _SPACE_RE.split(surface.lower())
    values = [specificity(w.replace("-", "")) for w in words]
    # A phrase is as telling as its rarest word, tempered by the others.
    value = 0.6 * max(values) + 0.4 * sum(values) / len(values)
    if len(words) == 1 and _PAST_TENSE_RE.search(words[0]):
        # Without a part-of-speech tagger, "-ed" is the cheapest sign of a verb, and a lone
        # verb ("returned", "documented") is never a topic.
        value *= th.PAST_TENSE_PENALTY
    return value


class KeywordIndex:
    """Keyword evidence summed over a document's blocks; rank with :meth:`top`.

    Not thread-safe: one index belongs to one analysis worker. ``remove`` must be given the very
    ``BlockTerms`` that was added (cache them by block text).
    """

    def __init__(self) -> None:
        # Weights are summed as integer tenths so that adding and removing blocks in any order
        # gives exactly the same numbers (and so the same ranking) as a fresh index.
        self._tenths: dict[tuple[str, ...], int] = {}
        self._count: dict[tuple[str, ...], int] = {}
        self._blocks: dict[tuple[str, ...], int] = {}
        self._surfaces: dict[tuple[str, ...], Counter[str]] = {}
        self._scores: dict[tuple[str, ...], float] = {}
        self._dirty: set[tuple[str, ...]] = set()  # keys whose score must be recomputed
        self._unigrams = 0
        self.words = 0
        self.blocks = 0

    def __len__(self) -> int:
        return self.blocks

    def add(self, terms: BlockTerms) -> None:
        """Count a block in."""
        self._apply(terms, 1)

    def remove(self, terms: BlockTerms) -> None:
        """Count a block out (the same object that was added)."""
        self._apply(terms, -1)

    def _apply(self, block: BlockTerms, sign: int) -> None:
        self.blocks += sign
        self.words += sign * block.words
        tenths, counts, blocks, surfaces = self._tenths, self._count, self._blocks, self._surfaces
        minimum = round(th.MIN_WEIGHTED_COUNT * 10)
        # Scores are computed lazily in ``top``: a key added by many blocks is scored once.
        for term in block.terms:
            key = term.key
            weight = tenths.get(key, 0) + sign * round(term.weight * 10)
            if len(key) == 1:
                self._unigrams += sign * term.count
            if weight <= 0:
                for table in (tenths, counts, blocks, surfaces, self._scores):
                    table.pop(key, None)
                self._dirty.discard(key)
                continue
            tenths[key] = weight
            counts[key] = counts.get(key, 0) + sign * term.count
            blocks[key] = blocks.get(key, 0) + sign
            forms = surfaces.get(key)
            if forms is None:
                forms = surfaces[key] = Counter()
            for surface, n in term.surfaces:
                forms[surface] += sign * n
                if forms[surface] <= 0:
                    del forms[surface]
            if weight >= minimum:
                self._dirty.add(key)
            else:
                self._scores.pop(key, None)
                self._dirty.discard(key)

    def _local_score(self, key: tuple[str, ...]) -> float:
        spread = 1.0 + th.SPREAD_WEIGHT * math.log(max(self._blocks[key], 1))
        rarity = phrase_specificity(self.surface(key))
        return self._tenths[key] / 10 * spread * rarity * th.LENGTH_BONUS[len(key)]

    def _collocation_factor(self, key: tuple[str, ...]) -> float:
        if len(key) == 1:
            return 1.0
        from nltk.metrics import BigramAssocMeasures  # lazy: NLTK is slow to import

        total = max(self._unigrams, 1)
        together = self._count.get(key, 0)
        # A trigram is judged as (first word, rest); a bigram as (first, second).
        left = self._count.get(key[:1], together)
        right = self._count.get(key[1:], together)
        if left + right - together > total:
            # Impossible contingency table ("word word word ..."): no evidence of a phrase.
            return th.NON_COLLOCATION_PENALTY
        ratio = BigramAssocMeasures.likelihood_ratio(together, (left, right), total)
        return 1.0 if ratio >= th.COLLOCATION_MIN_LIKELIHOOD else th.NON_COLLOCATION_PENALTY

    def surface(self, key: tuple[str, ...]) -> str:
        """The most frequent way the document writes the phrase ``key``."""
        forms = self._surfaces[key]
        return max(forms.items(), key=lambda item: (item[1], item[0][:1].isupper(), item[0]))[0]

    def top(
        self, title: str = "", limit: int = 10, intro: BlockTerms | None = None
    ) -> tuple[Keyphrase, ...]:
        """The ``limit`` best keyphrases; ``intro`` is the first paragraph's terms, if known."""
        if limit <= 0 or not self._tenths:
            return ()
        for key in self._dirty:
            self._scores[key] = self._local_score(key)
        self._dirty.clear()
        title_keys = _title_keys(title)
        title_stems = frozenset(part for key in title_keys for part in key)
        intro_keys = intro.keys if intro is not None else frozenset()
        pool = dict(heapq.nlargest(th.RERANK_POOL, self._scores.items(), key=_by_score_then_key))
        # Phrases of the title that the body uses, and recurring phrases of the first
        # paragraph, may sit below the pool; give them their chance.
        for key in title_keys:
            if key in self._tenths and key not in pool:
                pool[key] = self._local_score(key)
        for key in intro_keys:
            if key not in pool and self._tenths.get(key, 0) >= th.MIN_WEIGHTED_COUNT * 10:
                pool[key] = self._local_score(key)
        # A word that mostly occurs inside one of the pool's longer phrases ("remote" inside
        # "remote work") is that phrase's part, not a topic of its own.
        subsumed = {
            part
            for key in pool
            if len(key) > 1
            for part in key
            if (count := self._count.get(key, 0)) >= 2
            and count >= th.SUBSUMED_SHARE * self._count.get((part,), 1)
        }
        ranked: list[tuple[float, tuple[str, ...]]] = []
        for key, score in pool.items():
            if len(key) == 1 and key[0] in subsumed:
                score *= th.SUBSUMED_PENALTY
            if key in intro_keys:
                score *= th.INTRO_BONUS
            if title_stems and set(key) <= title_stems:
                score *= th.TITLE_BONUS
            score *= self._collocation_factor(key)
            ranked.append((score, key))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        chosen = _deduplicate(ranked, self._count, limit)
        if not chosen:
            return ()
        best = chosen[0][0]
        return tuple(Keyphrase(self.surface(key), score / best) for score, key in chosen)


def _by_score_then_key(item: tuple[tuple[str, ...], float]) -> tuple[float, tuple[str, ...]]:
    return item[1], item[0]


def _title_keys(title: str) -> frozenset[tuple[str, ...]]:
    if not title.strip():
        return frozenset()
    return block_terms("heading", 1, title).keys


def _title_stems(title: str) -> frozenset[str]:
    return frozenset(part for key in _title_keys(title) for part in key)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _deduplicate(
    ranked: Iterable[tuple[float, tuple[str, ...]]], counts: dict[tuple[str, ...], int], limit: int
) -> list[tuple[float, tuple[str, ...]]]:
    chosen: list[tuple[float, tuple[str, ...]]] = []
    seen_sets: set[frozenset[str]] = set()
    for score, key in ranked:
        stems = frozenset(key)
        if stems in seen_sets:
            continue
        own = counts.get(key, 0)
        absorbed = any(
            len(other) > len(key)
            and _contains(other, key)
            and own <= th.SUBPHRASE_RATIO * counts.get(other, 0)
            for _, other in chosen
        )
        if absorbed:
            continue
        # A longer phrase ranked after a part of it that already covers it adds nothing.
        if any(
            len(other) < len(key) and _contains(key, other) and counts.get(other, 0) <= own
            for _, other in chosen
        ):
            continue
        chosen.append((score, key))
        seen_sets.add(stems)
        if len(chosen) >= limit:
            break
    return chosen


def extract_keyphrases(
    blocks: Sequence[ProseBlockLike], title: str = "", limit: int = 10
) -> tuple[Keyphrase, ...]:
    """The draft's top keyphrases (1-3 words) with scores, best first."""
    index = KeywordIndex()
    intro: BlockTerms | None = None
    for block in blocks:
        terms = block_terms(block.kind, block.level, block.text)
        index.add(terms)
        if intro is None and block.kind == "paragraph" and terms.terms:
            intro = terms
    return index.top(title, limit, intro)


def suggest_focus_keyphrase(
    blocks: Sequence[ProseBlockLike], title: str = "", keyphrases: Sequence[Keyphrase] | None = None
) -> str | None:
    """The best focus keyphrase when none is set: a strong multi-word phrase if there is one."""
    candidates = (
        list(keyphrases) if keyphrases is not None else list(extract_keyphrases(blocks, title, 5))
    )
    if not candidates:
        return None
    best = candidates[0]
    for candidate in candidates[:3]:
        if " " in candidate.phrase and candidate.score >= 0.6 * best.score:
            return candidate.phrase
    return best.phrase


def topic_mismatch(title: str, keyphrases: Sequence[Keyphrase]) -> str | None:
    """A warning when the title shares no word with the text's main keyphrases, else None."""
    if not title.strip() or not keyphrases:
        return None
    title_stems = _title_stems(title)
    top = keyphrases[: th.MISMATCH_TOP]
    for phrase in top:
        if any(part in title_stems for part in _phrase_stems(phrase.phrase)):
            return None
    return (
        f"The title does not mention “{top[0].phrase}”, what the text is mostly about. "
        "Name the topic in the title, or check that the title fits the story."
    )


def _phrase_stems(phrase: str) -> set[str]:
    return {
        key[0]
        for term in block_terms("paragraph", 0, phrase).terms
        for key in [term.key]
        if len(key) == 1
    }
