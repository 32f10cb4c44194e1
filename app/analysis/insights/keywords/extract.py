"""Keyword extraction: the phrases a draft is about, scored, best first, updated per block.

Candidates are runs of non-stopwords cut into phrases of up to three words (RAKE-like), grouped
by their Snowball stems and shown by their most frequent surface form. A phrase scores by how
often it occurs (headings count more), how many blocks it spreads over, how rare its words are in
general English (wordfreq), its shape (a verb, a verb-led phrase or an adverb fragment is no
topic: ``word_roles``) and its length; two- and three-word phrases must also be collocations
(NLTK's likelihood ratio on the index's counts). Phrases in the title and the first paragraph
get a bonus.

The work is split for the editor's 10 ms budget: :func:`block_terms` is the per-block part (pure,
cacheable by block text), and :class:`KeywordIndex` sums blocks with ``add``/``remove`` and ranks
with ``top``, which only rescores the few dozen best phrases.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Protocol

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.candidates import (
    BlockTerms,
    Key,
    Term,
    block_terms,
    phrase_words,
)
from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.lexicon import (
    is_mainly_verb,
    is_person_name,
    modifier_words,
    other_grammar_stems,
    specificity,
)
from app.analysis.insights.keywords.people import people_of
from app.analysis.insights.keywords.vocabulary import holds_run, stem_key, vocabulary
from app.analysis.insights.keywords.word_roles import is_verb_alone, shape_factor
from app.analysis.text import nltk_modules
from app.analysis.text.language import ENGLISH_MIN_GRAMMAR_SHARE, LANGUAGE_MIN_WORDS

__all__ = [
    "BlockTerms",
    "Keyphrase",
    "KeywordIndex",
    "ProseBlockLike",
    "Term",
    "block_terms",
    "extract_keyphrases",
    "names_in_title",
    "phrase_specificity",
    "suggest_focus_keyphrase",
    "topic_mismatch",
]

_PAST_TENSE_RE = re.compile(r"[^e]ed$|ied$")


class ProseBlockLike(Protocol):
    """A prose block from the analysis engine: a paragraph, heading, list item or quote."""

    @property
    def kind(self) -> str: ...

    @property
    def level(self) -> int: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Keyphrase:
    """An extracted keyphrase, its score (the best phrase of a draft scores 1.0), how many
    times the text writes it and whether it is placed for the title's naming it (the title's
    name for the subject, which the text alone ranks lower)."""

    phrase: str
    score: float
    uses: int = 0
    placed_by_title: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"phrase": self.phrase, "score": round(self.score, 3)}


@lru_cache(maxsize=65536)
def phrase_specificity(surface: str) -> float:
    """How rare a phrase's words are in general English (see ``lexicon.specificity``)."""
    words = phrase_words(surface.lower())
    values = [specificity(w.replace("-", "")) for w in words]
    # A phrase is as telling as its rarest word, tempered by the others.
    value = 0.6 * max(values) + 0.4 * sum(values) / len(values)
    if len(words) == 1 and _PAST_TENSE_RE.search(words[0]):
        # Without a part-of-speech tagger, "-ed" is the cheapest sign of a verb, and a lone
        # verb ("returned", "documented") is never a topic.
        value *= th.PAST_TENSE_PENALTY
    return value * _shape(surface)


@lru_cache(maxsize=65536)
def _shape(surface: str) -> float:
    """``word_roles.shape_factor`` of a phrase as written."""
    return shape_factor(tuple(phrase_words(surface.lower().replace("’", "'"))))


def is_shaped_as_name(surface: str) -> bool:
    """Whether a phrase is shaped like a topic's name, not a fragment of a clause ("analyzing
    Pakistan", "constantly switch"): see ``word_roles.shape_factor``."""
    return _shape(surface) >= 1.0


