"""Tag suggestions for Medium: from the draft's keyphrases and from the writer's tag history.

Medium allows five tags per story and shows the first one most. Suggestions come from three
kinds of evidence, each with a plain-language reason: the draft's keyphrases (matched by stem
against the writer's past tags and a built-in list of popular Medium tags, plus a topic list that
maps words such as "remote" onto tags readers follow), the writer's history (how often and how
recently a tag was used), and co-occurrence (tags used together with the draft's current tags,
and tags of past drafts whose keyphrases resemble this one's).
"""

from __future__ import annotations

import math
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.extract import Keyphrase
from app.analysis.insights.keywords.lexicon import function_words, stem
from app.analysis.insights.keywords.tokens import tokenize
from app.resources import resource_path

_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to", "with"}
)
_NOT_TAG_RE = re.compile(r"[^\w\s&+.'’-]")
_SPACES_RE = re.compile(r"\s+")
_DAY = 86_400.0


@dataclass(frozen=True, slots=True)
class PastDraft:
    """One earlier story: its tags, when they were set (POSIX seconds) and its keyphrases."""

    tags: tuple[str, ...]
    used_at: float
    keyphrases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TagHistory:
    """The writer's tag history; ``now`` (POSIX seconds) defaults to the current time."""

    drafts: tuple[PastDraft, ...] = ()
    now: float | None = None


@dataclass(frozen=True, slots=True)
class TagSuggestion:
    """A suggested tag, its score (higher is better) and why it is suggested."""

    tag: str
    score: float
    reason: str

    def to_dict(self) -> dict[str, object]:
        return {"tag": self.tag, "score": round(self.score, 3), "reason": self.reason}


@cache
def _lines(name: str) -> tuple[str, ...]:
    text = resource_path("keywords", name).read_text(encoding="utf-8")
    return tuple(
        stripped for line in text.splitlines() if (stripped := line.split("#", 1)[0].strip())
    )


@cache
def popular_tags() -> tuple[str, ...]:
    """Popular Medium tags, most followed first, spelled as Medium shows them."""
    return _lines("medium_tags.txt")


@cache
def _canonical() -> dict[str, str]:
    return {tag.lower(): tag for tag in popular_tags()}


@cache
def _topics() -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    entries = []
    for line in _lines("tag_topics.txt"):
        words, _, tags = line.partition(":")
        entries.append((_stems(words), tuple(t.strip() for t in tags.split(",") if t.strip())))
    return tuple(entries)


def _stems(phrase: str) -> frozenset[str]:
    """Content-word stems of a phrase; hyphenated words also count joined ("e-mail" = email)."""
    functions = function_words()
    tokens = [t for t in tokenize(phrase.replace("-", " ")) if t.norm not in functions]
    return frozenset(stem(t.norm) for t in tokens)


def normalize_tag(text: str) -> str:
    """A tag as Medium shows it: trimmed, single spaces, Title Case ("machine learning" ->
    "Machine Learning"); known tags keep Medium's spelling ("ux" -> "UX"), acronyms and
    CamelCase words are kept, and the result is at most 25 characters."""
    cleaned = _SPACES_RE.sub(" ", _NOT_TAG_RE.sub(" ", text.strip().lstrip("#"))).strip()
    if not cleaned:
        return ""
    known = _canonical().get(cleaned.lower())
    if known:
        return known
    words = []
    for position, word in enumerate(cleaned.split(" ")):
        if any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word):
            words.append(word)
        elif position and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word[:1].upper() + word[1:].lower())
    tag = " ".join(words)
    while len(tag) > th.MAX_TAG_LENGTH and " " in tag:
        tag = tag.rsplit(" ", 1)[0]
    return tag[: th.MAX_TAG_LENGTH]


def dedupe_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Normalized tags without case-insensitive duplicates, first spelling kept, in order."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in tags:
        tag = normalize_tag(raw)
        if tag and tag.lower() not in seen:
            seen.add(tag.lower())
            result.append(tag)
    return tuple(result)


@dataclass
class _Evidence:
    score: float = 0.0
    reasons: dict[str, float] = field(default_factory=dict)

    def add(self, amount: float, reason: str) -> None:
        self.score += amount
        self.reasons[reason] = self.reasons.get(reason, 0.0) + amount

    @property
    def reason(self) -> str:
        # A direct keyword match is the clearest explanation; otherwise the strongest evidence.
        return max(self.reasons.items(), key=lambda item: (item[0].startswith("matches"), item[1]))[
            0
        ]


