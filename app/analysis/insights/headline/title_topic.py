"""Reading what a title is about: the topic its form states, else its activity or rarest words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from app.analysis.insights.headline import lexicon
from app.analysis.insights.headline.features import NUMBER_WORDS
from app.analysis.insights.headline.language import reads_as_english
from app.analysis.insights.headline.topic import clean_topic
from app.analysis.insights.headline.word_forms import (
    PREPOSITIONS,
    as_activity,
    is_activity,
    is_plural,
)
from app.analysis.insights.keywords.extract import is_shaped_as_name
from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.keyphrase import find_occurrences
from app.analysis.insights.keywords.lexicon import (
    function_words,
    is_mainly_verb,
    stem,
    verb_bases,
    verb_forms,
)
from app.analysis.insights.keywords.word_roles import (
    is_adverb,
    is_topic_word,
    is_verb_like,
    nouns_in,
    verbs_in,
)
from app.analysis.text.words import DETERMINERS, NOUN_MARKS

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
# Determiners that name one particular thing: a singular noun after them ("My Father", "the
# World") is that one, which no template can hold bare ("A Practical Guide to Father"). After
# "a", "every" or "one" the title counts the thing, and the ideas say it in the plural.
_PARTICULAR = DETERMINERS - {"a", "an", "one", "each", "every", "no", "some"}
# An object pronoun follows a verb or a preposition: "Doctors Hate Him"; "who" is followed by
# its verb: "People Who Regret Asking".
_BEFORE_OBJECT = re.compile(r"\b([a-z]+)\s+(?:me|him|them|us)\b")
_AFTER_WHO = re.compile(r"\bwho\s+([a-z]+)\b")
# Pronouns that stand for something named elsewhere: no topic, nor the end of one.
_POINTING = frozenset({"it", "them", "him", "her", "me", "us", "you", "this", "that", "these"})
_AFTER_TO = re.compile(r"\bto\s+([a-z]+)\b")
# A word between "to" and an article or a possessive takes an object: a verb ("to Travel the
# World"), where "From Pandas to Polars" ends on a name.
_TO_WITH_OBJECT = re.compile(r"\bto\s+([a-z]+)\s+(?:" + "|".join(sorted(NOUN_MARKS)) + r")\b")
#: Times the title and the story together must name a topic the lab guessed for the story to
#: be about it: a word named once in the title and once in passing ("Google" in a resignation
#: essay, "winter" in a story about a father's silence) is a setting, not a subject.
SUBJECT_MIN_USES = 3
# Lines naming a word that tell its part of speech: enough for any story, bounded for a long one.
_ROLE_LINES = 40


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
    if not reads_as_english(cleaned):
        return False, ""  # the templates are English: no topic of another language fits them
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
    """The first activity a title names with what it acts on, else its most specific noun
    phrase (see :func:`_noun_phrases`), or "" when it names none a template can hold."""
    # Punctuation is kept as words of its own: no phrase runs across a comma ("Nope,
    # Jennifer Lawrence Isn't…") or a quotation mark.
    words = re.findall(r"[\w'’+#.-]+|[,;:!?()\"“”]", text)
    activity = _activity_start(words)
    if activity is not None:  # the activity and what it acts on: "Rewriting (50) Headlines"
        picked = [words[activity]]
        for word in words[activity + 1 :]:
            plain = _plain(word)
            if len(picked) > MAX_TOPIC_WORDS or plain in _ACTIVITY_STOPS or _is_mark(word):
                break
            if plain in verb_forms() and not is_topic_word(plain):
                break  # a clause of its own: "Stress Test Algorithm Written in Python"
            if not plain[:1].isdigit():
                picked.append(word)
        # Cut short before what a word asks for ("Getting Over the One That Got Away"), or on
        # a pronoun that points outside the phrase ("Taking Them"): no phrase.
        if _plain(picked[-1]) not in PREPOSITIONS | DETERMINERS | _POINTING:
            return clean_topic(" ".join(picked))
    best: tuple[float, list[str]] = (0.0, [])
    for part in _noun_phrases(words, text):
        value = sum(_rarity(word) for word in part)
        if value > best[0]:
            best = (value, part)
    return " ".join(best[1])


def _is_mark(word: str) -> bool:
    """A punctuation mark, kept among a title's words to end a phrase."""
    return not any(char.isalnum() for char in word)


def _plain(word: str) -> str:
    """A title's word as the word lists hold it: lower case, a contraction by its first word
    ("That'll" -> "that", "It’s" -> "it")."""
    return re.split(r"['’]", word.lower().strip(".-"), maxsplit=1)[0] if word else ""