class KeywordIndex:
    """Keyword evidence summed over a document's blocks; rank with :meth:`top`.

    Not thread-safe: one index belongs to one analysis worker. ``remove`` must be given the very
    ``BlockTerms`` that was added (cache them by block text).
    """

    def __init__(self) -> None:
        # Occurrences are counted with Counter.update, which counts in C: adding a block costs a
        # few calls, not a Python step per phrase. Weights are kept as integer tenths so that
        # adding and removing blocks in any order gives exactly the numbers (and so the ranking)
        # of a fresh index: an occurrence in a paragraph or list item weighs ten tenths, so only
        # blocks of other weights (headings, quotes) keep tenths of their own.
        self._count: Counter[Key] = Counter()  # occurrences
        self._blocks: Counter[Key] = Counter()  # blocks with an occurrence
        # Occurrences per written form. A form's key follows from it (the stems of its words),
        # so forms are counted as plain strings, and grouped by key only when ranking.
        self._written: Counter[str] = Counter()
        self._key_of: dict[str, Key] = {}
        self._other_count: dict[Key, int] = {}  # occurrences in blocks of weight other than 1
        self._other_tenths: dict[Key, int] = {}  # and their weight in tenths
        # Written forms grouped by key, built when first needed and then kept up to date.
        self._forms: dict[Key, dict[str, int]] | None = None
        self._scores: dict[Key, float] = {}  # keys weighing at least MIN_WEIGHTED_COUNT
        # Keys whose score must be recomputed; None until the first ranking: all of them.
        self._dirty: set[Key] | None = None
        # The last ranking's RERANK_POOL best (score, key) pairs, best first.
        self._leaders: list[tuple[float, Key]] = []
        # Each pool key's collocation factor and the counts it came from: typing inside a
        # word changes none of them.
        self._collocations: dict[Key, tuple[tuple[int, int, int, int], float]] = {}
        self._unigrams = 0
        # Blocks writing each word as a person's name, after a determiner as a thing
        # (capitalised) or a noun (lower case), and where a verb goes.
        self._people: Counter[str] = Counter()
        self._things: Counter[str] = Counter()
        self._nouns: Counter[str] = Counter()
        self._verbs: Counter[str] = Counter()
        self.words = 0
        self.blocks = 0

    def __len__(self) -> int:
        return self.blocks

    def _reads_foreign(self) -> bool:
        """Whether the text reads as another language: English stopwords are about half of
        English prose, and almost none of French or German."""
        if self.words < LANGUAGE_MIN_WORDS:
            return False
        return 1 - self._unigrams / self.words < ENGLISH_MIN_GRAMMAR_SHARE

    def people(self) -> frozenset[str]:
        """The words the document writes as people's names ("xiaoling") and never as things
        ("Apple said", but also "an Apple keynote"), lower case."""
        return frozenset(self._people.keys() - self._things.keys())

    def add(self, terms: BlockTerms) -> None:
        """Count a block in."""
        self._apply(terms, 1)

    def add_many(self, blocks: Iterable[BlockTerms]) -> None:
        """Count many blocks in: the same as ``add`` for each, with one count for them all."""
        blocks = list(blocks)
        if self._forms is not None or self._dirty is not None:
            for block in blocks:  # the index is being kept up to date: one block at a time
                self._apply(block, 1)
            return
        self.blocks += len(blocks)
        self.words += sum(block.words for block in blocks)
        self._unigrams += sum(block.unigrams for block in blocks)
        self._people.update(chain.from_iterable(block.people for block in blocks))
        self._things.update(chain.from_iterable(block.things for block in blocks))
        self._nouns.update(chain.from_iterable(block.nouns for block in blocks))
        self._verbs.update(chain.from_iterable(block.verbs for block in blocks))
        occurrences = [block.occurrences for block in blocks]
        surfaces = [block.surfaces for block in blocks]
        self._count.update(chain.from_iterable(occurrences))
        self._blocks.update(chain.from_iterable(map(set, occurrences)))
        self._written.update(chain.from_iterable(surfaces))
        self._key_of.update(
            zip(chain.from_iterable(surfaces), chain.from_iterable(occurrences), strict=True)
        )
        for block in blocks:
            if block.occurrences and block.weight != 1.0:
                self._add_weighted(block, 1)

    def remove(self, terms: BlockTerms) -> None:
        """Count a block out (the same object that was added)."""
        self._apply(terms, -1)

    def _apply(self, block: BlockTerms, sign: int) -> None:
        self.blocks += sign
        self.words += sign * block.words
        self._unigrams += sign * block.unigrams
        _tally(self._people, block.people, sign)
        _tally(self._things, block.things, sign)
        _tally(self._nouns, block.nouns, sign)
        _tally(self._verbs, block.verbs, sign)
        occurrences = block.occurrences
        if not occurrences:
            return
        keys = set(occurrences)
        surfaces = block.surfaces
        weight = block.weight
        if sign > 0:
            self._count.update(occurrences)
            self._blocks.update(keys)
            self._written.update(surfaces)
            self._key_of.update(zip(surfaces, occurrences, strict=True))
        else:
            self._count.subtract(occurrences)
            self._blocks.subtract(keys)
            self._written.subtract(surfaces)
            for surface in set(surfaces):
                if self._written[surface] <= 0:
                    del self._written[surface]
                    del self._key_of[surface]
        if self._forms is not None:
            self._group(zip(occurrences, surfaces, strict=True), sign)
        if weight != 1.0:
            self._add_weighted(block, sign)
        if sign < 0:
            # Every occurrence weighs at least one tenth, so a key weighs nothing exactly when
            # no block holds it any more; it then leaves every table, as if never added.
            for key in keys:
                if self._count[key] <= 0:
                    for table in (self._count, self._blocks, self._scores, self._other_count):
                        table.pop(key, None)
                    self._other_tenths.pop(key, None)
                    if self._forms is not None:
                        self._forms.pop(key, None)
        if self._dirty is not None:
            self._dirty.update(keys)  # keys gone from every block lose their score

    def _add_weighted(self, block: BlockTerms, sign: int) -> None:
        """Tenths of a block whose occurrences do not weigh one each (headings, quotes)."""
        weight = block.weight
        other_count, other_tenths = self._other_count, self._other_tenths
        for key, count in Counter(block.occurrences).items():
            other_count[key] = other_count.get(key, 0) + sign * count
            other_tenths[key] = other_tenths.get(key, 0) + sign * round(count * weight * 10)

    def _group(self, pairs: Iterable[tuple[Key, str]], sign: int) -> None:
        """Keep the grouped written forms in step with ``_written``."""
        forms = self._forms
        assert forms is not None
        for key, surface in pairs:
            written = forms.get(key)
            if written is None:
                written = forms[key] = {}
            count = written.get(surface, 0) + sign
            if count > 0:
                written[surface] = count
            else:
                written.pop(surface, None)

    def _tenths(self, key: Key) -> int:
        """The key's weighted count, in tenths (0 when no block holds it)."""
        count = self._count.get(key, 0)
        other = self._other_count.get(key)
        if other is None:
            return 10 * count
        return 10 * (count - other) + self._other_tenths[key]

    def _local_score(self, key: Key) -> float:
        spread = 1.0 + th.SPREAD_WEIGHT * math.log(max(self._blocks[key], 1))
        rarity = phrase_specificity(self.surface(key))
        return self._tenths(key) / 10 * spread * rarity * th.LENGTH_BONUS[len(key)]

    def _rescore(self) -> set[Key] | None:
        """Score every key that changed since the last ranking (all of them the first time).

        Returns the keys rescored, or None when every key was.
        """
        minimum = round(th.MIN_WEIGHTED_COUNT * 10)
        count, other_count = self._count, self._other_count
        if self._dirty is None:
            # A key that occurs only in weight-1 blocks weighs ten tenths an occurrence.
            changed: Iterable[Key] = [
                *(key for key, n in count.items() if 10 * n >= minimum),
                *(key for key in other_count if 10 * count[key] < minimum),
            ]
        else:
            changed = self._dirty
        scores = self._scores
        forms, blocks, other_tenths = self._written_forms(), self._blocks, self._other_tenths
        spreads: dict[int, float] = {}
        # _local_score, unrolled: this runs for every recurring phrase of the draft.
        for key in changed:
            other = other_count.get(key)
            tenths = 10 * count.get(key, 0)
            if other is not None:
                tenths += other_tenths[key] - 10 * other
            if tenths < minimum:
                scores.pop(key, None)
                continue
            in_blocks = blocks[key]
            spread = spreads.get(in_blocks)
            if spread is None:
                spread = spreads[in_blocks] = 1.0 + th.SPREAD_WEIGHT * math.log(max(in_blocks, 1))
            written = forms[key]
            surface = next(iter(written)) if len(written) == 1 else self.surface(key)
            rarity = phrase_specificity(surface)
            scores[key] = tenths / 10 * spread * rarity * th.LENGTH_BONUS[len(key)]
        rescored, self._dirty = self._dirty, set()
        return rescored

    def _best_scores(self, changed: set[Key] | None) -> list[tuple[float, Key]]:
        """The RERANK_POOL best (score, key) pairs, given the keys rescored since the last call.

        While every last leader still scores at least the last pool's lowest, no other key
        can have passed them but the changed ones: the pool is drawn from those few.
        """
        scores, leaders, size = self._scores, self._leaders, th.RERANK_POOL
        if changed is not None and len(leaders) == size:
            lowest = leaders[-1]
            if all(
                (score := scores.get(key)) is not None and (score, key) >= lowest
                for _old, key in leaders
            ):
                keys = {key for _old, key in leaders}
                keys.update(key for key in changed if key in scores)
                self._leaders = heapq.nlargest(size, [(scores[key], key) for key in keys])
                return self._leaders
        self._leaders = heapq.nlargest(size, zip(scores.values(), scores.keys(), strict=True))
        return self._leaders

    def _collocation_factor(self, key: Key) -> float:
        if len(key) == 1:
            return 1.0
        measures = nltk_modules.module(nltk_modules.ASSOCIATION).BigramAssocMeasures

        total = max(self._unigrams, 1)
        together = self._count.get(key, 0)
        # A trigram is judged as (first word, rest); a bigram as (first, second). A part of a
        # hyphenated word ("top-notch") counts only where it stands alone: at least as often
        # as the phrase is the most the table can say of it.
        left = max(self._count.get(key[:1], 0), together)
        right = max(self._count.get(key[1:], 0), together)
        counts = (together, left, right, total)
        known = self._collocations.get(key)
        if known is not None and known[0] == counts:
            return known[1]
        if left + right - together > total:
            # Impossible contingency table ("word word word ..."): no evidence of a phrase.
            factor = th.NON_COLLOCATION_PENALTY
        else:
            ratio = measures.likelihood_ratio(together, (left, right), total)
            factor = 1.0 if ratio >= th.COLLOCATION_MIN_LIKELIHOOD else th.NON_COLLOCATION_PENALTY
        if len(self._collocations) >= 4 * th.RERANK_POOL:  # only the pool's keys are asked
            self._collocations.clear()
        self._collocations[key] = (counts, factor)
        return factor

    def _written_forms(self) -> dict[Key, dict[str, int]]:
        """The written forms of every key, grouped when first needed (then kept up to date)."""
        forms = self._forms
        if forms is None:
            forms = self._forms = {}
            key_of = self._key_of
            for written, count in self._written.items():
                phrase = key_of[written]
                found = forms.get(phrase)
                if found is None:
                    forms[phrase] = {written: count}
                else:
                    found[written] = count
        return forms

    def surface(self, key: Key, prefer: str = "") -> str:
        """The most frequent way the document writes the phrase ``key``, of those that read
        ``prefer`` (case aside) if any do: the title's own words ("reproducible research",
        not "reproducing research"); a person's name with its capital, though sentence starts
        write it lower case ("Dmitri")."""
        written = self._written_forms()[key]
        if prefer:
            preferred = {form: n for form, n in written.items() if form.casefold() == prefer}
            written = preferred or written
        if len(written) == 1:
            shown = next(iter(written))
        else:
            shown = max(written.items(), key=lambda i: (i[1], i[0][:1].isupper(), i[0]))[0]
        person = shown in self._people and shown not in self._things  # as ``people()`` reads
        if len(key) == 1 and shown.islower() and (person or is_person_name(shown)):
            return shown[:1].upper() + shown[1:]
        return shown

    def top(
        self, title: str = "", limit: int = 10, intro: BlockTerms | None = None
    ) -> tuple[Keyphrase, ...]:
        """The ``limit`` best keyphrases; ``intro`` is the first paragraph's terms, if known."""
        if limit <= 0 or not self._count:
            return ()
        changed = self._rescore()
        title_keys = _title_keys(title)
        title_stems = frozenset(part for key in title_keys for part in key)
        intro_keys = intro.keys if intro is not None else frozenset()
        # The best by score, then key: (score, key) pairs compare so without a call per key.
        pool = {key: score for score, key in self._best_scores(changed)}
        # Phrases of the title that the body uses, and recurring phrases of the first
        # paragraph, may sit below the pool; give them their chance.
        for key in title_keys:
            if key in self._count and key not in pool:
                pool[key] = self._local_score(key)
        scores = self._scores  # every key of at least MIN_WEIGHTED_COUNT, scored
        for key in intro_keys:
            if key not in pool and key in scores:
                pool[key] = scores[key]
        _lengthen_fragments(pool, self._count, self.surface, title_keys)
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
        ranked: list[tuple[float, Key]] = []
        min_uses = th.TITLE_PHRASE_MIN_USES
        # A phrase of the title names the subject when shaped as a name: "Analyzing Pakistan"
        # is a clause about Pakistan.
        title_names = {
            key
            for key in title_keys
            if len(key) > 1 and key in self._count and is_shaped_as_name(self.surface(key))
        }
        # In another language the English stopwords leave its grammar words standing ("le",
        # "je"): no phrase starts or ends on one.
        grammar = other_grammar_stems() if self._reads_foreign() else frozenset()
        for key, score in pool.items():
            if key[0] in grammar or key[-1] in grammar:
                continue
            if len(key) == 1 and self._is_verb_here(key):
                continue  # "predict", "apply": what the post does, not what it is about
            if len(key) == 1 and key[0] in subsumed:
                score *= th.SUBSUMED_PENALTY
            if key in intro_keys:
                score *= th.INTRO_BONUS
            if title_stems and set(key) <= title_stems:
                score *= th.TITLE_BONUS
                if key in title_names and self._count.get(key, 0) >= min_uses:
                    score *= th.TITLE_PHRASE_BONUS
            score *= self._collocation_factor(key)
            if score > 0:  # nothing: a clause or a verb ("Dmitri taught", "kept")
                ranked.append((score, key))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        _title_phrase_first(ranked, title_names, self._count)
        named = self._title_subject(title)
        placed = _give_place(ranked, named, th.TITLE_SUBJECT_PLACE) if named else None
        chosen = _deduplicate(ranked, self._count, limit)
        if not chosen:
            return ()
        best = chosen[0][0]
        titled = _title_forms(title)
        return tuple(
            Keyphrase(
                self._shown(key, titled, title),
                score / best,
                self._count.get(key, 0),
                placed_by_title=key == placed,
            )
            for score, key in chosen
        )

    def _shown(self, key: Key, titled: Mapping[Key, str], title: str) -> str:
        """How to show ``key``: as the text writes it, and a phrase of the title the text
        writes only word by word as the title does ("German Language")."""
        if key in self._count:
            return self.surface(key, titled.get(key, ""))
        return _as_title_writes(title, key)

    def _title_subject(self, title: str) -> Key | None:
        """The phrase of the title that names the post's subject, when the text writes each
        of its words: the longest shaped as a name, then the one the text writes most."""
        terms = _title_terms(title)
        if terms is None or self._reads_foreign():
            return None  # another language's title names its subject with grammar words
        found: list[tuple[int, int, int, int, Key]] = []
        for place, (key, shown) in enumerate(zip(terms.occurrences, terms.surfaces, strict=True)):
            last = shown.split()[-1].lower()
            if not is_shaped_as_name(shown) or last in modifier_words() or is_mainly_verb(last):
                continue  # "Marathon Complete", "productive": no name of a subject
            if len(key) == 1 and (
                zipf(shown) > th.TITLE_SUBJECT_MAX_ZIPF
                or (key in self._count and self._is_verb_here(key))
            ):
                continue  # an everyday word ("Little", "People") or a verb names no subject
            words = min(self._count.get((word,), 0) for word in key)
            if words >= th.TITLE_SUBJECT_MIN_USES:
                found.append((-len(key), -self._count.get(key, 0), -words, place, key))
        return min(found)[-1] if found else None

    def _is_verb_here(self, key: Key) -> bool:
        """A one-word key this text writes as a verb ("to predict", "to implement … was
        implemented") and never as a noun."""
        verbs = self._verbs
        if not any(form in verbs for form in self._written_forms()[key]):
            return False  # most keys: no form of theirs stands where a verb goes
        shown = self.surface(key)
        if shown not in verbs or shown in self._nouns or not shown.islower():
            return False
        if is_verb_alone(shown):
            return True
        # A word English makes a noun too ("implement", "design") is a verb in a text that
        # writes its past form, which no noun has, at least half as often as the word itself
        # ("implemented" 3 times beside "implement" 5; not "designed" once beside "design" 6).
        forms = self._written_forms()[key]
        past = forms.get(shown + ("d" if shown.endswith("e") else "ed"), 0)
        return past >= forms[shown] / 2


