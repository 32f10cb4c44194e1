"""Tag suggestions for Medium: real tags that fit the text, then the writer's own habits.

Medium allows five tags of at most 25 characters and shows the first one most. Suggestions are
real Medium tags (``tag_vocabulary``) with their reach, each with a one-line reason:

* candidates come from the key phrases (a tag that is a key phrase, or a whole-word part of
  one), the title, the prose paragraph by paragraph, initialisms ("AI"), the hubs of the
  tags' families ("Machine Learning" for "Deep Learning"), one-word key phrases Medium's
  2020 list lacks ("COVID-19", reach 0) and the post's subject when that list lacks it
  ("Single Tasking") (``tag_features``);
* a logistic model fitted on stories with their writers' own tags (``tag_model``) gives each
  the probability a writer would choose it; below the model's least probability a candidate
  is left out (precision first), and the largest part of its score the draft supplied is the
  reason shown;
* the writer's history (how often and how recently a tag was used, tags used together with
  the current ones, tags of similar past stories). History strengthens a tag the text supports,
  but tags from history alone never take more than two of the five places, and never the first
  three while the text has tags to offer.
"""

from __future__ import annotations

import itertools
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.extract import Keyphrase
from app.analysis.insights.keywords.vocabulary import (
    VocabularyTag,
    affinity,
    content_words,
    display_name,
    stem_key,
    vocabulary,
)
from app.analysis.insights.tag_features import Candidate, tag_candidates
from app.analysis.insights.tag_model import FULL, KEY_PHRASES, tag_model
from app.analysis.insights.tag_slips import likely_meant

_NOT_TAG_RE = re.compile(r"[^\w\s&+.'’#-]|(?<!\w)#")  # "C#" keeps its "#"
_SPACES_RE = re.compile(r"\s+")
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to"})
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
    """A suggested tag, its score (higher is better), why it fits, its reach on Medium
    (stories that carried it; 0 for a tag Medium's list does not have) and whether the writer
    has used it before."""

    tag: str
    score: float
    reason: str
    reach: int = 0
    used_before: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "tag": self.tag,
            "score": round(self.score, 3),
            "reason": self.reason,
            "reach": self.reach,
            "used_before": self.used_before,
        }


class TagTooLongError(ValueError):
    """A tag longer than Medium's limit of 25 characters."""


def check_tag_length(tag: str) -> str:
    """``tag`` cleaned; raises :class:`TagTooLongError` when Medium would refuse its length."""
    cleaned = _cleaned(tag)
    if len(cleaned) > th.MAX_TAG_LENGTH:
        raise TagTooLongError(
            f"“{cleaned}” has {len(cleaned)} characters; Medium allows {th.MAX_TAG_LENGTH}."
        )
    return cleaned


def _cleaned(tag: str) -> str:
    """``tag`` trimmed, without a leading "#", its spaces single; the writer's case kept."""
    return _SPACES_RE.sub(" ", tag.strip().lstrip("#")).strip()


def _as_written(tag: str, name: str) -> str:
    """How to show the tag ``name`` that the writer wrote as ``tag``: their own spelling
    ("JavaScript", not the generated "Javascript"; "Systems Programming", not "System
    Programming") when it is the same words, plurals aside; the name when they wrote it other
    words ("ML" for "Machine Learning"), since that is the tag counted."""
    written = _cleaned(tag)
    return written if stem_key(written) == stem_key(name) else name


def _writers_tags(tags: Iterable[str]) -> dict[str, str]:
    """Each tag of ``tags`` once, case aside: its normalized name, lower case, to the writer's
    first spelling of it, in order."""
    spelled: dict[str, str] = {}
    for raw in tags:
        tag = normalize_tag(raw)
        if tag:
            spelled.setdefault(tag.lower(), _as_written(raw, tag))
    return spelled


def normalize_tag(text: str) -> str:
    """A tag as Medium shows it: trimmed, single spaces, Title Case ("machine learning" ->
    "Machine Learning"); real Medium tags keep Medium's display name ("ux" -> "UX"), acronyms
    and CamelCase words are kept, and the result is at most 25 characters."""
    cleaned = _SPACES_RE.sub(" ", _NOT_TAG_RE.sub(" ", text.strip().lstrip("#"))).strip()
    if not cleaned:
        return ""
    # Medium's slug of a dotted name drops the dot ("Vue.js" -> vuejs); "C#" stays as written.
    known = vocabulary().by_slug.get(cleaned.lower().replace(" ", "-").replace(".", ""))
    if known:
        return known.name
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


