"""A topic as headline ideas use it: its reader's and writer's wording and its grammar."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from app.analysis.insights.headline import lexicon
from app.analysis.insights.headline.word_forms import (
    PREPOSITIONS,
    TO_READER,
    TO_WRITER,
    base_verb,
    cap,
    countable,
    is_activity,
    is_plural,
    mentions,
    pluralise_head,
    swap_words,
    title_case,
)
from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.lexicon import modifier_words
from app.analysis.text.words import DETERMINERS

PROBLEM_TONE = -0.3  # VADER compound at or below which a topic is a problem to deal with


def clean_topic(topic: str) -> str:
    cleaned = " ".join(topic.split()).strip(" .,:;!?-–—\"'“”‘’")
    return cleaned


def is_compound_noun(topic: str, title: str = "") -> bool:
    """Whether an -ing word only modifies the noun after it ("sinking fund", "mailing list"):
    the phrase names a thing, not an activity. As a verb's object a single countable noun would
    need an article ("building a sinking fund"), so an -ing word right before one is read as a
    modifier; so is an -ing phrase the writer's title puts an article before ("The Sinking Fund
    Habit")."""
    words = topic.split()
    if len(words) < 2 or not is_activity(topic):
        return False
    if title and re.search(
        rf"\b(?:{'|'.join(DETERMINERS)})\s+{re.escape(topic)}\b", title, re.IGNORECASE
    ):
        return True
    ing, noun = words[0], words[1]
    plain = noun.lower()
    if plain in DETERMINERS or plain in PREPOSITIONS or not plain.isalpha():
        return False  # "Growing Our Newsletter", "Coding for Fun", "Rewriting 50 Headlines"
    if noun[:1].isupper() and ing[:1].islower():
        return False  # a name: "learning Rust"
    if plain.endswith("s"):
        return False  # "achieving goals": a plural can be a verb's bare object
    return len(words) == 2 and countable(plain)


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic in the words and grammar the idea templates need."""

    title: str  # the topic as the reader hears it: "Growing Your Newsletter"
    mine: str  # the topic in the writer's own words: "Growing My Newsletter"
    activity: bool
    plural: bool
    problem: bool  # something readers suffer, not do or use ("technical debt", "loneliness")
    audience: str | None  # "Python Developers", unless the topic already names them

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
    def context(self) -> str:
        """The topic as a clause: "When Learning Rust" or "with Remote Work"."""
        return f"When {self.title}" if self.activity else f"with {self.title}"

    @property
    def infinitive(self) -> str:
        """ "Learn Rust as a Python Developer" for an activity ("" for a thing)."""
        if not self.activity:
            return ""
        first, _, rest = self.title.partition(" ")
        verb = cap(base_verb(first.lower()))
        return f"{verb} {rest}".strip()


CLIPPING_GAP = 1.0  # Zipf by which the full word must be commoner than its clipped form


def full_form(topic: str, text: str) -> str:
    """The word a one-word topic clips, when the story writes it out ("algo" -> "algorithm"):
    a clipping is slang for the word, not a topic of its own. The full word must start with
    the topic, run at least three letters longer and be clearly commoner in English, so "app"
    (as common as "application") stays."""
    word = topic.strip()
    if " " in word or not word.isalpha() or len(word) < 3:
        return topic
    rare = zipf(word.lower()) + CLIPPING_GAP
    longer = Counter(
        found.lower() for found in re.findall(rf"\b{re.escape(word)}[a-z]{{3,}}\b", text, re.I)
    )
    fuller = {form: uses for form, uses in longer.items() if zipf(form) >= rare}
    return max(fuller, key=fuller.__getitem__) if fuller else topic


def counted_in(topic: str, text: str) -> bool:
    """Whether ``text`` counts the thing ``topic`` names, so it is no mass noun: it writes the
    topic after "a", "an", "one", "each", "every" or "another", perhaps with an adjective
    between ("an emergency fund", "a small emergency fund"). "Code", "burnout" and "remote
    work" never take "a"."""
    words = topic.split()
    if not text or not words or is_activity(topic) or words[-1][:1].isupper():
        return False  # an activity, or a name ("Python")
    if words[-1].lower().endswith("s") or words[0].lower() in DETERMINERS:
        return False  # a plural already, or a topic with its own article
    pattern = rf"\b(?:a|an|one|each|every|another)\s+(?:[a-z]+\s+)?{re.escape(topic)}\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def is_problem(topic: str) -> bool:
    """Whether readers suffer the topic rather than do or use it: its tone is negative because
    of its head noun ("technical debt", "loneliness") or an adjective ("bad habits"), not a
    noun that only says what a thing is for ("emergency fund", "stress management")."""
    if lexicon.sentiment(topic)["compound"] > PROBLEM_TONE:
        return False
    words = topic.split()
    if len(words) < 2:
        return True
    modifiers = modifier_words()
    return lexicon.sentiment(words[-1])["compound"] < 0 or any(
        word.lower() in modifiers and lexicon.sentiment(word)["compound"] < 0 for word in words[:-1]
    )


def read_topic(cleaned: str, audience: str, title: str = "", text: str = "") -> Topic:
    """The ``cleaned`` topic as ideas use it. The grammar follows the topic: a topic that
    starts with a verb in -ing is an activity and a singular subject ("Why Achieving Goals Is
    Harder"), unless it only modifies a countable noun ("sinking fund": a thing, said in the
    plural, "Sinking Funds"); plural nouns take "are"; "my" and "our" become "your" when the
    reader is addressed."""
    if is_compound_noun(cleaned, title) or counted_in(cleaned, f"{title}\n{text}"):
        cleaned = pluralise_head(cleaned)
        activity = False
    else:
        activity = is_activity(cleaned)
    reader = swap_words(cleaned, TO_READER)
    named = "" if audience and mentions(cleaned, audience) else audience
    return Topic(
        title=title_case(reader, inside=True),
        mine=title_case(swap_words(cleaned, TO_WRITER), inside=True),
        activity=activity,
        # A gerund subject is singular: "Achieving Goals Is Harder", never "Are".
        plural=not activity and is_plural(cleaned),
        problem=is_problem(cleaned),
        audience=title_case(named) if named else None,
    )
