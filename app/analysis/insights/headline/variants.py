"""Headline ideas that rewrite the writer's own title and topic, and a side-by-side comparison.

Ideas come from the writer's title (tightened, keyphrase first, for the reader, a how-to, as
lessons, as one phrase, in title case, a count the story really has) and from the topic (a
how-to for an activity, what to know, a guide, common mistakes, tips, myths, a why, a
question). A topic that is missing or is the whole title is taken from the title. The
grammar follows the topic: a topic that starts with a verb in -ing is an activity and a
singular subject ("Why Achieving Goals Is Harder"), unless it only modifies a countable noun
("sinking fund": a thing, said in the plural, "Sinking Funds"); plural nouns take "are"; "my"
and "our" become "your" when the reader is addressed. Ideas that claim personal experience
appear only for a personal story; ideas that trip one of Medium's red flags never appear, nor do
ideas whose own reasons would ask for a rewrite (a colon that lost the A/B tests), ideas a band
below the writer's title, or weak ones that would not beat it. The most usable come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.analysis.insights.headline import lexicon
from app.analysis.insights.headline.features import (
    NUMBER_WORDS,
    SEARCH_RESULT_CHARACTERS,
    capitalisation_style,
)
from app.analysis.insights.headline.reasons import SWEET_SPOT_MIN, WORDING
from app.analysis.insights.headline.report import BANDS, HeadlineReport, analyze_headline
from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.lexicon import modifier_words
from app.analysis.text.offline_data import syllable_dictionary
from app.analysis.text.words import DETERMINERS


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
# Prepositions after which an activity is what the story steers clear of, not its subject.
_AVOIDING = frozenset({"without"})
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


# A noun whose plural is about as common as itself (Zipf within this gap) is countable:
# "fund"/"funds", "habit"/"habits"; "bread", "code" or "Rust" are not, so "Baking Bread" can be
# an activity while "Sinking Fund" cannot.
COUNTABLE_GAP = 0.5


def _plural_word(word: str) -> str:
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def _countable(noun: str) -> bool:
    plain = noun.lower()
    return zipf(_plural_word(plain)) >= zipf(plain) - COUNTABLE_GAP


def _is_compound_noun(topic: str, title: str = "") -> bool:
    """Whether an -ing word only modifies the noun after it ("sinking fund", "mailing list"):
    the phrase names a thing, not an activity. As a verb's object a single countable noun would
    need an article ("building a sinking fund"), so an -ing word right before one is read as a
    modifier; so is an -ing phrase the writer's title puts an article before ("The Sinking Fund
    Habit")."""
    words = topic.split()
    if len(words) < 2 or not _is_activity(topic):
        return False
    if title and re.search(
        rf"\b(?:{'|'.join(DETERMINERS)})\s+{re.escape(topic)}\b", title, re.IGNORECASE
    ):
        return True
    ing, noun = words[0], words[1]
    plain = noun.lower()
    if plain in DETERMINERS or plain in _PREPOSITIONS or not plain.isalpha():
        return False  # "Growing Our Newsletter", "Coding for Fun", "Rewriting 50 Headlines"
    if noun[:1].isupper() and ing[:1].islower():
        return False  # a name: "learning Rust"
    if plain.endswith("s"):
        return False  # "achieving goals": a plural can be a verb's bare object
    return len(words) == 2 and _countable(plain)


def _pluralise_head(topic: str) -> str:
    """ "sinking fund" -> "sinking funds": a single countable noun needs an article or a
    plural in a title, and the plural reads in every template."""
    head, _, last = topic.rpartition(" ")
    return f"{head} {_plural_word(last)}".strip()


def _is_plural(topic: str) -> bool:
    """Whether a noun-phrase topic takes "are": look at the last word before a preposition.
    A capitalised name ending in -s whose singular is no English word ("Kubernetes") is one
    thing."""
    typed = topic.split()
    words = [word.lower() for word in typed]
    position = len(words) - 1
    for index, word in enumerate(words):
        if index and word in _PREPOSITIONS:
            position = index - 1
            break
    head = words[position]
    if head in {"people", "children", "men", "women", "data"}:
        return head != "data"
    if not head.endswith("s") or head.endswith(("ss", "us", "is", "ics", "ness")):
        return False
    if typed[position][:1].isupper():
        known = syllable_dictionary()  # CMUdict's words
        return head[:-1] in known or (head.endswith("es") and head[:-2] in known)
    return True