@dataclass(frozen=True, slots=True)
class TagAssessment:
    """What a chosen tag's reach means: ``crowded``, ``niche``, ``unknown`` (not a tag Medium
    listed), ``repeated`` (a slip for another chosen tag) or ``ok``; with a neighbouring real
    tag to consider instead, when there is one."""

    tag: str
    reach: int
    verdict: str
    message: str
    neighbour: str = ""


def assess_tag(
    tag: str, chosen: Collection[str] = (), topics: Collection[str] | None = None
) -> TagAssessment:
    """Whether a chosen tag is too broad (crowded), too narrow (few readers) or unknown; the
    neighbour offered instead is never one of the ``chosen`` tags, and a crowded tag that a
    chosen tag already narrows gets none. ``topics`` are the post's key phrases, when known:
    a narrower neighbour must add only words they hold ("Pair Programming", not "Functional
    Programming", for a post about pairing)."""
    vocab = vocabulary()
    taken = {name.lower() for name in chosen}
    written = None if topics is None else {w for phrase in topics for w in stem_key(phrase)}

    def widest(tags: Iterable[VocabularyTag]) -> str:
        free = [t for t in tags if t.name.lower() not in taken]
        return max(free, key=lambda t: t.stories).name if free else ""

    def on_topic(candidate: VocabularyTag) -> bool:
        return written is None or set(stem_key(candidate.slug)) <= written

    found = vocab.tag(tag)
    meant = likely_meant(tag, topics or ())
    if meant and meant.lower() in taken:
        return _repeated_slip(tag, found, meant)
    if meant:
        return _slip(tag, found, meant)
    if found is None:
        parts = vocab.within(stem_key(tag))
        neighbour = widest(t for _part, t in parts if _fits(t, th.TAG_PART_MIN_AFFINITY))
        return TagAssessment(tag, 0, "unknown", unlisted_note([tag]), neighbour)
    key = stem_key(found.slug)
    name = _as_written(tag, found.name)  # the note quotes the writer's chip
    if found.stories >= th.CROWDED_TAG_MIN_STORIES:
        containing = vocab.containing(key)  # a scan of the whole vocabulary: once
        # A chosen tag that already narrows this one ("Pair Programming" beside "Programming")
        # is the writer's answer: another narrower tag would only be a stranger to the post.
        narrowed = any(t.name.lower() in taken for t in containing)
        fitting = (t for t in containing if _fits(t, th.TAG_PART_MIN_AFFINITY) and on_topic(t))
        neighbour = "" if narrowed else widest(fitting)
        specific = [other for other in chosen if other.lower() != tag.lower() and _has_room(other)]
        if specific:
            # The mix the suggestions offer: a broad tag for reach beside a specific one.
            message = (
                f"‘{name}’ is crowded ({found.stories:,} stories): a story sinks fast there "
                f"alone; beside ‘{specific[0]}’ it adds reach."
            )
        else:
            message = f"‘{name}’ is crowded ({found.stories:,} stories): a story sinks fast there."
        return TagAssessment(name, found.stories, "crowded", message, neighbour)
    if found.stories < th.NICHE_TAG_MAX_STORIES:
        wider = [t for part, t in vocab.within(key) if part != key and t.stories > found.stories]
        wider += [t for t in vocab.containing(key) if t.stories > found.stories]
        # A neighbour with room ("R" for "R Programming") before a crowded one ("Programming").
        roomy = [t for t in wider if t.stories < th.CROWDED_TAG_MIN_STORIES]
        neighbour = widest(roomy) or widest(wider)
        return TagAssessment(
            name,
            found.stories,
            "niche",
            f"‘{name}’ is narrow ({found.stories:,} stories): few readers follow it.",
            neighbour,
        )
    return TagAssessment(name, found.stories, "ok", f"‘{name}’: {found.stories:,} stories.")


def _has_room(tag: str) -> bool:
    """Whether ``tag`` is specific: a Medium tag short of crowded, or one its list lacks."""
    return reach_of(tag) < th.CROWDED_TAG_MIN_STORIES