def _tally(counter: Counter[str], words: tuple[str, ...], sign: int) -> None:
    """Count a block's ``words`` in (``sign`` 1) or out (-1), dropping those no block has."""
    if not words:
        return
    if sign > 0:
        counter.update(words)
    else:
        counter.subtract(words)
        for word in words:
            if counter[word] <= 0:
                del counter[word]


@lru_cache(maxsize=64)  # asked again with the same title after every keystroke in the body
def _title_terms(title: str) -> BlockTerms | None:
    return block_terms("heading", 1, title) if title.strip() else None


def _title_keys(title: str) -> frozenset[Key]:
    terms = _title_terms(title)
    return terms.keys if terms is not None else frozenset()


def _title_forms(title: str) -> dict[Key, str]:
    """How the title writes each of its phrases of two words or more, case aside (a single
    word may be another part of speech there: "reproducible" for "reproducibility")."""
    terms = _title_terms(title)
    if terms is None:
        return {}
    pairs = zip(terms.occurrences, terms.surfaces, strict=True)
    return {key: shown.casefold() for key, shown in pairs if len(key) > 1}


def _title_stems(title: str) -> frozenset[str]:
    return frozenset(part for key in _title_keys(title) for part in key)


def _title_phrase_first(
    ranked: list[tuple[float, Key]], title_names: Collection[Key], counts: dict[Key, int]
) -> None:
    """A single word on top gives way to a phrase of the title that holds it and that the
    text writes again ("morning routine" before "routine" in "Morning Routine"): the title
    says the phrase is what the post is about."""
    if not ranked or len(ranked[0][1]) != 1:
        return
    score, (word,) = ranked[0]
    for index, (_score, key) in enumerate(ranked):
        held = key in title_names and word in key
        if held and counts.get(key, 0) >= th.TITLE_PHRASE_MIN_USES:
            del ranked[index]
            ranked.insert(0, (score, key))
            return


