"""The idea templates: rewrites of the writer's own title, and ideas built on a topic."""

from __future__ import annotations

import re

from app.analysis.insights.headline.features import (
    SEARCH_RESULT_CHARACTERS,
    capitalisation_style,
)
from app.analysis.insights.headline.title_topic import activity_in
from app.analysis.insights.headline.topic import Topic
from app.analysis.insights.headline.word_forms import (
    PREPOSITIONS,
    TO_READER,
    base_verb,
    cap,
    mentions,
    swap_words,
    title_case,
)

FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|my|me|mine|myself)\b", re.IGNORECASE)
_FILLER = frozenset(
    {
        "really", "very", "just", "actually", "simply", "basically", "truly", "quite",
        "totally", "literally", "definitely", "honestly", "absolutely",
    }
)  # fmt: skip
_LOOSE_OPENING = re.compile(r"^(?:some|a few|my|random)?\s*thoughts\s+(?:on|about)\s+", re.I)
_LIST_NOUNS = re.compile(
    r"^(?:lessons|tips|ways|mistakes|things|reasons|steps|ideas|rules|habits|tools|questions)\b",
    re.IGNORECASE,
)
_TRAILING_MARKS = re.compile(r"\s*(?:!+|\.\.\.|…)\s*$")


def _tighten(title: str) -> str:
    words = [w for w in _LOOSE_OPENING.sub("", title).split() if w.lower() not in _FILLER]
    text = _TRAILING_MARKS.sub("", " ".join(words))
    if len(text) > SEARCH_RESULT_CHARACTERS and ": " in text:
        head, _, tail = text.partition(": ")
        text = head if len(head) >= 25 else tail  # keep the part that carries the story
    if len(text) > SEARCH_RESULT_CHARACTERS:
        # Drop the closing phrase ("... for Medium Readers") if what is left still says it.
        kept = text.split()
        last = max(
            (i for i, word in enumerate(kept) if i >= 4 and word.lower() in PREPOSITIONS),
            default=None,
        )
        if last is not None:
            text = " ".join(kept[:last])
    return title_case(text) if text != title else text


def ideas_from_title(
    title: str, keyphrase: str, audience: str, points: int | None
) -> list[tuple[str, str]]:
    """Rewrites of the writer's own title: tighter, keyphrase first, for the reader."""
    ideas: list[tuple[str, str]] = []
    tight = _tighten(title)
    if tight and tight != title and len(tight.split()) >= 3:
        ideas.append(("your title, tightened", tight))
    base = tight or title
    lowered = base.lower()
    key = title_case(keyphrase) if keyphrase else ""
    if key and key.lower() not in lowered:
        keyed = f"{key}: {base}"
        if len(keyed) <= SEARCH_RESULT_CHARACTERS:  # only while it still shows whole in search
            ideas.append(("your title, keyphrase first", keyed))
    elif key and not lowered.startswith(key.lower()) and ": " in base:
        head, _, tail = base.partition(": ")
        if key.lower() in tail.lower():
            ideas.append(("your title, keyphrase first", f"{_cap_first(tail)}: {head}"))
    first_person = bool(FIRST_PERSON.search(base))
    if audience and not mentions(base, audience) and ":" not in base and not first_person:
        ideas.append(("your title, for the reader", f"{base}: A Guide for {title_case(audience)}"))
    if points and _LIST_NOUNS.match(base) and not any(c.isdigit() for c in base):
        ideas.append(("your title, with a number", f"{points} {base}"))
    if not base.lower().startswith("how to"):
        activity = activity_in(base)
        if activity:
            first, _, rest = activity.partition(" ")
            rest = swap_words(rest, TO_READER)
            how_to = f"How to {cap(base_verb(first.lower()))} {rest}".strip()
            ideas.append(("your title, as a how-to", title_case(how_to)))
    learned = _LEARNED.match(base)
    if learned:  # "What I Learned From X" -> "Lessons From X": the payoff named, not teased
        count = f"{points} " if points else ""
        ideas.append(("your title, as lessons", title_case(f"{count}Lessons From {learned[1]}")))
    head, colon, tail = base.partition(": ")
    if colon and len(tail.split()) >= 3 and len(head.split()) <= 4:
        # "Pair Programming: Why Two Heads Are Better Than One" -> the payoff carries the
        # topic: "Why Two Heads Are Better Than One in Pair Programming"
        joined = f"{_strip_end(tail)} in {head}" if not mentions(tail, head) else tail
        ideas.append(("your title, as one phrase", title_case(joined)))
    if capitalisation_style(base.split()) in {"sentence case", "lower case", "mixed"}:
        ideas.append(("your title, in title case", title_case(base)))
    return ideas