def _slip(tag: str, found: VocabularyTag | None, meant: str) -> TagAssessment:
    """The assessment of a tag that is most likely a slip for the tag ``meant``: unknown, or
    a narrow tag of its own (only those can be slips: see :func:`likely_meant`)."""
    if found is None:
        return TagAssessment(
            tag,
            0,
            "unknown",
            f"‘{tag}’ is not in Clapwise's list of Medium tags: did you mean ‘{meant}’?",
            meant,
        )
    name = _as_written(tag, found.name)
    return TagAssessment(
        name,
        found.stories,
        "niche",
        f"‘{name}’ is narrow ({found.stories:,} stories): did you mean ‘{meant}’?",
        meant,
    )


def _repeated_slip(tag: str, found: VocabularyTag | None, meant: str) -> TagAssessment:
    """The assessment of a slip for a tag the writer has already chosen: one tag twice."""
    return TagAssessment(
        tag,
        found.stories if found else 0,
        "repeated",
        f"‘{tag}’ looks like a slip for ‘{meant}’, which is already one of your tags: "
        "remove it and use the place for another.",
    )


def unlisted_note(tags: Sequence[str]) -> str:
    """One note for the chosen ``tags`` that Clapwise's list of Medium tags lacks."""
    quoted = [f"‘{tag}’" for tag in tags]
    if len(quoted) == 1:
        return (
            f"{quoted[0]} is not in Clapwise's list of Medium tags (a 2020 snapshot): "
            "check on Medium that readers follow it."
        )
    listed = f"{', '.join(quoted[:-1])} and {quoted[-1]}"
    return (
        f"{listed} are not in Clapwise's list of Medium tags (a 2020 snapshot): "
        "check on Medium that readers follow them."
    )


def reach_of(tag: str) -> int:
    """Stories that carried ``tag`` on Medium (0 when Medium's list does not have it)."""
    found = vocabulary().tag(tag)
    return found.stories if found else 0


@dataclass
class _Evidence:
    text: float = 0.0
    history: float = 0.0
    reasons: dict[str, float] = field(default_factory=dict)
    uses: int = 0  # the writer's stories that carried the tag
    related: bool = False  # used with a chosen tag, or on a similar story of the writer's

    @property
    def history_alone_counts(self) -> bool:
        """Without the text's support a tag from history is offered only when it belongs to
        this post (used beside a chosen tag, or on a similar story) or is one of the writer's
        staples; a tag used once on another subject is no reason to show it here."""
        return self.related or self.uses >= th.TAG_HISTORY_STAPLE_USES

    def add(self, amount: float, reason: str, from_text: bool) -> None:
        if from_text:
            self.text += amount
        else:
            self.history += amount
        self.reasons[reason] = self.reasons.get(reason, 0.0) + amount

    @property
    def score(self) -> float:
        # History strengthens what the text supports; alone it counts for less.
        return self.text + self.history * (1.0 if self.text else th.TAG_HISTORY_ALONE_SHARE)

    @property
    def reason(self) -> str:
        return max(self.reasons.items(), key=lambda item: item[1])[0]


class _Ballot:
    """Evidence per tag, keyed by lower-cased display name."""

    def __init__(self) -> None:
        self.evidence: dict[str, _Evidence] = defaultdict(_Evidence)
        self.spelling: dict[str, str] = {}
        self.written: dict[str, str] = {}  # the writer's own spelling of a tag they used
        self.reach: dict[str, int] = {}
        self.subject = ""  # the tag that is the post's best key phrase, lower case
        # Tags the prose writes once, outside the title and the key phrases: never first.
        self.passing: set[str] = set()

    def shown(self, lowered: str, draft: str) -> str:
        """The tag as a suggestion shows it: as the writer spelled it, if they have used it,
        else as the ``draft`` capitalises one of Medium's tags ("Git", "PyTorch"), else as
        Medium's list names it."""
        name = self.spelling[lowered]
        if lowered in self.written:
            return self.written[lowered]
        return (self.reach[lowered] and capitalised_form(name, draft)) or name

    def credit(
        self,
        tag: str,
        amount: float,
        reason: str,
        from_text: bool,
        *,
        uses: int = 0,
        related: bool = False,
    ) -> None:
        """Evidence for ``tag``; from history, ``uses`` (the writer's stories that carried it)
        and ``related`` (it went with a chosen tag, or on a similar story) say whether it may
        be offered without the text's support. A tag from history is spelled as the writer
        spelled it, and a suggestion of it keeps that spelling."""
        known = vocabulary().tag(tag)
        name = known.name if known else normalize_tag(tag)
        if not name or amount <= 0:
            return
        lowered = name.lower()
        self.spelling.setdefault(lowered, name)
        if not from_text:
            self.written.setdefault(lowered, _as_written(tag, name))
        self.reach[lowered] = known.stories if known else 0
        found = self.evidence[lowered]
        found.add(amount, reason, from_text)
        found.uses = max(found.uses, uses)
        found.related = found.related or related