def suggest_tags(
    keyphrases: Sequence[Keyphrase],
    history: TagHistory,
    current_tags: Sequence[str],
    limit: int = 10,
) -> tuple[TagSuggestion, ...]:
    """Tags to add, best first, each with a plain-language reason; current tags are left out."""
    evidence: dict[str, _Evidence] = defaultdict(_Evidence)
    spelling: dict[str, str] = {}

    def credit(tag: str, amount: float, reason: str) -> None:
        normalized = normalize_tag(tag)
        if normalized:
            lowered = normalized.lower()
            spelling.setdefault(lowered, normalized)
            evidence[lowered].add(amount, reason)

    history_tags = dedupe_tags(t for d in history.drafts for t in d.tags)
    _from_keyphrases(keyphrases, history_tags, credit)
    _from_history(keyphrases, history, dedupe_tags(current_tags), credit)

    # Popular tags break ties among tags that already have evidence.
    ranks = {tag.lower(): i for i, tag in enumerate(popular_tags())}
    for lowered, found in evidence.items():
        if lowered in ranks:
            found.score += th.TAG_WEIGHT_POPULARITY * (1.0 - ranks[lowered] / len(ranks))

    taken = {t.lower() for t in dedupe_tags(current_tags)}
    ranked = sorted(
        ((found.score, lowered) for lowered, found in evidence.items() if lowered not in taken),
        key=lambda item: (-item[0], item[1]),
    )
    return tuple(
        TagSuggestion(spelling[lowered], score, evidence[lowered].reason)
        for score, lowered in ranked[:limit]
    )


def _from_keyphrases(keyphrases: Sequence[Keyphrase], history_tags: Sequence[str], credit) -> None:
    candidates = [(tag, _stems(tag)) for tag in (*history_tags, *popular_tags())]
    for keyphrase in keyphrases:
        stems = _stems(keyphrase.phrase)
        if not stems:
            continue
        weight = keyphrase.score
        quoted = f"matches the keyword ‘{keyphrase.phrase}’"
        for tag, tag_stems in candidates:
            if not tag_stems:
                continue
            if tag_stems == stems:
                credit(tag, th.TAG_WEIGHT_KEYPHRASE * weight, quoted)
            elif tag_stems < stems:
                credit(tag, 0.6 * th.TAG_WEIGHT_KEYPHRASE * weight, quoted)
        related = f"related to the keyword ‘{keyphrase.phrase}’"
        for topic_stems, tags in _topics():
            if topic_stems and topic_stems <= stems:
                for position, tag in enumerate(tags):
                    credit(tag, th.TAG_WEIGHT_TOPIC * weight * (1.0 - 0.2 * position), related)


def _from_history(
    keyphrases: Sequence[Keyphrase], history: TagHistory, current: Sequence[str], credit
) -> None:
    if not history.drafts:
        return
    now = history.now if history.now is not None else time.time()
    uses: dict[str, int] = defaultdict(int)
    freshness: dict[str, float] = defaultdict(float)
    spelled: dict[str, str] = {}
    for draft in history.drafts:
        age_days = max(0.0, (now - draft.used_at) / _DAY)
        decay = 0.5 ** (age_days / th.TAG_RECENCY_HALF_LIFE_DAYS)
        for tag in dedupe_tags(draft.tags):
            spelled.setdefault(tag.lower(), tag)
            uses[tag.lower()] += 1
            freshness[tag.lower()] += decay
    for lowered, count in uses.items():
        amount = th.TAG_WEIGHT_HISTORY * math.log1p(freshness[lowered])
        stories = "1 of your stories" if count == 1 else f"{count} of your stories"
        credit(spelled[lowered], amount, f"used in {stories}")

    current_lower = {t.lower(): t for t in current}
    if current_lower:
        together: dict[tuple[str, str], int] = defaultdict(int)
        with_current: dict[str, int] = defaultdict(int)
        for draft in history.drafts:
            tags = {t.lower() for t in dedupe_tags(draft.tags)}
            for mine in tags & current_lower.keys():
                with_current[mine] += 1
                for other in tags - current_lower.keys():
                    together[(mine, other)] += 1
        for (mine, other), count in together.items():
            share = count / with_current[mine]
            credit(
                spelled[other],
                th.TAG_WEIGHT_COOCCURRENCE * share,
                f"often used with ‘{current_lower[mine]}’",
            )

    mine_stems = (
        frozenset().union(*(_stems(k.phrase) for k in keyphrases)) if keyphrases else frozenset()
    )
    if mine_stems:
        for draft in history.drafts:
            theirs = (
                frozenset().union(*(_stems(k) for k in draft.keyphrases))
                if draft.keyphrases
                else frozenset()
            )
            if not theirs:
                continue
            overlap = len(mine_stems & theirs) / len(mine_stems | theirs)
            if overlap >= th.SIMILAR_DRAFT_MIN_OVERLAP:
                for tag in dedupe_tags(draft.tags):
                    credit(tag, th.TAG_WEIGHT_SIMILAR * overlap, "used on a similar story of yours")