def _give_place(ranked: list[tuple[float, Key]], key: Key, place: int) -> Key | None:
    """Move ``key`` up to ``place`` (from 0) in ``ranked``, or put it there, at the score of
    the phrase it goes before; ``key`` when it was moved or put, None when it ranked there."""
    at = next((index for index, (_score, k) in enumerate(ranked) if k == key), None)
    if at is not None and at <= place:
        return None
    if at is not None:
        del ranked[at]
    place = min(place, len(ranked))
    score = ranked[place][0] if place < len(ranked) else (ranked[-1][0] if ranked else 1.0)
    ranked.insert(place, (score, key))
    return key


def _as_title_writes(title: str, key: Key) -> str:
    """The words of ``title`` that make the phrase ``key``, as written there."""
    shown = _title_surface(title, key)
    pattern = r"[\W_]+".join(re.escape(word) for word in shown.split())
    found = re.search(pattern, title, re.IGNORECASE)
    return found[0] if found else shown


def _title_surface(title: str, key: Key) -> str:
    """How the title's terms show the phrase ``key`` (its first word lower case when it
    starts the title)."""
    terms = _title_terms(title)
    if terms is not None:
        for found, shown in zip(terms.occurrences, terms.surfaces, strict=True):
            if found == key:
                return shown
    return " ".join(key)