def _fits(tag: VocabularyTag, minimum: float) -> bool:
    """A tag of two content words or more is specific by itself ("Machine Learning"); a tag of
    one ("Python", "The Web") must be more tag than word; "How To" has none."""
    content = content_words(tag)
    if len(content) >= 2:
        return True
    return bool(content) and affinity(tag) >= minimum


#: Features that are evidence from the draft (the others describe the tag itself), grouped by
#: the reason each gives.
_REASON_OF_FEATURE: tuple[tuple[str, str], ...] = (
    ("keyphrase", "keyphrase"),
    ("subject", "keyphrase"),
    ("keyphrase_part", "keyphrase_part"),
    ("initialism", "initialism"),
    ("title", "title"),
    ("mentions", "mentions"),
    ("keyness", "mentions"),
    ("spread", "mentions"),
    ("opening", "mentions"),
    ("words_apart", "mentions"),
    ("family", "family"),
    ("hub_word", "hub_word"),
)


def _reason(candidate: Candidate, contributions: dict[str, float]) -> str:
    """The reason behind the largest part of the candidate's score that the draft supplied."""
    totals: dict[str, float] = defaultdict(float)
    for feature, group in _REASON_OF_FEATURE:
        if candidate.values.get(feature, 0.0) > 0:
            totals[group] += contributions[feature]
    if not totals:
        return "a tag the post's words point to"
    group = max(totals, key=lambda g: (totals[g], g))
    name = candidate.tag.name
    if group == "keyphrase":
        subject = candidate.values.get("subject")
        why = "the post's subject" if subject else "a key phrase of the post"
        return f"{why}: ‘{candidate.phrase}’"
    if group == "keyphrase_part":
        return f"broader tag for the key phrase ‘{candidate.phrase}’"
    if group == "initialism":
        return f"the post is about {candidate.initials} ({name})"
    if group == "title":
        return "named in the title"
    if group == "family" and candidate.member:
        return f"the broader tag for ‘{candidate.member}’"
    if group == "hub_word" and candidate.word:
        return f"the broader tag for a post that keeps writing ‘{candidate.word}’"
    count = candidate.mentions
    return "the post mentions it " + {1: "once", 2: "twice"}.get(count, f"{count:,} times")


def _from_text(
    keyphrases: Sequence[Keyphrase],
    title: str,
    text: str,
    people: Collection[str],
    ballot: _Ballot,
) -> None:
    """Candidates from the draft, each credited with the model's probability that a writer
    would choose it; unlikely ones are left out."""
    model = tag_model(FULL if text else KEY_PHRASES)
    scored = [
        (model.probability(candidate.vector()), candidate)
        for candidate in tag_candidates(keyphrases, title, text, people)
    ]
    scored.sort(key=lambda item: (-item[0], item[1].tag.slug))
    new_one_word = 0
    credited: set[str] = set()
    for probability, candidate in scored:
        if probability < model.min_probability:
            break
        if candidate.only_within & credited:
            continue  # "Learning" beside "Machine Learning", when the text never says it alone
        if not candidate.known and "-" not in candidate.tag.slug:
            new_one_word += 1
            if new_one_word > th.TAG_NEW_ONE_WORD_MAX:
                continue
        vector = candidate.vector()
        spelled = candidate.tag.slug if candidate.known else candidate.written
        reason = _reason(candidate, model.contributions(vector))
        ballot.credit(spelled, th.TAG_WEIGHT_MODEL * probability, reason, True)
        credited.add(candidate.tag.slug)
        if _is_passing(candidate):
            ballot.passing.add(normalize_tag(spelled).lower())
        if candidate.values.get("subject") and candidate.known:  # no unknown tag leads
            ballot.subject = ballot.spelling.get(normalize_tag(spelled).lower(), "").lower()