_LEARNED = re.compile(
    r"^(?:what|the\s+lessons?)\s+(?:i|we)\s+(?:learned|learnt)\s+(?:from|by|when|while|after)\s+"
    r"(.+)$",
    re.IGNORECASE,
)


def _strip_end(text: str) -> str:
    return text.rstrip(" .!?")


def _cap_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def ideas_from_topic(
    t: Topic, keyphrase: str, points: int | None, personal: bool
) -> list[tuple[str, str]]:
    """Ideas built around the topic, each honest to any story about it."""
    ideas: list[tuple[str, str]] = []
    yours = "your" in t.title.lower().split()  # "Your First Marathon" already has its reader
    if t.activity:
        ideas.append(("how-to", f"How to {t.infinitive}"))
        ideas.append(("where to start", f"Where to Start {t.title}"))
    else:
        ideas.append(("what to know", f"What to Know About {t.title}"))
        if not yours:
            ideas.append(("explained", f"{t.lead}, Explained"))
    if t.audience and not yours:
        ideas.append(("for the reader", f"What {t.audience} Should Know About {t.title}"))
        ideas.append(("guide", f"A Practical Guide to {t.title} for {t.audience}"))
    subject = f"Dealing with {t.title}" if t.problem else t.title
    ideas.append(("guide", f"A Practical Guide to {subject}"))
    count = f"{points} " if points else ""
    if t.problem:
        # Nobody wants tips for debt or to know whether loneliness is worth it.
        ideas.append(("how-to", f"How to Deal with {t.title}"))
        ideas.append(("myths", f"Common Myths About {t.title}"))
        if points:
            ideas.append(("list", f"{points} Ways to Deal with {t.title}"))
    else:
        ideas.append(("mistakes", f"Common Mistakes {t.context}"))
        ideas.append(("tips", f"{count}Practical Tips for {t.title}"))
        if points:
            ideas.append(("list", f"{points} Lessons on {t.title}"))
        s = "" if t.plural else "s"
        ideas.append(("why", f"Why {t.title} {t.be} Harder Than {t.it} Look{s}"))
        if not t.activity:
            # A thing can be doubted; most activities in a story are just done ("Common Myths
            # About Loading Audio Files"). No "Is It Worth It?": the lab's own advice would ask
            # to state the answer instead of asking.
            ideas.append(("myths", f"Common Myths About {t.title}"))
    if keyphrase and keyphrase.lower() not in t.title.lower():
        ideas.append(
            ("keyphrase first", f"{title_case(keyphrase)}: A Practical Guide to {t.title}")
        )
    if personal:
        # Claims of experience only when the writer says the story is theirs.
        ideas.append(("personal story", f"What {t.mine} Taught Me"))
        # One phrase, no colon: the lab's own advice would ask to rewrite "X: Lessons ...".
        # "Experience Growing My Newsletter" reads well, an activity with its object; a lone
        # activity ("Experience Single-Tasking") reads as a compound noun and takes "with".
        experience = t.mine if t.activity and len(t.mine.split()) > 1 else f"with {t.mine}"
        ideas.append(("personal story", f"Lessons from My Own Experience {experience}"))
    return ideas