def _deduplicate(
    ranked: Iterable[tuple[float, Key]], counts: dict[Key, int], limit: int
) -> list[tuple[float, Key]]:
    chosen: list[tuple[float, Key]] = []
    seen_sets: set[frozenset[str]] = set()
    for score, key in ranked:
        stems = frozenset(key)
        if stems in seen_sets:
            continue
        own = counts.get(key, 0)
        absorbed = any(
            len(other) > len(key)
            and holds_run(other, key)
            and own <= th.SUBPHRASE_RATIO * counts.get(other, 0)
            for _, other in chosen
        )
        if absorbed:
            continue
        # A pair that overlaps a chosen pair by a word, and mostly occurs in the three words
        # they make together, is a piece of that longer phrase: "source work" of "open
        # source work" beside "open source", "National Phenology" beside "Phenology Network".
        if len(key) == 2 and any(
            own <= th.SUBPHRASE_RATIO * counts.get(joined, 0)
            for _, other in chosen
            if len(other) == 2
            for joined in _overlaps(other, key)
        ):
            continue
        # A longer phrase ranked after a part of it that already covers it adds nothing.
        if any(
            len(other) < len(key) and holds_run(key, other) and counts.get(other, 0) <= own
            for _, other in chosen
        ):
            continue
        chosen.append((score, key))
        seen_sets.add(stems)
        if len(chosen) >= limit:
            break
    return chosen