def gerund(verb: str) -> str:
    """ "learn" -> "learning", "write" -> "writing", "run" -> "running", "see" -> "seeing"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb) and sum(c in "aeiou" for c in verb) == 1:
        return verb + verb[-1] + "ing"  # run, get, plan, stop: one short syllable doubles
    return verb + "ing"


def _as_activity(topic: str) -> str:
    """ "how to learn SQL" -> "learning SQL": a how-to topic becomes an activity."""
    match = re.match(r"(?:how\s+to|learn\s+how\s+to)\s+(\S+)(.*)$", topic, re.IGNORECASE)
    if not match:
        return topic
    verb = match.group(1)
    activity = gerund(verb.lower())
    return (activity.capitalize() if verb[:1].isupper() else activity) + match.group(2)


_ENDS_VOWEL_CONSONANT = re.compile(r"[aeiou][^aeiouwxy]$")
_ENDS_VOWEL_TEAM_CONSONANT = re.compile(r"[aeiou]{2}[^aeiouwxy]$")


def base_verb(gerund: str) -> str:
    """ "learning" -> "learn", "writing" -> "write", "running" -> "run", "selling" -> "sell"."""
    stem = gerund[:-3]
    known = syllable_dictionary()  # CMUdict's words
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # running, getting, quitting
    if stem in _NG_VERBS:
        return stem  # singing is not "singe"
    with_e = stem + "e"
    if _ENDS_VOWEL_TEAM_CONSONANT.search(stem):
        # Two vowels before the consonant may or may not take an e ("mail", "read" against
        # "leave", "choose", "create"): the form English writes more often is the verb.
        return with_e if zipf(with_e) > zipf(stem) else stem
    # CMUdict lists names such as "Chang" and "Cod", so a known stem is not proof enough.
    if with_e in known and (
        stem not in known
        or _ENDS_VOWEL_CONSONANT.search(stem)
        or stem.endswith(("ng", "dg", "rg", "rc", "nc"))
    ):
        return with_e  # changing, writing, coding, using
    return stem


def _mentions(topic: str, audience: str) -> bool:
    """Whether the topic already names the audience (plural -s forgiven)."""

    def stems(text: str) -> set[str]:
        return {word.lower().rstrip("s") for word in _WORD_RE.findall(text)} - _SMALL_WORDS

    wanted = stems(audience)
    return bool(wanted) and wanted <= stems(topic)


# Possessives as the reader hears them ("growing our newsletter" -> "Growing Your Newsletter")
# and as the writer tells their own story ("your" -> "my").
_TO_READER = {"my": "your", "our": "your", "mine": "yours", "ours": "yours"}
_TO_WRITER = {"your": "my", "yours": "mine"}
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|my|me|mine|myself)\b", re.IGNORECASE)
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
MAX_CHARACTERS = 75  # a variant longer than this is never usable as it stands
PROBLEM_TONE = -0.3  # VADER compound at or below which a topic is a problem to deal with


def _swap_words(phrase: str, table: dict[str, str]) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        new = table.get(word.lower())
        if new is None:
            return word
        return new.capitalize() if word[0].isupper() else new

    return re.sub(r"[A-Za-z']+", swap, phrase)


@dataclass(frozen=True, slots=True)
class _Topic:
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
        verb = _cap(base_verb(first.lower()))
        return f"{verb} {rest}".strip()


def _counted_in(topic: str, text: str) -> bool:
    """Whether ``text`` counts the thing ``topic`` names, so it is no mass noun: it writes the
    topic after "a", "an", "one", "each", "every" or "another", perhaps with an adjective
    between ("an emergency fund", "a small emergency fund"). "Code", "burnout" and "remote
    work" never take "a"."""
    words = topic.split()
    if not text or not words or _is_activity(topic) or words[-1][:1].isupper():
        return False  # an activity, or a name ("Python")
    if words[-1].lower().endswith("s") or words[0].lower() in DETERMINERS:
        return False  # a plural already, or a topic with its own article
    pattern = rf"\b(?:a|an|one|each|every|another)\s+(?:[a-z]+\s+)?{re.escape(topic)}\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _is_problem(topic: str) -> bool:
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