def capitalised_form(name: str, text: str) -> str:
    """How ``text`` most often writes the tag ``name`` with each word capitalised ("Git");
    a text that writes it only in lower case ("git") takes back the list's guess of an
    acronym ("GIT" -> "Git"); "" when the text says nothing about it."""
    words = name.split()
    pattern = r"(?<![\w-])" + r"\s+".join(re.escape(word) for word in words) + r"(?![\w-])"
    forms = Counter(
        " ".join(found.group(0).split()) for found in re.finditer(pattern, text, re.IGNORECASE)
    )
    capitalised = Counter(
        {form: n for form, n in forms.items() if all(w[:1].isupper() for w in form.split())}
    )
    if capitalised:
        return capitalised.most_common(1)[0][0]
    if forms and any(len(word) > 1 and word.isupper() for word in words):
        return " ".join(word.capitalize() if word.isupper() else word for word in words)
    return ""


def _from_history(keyphrases: Sequence[Keyphrase], history: TagHistory, current, ballot) -> None:
    if not history.drafts:
        return
    now = history.now if history.now is not None else time.time()
    uses: dict[str, int] = defaultdict(int)
    freshness: dict[str, float] = defaultdict(float)
    spelled: dict[str, str] = {}
    for draft in history.drafts:
        age_days = max(0.0, (now - draft.used_at) / _DAY)
        decay = 0.5 ** (age_days / th.TAG_RECENCY_HALF_LIFE_DAYS)
        for lowered, tag in _writers_tags(draft.tags).items():
            spelled.setdefault(lowered, tag)
            uses[lowered] += 1
            freshness[lowered] += decay
    for lowered, count in uses.items():
        amount = th.TAG_WEIGHT_HISTORY * math.log1p(freshness[lowered])
        stories = "1 of your stories" if count == 1 else f"{count} of your stories"
        ballot.credit(spelled[lowered], amount, f"used in {stories}", False, uses=count)

    current_lower = _writers_tags(current)
    if current_lower:
        together: dict[tuple[str, str], int] = defaultdict(int)
        with_current: dict[str, int] = defaultdict(int)
        for draft in history.drafts:
            tags = set(_writers_tags(draft.tags))
            for mine in tags & current_lower.keys():
                with_current[mine] += 1
                for other in tags - current_lower.keys():
                    together[(mine, other)] += 1
        for (mine, other), count in together.items():
            share = count / with_current[mine]
            ballot.credit(
                spelled[other],
                th.TAG_WEIGHT_COOCCURRENCE * share,
                f"often used with ‘{current_lower[mine]}’",
                False,
                related=True,
            )

    own_stems = frozenset(s for k in keyphrases for s in stem_key(k.phrase))
    if own_stems:
        for draft in history.drafts:
            their_stems = frozenset(s for k in draft.keyphrases for s in stem_key(k))
            if not their_stems:
                continue
            overlap = len(own_stems & their_stems) / len(own_stems | their_stems)
            if overlap >= th.SIMILAR_DRAFT_MIN_OVERLAP:
                for tag in _writers_tags(draft.tags).values():
                    ballot.credit(
                        tag,
                        th.TAG_WEIGHT_SIMILAR * overlap,
                        "used on a similar story of yours",
                        False,
                        related=True,
                    )


def suggest_tags(
    keyphrases: Sequence[Keyphrase],
    history: TagHistory,
    current_tags: Sequence[str],
    limit: int = th.MEDIUM_MAX_TAGS,
    *,
    title: str = "",
    text: str = "",
    people: Collection[str] = (),
) -> tuple[TagSuggestion, ...]:
    """At most ``limit`` (and five) tags to add, best first; current tags are left out.

    ``keyphrases`` are the draft's extracted key phrases (best first), ``title`` its title and
    ``text`` its prose (or Markdown without code): tags written there count too. ``people``
    are the words it writes as people's names: never new tags.
    """
    ballot = _Ballot()
    _from_text(keyphrases, title, text, people, ballot)
    _from_history(keyphrases, history, current_tags, ballot)
    taken = set(_writers_tags(current_tags))
    ranked = sorted(
        (
            (found.score, lowered)
            for lowered, found in ballot.evidence.items()
            if lowered not in taken
        ),
        key=lambda item: (-item[0], item[1]),
    )
    from_text = _diversify([item for item in ranked if ballot.evidence[item[1]].text > 0])
    # A slip the writer made before ("Pyhton", or "Imagemagik" beside the post's ImageMagick)
    # is no habit to suggest again. Looking for one is a fuzzy search of the vocabulary, so
    # only as far as the places history may take.
    nearby = [*(k.phrase for k in keyphrases), *current_tags]
    history_only = list(
        itertools.islice(
            (
                item
                for item in ranked
                if ballot.evidence[item[1]].text == 0
                and ballot.evidence[item[1]].history_alone_counts
                and not likely_meant(ballot.spelling[item[1]], nearby)
            ),
            th.TAG_HISTORY_ONLY_MAX,
        )
    )
    chosen = _merge(from_text, history_only, th.MEDIUM_MAX_TAGS)
    # Medium shows the first tag most: the post's own subject goes first. A smaller limit
    # keeps the first of these five, so two suggestions are the best two of the five.
    chosen.sort(key=lambda item: item[1] != ballot.subject)
    _lead_with_readers(chosen, ballot.reach)
    _no_passing_lead(chosen, ballot)
    del chosen[max(0, limit) :]
    draft = f"{title}\n{text}"  # read for the capitals of the tags shown, not of every candidate
    return tuple(
        TagSuggestion(
            ballot.shown(lowered, draft),
            score,
            ballot.evidence[lowered].reason,
            ballot.reach[lowered],
            ballot.evidence[lowered].history > 0,
        )
        for score, lowered in chosen
    )


