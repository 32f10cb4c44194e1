"""Headline ideas that rewrite the writer's own title and topic, filtered and most usable first.

Ideas come from the writer's title (tightened, keyphrase first, for the reader, a how-to, as
lessons, as one phrase, in title case, a count the story really has) and from the topic (a
how-to for an activity, what to know, a guide, common mistakes, tips, myths, a why): see
``ideas``. A topic that is missing or is the whole title is taken from the title
(``title_topic``); its grammar is read in ``topic``. Ideas that claim personal experience
appear only for a personal story; ideas that trip one of Medium's red flags never appear, nor do
ideas whose own reasons would ask for a rewrite (a colon or a question that lost the A/B
tests), ideas a band below the writer's title, or weak ones that would not beat it. The most
usable come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.analysis.insights.headline.features import SEARCH_RESULT_CHARACTERS
from app.analysis.insights.headline.ideas import FIRST_PERSON, ideas_from_title, ideas_from_topic
from app.analysis.insights.headline.language import reads_as_english
from app.analysis.insights.headline.reasons import SWEET_SPOT_MIN, WORDING
from app.analysis.insights.headline.report import BANDS, HeadlineReport, analyze_headline
from app.analysis.insights.headline.title_topic import (
    holds_as_topic,
    stated_topic,
    topic_from_title,
    treated_in,
)
from app.analysis.insights.headline.topic import clean_topic, read_topic
from app.analysis.insights.headline.word_forms import TO_READER, as_activity, swap_words


@dataclass(frozen=True, slots=True)
class Variant:
    """A headline idea and the template it came from."""

    text: str
    template: str

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "template": self.template}


MAX_CHARACTERS = 75  # a variant longer than this is never usable as it stands
# Templates that promise content of a kind ("Common Mistakes with…", "Common Myths About…"):
# honest only for a story that deals in mistakes or myths.
_CONTENT_CLAIMS = {
    "mistakes": re.compile(r"\b(?:mistakes?|pitfalls?|gotchas?)\b", re.I),
    "myths": re.compile(r"\b(?:myths?|misconceptions?|misunderstood)\b", re.I),
}
#: Times a story must name them to deal in them: a "wrong" or a "believe" in passing, or one
#: mistake told, is no list of common mistakes or myths to promise.
CLAIM_MIN_MENTIONS = 2


_BAND_RANK = {name: rank for rank, (name, _) in enumerate(BANDS)}
_REWRITE_ACTIONS = frozenset(
    {WORDING["colon"].cut, WORDING["question_mark"].cut, WORDING["ends_with_question"].cut}
)


def _asks_for_rewrite(report: HeadlineReport) -> bool:
    """Whether the idea's own reasons tell the writer to rewrite its form (a colon or a
    question that lost the A/B tests): the lab must not offer what its advice would then
    undo."""
    return any(reason.impact < 0 and reason.action in _REWRITE_ACTIONS for reason in report.reasons)


def usability(report: HeadlineReport, *, from_title: bool) -> float:
    """How ready a variant is to use as it stands: the overall judgement, then what an editor
    checks first (length for search, the keyphrase up front, a statement over a question)."""
    value = float(report.overall)
    if SWEET_SPOT_MIN <= report.characters <= SEARCH_RESULT_CHARACTERS:
        value += 6
    elif report.characters > SEARCH_RESULT_CHARACTERS:
        value -= 8
    elif report.characters < 30:
        value -= 6
    if report.features is not None and report.features.keyphrase_position == "start":
        value += 5
    if report.text.endswith("?"):
        value -= 10
    if from_title:
        value += 8  # closest to what the writer meant
    return value


def generate_variants(
    topic: str,
    keyphrase: str | None = None,
    audience: str | None = None,
    *,
    title: str | None = None,
    personal: bool = False,
    points: int | None = None,
    hide_weak: bool = True,
    text: str = "",
) -> list[Variant]:
    """Headline ideas that rewrite the writer's ``title`` and ``topic``, most usable first.

    ``personal``: the writer says the story is their own (a first-person title says so too);
    only then do ideas claim experience. ``points``: how many points the story makes (its
    sections), the only count a list headline may promise. ``text``: the story, which shows
    whether the topic is a thing it counts ("an emergency fund": "Emergency Funds" in the
    ideas) or a mass noun ("code"). Ideas that trip a red flag of
    Medium's standards are left out, and so (``hide_weak``) are ideas in a lower band than the
    writer's own title and ideas in the weak band that do not beat it. A topic that is empty
    or the title itself is taken from the keyphrase or, failing that, from the title
    (:func:`topic_from_title`). With a ``keyphrase``, ideas are built on it too when the
    topic does not name it, and ideas that name it come first.
    """
    cleaned = as_activity(clean_topic(topic))
    key = clean_topic(keyphrase or "")
    named = clean_topic(audience or "")
    own = " ".join((title or "").split())
    if not reads_as_english(own or cleaned, text):
        return []  # every template is an English sentence: none fits a story in another language
    personal = personal or bool(FIRST_PERSON.search(own))
    # A topic that is the title itself cannot be pasted into other titles; the keyphrase or
    # the title's own subject can.
    if own and (not cleaned or cleaned.casefold() == as_activity(clean_topic(own)).casefold()):
        cleaned = key or as_activity(topic_from_title(own))
    # A topic guessed from the title's words alone ("Google" in "Why I Left Google After Ten
    # Years") is the story's subject only if the story names it again.
    guessed = bool(own) and not stated_topic(own) and cleaned != key
    if guessed and cleaned.casefold() == topic_from_title(own).casefold():
        cleaned = cleaned if treated_in(cleaned, own, text) else ""
    # Only a noun phrase or an activity fills the templates: "A Practical Guide to Quit" is
    # no English, whoever typed "quit".
    if cleaned and not holds_as_topic(cleaned, own, text):
        cleaned = ""
    # The writer's focus keyphrase is what readers search for: ideas are built on it first,
    # and on a topic that does not name it only after it ("CORS" before "origins").
    topics = [key] if key and key.casefold() not in cleaned.casefold() else []
    topics += [cleaned] if cleaned else []
    ideas = (
        [(name, idea, True) for name, idea in ideas_from_title(own, key, named, points)]
        if own
        else []
    )
    for each in topics:
        subject = read_topic(each, named, own, text)
        # A keyphrase in the writer's own words ("letters from my mother") is searched as
        # written: turned to the reader ("Letters from Your Mother") it names someone else's
        # and misses the keyphrase, so only the writer's story is told of it.
        own_story = each == key and swap_words(key, TO_READER) != key
        made = ideas_from_topic(subject, key, points, personal or own_story)
        ideas += [
            (name, idea, False) for name, idea in made if not own_story or name == "personal story"
        ]
    seen: set[str] = set()
    own_report = analyze_headline(own, key or None) if own else None
    floor = own_report.overall if own_report else -1
    # An idea a whole band below the title would never replace it: it only buries the ones
    # that might ("Why Sinking Funds Are Harder" at fair 40 under a good 65). Under a strong
    # title a good idea stays: another angle, and the lab is never empty for a strong title.
    own_rank = _BAND_RANK[own_report.band] if own_report else 0
    band_floor = min(own_rank, _BAND_RANK["good"])
    ranked: list[tuple[bool, float, int, Variant]] = []
    for index, (name, written, from_title) in enumerate(ideas):
        idea = " ".join(written.split())
        # The title itself is no idea; the title in other capitals is one.
        if not idea or idea == own or idea.casefold() in seen or len(idea) > MAX_CHARACTERS:
            continue
        claim = _CONTENT_CLAIMS.get(name)
        if claim is not None and text and len(claim.findall(text)) < CLAIM_MIN_MENTIONS:
            continue  # the story has no mistakes (myths) to list: the idea would mislead
        seen.add(idea.casefold())
        report = analyze_headline(idea, key or None)
        if report.red_flags or _asks_for_rewrite(report):
            continue  # never suggest what the checker would hold against the writer
        if hide_weak and report.band == "weak" and report.overall <= floor:
            continue  # no better than what the writer has
        if hide_weak and _BAND_RANK[report.band] < band_floor:
            continue
        if hide_weak and report.band == "weak" and not own:
            continue
        value = usability(report, from_title=from_title)
        # An idea without the focus keyphrase comes after every idea with it: its own reasons
        # would tell the writer to put the keyphrase in.
        missing = report.features is not None and report.features.keyphrase_present is False
        ranked.append((missing, -value, index, Variant(idea, name)))
    ranked.sort()
    return [variant for *_, variant in ranked]
