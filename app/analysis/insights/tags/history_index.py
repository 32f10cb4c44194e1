"""The writer's tag history read once for the suggester: each past story's tags as the writer
spelled them and its key phrases' stems, and each tag's uses and freshness.

Reading 10,000 stories' tags and key phrases takes about a second; the suggestions are asked
for again whenever the post's key phrases or tags change, while the history changes only when
a draft is opened or another story's tags change (a new ``TagHistory`` then): the last history
read is kept, and each story's tags and key phrases are read once across histories.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.vocabulary import StemKey, stem_key
from app.analysis.insights.tags.history import TagHistory
from app.analysis.insights.tags.names import writers_tags

_DAY = 86_400.0


@dataclass(frozen=True, slots=True)
class PastStory:
    """One earlier story: its tags (lower case, to the writer's spelling) and the stems of
    its key phrases."""

    tags: dict[str, str]
    stems: frozenset[str]


@dataclass(frozen=True, slots=True)
class HistoryIndex:
    """Per tag (lower case): the stories that carry it, how fresh those are (each counts
    half as much every ``TAG_RECENCY_HALF_LIFE_DAYS``), and the writer's first spelling."""

    stories: tuple[PastStory, ...]
    uses: dict[str, int]
    freshness: dict[str, float]
    spelled: dict[str, str]
    tag_stems: frozenset[StemKey]


# Each opened draft reads the history without itself, so a new history comes with every
# draft: the stories' tags and key phrases, which rarely change, are read once across them.
_STORIES_KEPT = 50_000


@lru_cache(maxsize=_STORIES_KEPT)
def _tags_of(tags: tuple[str, ...]) -> dict[str, str]:
    return writers_tags(tags)


@lru_cache(maxsize=_STORIES_KEPT)
def _stems_of(keyphrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(s for phrase in keyphrases for s in stem_key(phrase))


def _read(history: TagHistory) -> HistoryIndex:
    now = history.now if history.now is not None else time.time()
    uses: dict[str, int] = defaultdict(int)
    freshness: dict[str, float] = defaultdict(float)
    spelled: dict[str, str] = {}
    stories = []
    for draft in history.drafts:
        age_days = max(0.0, (now - draft.used_at) / _DAY)
        decay = 0.5 ** (age_days / th.TAG_RECENCY_HALF_LIFE_DAYS)
        tags = _tags_of(draft.tags)
        for lowered, tag in tags.items():
            spelled.setdefault(lowered, tag)
            uses[lowered] += 1
            freshness[lowered] += decay
        stories.append(PastStory(tags, _stems_of(draft.keyphrases)))
    return HistoryIndex(
        tuple(stories),
        dict(uses),
        dict(freshness),
        spelled,
        frozenset(stem_key(lowered) for lowered in uses),
    )


_last: tuple[TagHistory, HistoryIndex] | None = None
_lock = threading.Lock()


def history_index(history: TagHistory) -> HistoryIndex:
    """``history`` read for the suggester; the same history object is read once."""
    global _last
    with _lock:
        if _last is not None and _last[0] is history:
            return _last[1]
    index = _read(history)
    with _lock:
        _last = (history, index)
    return index