def _topic(cleaned: str, audience: str, title: str = "", text: str = "") -> _Topic:
    if _is_compound_noun(cleaned, title) or _counted_in(cleaned, f"{title}\n{text}"):
        cleaned = _pluralise_head(cleaned)
        activity = False
    else:
        activity = _is_activity(cleaned)
    reader = _swap_words(cleaned, _TO_READER)
    named = "" if audience and _mentions(cleaned, audience) else audience
    return _Topic(
        title=title_case(reader, inside=True),
        mine=title_case(_swap_words(cleaned, _TO_WRITER), inside=True),
        activity=activity,
        # A gerund subject is singular: "Achieving Goals Is Harder", never "Are".
        plural=not activity and _is_plural(cleaned),
        problem=_is_problem(cleaned),
        audience=title_case(named) if named else None,
    )


def _from_topic(
    t: _Topic, keyphrase: str, points: int | None, personal: bool
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
            # A thing can be debated or doubted; most activities in a story are just done
            # ("Is Loading Audio Files Worth It?").
            ideas.append(("myths", f"Common Myths About {t.title}"))
            ideas.append(("question", f"{t.be} {t.title} Worth It?"))
    if keyphrase and keyphrase.lower() not in t.title.lower():
        ideas.append(
            ("keyphrase first", f"{title_case(keyphrase)}: A Practical Guide to {t.title}")
        )
    if personal:
        # Claims of experience only when the writer says the story is theirs.
        ideas.append(("personal story", f"What {t.mine} Taught Me"))
        # One phrase, no colon: the lab's own advice would ask to rewrite "X: Lessons ...".
        experience = t.mine if t.activity else f"with {t.mine}"
        ideas.append(("personal story", f"Lessons from My Own Experience {experience}"))
    return ideas


# "... Without Burning Out", "... Without Giving Up Coffee": what a story avoids, at the end.
_AVOIDED_TAIL = re.compile(r"\s+without\s+.*$", re.I)
_TOPIC_FORMS = (
    # "How to Learn SQL" -> "learning SQL" (via _as_activity)
    re.compile(r"^(?P<topic>how\s+to\s+.+)$", re.I),
    # "What I Learned From Rewriting 50 Headlines" -> "Rewriting 50 Headlines"
    re.compile(
        r"^(?:what|how|why|when)\s+(?:i|we)\s+\S+\s+(?:from|about|by|when|while|after)\s+"
        r"(?P<topic>.+)$",
        re.I,
    ),
    # "How I Learned to Write Every Day" -> "Writing Every Day" (the verb becomes an activity)
    re.compile(
        r"^(?:how|why|when)\s+(?:i|we)\s+(?:learned|learnt|started|decided|managed|chose|"
        r"tried|taught\s+(?:myself|ourselves)|got)\s+to\s+(?P<todo>.+)$",
        re.I,
    ),
    # "7 Lessons From a Year of Teaching" -> "a Year of Teaching"
    re.compile(
        r"^(?:\d+|"
        + "|".join(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
        + r")\s+\S+\s+(?:from|for|about|on|of|to|with)\s+(?P<topic>.+)$",
        re.I,
    ),
    # "A Practical Guide to PostgreSQL Indexes", "The Case Against Microservices"
    re.compile(
        r"^(?:an?|the)\s+(?:\S+\s+)?(?:guide|introduction|case|primer|look)\s+"
        r"(?:to|for|against|at|on|of)\s+(?P<topic>.+)$",
        re.I,
    ),
    # "Lessons From Ten Years of Running a Bookshop"
    re.compile(r"^(?:lessons|notes|thoughts)\s+(?:from|on|about)\s+(?P<topic>.+)$", re.I),
)
MAX_TOPIC_WORDS = 3
COMMON_ZIPF = 5.5  # words this frequent ("need", "got", "work") rarely name a topic alone
_RELATIVE = frozenset({"that", "which", "who", "whose", "than", "like"})
_ACTIVITY_STOPS = frozenset(
    {
        "for", "to", "with", "in", "on", "at", "from", "by", "about", "when", "while", "and",
        "but", "or", "that", "which", "who", "is", "are", "was", "will", "without", "like",
    }
)  # fmt: skip
_QUESTION_WORDS = frozenset({"why", "what", "how", "when", "who", "which", "where", "is", "are"})


def _rarity(word: str) -> float:
    """How specific a word is: 7 minus its Zipf frequency (0 for "the", about 4 for "Rust")."""
    return max(0.0, 7.0 - zipf(word.lower().strip("'’")))


def stated_topic(title: str) -> str:
    """The topic a title states by its form ("Topic: Payoff", "How to ...", "What I Learned
    From ...", "A Guide to ..."), or "" when it states none and only its words can be
    guessed from: then the text's own subject is a better topic."""
    form_matched, topic = _title_topic(title)
    return topic if form_matched else ""


def topic_from_title(title: str) -> str:
    """What a title is about, in a few words, to build other ideas on: the head of "Topic:
    Payoff", the subject of a known form ("How to ...", "What I Learned From ...", "A Guide
    to ..."), the first activity it names ("Rewriting Headlines"), else its most specific
    words (rarity in general English decides, so "Remote Teams" beats "Need")."""
    return _title_topic(title)[1]


def _title_topic(title: str) -> tuple[bool, str]:
    """(whether the title states its topic by its form, the topic)."""
    cleaned = _clean_topic(title)
    head, colon, _ = cleaned.partition(": ")
    if colon and 1 <= len(head.split()) <= MAX_TOPIC_WORDS + 1:
        return True, head
    # What the story steers clear of is no topic: "... Without Burning Out".
    text = _AVOIDED_TAIL.sub("", cleaned) or cleaned
    stated = False
    for form in _TOPIC_FORMS:
        match = form.match(text)
        if match:
            found = match.groupdict()
            topic = found.get("topic") or f"how to {found['todo']}"  # "to write": "writing"
            text = _clean_topic(_as_activity(topic))
            if len(text.split()) <= MAX_TOPIC_WORDS and not _is_activity(text.lower()):
                return True, text
            stated = True  # an activity: its words are picked below
            break
    return stated, _topic_in_words(text)


def _topic_in_words(text: str) -> str:
    """The first activity a title names with what it acts on, else its most specific words."""
    words = re.findall(r"[\w'’+#.-]+", text)
    function_words = lexicon.headline_words("function_words") | _QUESTION_WORDS

    def breaks(word: str) -> bool:
        plain = word.lower().strip(".")
        return (
            plain in function_words
            or plain in _RELATIVE
            or plain[:1].isdigit()
            or plain in NUMBER_WORDS
        )

    activity = _activity_start(words)
    if activity is not None:  # the activity and what it acts on: "Rewriting (50) Headlines"
        picked = [words[activity]]
        for word in words[activity + 1 :]:
            plain = word.lower()
            if len(picked) > MAX_TOPIC_WORDS or plain in _ACTIVITY_STOPS:
                break
            if not plain[:1].isdigit():
                picked.append(word)
        return _clean_topic(" ".join(picked))
    runs: list[list[str]] = [[]]
    for word in words:
        if breaks(word) or zipf(word.lower()) >= COMMON_ZIPF:
            runs.append([])
        else:
            runs[-1].append(word.strip("."))
    best: tuple[float, list[str]] = (0.0, [])
    for run in runs:
        for size in range(1, min(2, len(run)) + 1):
            for start in range(len(run) - size + 1):
                part = run[start : start + size]
                value = sum(_rarity(word) for word in part)
                if value > best[0]:
                    best = (value, part)
    return " ".join(best[1]) if best[1] else text


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
            (i for i, word in enumerate(kept) if i >= 4 and word.lower() in _PREPOSITIONS),
            default=None,
        )
        if last is not None:
            text = " ".join(kept[:last])
    return title_case(text) if text != title else text


def _from_title(
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
    first_person = bool(_FIRST_PERSON.search(base))
    if audience and not _mentions(base, audience) and ":" not in base and not first_person:
        ideas.append(("your title, for the reader", f"{base}: A Guide for {title_case(audience)}"))
    if points and _LIST_NOUNS.match(base) and not any(c.isdigit() for c in base):
        ideas.append(("your title, with a number", f"{points} {base}"))
    if not base.lower().startswith("how to"):
        activity = _activity_in(base)
        if activity:
            first, _, rest = activity.partition(" ")
            rest = _swap_words(rest, _TO_READER)
            how_to = f"How to {_cap(base_verb(first.lower()))} {rest}".strip()
            ideas.append(("your title, as a how-to", title_case(how_to)))
    learned = _LEARNED.match(base)
    if learned:  # "What I Learned From X" -> "Lessons From X": the payoff named, not teased
        count = f"{points} " if points else ""
        ideas.append(("your title, as lessons", title_case(f"{count}Lessons From {learned[1]}")))
    head, colon, tail = base.partition(": ")
    if colon and len(tail.split()) >= 3 and len(head.split()) <= 4:
        # "Pair Programming: Why Two Heads Are Better Than One" -> the payoff carries the
        # topic: "Why Two Heads Are Better Than One in Pair Programming"
        joined = f"{_strip_end(tail)} in {head}" if not _mentions(tail, head) else tail
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


def _activity_start(words: list[str]) -> int | None:
    """Where an activity starts: an -ing word that opens the title or follows a preposition
    ("From Rewriting Headlines"); after another word it is part of a name ("Pair
    Programming"), and after "without" it is what the story avoids ("Without Burning Out")."""
    return next(
        (
            i
            for i, word in enumerate(words)
            if _is_activity(word.lower())
            and (i == 0 or words[i - 1].lower() in _PREPOSITIONS - _AVOIDING)
        ),
        None,
    )


def _activity_in(title: str) -> str:
    """The activity a title names, with what follows it up to a colon ("Rewriting 50
    Headlines for Medium Readers"), or ""."""
    words = title.partition(": ")[0].split()
    start = _activity_start(words)
    if start is None:
        return ""
    return _clean_topic(" ".join(words[start:]))


def _cap_first(text: str) -> str:
    return text[:1].upper() + text[1:]


_BAND_RANK = {name: rank for rank, (name, _) in enumerate(BANDS)}
_REWRITE_ACTIONS = frozenset({WORDING["colon"].cut})


def _asks_for_rewrite(report: HeadlineReport) -> bool:
    """Whether the idea's own reasons tell the writer to rewrite its form (a colon that lost
    the A/B tests): the lab must not offer what its advice would then undo."""
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
    (:func:`topic_from_title`).
    """
    cleaned = _as_activity(_clean_topic(topic))
    key = _clean_topic(keyphrase or "")
    named = _clean_topic(audience or "")
    own = " ".join((title or "").split())
    personal = personal or bool(_FIRST_PERSON.search(own))
    # A topic that is the title itself cannot be pasted into other titles; the keyphrase or
    # the title's own subject can.
    if own and (not cleaned or cleaned.casefold() == _as_activity(_clean_topic(own)).casefold()):
        cleaned = key or _as_activity(topic_from_title(own))
    subject = _topic(cleaned, named, own, text) if cleaned else None
    ideas = (
        [(name, idea, True) for name, idea in _from_title(own, key, named, points)] if own else []
    )
    if subject is not None:
        ideas += [(name, idea, False) for name, idea in _from_topic(subject, key, points, personal)]
    seen: set[str] = set()
    own_report = analyze_headline(own, key or None) if own else None
    floor = own_report.overall if own_report else -1
    # An idea a whole band below the title would never replace it: it only buries the ones
    # that might ("Why Sinking Funds Are Harder" at fair 40 under a good 65).
    band_floor = _BAND_RANK[own_report.band] if own_report else 0
    ranked: list[tuple[float, int, Variant]] = []
    for index, (name, written, from_title) in enumerate(ideas):
        idea = " ".join(written.split())
        # The title itself is no idea; the title in other capitals is one.
        if not idea or idea == own or idea.casefold() in seen or len(idea) > MAX_CHARACTERS:
            continue
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
        ranked.append((-value, index, Variant(idea, name)))
    ranked.sort()
    return [variant for _, _, variant in ranked]