def _is_passing(candidate: Candidate) -> bool:
    """A tag the prose writes once, and neither the title nor a key phrase names."""
    values = candidate.values
    named = ("title", "keyphrase", "keyphrase_part", "initialism")
    return candidate.mentions <= 1 and not any(values.get(name) for name in named)


def _no_passing_lead(chosen: list[tuple[float, str]], ballot: _Ballot) -> None:
    """The first place, which Medium shows most, never goes to a passing mention while the
    text supports another suggestion: "Empty State", the post's subject, before a "Project
    Management" it names once."""
    if not chosen or chosen[0][1] not in ballot.passing:
        return
    for index, (_score, lowered) in enumerate(chosen):
        if lowered not in ballot.passing and ballot.evidence[lowered].text > 0:
            chosen.insert(0, chosen.pop(index))
            return


def _lead_with_readers(chosen: list[tuple[float, str]], reach: dict[str, int]) -> None:
    """A tag Medium's list lacks may have no readers, so it gives up the place Medium shows
    most to the best tag with reach, if that one is nearly as likely ("Machine Learning"
    before "Model"); not to a passing mention ("Software" stays behind "Sinking Fund")."""
    if not chosen or reach[chosen[0][1]]:
        return
    best = max(score for score, _lowered in chosen)
    for index, (score, lowered) in enumerate(chosen):
        if reach[lowered]:
            if score >= th.TAG_KNOWN_LEAD_MIN_SHARE * best:
                chosen.insert(0, chosen.pop(index))
            return


def _diversify(ranked: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Five tags should cover different sides of a story: a tag that contains a better one or
    is contained in it ("Docker Compose" after "Docker") keeps only part of its score."""
    kept: list[tuple[float, str]] = []
    kept_words: list[set[str]] = []
    pending = list(ranked)
    penalised: set[str] = set()
    while pending:
        score, lowered = pending.pop(0)
        words = set(stem_key(lowered))
        nested = any(words <= other or other <= words for other in kept_words)
        if nested and lowered not in penalised:
            penalised.add(lowered)
            pending.append((score * th.TAG_OVERLAP_PENALTY, lowered))
            pending.sort(key=lambda item: (-item[0], item[1]))  # behind those that now beat it
            continue
        kept.append((score, lowered))
        kept_words.append(words)
    return kept


def _merge(
    from_text: list[tuple[float, str]], history_only: list[tuple[float, str]], limit: int
) -> list[tuple[float, str]]:
    """The text's best tags first; ``history_only`` (the history's best, two at most) may
    take the last two places."""
    keep = max(0, limit - th.TAG_HISTORY_ONLY_MAX)
    head, rest = from_text[:keep], from_text[keep:]
    tail = sorted(rest + history_only, key=lambda i: (-i[0], i[1]))
    return (head + tail)[:limit]


__all__ = [
    "PastDraft",
    "TagAssessment",
    "TagHistory",
    "TagSuggestion",
    "TagTooLongError",
    "assess_tag",
    "capitalised_form",
    "check_tag_length",
    "dedupe_tags",
    "display_name",
    "normalize_tag",
    "reach_of",
    "suggest_tags",
    "unlisted_note",
]