def _overlaps(first: Key, second: Key) -> tuple[Key, ...]:
    """The three-word phrases two pairs make when one ends with the word the other starts."""
    joined = []
    if first[1] == second[0]:
        joined.append((first[0], *second))
    if second[1] == first[0]:
        joined.append((*second, first[1]))
    return tuple(joined)


def _lengthen_fragments(
    pool: dict[Key, float],
    count: Mapping[Key, int],
    surface: Callable[[Key], str],
    title_keys: Collection[Key],
) -> None:
    """A phrase of two words the draft writes only inside one of three ("source maintainers"
    of "open source maintainers") is a piece of that phrase: the longer one takes its place,
    with the better of the two scores (a common word, "open", lowers the longer one's). Not
    behind a verb ("replacing manual labor" is a clause about "manual labor"), nor when the
    title writes the shorter one alone ("Speech Processing", not "speech processing tasks")."""
    for key in [key for key in pool if len(key) == 3]:
        uses = count.get(key, 0)
        for part in (key[:2], key[1:]):
            if part not in pool or uses < count.get(part, 0):
                continue  # most: the pair stands alone too
            if part in title_keys and key not in title_keys:
                continue
            if part == key[1:]:
                first = surface(key).split()[0].lower()
                if first.endswith(("ing", "ed")) or is_mainly_verb(first):
                    continue
            pool[key] = max(pool[key], pool.pop(part))


