"""Spelling suggestions ranked by how likely the slip is and how common the word is.

Candidates are dictionary words one edit away from the misspelling (any edit), and two edits
away when the first edit is a plausible slip (see ``error_model``); generating all two-edit
strings, as pyspellchecker does, takes seconds on a long word. Each candidate keeps the cost of
its cheapest path and is scored ``frequency_weight * log10(frequency) - cost_weight * cost``.
A frequent typo from ``resources/spelling/common_typos.tsv`` comes first; run-together words
("alot", "infact") are split. The neighbouring words add a little: "a"/"an" before a candidate
should agree with its first letter, and a candidate equal to a neighbour is unlikely (that
would repeat a word).

Work stops at the time budget and returns the best found so far.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from app.analysis.rules.spelling.error_model import (
    APOSTROPHE,
    DEFAULT_COSTS,
    MULTI_LETTER_SLIPS,
    VOWELS,
    EditCosts,
    delete_cost,
    insert_cost,
    restricted_distance,
    substitute_cost,
    substitution_letters,
    transpose_cost,
)
from app.analysis.rules.spelling.lexicon import EXTRA_WORD_FREQUENCY, Lexicon, lexicon
from app.analysis.text.words import APOSTROPHES

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Beyond this a "word" is a pasted token or keyboard mash; nothing useful is one edit away.
MAX_WORD_LENGTH = 40
# Halves of a run-together pair must be everyday words ("a lot", not "al ot").
_SPLIT_MIN_FREQUENCY = 20_000
_ONE_LETTER_WORDS = frozenset({"a", "i"})
# Score adjustments (in log10 frequency units) for the neighbouring words.
_ARTICLE_AGREEMENT = 0.5
_REPEATS_NEIGHBOUR = 1.5
# Candidate searches kept per suggester; the oldest half is dropped past this many words.
_CANDIDATE_CACHE_LIMIT = 4_096


@dataclass(frozen=True, slots=True)
class Suggestions:
    """Ranked corrections (best first) and whether the search finished within its budget."""

    words: tuple[str, ...]
    complete: bool


def _keep_cheapest(costs: dict[str, float], word: str, cost: float) -> None:
    previous = costs.get(word)
    if previous is None or cost < previous:
        costs[word] = cost


class Suggester:
    """Ranks corrections for misspelled words against one lexicon and one set of edit costs."""

    def __init__(self, words: Lexicon, costs: EditCosts = DEFAULT_COSTS) -> None:
        self._lexicon = words
        self._frequencies = words.frequencies
        self._known = words.frequencies.as_set()
        self._costs = costs
        # Candidates and their edit costs per word: they do not depend on the neighbours, so
        # a word misspelled in many places is searched once (a search takes milliseconds).
        self._found: dict[str, dict[str, float]] = {}

    def suggest(
        self,
        word: str,
        before: str = "",
        after: str = "",
        limit: int = 5,
        time_budget: float = 0.25,
        extra_words: Iterable[str] = (),
    ) -> Suggestions:
        """Up to ``limit`` corrections for ``word``, cased like it, best first.

        ``before``/``after`` are the neighbouring words; ``extra_words`` (lower case) are
        candidates outside the lexicon, such as the writer's own dictionary.
        """
        deadline = time.perf_counter() + time_budget
        key = word.strip().translate(APOSTROPHES).lower()
        if not key or len(key) > MAX_WORD_LENGTH or limit <= 0:
            return Suggestions((), True)

        extras = frozenset(extra_words)
        ranked: list[str] = list(self._lexicon.typos.get(key, ()))
        costs, complete = self._cached_candidates(key, deadline)
        for candidate, cost in self._extra_candidates(key, extras):
            _keep_cheapest(costs, candidate, cost)
        costs.pop(key, None)
        scores = self._scores(costs, before.lower(), after.lower(), extras)
        seen = set(ranked)
        for candidate in sorted(scores, key=scores.__getitem__, reverse=True):
            if candidate not in seen:
                ranked.append(candidate)
                seen.add(candidate)
        return Suggestions(tuple(cased_like(word, c) for c in ranked[:limit]), complete)

    # Candidate generation -------------------------------------------------------------------

    def _cached_candidates(self, key: str, deadline: float) -> tuple[dict[str, float], bool]:
        """A copy of the word's candidates (the caller changes it); complete searches are kept."""
        found = self._found.get(key)
        if found is not None:
            return dict(found), True
        found, complete = self._candidates(key, deadline)
        if complete:
            if len(self._found) >= _CANDIDATE_CACHE_LIMIT:
                for old in list(self._found)[: _CANDIDATE_CACHE_LIMIT // 2]:
                    self._found.pop(old, None)
            self._found[key] = dict(found)
        return found, complete

    def _candidates(self, key: str, deadline: float) -> tuple[dict[str, float], bool]:
        """Known words within one edit, and within two edits whose first edit is plausible."""
        found: dict[str, float] = {}
        self._known_one_edit_away(key, 0.0, found)
        for candidate, cost in self._splits(key):
            _keep_cheapest(found, candidate, cost)
        first_edits = self._plausible_edits(key)
        for edited, cost in first_edits.items():
            if edited in self._known:
                _keep_cheapest(found, edited, cost)
        # Cheapest first, so a budget cut keeps the likeliest candidates.
        for edited, cost in sorted(first_edits.items(), key=lambda item: item[1]):
            if time.perf_counter() > deadline:
                return found, False
            self._known_one_edit_away(edited, cost, found)
        return found, True

    def _known_one_edit_away(self, word: str, base_cost: float, found: dict[str, float]) -> None:
        """Add every known word one edit from ``word``, costed from ``base_cost``."""
        known = self._known
        costs = self._costs
        length = len(word)
        heads = [word[:i] for i in range(length + 1)]
        tails = [word[i:] for i in range(length + 1)]
        for i in range(length):
            edited = heads[i] + tails[i + 1]
            if edited in known:
                _keep_cheapest(found, edited, base_cost + delete_cost(word, i, costs))
        for i in range(length - 1):
            if word[i] != word[i + 1]:
                edited = heads[i] + word[i + 1] + word[i] + tails[i + 2]
                if edited in known:
                    _keep_cheapest(found, edited, base_cost + transpose_cost(i, costs))
        for i in range(length):
            head, tail, written = heads[i], tails[i + 1], word[i]
            for letter in LETTERS:
                edited = head + letter + tail
                if edited in known and letter != written:
                    cost = base_cost + substitute_cost(word, i, letter, costs)
                    _keep_cheapest(found, edited, cost)
        for i in range(length + 1):
            head, tail = heads[i], tails[i]
            for letter in LETTERS:
                edited = head + letter + tail
                if edited in known:
                    _keep_cheapest(found, edited, base_cost + insert_cost(word, i, letter, costs))
            edited = head + APOSTROPHE + tail
            if edited in known:
                _keep_cheapest(found, edited, base_cost + costs.apostrophe)

    def _plausible_edits(self, word: str) -> dict[str, float]:
        """Strings one plausible slip away from ``word`` (known or not), with their costs."""
        costs = self._costs
        limit = costs.second_edit_limit
        edits: dict[str, float] = {}
        length = len(word)
        for i in range(length):
            cost = delete_cost(word, i, costs)
            if cost <= limit:
                _keep_cheapest(edits, word[:i] + word[i + 1 :], cost)
        for i in range(length - 1):
            if word[i] != word[i + 1]:
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                _keep_cheapest(edits, swapped, transpose_cost(i, costs))
        for i in range(length):
            for letter in substitution_letters(word[i]):
                cost = substitute_cost(word, i, letter, costs)
                if cost <= limit:
                    _keep_cheapest(edits, word[:i] + letter + word[i + 1 :], cost)
        for i in range(length + 1):
            letters = set(VOWELS)
            letters.add("h")
            if i:
                letters.add(word[i - 1])
            if i < length:
                letters.add(word[i])
            for letter in letters:
                cost = insert_cost(word, i, letter, costs)
                if cost <= limit:
                    _keep_cheapest(edits, word[:i] + letter + word[i:], cost)
        for written, meant, cost in MULTI_LETTER_SLIPS:
            start = word.find(written)
            while start != -1:
                edited = word[:start] + meant + word[start + len(written) :]
                _keep_cheapest(edits, edited, cost + (costs.first_letter if start == 0 else 0.0))
                start = word.find(written, start + 1)
        edits.pop(word, None)
        return edits

    def _splits(self, word: str) -> Iterable[tuple[str, float]]:
        """Two everyday words run together: "alot" -> "a lot"."""
        known = self._frequencies
        for i in range(1, len(word)):
            left, right = word[:i], word[i:]
            if all(
                (len(part) > 1 or part in _ONE_LETTER_WORDS)
                and known.get(part, 0) >= _SPLIT_MIN_FREQUENCY
                for part in (left, right)
            ):
                yield f"{left} {right}", self._costs.split

    def _extra_candidates(
        self, key: str, extra_words: frozenset[str]
    ) -> Iterable[tuple[str, float]]:
        for extra in extra_words:
            distance = restricted_distance(key, extra, 2)
            if 0 < distance <= 2:
                yield extra, distance * self._costs.other

    # Ranking --------------------------------------------------------------------------------

    def _frequency(self, candidate: str, extra_words: frozenset[str]) -> int:
        if " " in candidate:
            return min(self._frequencies.get(part, 1) for part in candidate.split())
        count = self._frequencies.get(candidate)
        if count is None:
            return EXTRA_WORD_FREQUENCY if candidate in extra_words else 1
        return count

    def _scores(
        self, costs: Mapping[str, float], before: str, after: str, extra_words: frozenset[str]
    ) -> dict[str, float]:
        weights = self._costs
        scores = {}
        for candidate, cost in costs.items():
            score = weights.frequency_weight * math.log10(
                self._frequency(candidate, extra_words)
            ) - (weights.cost_weight * cost)
            if before in ("a", "an"):
                agrees = (candidate[0] in VOWELS) == (before == "an")
                score += _ARTICLE_AGREEMENT if agrees else -_ARTICLE_AGREEMENT
            if candidate in (before, after):
                score -= _REPEATS_NEIGHBOUR
            scores[candidate] = score
        return scores


def cased_like(original: str, suggestion: str) -> str:
    """``suggestion`` with the capitalisation and apostrophe style of ``original`` (the
    pronoun "I" is a capital in any case: "im" gives "I'm")."""
    if "’" in original or "ʼ" in original:
        suggestion = suggestion.replace(APOSTROPHE, "’")
    if suggestion == "i" or suggestion[:2] in ("i'", "i’"):
        suggestion = "I" + suggestion[1:]
    letters = [char for char in original if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return suggestion.upper()
    if letters and original[0].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


_default_lock = threading.Lock()


@cache
def _shared_suggester() -> Suggester:
    return Suggester(lexicon())


def default_suggester() -> Suggester:
    """A suggester over the shared lexicon (the lexicon loads on first use)."""
    with _default_lock:
        return _shared_suggester()


def suggest(
    word: str, before: str = "", after: str = "", limit: int = 5, time_budget: float = 0.25
) -> list[str]:
    """Up to ``limit`` corrections for a misspelled ``word``, best first, cased like it.

    Returns within ``time_budget`` seconds (plus a few milliseconds) with the best found by then.
    The first call also loads the dictionary (about 0.15 s), which the budget does not cover.
    """
    return list(default_suggester().suggest(word, before, after, limit, time_budget).words)