def _noun_phrases(words: list[str], title: str) -> list[list[str]]:
    """The ends of the runs of a title's words that could name its subject: no grammar word,
    number or very common word, nothing the title writes as a verb ("I Quit", "Father
    Stopped", "Hate Him"), shaped as a name (no verb, adverb or clause fragment: see
    ``keywords.word_roles``), and no singular noun the title makes a particular one ("My
    Father", "the World")."""
    function = lexicon.headline_words("function_words") | function_words() | _QUESTION_WORDS
    verbs = verbs_written(title)
    inflected = verb_forms()

    def breaks(word: str) -> bool:
        plain = _plain(word)
        return (
            _is_mark(word)
            or plain in function
            or word.lower().replace("’", "'").strip(".-'\"") in function  # "Aren't"
            or plain in _RELATIVE
            or plain[:1].isdigit()
            or plain in NUMBER_WORDS
            or zipf(plain) >= COMMON_ZIPF
            or plain in verbs
            or (plain in inflected and not is_topic_word(plain))
        )

    runs: list[list[int]] = [[]]
    for index, word in enumerate(words):
        if breaks(word):
            runs.append([])
        else:
            runs[-1].append(index)
    found: list[list[str]] = []
    for run in runs:
        # An English noun phrase ends on its head: only the end of a run names a thing
        # ("Generative Adversarial Networks", never "Generative Adversarial").
        for size in range(1, min(MAX_TOPIC_WORDS, len(run)) + 1):
            at = run[len(run) - size :]
            part = [words[i].strip(".-'’\"“”‘") for i in at]
            if not all(any(char.isalpha() for char in word) for word in part):
                continue  # a quotation mark or a dash
            if not is_shaped_as_name(" ".join(part)):
                continue
            last = part[-1].lower()
            if size > 1 and last.endswith("ing") and is_verb_like(last):
                continue  # a clause: "Cats Enjoying", "Regret Asking"
            if re.search(r"['’]s$", words[at[-1]]):
                continue  # "A Sweaty Stud's Lap": the owner, cut from what it owns
            # The run's noun phrase names a particular one: "Your Cell Phone".
            opens = _plain(words[run[0] - 1]) if run[0] else ""
            if opens in _PARTICULAR and not is_plural(" ".join(part)):
                continue
            found.append(part)
    return found


def verbs_written(text: str) -> frozenset[str]:
    """The lower-case words ``text`` writes where a verb goes: after a subject pronoun or a
    modal ("I Quit", "Why Do We Procrastinate"), after "to" when English uses them as verbs
    or an object follows ("to Code", "to Travel the World", not "From Pandas to Polars"),
    after "who" ("People Who Regret") or an adverb ("Really Looks"), and before an object
    pronoun ("Hate Him")."""
    lowered = text.lower().replace("’", "'")
    after_to = set(_AFTER_TO.findall(lowered))
    with_object = set(_TO_WITH_OBJECT.findall(lowered))
    found = {
        word
        for word in verbs_in(lowered)
        if word not in after_to or is_verb_like(word) or word in verb_bases() or word in with_object
    }
    grammar = function_words()
    found.update(word for word in _BEFORE_OBJECT.findall(lowered) if word not in grammar)
    found.update(word for word in _AFTER_WHO.findall(lowered) if not is_adverb(word))
    # After an adverb a lone word is a verb or a quality, not a thing ("Really Looks",
    # "Definitely Binge-Watch"); a noun after it would come with its adjective.
    found.update(
        after
        for before, after in itertools.pairwise(re.findall(r"[a-z][\w'-]*", lowered))
        if is_adverb(before)
    )
    return frozenset(found)


def holds_as_topic(topic: str, title: str = "", text: str = "") -> bool:
    """Whether ``topic`` can fill the ideas' templates ("A Practical Guide to …", "Common
    Mistakes with …"): not a lone word English uses only as a verb ("procrastinate"), nor one
    the title or story writes where a verb goes and never where a noun goes ("I quit my
    job"). A phrase of several words is the writer's wording and kept."""
    words = topic.split()
    if len(words) != 1:
        return bool(words)
    plain = words[0].lower()
    if is_topic_word(plain):
        return True  # "Google", "Python": a topic, whatever else English makes of it
    if is_mainly_verb(plain):
        return False
    lines = itertools.islice(_lines_naming(topic, f"{title}\n{text}"), _ROLE_LINES)
    naming = "\n".join(lines)
    return plain not in verbs_written(naming) or plain in nouns_in(naming.lower())


def treated_in(topic: str, title: str, text: str) -> bool:
    """Whether the story is about ``topic``: the title and text name it SUBJECT_MIN_USES
    times between them (stems matched: "procrastinating" names "procrastination"). A story
    with no text yet is taken at its title's word."""
    if not text.strip():
        return True
    uses = 0
    for line in _lines_naming(topic, f"{title}\n{text}"):
        uses += len(find_occurrences(topic, line))
        if uses >= SUBJECT_MIN_USES:
            return True
    return False


def _shared_start(word: str, stemmed: str) -> str:
    """What a word and its stem start with ("procrastin"; "ever" for "every", "everi")."""
    size = next((i for i, (a, b) in enumerate(zip(word, stemmed, strict=False)) if a != b), None)
    return word[: min(len(word), len(stemmed)) if size is None else size]


def _lines_naming(topic: str, story: str) -> Iterator[str]:
    """The lines of ``story`` that may name ``topic``: those holding the start of each of its
    words' stems ("procrastin" for "procrastination"), so a long story is read only where it
    matters."""
    words = [word.lower() for word in re.findall(r"[^\W_]+", topic)]
    starts = [_shared_start(word, stem(word)) for word in words]
    for line in story.splitlines():
        lowered = line.lower()
        if all(start in lowered for start in starts):
            yield line


def story_subject(subject: str | None, title: str, text: str) -> str | None:
    """The story's main key phrase (``subject``) as a topic for headline ideas, or None when
    it is none: not a noun phrase there ("quit" in "I quit my job"), or named too seldom to be
    what the story treats ("winter", twice, in a story about a father's silence)."""
    subject = " ".join((subject or "").split())
    if not subject or not holds_as_topic(subject, title, text):
        return None
    return subject if treated_in(subject, title, text) else None


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