def extract_keyphrases(
    blocks: Sequence[ProseBlockLike], title: str = "", limit: int = 10
) -> tuple[Keyphrase, ...]:
    """The draft's top keyphrases (1-3 words) with scores, best first."""
    index = KeywordIndex()
    intro: BlockTerms | None = None
    all_terms = []
    for block in blocks:
        terms = block_terms(block.kind, block.level, block.text)
        all_terms.append(terms)
        if intro is None and block.kind == "paragraph" and terms.occurrences:
            intro = terms
    index.add_many(all_terms)
    return index.top(title, limit, intro)


def suggest_focus_keyphrase(
    blocks: Sequence[ProseBlockLike],
    title: str = "",
    keyphrases: Sequence[Keyphrase] | None = None,
    people: Collection[str] | None = None,
) -> str | None:
    """The best focus keyphrase when none is set: a strong multi-word phrase if there is one.
    A person's name is no search term, however often the story names them; ``people`` are the
    words the story writes as names (found in ``blocks`` when not given)."""
    if people is None:
        people = people_of(block.text for block in blocks)
    candidates = [
        candidate
        for candidate in (
            keyphrases if keyphrases is not None else extract_keyphrases(blocks, title, 5)
        )
        if not _names_a_person(candidate.phrase, people)
    ]
    if not candidates:
        return None
    best = candidates[0]
    moved_to = _moved_to(title, best, candidates[1:3])
    if moved_to is not None:
        return moved_to.phrase
    for candidate in candidates[:3]:
        several = len(phrase_words(candidate.phrase)) > 1  # "open-source" is two words
        if several and candidate.score >= th.FOCUS_PHRASE_MIN_SHARE * best.score:
            return candidate.phrase
    return _kind_of(best, candidates[1:5]) or best.phrase


