"""Headline ideas from a topic, and a side-by-side comparison of two analysed headlines.

Topics arrive as the writer types them ("remote work", "learning Rust as a Python developer").
A topic that starts with a verb in -ing is an activity and takes different glue words than a
thing ("Mistakes to Avoid When Learning Rust" but "Mistakes to Avoid with Remote Work"); every
template is written for both, and all variants come out in title case.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.analysis.insights.headline.report import HeadlineReport
from app.analysis.text.offline_data import pronunciations


@dataclass(frozen=True, slots=True)
class Variant:
    """A headline idea and the template it came from."""

    text: str
    template: str

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "template": self.template}


# Words kept lower case inside a title (articles, short conjunctions and prepositions).
_SMALL_WORDS = frozenset(
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
        "in", "of", "on", "to", "up", "via", "vs", "vs.", "with", "from", "into", "over",
        "per", "than",
    }
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {
        "as", "at", "by", "for", "from", "in", "into", "of", "on", "over", "to", "with",
        "without", "about", "after", "before", "during", "like", "when", "while",
    }
)  # fmt: skip
# Nouns ending in -ing that are not activities.
_ING_NOUNS = frozenset(
    {
        "thing", "things", "king", "ring", "spring", "string", "morning", "evening", "wedding",
        "ceiling", "clothing", "pudding", "ping", "sibling", "darling", "duckling", "nothing",
        "something", "everything", "anything", "offspring",
    }
)  # fmt: skip
_NG_VERBS = frozenset(
    {
        "sing", "bring", "ring", "spring", "swing", "sting", "cling", "fling", "wing",
        "string", "sling",
    }
)  # fmt: skip
_WORD_RE = re.compile(r"\S+")


def _cap(word: str) -> str:
    """Capitalise a plain word; leave acronyms and brand spellings (iPhone, GraphQL) alone."""
    if any(char.isupper() for char in word):
        return word
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def title_case(phrase: str, *, inside: bool = False) -> str:
    """Title case that keeps small words lower case (except first and last) and keeps
    acronyms and brand spellings as typed. ``inside``: the phrase goes inside a longer title,
    so even its first word stays lower case if small ("Get Better at the Art of Saying No")."""
    words = _WORD_RE.findall(phrase)
    first = 0 if inside else 1
    result = []
    for index, word in enumerate(words):
        plain = word.lower()
        if (
            first <= index < len(words) - 1
            and plain in _SMALL_WORDS
            and word in (plain, _cap(plain))
        ):
            result.append(plain)
        else:
            result.append(_cap(word))
    return " ".join(result)


def _clean_topic(topic: str) -> str:
    cleaned = " ".join(topic.split()).strip(" .,:;!?-–—\"'“”‘’")
    return cleaned


def _is_activity(topic: str) -> bool:
    first = topic.split()[0].lower() if topic.split() else ""
    return len(first) > 4 and first.endswith("ing") and first not in _ING_NOUNS


def _is_plural(topic: str) -> bool:
    """Whether a noun-phrase topic takes "are": look at the last word before a preposition."""
    words = topic.lower().split()
    head = words[-1]
    for index, word in enumerate(words):
        if index and word in _PREPOSITIONS:
            head = words[index - 1]
            break
    if head in {"people", "children", "men", "women", "data"}:
        return head != "data"
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "ics", "ness"))


_ENDS_VOWEL_CONSONANT = re.compile(r"[aeiou][^aeiouwxy]$")


def base_verb(gerund: str) -> str:
    """ "learning" -> "learn", "writing" -> "write", "running" -> "run", "selling" -> "sell"."""
    stem = gerund[:-3]
    known = pronunciations()
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # running, getting, quitting
    if stem in _NG_VERBS:
        return stem  # singing is not "singe"
    with_e = stem + "e"
    # CMUdict lists names such as "Chang" and "Cod", so a known stem is not proof enough.
    if with_e in known and (
        stem not in known
        or _ENDS_VOWEL_CONSONANT.search(stem)
        or stem.endswith(("ng", "dg", "rg", "rc", "nc"))
    ):
        return with_e  # changing, writing, coding, using
    return stem


@dataclass(frozen=True, slots=True)
class _Topic:
    title: str  # "Learning Rust as a Python Developer", "the Art of Saying No"
    activity: bool
    plural: bool
    audience: str | None  # "Python Developers", unless the topic already names them
    keyphrase_readers: str  # who the keyphrase-first variant addresses
    keyphrase: str  # title-cased keyphrase (the topic when none was given)

    @property
    def lead(self) -> str:
        """The topic at the start of a title ("The Art of Saying No")."""
        return self.title[:1].upper() + self.title[1:]

    @property
    def be(self) -> str:
        return "Are" if self.plural else "Is"

    @property
    def it(self) -> str:
        return "They" if self.plural else "It"

    @property
    def gets(self) -> str:
        return "Get" if self.plural else "Gets"

    @property
    def context(self) -> str:
        """The topic as a clause: "When Learning Rust" or "with Remote Work"."""
        return f"When {self.title}" if self.activity else f"with {self.title}"

    @property
    def infinitive(self) -> str:
        """ "Learn Rust as a Python Developer" for an activity, else "Get Started with X"."""
        if not self.activity:
            return f"Get Started with {self.title}"
        first, _, rest = self.title.partition(" ")
        verb = _cap(base_verb(first.lower()))
        return f"{verb} {rest}".strip()

    @property
    def keyphrase_lead(self) -> str:
        return self.keyphrase[:1].upper() + self.keyphrase[1:]

    @property
    def readers(self) -> str:
        return self.audience or "Beginners"


_Template = Callable[[_Topic], list[str]]


def _how_to(t: _Topic) -> list[str]:
    if t.activity:
        return [f"How to {t.infinitive}", f"How to Start {t.title} Without Burning Out"]
    return [f"How to {t.infinitive}", f"How to Get Better at {t.title}"]


def _list(t: _Topic) -> list[str]:
    return [
        f"7 Lessons from {t.title}",
        f"5 Things Nobody Tells You About {t.title}",
        f"10 Practical Tips for {t.title}",
    ]


def _why(t: _Topic) -> list[str]:
    return [
        f"Why {t.title} {t.be} Harder Than {t.it} Look{'' if t.plural else 's'}",
        f"Why I Changed My Mind About {t.title}",
    ]


def _mistakes(t: _Topic) -> list[str]:
    return [f"7 Mistakes to Avoid {t.context}", f"The Mistakes Most People Make {t.context}"]


def _guide(t: _Topic) -> list[str]:
    if t.audience:
        return [f"{t.lead} for {t.audience}: A Practical Guide", f"A Practical Guide to {t.title}"]
    return [f"A Practical Guide to {t.title}", f"The Beginner's Guide to {t.title}"]


def _question(t: _Topic) -> list[str]:
    bother = f"Bother {t.title}" if t.activity else f"Bother with {t.title}"
    return [f"{t.be} {t.title} Worth It?", f"Should You {bother}?"]


def _personal_story(t: _Topic) -> list[str]:
    return [
        f"I Tried {t.title} for 30 Days: What Worked and What Didn't",
        f"My First Year of {t.title}",
    ]


def _learned(t: _Topic) -> list[str]:
    return [f"What {t.title} Taught Me", f"What I Learned from a Year of {t.title}"]


def _comparison(t: _Topic) -> list[str]:
    return [
        f"{t.lead}: Expectations vs. Reality",
        f"What {t.title} {t.gets} Right, and What {t.it} {t.gets} Wrong",
    ]


def _keyphrase_first(t: _Topic) -> list[str]:
    return [
        f"{t.keyphrase_lead}: What {t.keyphrase_readers} Should Know",
        f"{t.keyphrase_lead}: 5 Lessons from the First Year",
    ]


def _myths(t: _Topic) -> list[str]:
    return [f"5 Myths About {t.title}, Debunked"]


def _audience(t: _Topic) -> list[str]:
    return [f"What {t.readers} Should Know About {t.title}", f"{t.lead}, Explained Simply"]


def _mentions(topic: str, audience: str) -> bool:
    """Whether the topic already names the audience (plural -s forgiven)."""

    def stems(text: str) -> set[str]:
        return {word.lower().rstrip("s") for word in _WORD_RE.findall(text)} - _SMALL_WORDS

    wanted = stems(audience)
    return bool(wanted) and wanted <= stems(topic)


TEMPLATES: dict[str, _Template] = {
    "how-to": _how_to,
    "list": _list,
    "why": _why,
    "mistakes": _mistakes,
    "guide": _guide,
    "question": _question,
    "personal story": _personal_story,
    "what I learned": _learned,
    "comparison": _comparison,
    "keyphrase first": _keyphrase_first,
    "myths": _myths,
    "audience": _audience,
}


def generate_variants(
    topic: str, keyphrase: str | None = None, audience: str | None = None
) -> list[Variant]:
    """Distinct headline ideas for ``topic`` from every template; empty for an empty topic."""
    cleaned = _clean_topic(topic)
    if not cleaned:
        return []
    title = title_case(cleaned, inside=True)
    named = _clean_topic(audience or "")
    # "Learning Rust as a Python developer" already says who it is for.
    reader = "" if named and _mentions(cleaned, named) else named
    key = _clean_topic(keyphrase or "")
    subject = _Topic(
        title=title,
        activity=_is_activity(cleaned),
        plural=_is_plural(cleaned),
        audience=title_case(reader) if reader else None,
        keyphrase_readers=(
            title_case(named) if named and not _mentions(key or cleaned, named) else "Beginners"
        ),
        keyphrase=title_case(key, inside=True) if key else title,
    )
    seen: set[str] = set()
    variants = []
    for name, template in TEMPLATES.items():
        for text in template(subject):
            if text.lower() not in seen:
                seen.add(text.lower())
                variants.append(Variant(text, name))
    return variants


# --------------------------------------------------------------------------- comparison


@dataclass(frozen=True, slots=True)
class FeatureComparison:
    """One feature of two headlines side by side; ``better`` is "a", "b", "same" or
    "neither" (for features where neither value is better in itself)."""

    name: str
    label: str
    value_a: object
    value_b: object
    better: str

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "label": self.label,
            "value_a": self.value_a,
            "value_b": self.value_b,
            "better": self.better,
        }


def _pick(a: float, b: float, higher_is_better: bool) -> str:
    if a == b:
        return "same"
    return "a" if (a > b) == higher_is_better else "b"


_KEYPHRASE_RANK = {"start": 3, "middle": 2, "end": 2}


def compare(a: HeadlineReport, b: HeadlineReport) -> list[FeatureComparison]:
    """Feature-by-feature comparison of two analysed headlines."""
    rows = [
        FeatureComparison(
            "overall", "Overall", a.overall, b.overall, _pick(a.overall, b.overall, True)
        ),
        FeatureComparison("score", "Appeal score", a.score, b.score, _pick(a.score, b.score, True)),
        FeatureComparison(
            "clickbait_probability",
            "Clickbait risk",
            round(a.clickbait_probability, 3),
            round(b.clickbait_probability, 3),
            _pick(round(a.clickbait_probability, 3), round(b.clickbait_probability, 3), False),
        ),
        FeatureComparison(
            "red_flags", "Red flags", len(a.red_flags), len(b.red_flags),
            _pick(len(a.red_flags), len(b.red_flags), False),
        ),
        FeatureComparison(
            "fits_search_result",
            "Fits a search result (60 characters)",
            a.characters <= 60,
            b.characters <= 60,
            _pick(a.characters <= 60, b.characters <= 60, True),
        ),
        FeatureComparison("characters", "Characters", a.characters, b.characters, "neither"),
        FeatureComparison("words", "Words", a.words, b.words, "neither"),
        FeatureComparison("type", "Type", a.type, b.type, "neither"),
    ]  # fmt: skip
    fa, fb = a.features, b.features
    if fa is not None and fb is not None:
        rows += [
            FeatureComparison(
                "emotional_share", "Emotional words", round(fa.emotional_share, 3),
                round(fb.emotional_share, 3),
                _pick(fa.emotional_share > 0, fb.emotional_share > 0, True),
            ),
            FeatureComparison(
                "power_share", "Power words", round(fa.power_share, 3), round(fb.power_share, 3),
                _pick(fa.power_share > 0, fb.power_share > 0, True),
            ),
            FeatureComparison(
                "common_share", "Common words", round(fa.common_share, 3),
                round(fb.common_share, 3), "neither",
            ),
            FeatureComparison(
                "sentiment", "Sentiment", round(fa.sentiment, 3), round(fb.sentiment, 3), "neither"
            ),
            FeatureComparison(
                "reading_grade", "Reading grade", round(fa.reading_grade, 1),
                round(fb.reading_grade, 1),
                _pick(round(fa.reading_grade, 1), round(fb.reading_grade, 1), False),
            ),
            FeatureComparison(
                "numbers", "Has a number", bool(fa.numbers), bool(fb.numbers),
                _pick(bool(fa.numbers), bool(fb.numbers), True),
            ),
            FeatureComparison(
                "skimmable", "First and last three words carry meaning",
                fa.first_words_meaningful and fa.last_words_meaningful,
                fb.first_words_meaningful and fb.last_words_meaningful,
                _pick(
                    fa.first_words_meaningful + fa.last_words_meaningful,
                    fb.first_words_meaningful + fb.last_words_meaningful,
                    True,
                ),
            ),
        ]  # fmt: skip
        if fa.keyphrase_present is not None and fb.keyphrase_present is not None:
            rank_a = _KEYPHRASE_RANK.get(fa.keyphrase_position or "", 0)
            rank_b = _KEYPHRASE_RANK.get(fb.keyphrase_position or "", 0)
            rows.append(
                FeatureComparison(
                    "keyphrase", "Focus keyphrase", fa.keyphrase_position or "missing",
                    fb.keyphrase_position or "missing", _pick(rank_a, rank_b, True),
                )
            )  # fmt: skip
    return rows
