"""The verdict on a chosen tag: crowded, narrow, unknown to Medium or a slip, and a neighbour."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.vocabulary import (
    VocabularyTag,
    affinity,
    content_words,
    stem_key,
    vocabulary,
)
from app.analysis.insights.tags.names import as_written, same_tag
from app.analysis.insights.tags.slips import likely_meant


@dataclass(frozen=True, slots=True)
class TagAssessment:
    """What a chosen tag's reach means: ``crowded``, ``niche``, ``unknown`` (not a tag Medium
    listed), ``repeated`` (a slip for another chosen tag) or ``ok``; with a neighbouring real
    tag to consider, when there is one, and its ``place``: ``before`` the tag (a specific one
    before a crowded tag: Medium shows the first tag most), ``after`` it (a broader one after a
    narrow tag), each the pair Medium rewards, or ``instead`` of it (the tag a slip meant)."""

    tag: str
    reach: int
    verdict: str
    message: str
    neighbour: str = ""
    place: str = "instead"


def assess_tag(
    tag: str, chosen: Collection[str] = (), topics: Collection[str] | None = None
) -> TagAssessment:
    """Whether a chosen tag is too broad (crowded), too narrow (few readers) or unknown; the
    neighbour offered instead is never one of the ``chosen`` tags, and a crowded tag that a
    chosen tag already narrows gets none. ``topics`` are the post's key phrases, when known:
    a narrower neighbour must be words one of them holds ("Pair Programming", not "Functional
    Programming", for a post about pair programming; not "Culture Change" from "code review
    culture" and "code changes")."""
    vocab = vocabulary()

    def is_taken(name: str) -> bool:  # in any case or number: "Startup Lessons" is taken
        return any(same_tag(name, other) for other in chosen)

    written = None if topics is None else [set(stem_key(phrase)) for phrase in topics]

    def widest(tags: Iterable[VocabularyTag]) -> str:
        free = [t for t in tags if not is_taken(t.name)]
        return max(free, key=lambda t: t.stories).name if free else ""

    def on_topic(candidate: VocabularyTag) -> bool:
        words = set(stem_key(candidate.slug))
        return written is None or any(words <= phrase for phrase in written)

    found = vocab.tag(tag)
    meant = likely_meant(tag, topics or ())
    if meant and is_taken(meant):
        return _repeated_slip(tag, found, meant)
    if meant:
        return _slip(tag, found, meant)
    if found is None:
        # The list is a 2020 snapshot that lacks a fifth of Medium's tags: the writer's tag may
        # well be one, so a listed part of it goes beside it, never in its place, and one with
        # room ("Python" of "Python Programming") before a crowded one ("Programming").
        parts = [
            t for _part, t in vocab.within(stem_key(tag)) if _fits(t, th.TAG_PART_MIN_AFFINITY)
        ]
        roomy = [t for t in parts if t.stories < th.CROWDED_TAG_MIN_STORIES]
        neighbour = widest(roomy) or widest(parts)
        return TagAssessment(tag, 0, "unknown", unlisted_note([tag]), neighbour, "after")
    key = stem_key(found.slug)
    name = as_written(tag, found.name)  # the note quotes the writer's chip
    others = [other for other in chosen if other.lower() != tag.lower()]
    if found.stories >= th.CROWDED_TAG_MIN_STORIES:
        containing = vocab.containing(key)  # a scan of the whole vocabulary: once
        # A chosen tag that already narrows this one ("Pair Programming" beside "Programming")
        # is the writer's answer: another narrower tag would only be a stranger to the post.
        narrowed = any(is_taken(t.name) for t in containing)
        fitting = (t for t in containing if _fits(t, th.TAG_PART_MIN_AFFINITY) and on_topic(t))
        neighbour = "" if narrowed else widest(fitting)
        # Only a listed tag is named as the partner: the unlisted note below would otherwise
        # doubt, a line later, the very tag this one recommends.
        specific = [other for other in others if 0 < reach_of(other) < th.CROWDED_TAG_MIN_STORIES]
        if specific:
            # The mix the suggestions offer: a broad tag for reach beside a specific one.
            message = (
                f"‘{name}’ is crowded ({found.stories:,} stories): a story sinks fast there "
                f"alone; beside ‘{specific[0]}’ it adds reach."
            )
        elif any(not reach_of(other) for other in others):
            message = (
                f"‘{name}’ is crowded ({found.stories:,} stories): a story sinks fast there "
                "alone; beside a specific tag that readers follow, it adds reach."
            )
        else:
            message = f"‘{name}’ is crowded ({found.stories:,} stories): a story sinks fast there."
        return TagAssessment(name, found.stories, "crowded", message, neighbour, "before")
    if found.stories < th.NICHE_TAG_MAX_STORIES:
        broader = [other for other in others if reach_of(other) >= th.NICHE_TAG_MAX_STORIES]
        if broader:
            # The mix the suggestions offer: the specific tag beside one with readers. Swapping
            # it for a wider one would only lose the post's own subject.
            return TagAssessment(
                name,
                found.stories,
                "niche",
                f"‘{name}’ is narrow ({found.stories:,} stories): few readers follow it, but "
                f"‘{broader[0]}’ beside it reaches more.",
            )
        wider = [t for part, t in vocab.within(key) if part != key and t.stories > found.stories]
        wider += [t for t in vocab.containing(key) if t.stories > found.stories]
        # The tag's head alone, when more English word than tag ("Team" for "Distributed
        # Teams"), would swap the subject for a generic word; a name it holds ("R" of "R
        # Programming") or a head that is a topic ("Programming") would not.
        wider = [
            t for t in wider if stem_key(t.slug) != key[-1:] or _fits(t, th.TAG_PART_MIN_AFFINITY)
        ]
        # A neighbour with room ("R" for "R Programming") before a crowded one ("Programming").
        roomy = [t for t in wider if t.stories < th.CROWDED_TAG_MIN_STORIES]
        neighbour = widest(roomy) or widest(wider)
        more = "; a broader tag beside it reaches more" if neighbour else ""
        return TagAssessment(
            name,
            found.stories,
            "niche",
            f"‘{name}’ is narrow ({found.stories:,} stories): few readers follow it{more}.",
            neighbour,
            "after",
        )
    return TagAssessment(name, found.stories, "ok", f"‘{name}’: {found.stories:,} stories.")


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
    name = as_written(tag, found.name)
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


def _fits(tag: VocabularyTag, minimum: float) -> bool:
    """A tag of two content words or more is specific by itself ("Machine Learning"); a tag of
    one ("Python", "The Web") must be more tag than word; "How To" has none."""
    content = content_words(tag)
    if len(content) >= 2:
        return True
    return bool(content) and affinity(tag) >= minimum