def _kind_of(best: Keyphrase, others: Sequence[Keyphrase]) -> str | None:
    """A phrase naming the kind of the one-word ``best`` its post writes ("peer review" for
    "review", "fragment shader" for "shader"): what a reader searches for, where the word
    alone is too general to be found. The likeliest of them, if the post uses it enough and
    its other words are no everyday words."""
    if len(phrase_words(best.phrase)) > 1:
        return None
    head = stem_key(best.phrase)
    for other in others:
        stems = stem_key(other.phrase)
        if len(stems) < 2 or stems[-1:] != head:
            continue
        # Everyday words name no kind: "better algo", "complete graph".
        telling = all(zipf(w.lower()) < th.FOCUS_KIND_MAX_ZIPF for w in other.phrase.split()[:-1])
        if telling and other.score >= th.FOCUS_KIND_MIN_SHARE * best.score:
            return other.phrase
    return None


def _moved_to(title: str, best: Keyphrase, others: Sequence[Keyphrase]) -> Keyphrase | None:
    """In a title that moves "from" the best phrase "to" another ("From Pandas to Polars"),
    the other: a story of a move is about where it leads, however often it names the start."""
    lowered = " ".join(title.lower().split())
    start = lowered.find(f"from {best.phrase.lower()} to ")
    if start < 0:
        return None
    rest = lowered[start + len(f"from {best.phrase.lower()} to ") :]
    return next(
        (other for other in others if re.match(rf"{re.escape(other.phrase.lower())}\b", rest)),
        None,
    )


def _names_a_person(phrase: str, people: Collection[str]) -> bool:
    """A phrase holding a first name or a word the story writes as a person, and no Medium tag
    ("Annalee taught", "grandmother Xiaoling"; not "Ruby")."""
    words = phrase.split()
    named = any(map(is_person_name, words)) or any(w.lower() in people for w in words)
    return named and vocabulary().tag(phrase) is None


def names_in_title(title: str, phrase: str) -> bool:
    """Whether ``title`` writes a word of ``phrase`` (stems compared: "Blocks" for "block")."""
    return _shares_a_stem(_title_stems(title), phrase)


def _shares_a_stem(title_stems: frozenset[str], phrase: str) -> bool:
    return any(part in title_stems for part in _phrase_stems(phrase))


def topic_mismatch(title: str, keyphrases: Sequence[Keyphrase]) -> str | None:
    """A warning when the title shares no word with the text's main keyphrases, else None."""
    if not title.strip() or not keyphrases:
        return None
    title_stems = _title_stems(title)  # parsed once for the phrases compared
    # A phrase placed for the title's naming it says nothing of what the text is about.
    top = [phrase for phrase in keyphrases if not phrase.placed_by_title][: th.MISMATCH_TOP]
    if not top:
        return None
    if any(_shares_a_stem(title_stems, phrase.phrase) for phrase in top):
        return None
    return (
        f"The title does not mention “{top[0].phrase}”, what the text is mostly about. "
        "Name the topic in the title, or check that the title fits the story."
    )


def _phrase_stems(phrase: str) -> set[str]:
    return {key[0] for key in block_terms("paragraph", 0, phrase).occurrences if len(key) == 1}
