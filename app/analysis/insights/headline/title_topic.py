"""Reading what a title is about: the topic its form states, else its activity or rarest words."""

from __future__ import annotations

import re

from app.analysis.insights.headline import lexicon
from app.analysis.insights.headline.features import NUMBER_WORDS
from app.analysis.insights.headline.topic import clean_topic
from app.analysis.insights.headline.word_forms import PREPOSITIONS, as_activity, is_activity
from app.analysis.insights.keywords.frequency import zipf

# Prepositions after which an activity is what the story steers clear of, not its subject.
_AVOIDING = frozenset({"without"})
# "... Without Burning Out", "... Without Giving Up Coffee": what a story avoids, at the end.
_AVOIDED_TAIL = re.compile(r"\s+without\s+.*$", re.I)
# "7 Lessons From a Year of Teaching", "Ten Years of Go": a count of something, then its subject.
_COUNTED_FORM = re.compile(
    r"^(?:\d+|"
    + "|".join(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
    + r")\s+\S+\s+(?:from|for|about|on|of|to|with)\s+(?P<topic>.+)$",
    re.I,
)
_TOPIC_FORMS = (
    # "How to Learn SQL" -> "learning SQL" (via as_activity)
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
    _COUNTED_FORM,
    # "A Practical Guide to PostgreSQL Indexes", "The Case Against Microservices"
    re.compile(
        r"^(?:an?|the)\s+(?:\S+\s+)?(?:guide|introduction|case|primer|look)\s+"
        r"(?:to|for|against|at|on|of)\s+(?P<topic>.+)$",
        re.I,
    ),
    # "Lessons From Ten Years of Running a Bookshop"
    re.compile(r"^(?:lessons|notes|thoughts)\s+(?:from|on|about)\s+(?P<topic>.+)$", re.I),
    # "Understanding CORS (in Five Minutes)", "Demystifying Docker Networking": explaining is
    # the story's form, what it explains (a name of up to four words) is its subject.
    re.compile(
        r"^(?:understanding|introducing|demystifying|exploring|explaining)\s+(?P<subject>.+?)"
        r"(?:\s+(?:in|with|for|from|at|on|without)\s+.+)?$",
        re.I,
    ),
    # "CORS Explained", "Docker Networking, Demystified"
    re.compile(r"^(?P<subject>.+?),?\s+(?:explained|demystified)$", re.I),
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
# Verbs of feeling: learning "to love" something is a story about that thing.
_FEELINGS = frozenset({"love", "like", "enjoy", "embrace", "accept", "appreciate", "trust"})
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
    cleaned = clean_topic(title)
    head, colon, _ = cleaned.partition(": ")
    if colon and 1 <= len(head.split()) <= MAX_TOPIC_WORDS + 1:
        # "Ten Years of Go: …" is about Go: a count of something names its subject after it.
        counted = _COUNTED_FORM.match(head)
        return True, clean_topic(counted["topic"]) if counted else head
    # What the story steers clear of is no topic: "... Without Burning Out".
    text = _AVOIDED_TAIL.sub("", cleaned) or cleaned
    stated = False
    for form in _TOPIC_FORMS:
        match = form.match(text)
        if match:
            found = match.groupdict()
            if found.get("subject"):
                subject = clean_topic(found["subject"])
                first = subject.split()[0].lower()
                if (
                    len(subject.split()) <= MAX_TOPIC_WORDS + 1
                    and not is_activity(first)
                    and first not in _QUESTION_WORDS  # "Understanding How Browsers …"
                ):
                    return True, subject
                text = subject  # no clear name: its words are picked below, the form unstated
                break
            topic = found.get("topic") or _todo_topic(found["todo"])
            text = clean_topic(as_activity(topic))
            if len(text.split()) <= MAX_TOPIC_WORDS and not is_activity(text.lower()):
                return True, text
            stated = True  # an activity: its words are picked below
            break
    return stated, _topic_in_words(text)


def _todo_topic(todo: str) -> str:
    """What a story of learning or starting "to" do something is about: the doing ("to
    write": "how to write", an activity), unless one of the things done is a feeling ("to
    Stop Worrying and Love Rust's Borrow Checker"): then what it is felt for."""
    grammar = lexicon.headline_words("function_words")
    for clause in re.split(r"\s+and\s+", todo, flags=re.I):
        verb, *rest = clause.split() or [""]
        while rest and rest[0].lower() in grammar:
            del rest[0]  # "to Trust Our Tests" is about tests
        if verb.lower() in _FEELINGS and rest:
            return " ".join(rest)  # not "Myself" for "to Like Myself": that is an activity
    return f"how to {todo}"


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
        return clean_topic(" ".join(picked))
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


def _activity_start(words: list[str]) -> int | None:
    """Where an activity starts: an -ing word that opens the title or follows a preposition
    ("From Rewriting Headlines"); after another word it is part of a name ("Pair
    Programming"), and after "without" it is what the story avoids ("Without Burning Out")."""
    return next(
        (
            i
            for i, word in enumerate(words)
            if is_activity(word.lower())
            and (i == 0 or words[i - 1].lower() in PREPOSITIONS - _AVOIDING)
        ),
        None,
    )


def activity_in(title: str) -> str:
    """The activity a title names, with what follows it up to a colon ("Rewriting 50
    Headlines for Medium Readers"), or ""."""
    words = title.partition(": ")[0].split()
    start = _activity_start(words)
    if start is None:
        return ""
    return clean_topic(" ".join(words[start:]))
