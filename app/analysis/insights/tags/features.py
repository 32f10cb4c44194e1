"""Candidate tags for a story and the evidence for each, as numbers a ranking model weighs.

Candidates are real Medium tags found in the key phrases (whole phrase or whole-word part),
the title, the prose (per paragraph), initialisms spelled out ("AI"), and the hubs of the
families those tags belong to ("Machine Learning" leads the tags ending in "learning" and
those starting with "machine"). Each gets the same fixed list of features (``FEATURES``), so a
model fitted on stories with their writers' tags (``tools/train_tags.py``) can rank them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache

from app.analysis.insights.keywords.extract import Keyphrase, is_shaped_as_name
from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.lexicon import (
    function_words,
    is_mainly_verb,
    is_person_name,
    other_grammar_words,
)
from app.analysis.insights.keywords.vocabulary import (
    StemKey,
    VocabularyTag,
    affinity,
    content_words,
    fold,
    folded_words_of,
    holds_run,
    initialisms,
    iter_words,
    slugify,
    stem_key,
    vocabulary,
    words_of,
)
from app.analysis.insights.tags.meaning import (
    PostMeaning,
    closeness,
    closest_tags,
    kinship,
    post_meaning,
)
from app.analysis.text.language import reads_english as words_are_english
from app.analysis.text.words import ACRONYM_RE, DETERMINERS, singular_acronym
from app.document.medium_limits import MAX_TAG_LENGTH

#: The evidence for a candidate, in the order of the model's weights.
FEATURES: tuple[str, ...] = (
    "keyphrase",  # score of the best key phrase whose words are exactly the tag's
    "subject",  # 1 when that key phrase is the draft's first one
    "keyphrase_part",  # score of the best key phrase the tag is a whole-word part of
    "initialism",  # an initialism in a key phrase or the title spells the tag out ("AI")
    "title",  # the tag is written in the title
    "mentions",  # log(1 + times the prose writes the tag)
    "keyness",  # log10 of how much more often the prose writes it than English uses its words
    "spread",  # share of the prose's paragraphs that write it
    "opening",  # the first paragraph writes it
    "family",  # log(1 + uses of the candidates of the families this tag leads)
    "hub_word",  # keyness of the most key word starting the tags of this tag's family ("data")
    "words_apart",  # log(1 + fewest uses of any of its words), for a tag of 2+ words
    "affinity",  # how much more a tag than an English word, clipped to [-3, 3]
    "reach",  # log10 of its stories over log10 of the most used tag's
    "multiword",  # 1 for two content words or more ("Machine Learning")
    "breadth",  # log(1 + other tags using all its words) / log(1000): broad tags are wide
    "leads",  # 1 when the tag dominates the tags sharing one of its words (vocabulary hubs)
    "unknown",  # a key phrase Medium's 2020 list lacks, as a tag ("COVID-19")
    "new_phrase",  # such a key phrase of two words or more ("Random Projections")
    "rarity",  # how rare its commonest content word is in English: (7 - Zipf) / 7
    "meaning",  # cosine of the tag's meaning and the post's words' (``meaning``), if over 0
)
#: A one-word tag this much less a tag than an English word is no candidate ("Output").
MIN_ONE_WORD_AFFINITY = -0.5
#: ... and for the post's subject, its best key phrase: a word that is a tag of some reach
#: ("Pricing" -0.9, "London" -1.1), not a word hardly ever a tag ("Output" -2.6).
MIN_SUBJECT_AFFINITY = -1.5
#: Paragraphs looked at for the "opening" feature.
OPENING_PARAGRAPHS = 1
#: How close in meaning a family's member and hub must be for the member to count for the
#: hub: "Deep Learning" is a kind of Machine Learning (0.65), "Web Security" of Web
#: Development (0.57); "Project Based Learning" is not (0.44), nor "Open Science" of Open
#: Source (0.40).
FAMILY_MIN_KINSHIP = 0.5
#: Times a word must be written for the hub of its family to become a candidate, and how
#: much more often than English uses it (``keyness``; 1.6 is 40 times): "deep" three times
#: in 1,700 words of "deep understanding" (1.2) is no sign of Deep Learning, nor "machine"
#: three times in 1,200 words (1.5); "data" in a post about data (2.0) is one of Data Science.
HUB_WORD_MIN_USES = 3
HUB_WORD_MIN_KEYNESS = 1.6
#: Mentions from which how often a tag is written, against English, counts.
KEYNESS_MIN_MENTIONS = 2
#: Key phrases (best first) that may become tags Medium's list lacks ("Arduino", "COVID-19").
UNKNOWN_FROM_TOP = 10
UNKNOWN_MAX_WORDS = 3
#: ... and the times the post must write such a phrase (when known) that its title does not name.
UNKNOWN_MIN_USES = 3
#: Key phrases (best first) that may become such tags of several words: the subject alone,
#: besides those the title writes.
NEW_PHRASE_FROM_TOP = 1
#: The Medium tags closest in meaning to the post that become candidates, and the least
#: reach they need (the vocabulary's small tags are often one writer's, or spam).
MEANING_CANDIDATES = 20
MEANING_MIN_REACH = 1_000


@dataclass(slots=True)
class Candidate:
    """One candidate tag, its feature values and what to quote when explaining it."""

    tag: VocabularyTag
    values: dict[str, float] = field(default_factory=dict)
    phrase: str = ""  # the key phrase that is or contains it
    initials: str = ""  # the initialism that spells it out
    member: str = ""  # the family member that made it a candidate, for a hub
    word: str = ""  # the repeated word whose family it leads, for a hub
    mentions: int = 0
    known: bool = True  # in Medium's tag list
    written: str = ""  # how a tag Medium's list lacks is written ("Random Projections")
    sharpens_subject: bool = False  # the title's sharper name for the subject word
    #: Longer Medium tags whose uses hold every use of this one in the title and prose
    #: ("machine-learning" for "learning" when neither writes "learning" alone).
    only_within: frozenset[str] = frozenset()
    #: The post's meaning, for a tag that is a candidate for its closeness to it, and the
    #: tag's place among Medium's popular tags by that closeness (0 for the closest).
    meaning: PostMeaning | None = None
    meaning_rank: int = -1

    def raise_to(self, name: str, value: float) -> None:
        if value > self.values.get(name, 0.0):
            self.values[name] = value

    def vector(self) -> list[float]:
        return [self.values.get(name, 0.0) for name in FEATURES]


def ing_compounds(text: str) -> frozenset[tuple[str, str]]:
    """The ("-ing" word, noun) pairs ``text`` writes after a determiner, folded."""
    words = folded_words_of(text)
    return frozenset(
        (first, second)
        for before, first, second in zip(words, words[1:], words[2:], strict=False)
        if before in DETERMINERS and first.endswith("ing")
    )


def eligible(tag: VocabularyTag, acronym: bool = False, subject: bool = False) -> bool:
    """Two content words or more, or one word that is not much less tag than word (a little
    less for the post's ``subject``, its best key phrase: "Pricing", "Tokyo"). How often
    English writes an ``acronym`` the post spells in capitals says nothing of it as a tag
    ("HTTPS" is common in English text only as part of its links)."""
    content = content_words(tag)
    if len(content) >= 2:
        return True
    least = MIN_SUBJECT_AFFINITY if subject else MIN_ONE_WORD_AFFINITY
    return bool(content) and (acronym or affinity(tag) >= least)


class _Pool:
    def __init__(
        self,
        english: bool = True,
        people: Collection[str] = (),
        compounds: Collection[tuple[str, str]] = (),
    ) -> None:
        self.by_slug: dict[str, Candidate] = {}
        self.english = english
        self.people = people
        self.compounds = compounds
        self.foreign: frozenset[str] = frozenset() if english else other_grammar_words()

    def get(
        self, tag: VocabularyTag, acronym: bool = False, subject: bool = False
    ) -> Candidate | None:
        """The candidate for ``tag``, made on first sight if the tag may be one (``eligible``)."""
        found = self.by_slug.get(tag.slug)
        if found is None:
            if not eligible(tag, acronym, subject) or tag.slug in self.foreign:
                return None
            found = self.by_slug[tag.slug] = Candidate(tag)
        return found

    def unknown(self, phrase: str, whole_phrase: bool) -> Candidate | None:
        """A key phrase shaped like a tag that Medium's list lacks, as a tag of its own: one
        word, or several when ``whole_phrase`` (the post's subject, or a phrase its title
        writes: "Single Tasking"). Never in a post in another language (English word
        frequencies say nothing of its words), never a person's first name ("Annalee") or a
        word the story writes as a person ("Grandmother Xiaoling"), a verb ("Told"), or an
        "-ing" word and its object ("Learning Rust" is Rust's; "a sinking fund" is a noun),
        nor words that are each a tag already ("Python Developer": Python and Developer are
        offered)."""
        words = words_of(phrase)
        key = stem_key(phrase)
        if (
            not self.english
            or not words
            or any(_names_a_person(word) for word in phrase.split())
            or any(word in self.people for word in words)
            or is_mainly_verb(words[-1])
            or len(words) > (UNKNOWN_MAX_WORDS if whole_phrase else 1)
            or len(phrase) > MAX_TAG_LENGTH
            or words[0] in function_words()
            or words[-1] in function_words()
            or (
                len(words) > 1
                and words[0].endswith("ing")
                and (fold(words[0]), fold(words[1])) not in self.compounds
            )
            or (len(words) > 1 and all(_is_tag_alone(word) for word in words))
            or vocabulary().find(key) is not None
        ):
            return None
        # Medium names an acronym's tag in the singular ("API"): "LLMs" is the tag "LLM".
        written = " ".join(singular_acronym(word) for word in phrase.split(" "))
        slug = slugify(written)
        found = self.by_slug.get(slug)
        if found is None:
            tag = VocabularyTag(slug, 0)
            found = self.by_slug[slug] = Candidate(tag, known=False, written=written)
        return found


def _from_keyphrases(keyphrases: Sequence[Keyphrase], title: str, pool: _Pool) -> None:
    vocab = vocabulary()
    titled = stem_key(title)
    for rank, keyphrase in enumerate(keyphrases):
        key = stem_key(keyphrase.phrase)
        if not key:
            continue
        acronym = ACRONYM_RE.fullmatch(keyphrase.phrase) is not None
        for part, tag in vocab.within(key):
            exact = part == key
            subject = exact and rank == 0
            candidate = pool.get(tag, acronym=exact and acronym, subject=subject)
            if candidate is None:
                continue
            name = "keyphrase" if exact else "keyphrase_part"
            written = "keyphrase" in candidate.values  # the tag is itself a key phrase
            # The phrase to quote: the tag itself as a key phrase, else the best holding it.
            quoted = max(candidate.values.get(n, 0.0) for n in ("keyphrase", name))
            if not candidate.phrase or (keyphrase.score > quoted and (exact or not written)):
                candidate.phrase = keyphrase.phrase
            candidate.raise_to(name, keyphrase.score)
            if exact and rank == 0:
                candidate.raise_to("subject", 1.0)
        # A phrase Medium's list lacks is a new tag only when the post keeps writing it or the
        # title names it: "runs", twice in a first paragraph, is no tag.
        in_title = holds_run(titled, key)
        written_enough = not keyphrase.uses or keyphrase.uses >= UNKNOWN_MIN_USES
        if rank < UNKNOWN_FROM_TOP and (written_enough or in_title):
            # A phrase the title writes is a tag when shaped as a name ("Slow Travel"), not a
            # clause ("Measure Output").
            named = in_title and is_shaped_as_name(keyphrase.phrase)
            whole = rank < NEW_PHRASE_FROM_TOP or named
            candidate = pool.unknown(keyphrase.phrase, whole)
            if candidate is not None:
                candidate.phrase = candidate.phrase or keyphrase.phrase
                candidate.raise_to("keyphrase", keyphrase.score)
                if rank == 0:
                    candidate.raise_to("subject", 1.0)
        _spelled_out(initialisms(keyphrase.phrase), pool)


def _spelled_out(found: list[str], pool: _Pool) -> None:
    expansions = vocabulary().by_initials
    for initials in found:
        tag = expansions.get(initials.lower())
        candidate = pool.get(tag) if tag is not None else None
        if candidate is not None:
            candidate.raise_to("initialism", 1.0)
            candidate.initials = initials


def _from_title(title: str, keyphrases: Sequence[Keyphrase], pool: _Pool) -> None:
    """Tags the title writes. One of several words that holds the post's subject word is the
    title's sharper name for that subject ("Learning to Code" for "learning"), and counts as
    the subject too."""
    subject = stem_key(keyphrases[0].phrase) if keyphrases else ()
    for tag in vocabulary().mentions(title):
        candidate = pool.get(tag)
        if candidate is None:
            continue
        candidate.raise_to("title", 1.0)
        key = stem_key(tag.slug)
        if len(subject) == 1 and len(content_words(tag)) >= 2 and holds_run(key, subject):
            candidate.raise_to("subject", 1.0)
            candidate.raise_to("keyphrase", keyphrases[0].score)
            candidate.phrase = candidate.phrase or tag.name
            candidate.sharpens_subject = True


def _from_prose(text: str, title: str, pool: _Pool) -> Counter[str]:
    """Mentions per paragraph; returns how often each (folded) word is written."""
    vocab = vocabulary()
    paragraphs = [line for line in text.split("\n") if line.strip()]
    counts: Counter[StemKey] = Counter()
    reached: Counter[StemKey] = Counter()
    opening: set[StemKey] = set()
    words: Counter[str] = Counter()
    unknown = {stem_key(c.tag.slug): c for c in pool.by_slug.values() if not c.known}
    for index, paragraph in enumerate(paragraphs):
        named = paragraph if _is_headline(paragraph) else _NAME_RUN_RE.sub(_unnamed, paragraph)
        found = Counter({stem_key(tag.slug): n for tag, n in vocab.mentions(named).items()})
        folded = folded_words_of(paragraph)
        for key in unknown:
            n = _occurrences(key, folded)
            if n:
                found[key] = n
        counts.update(found)
        reached.update(found.keys())
        if index < OPENING_PARAGRAPHS:
            opening.update(found)
        words.update(folded)
    for key, count in counts.items():
        candidate = unknown.get(key) or _known(key, pool)
        if candidate is None:
            continue
        candidate.mentions = count
        candidate.values["mentions"] = math.log1p(count)
        candidate.values["spread"] = reached[key] / len(paragraphs)
        if key in opening:
            candidate.values["opening"] = 1.0
    folded_title = folded_words_of(title)
    for key, candidate in unknown.items():
        if _occurrences(key, folded_title):
            candidate.raise_to("title", 1.0)
    return words


#: Two capitalised words or more inside a sentence: a name ("the Programming Historian").
_NAME_RUN_RE = re.compile(r"(?<=[a-z,;:(] )[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)+")


def _unnamed(match: re.Match[str]) -> str:
    """A name in running text says nothing of the topics its single words name as tags
    ("Programming" in "Programming Historian", a journal); a name holding a tag of several
    words or an initialism still names them ("Machine Learning Engineer at LightOn AI")."""
    name = match.group()
    words = name.split()
    vocab = vocabulary()
    names_more = any(ACRONYM_RE.fullmatch(word) for word in words) or any(
        vocab.find(stem_key(" ".join(words[i:j]))) is not None
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
    )
    return name if names_more else "_"


#: A line this much in capitals is a headline, not a sentence with names in it.
HEADLINE_MIN_CAPITALISED = 0.6


def _is_headline(line: str) -> bool:
    words = line.split()
    capitalised = sum(1 for word in words if word[:1].isupper())
    return bool(words) and capitalised >= HEADLINE_MIN_CAPITALISED * len(words)


def _known(key: StemKey, pool: _Pool) -> Candidate | None:
    tag = vocabulary().find(key)
    return pool.get(tag) if tag is not None else None


#: A first name English writes this often as a word is as often a place or a thing ("India",
#: "Paris", "Kenya", Zipf 4 and up): a new tag unless the story writes it as a person's name.
NAME_AS_PLACE_MIN_ZIPF = 4.0


def _names_a_person(word: str) -> bool:
    return is_person_name(word) and zipf(word.lower()) < NAME_AS_PLACE_MIN_ZIPF


def _is_tag_alone(word: str) -> bool:
    tag = vocabulary().find((fold(word),))
    return tag is not None and eligible(tag)


def _occurrences(key: StemKey, words: list[str]) -> int:
    size = len(key)
    return sum(
        1
        for i in range(len(words) - size + 1)
        if words[i] == key[0] and tuple(words[i : i + size]) == key
    )


def _families(words: Counter[str], pool: _Pool) -> None:
    """Hubs of the candidates' families, and of the families of words the text repeats."""
    vocab = vocabulary()
    led: dict[str, dict[str, int]] = {}
    for candidate in list(pool.by_slug.values()):
        if not candidate.known:
            continue  # "Deep Work" is no kind of Deep Learning: only Medium's tags have families
        # A member counts as often as the draft writes it: "Cloud Based" said once is
        # little sign of Cloud Computing, "Deep Learning" said five times is much of one.
        uses = candidate.mentions + int(bool(candidate.values.get("title")))
        for hub in vocab.hubs(candidate.tag):
            kin = kinship(hub.slug, candidate.tag.slug)
            if kin is not None and kin < FAMILY_MIN_KINSHIP:
                continue  # shares a word, not a field ("Project Based Learning")
            led.setdefault(hub.slug, {})[candidate.tag.name] = max(1, uses)
    word_uses: dict[str, tuple[float, str]] = {}
    total = sum(words.values())
    for word, count in words.items():
        # The word that starts a family's tags names their field ("data" of Data Science);
        # the one that ends them is too general alone ("source", "learning", "media").
        field_hub = vocab.hub_of_first_word.get(word)
        if count >= HUB_WORD_MIN_USES and field_hub is not None:
            key = keyness(count, total, (word,))
            if key < HUB_WORD_MIN_KEYNESS:
                continue  # written little more often than English uses it
            if not all(words[fold(w)] for w in content_words(field_hub)):
                continue  # "real" alone is no sign of Real Estate
            led.setdefault(field_hub.slug, {})
            word_uses[field_hub.slug] = max(word_uses.get(field_hub.slug, (0.0, "")), (key, word))
    for slug, members in led.items():
        hub_candidate = pool.get(vocab.by_slug[slug])
        if hub_candidate is None:
            continue
        if members:
            hub_candidate.values["family"] = math.log1p(sum(members.values()))
        if slug in word_uses:
            hub_candidate.values["hub_word"] = word_uses[slug][0]
            hub_candidate.word = word_uses[slug][1]
        if members and not hub_candidate.member:
            hub_candidate.member = min(members)


def keyness(count: int, total: int, words: Sequence[str]) -> float:
    """log10 of how much more often a text writes something than English uses the commonest
    of its words (0 when not more often): "data" 50 times in 2,000 words is about 2."""
    if not count or not total:
        return 0.0
    expected = 10.0 ** (max(zipf(w) for w in words) - 9.0)
    return max(0.0, math.log10(count / total / expected))


def _describe(pool: _Pool, words: Counter[str]) -> None:
    vocab = vocabulary()
    top = math.log10(vocab.top_reach)
    hub_tags = {hub for hubs in vocab.hubs_by_word.values() for hub in hubs}
    total = sum(words.values())
    for candidate in pool.by_slug.values():
        tag = candidate.tag
        content = content_words(tag) or tag.slug.split("-")
        values = candidate.values
        if candidate.known:
            values["affinity"] = max(-3.0, min(3.0, affinity(tag)))
        else:
            values["unknown"] = 1.0
            if len(content) >= 2:
                values["new_phrase"] = 1.0
        values["reach"] = math.log10(max(tag.stories, 1)) / top
        values["multiword"] = 1.0 if len(content) >= 2 else 0.0
        values["rarity"] = (7.0 - max(zipf(w) for w in content)) / 7.0
        if candidate.mentions >= KEYNESS_MIN_MENTIONS:  # one mention says little
            values["keyness"] = keyness(candidate.mentions, total, content)
        if candidate.known:
            values["breadth"] = math.log1p(vocab.breadth(tag)) / math.log(1000)
            values["leads"] = 1.0 if tag in hub_tags else 0.0
        if len(content) >= 2:
            values["words_apart"] = math.log1p(min(words[fold(w)] for w in content))


def _nesting(pool: _Pool, title: str) -> None:
    """Marks the candidates the title and prose write only inside longer Medium tags:
    "learning" said only as "machine learning" is no subject of its own. Inside a phrase
    Medium lacks ("Freelance Project"), the shorter real tag ("Freelance") is the one to keep."""
    folded_title = folded_words_of(title)
    written = []
    for candidate in pool.by_slug.values():
        key = stem_key(candidate.tag.slug)
        uses = candidate.mentions + _occurrences(key, folded_title)
        if uses:
            written.append((key, candidate, uses))
    # Only a Medium tag of several words can hold another: look among those alone.
    longer_tags = [entry for entry in written if entry[1].known and len(entry[0]) > 1]
    for key, candidate, uses in written:
        holders = [
            (other.tag.slug, other_uses)
            for longer, other, other_uses in longer_tags
            if len(longer) > len(key) and holds_run(longer, key)
        ]
        if sum(n for _slug, n in holders) >= uses:
            candidate.only_within = frozenset(slug for slug, _n in holders)


def _by_meaning(words: Counter[str], title: str, pool: _Pool) -> None:
    """The Medium tags closest in meaning to the post join the candidates, and every
    candidate is told how close it is ("JavaScript" for a post on npm and Express that
    never names it)."""
    if not pool.english:
        return  # English word vectors say nothing of another language's words
    counts = Counter(words)
    counts.update(fold(w) for w in words_of(title))
    post = post_meaning(counts)
    if post is None:
        return
    closest = closest_tags(post.vector, _popular_slugs(), MEANING_CANDIDATES)
    for rank, (slug, _closeness) in enumerate(closest):
        candidate = pool.get(vocabulary().by_slug[slug])
        if candidate is not None:
            candidate.meaning = post
            candidate.meaning_rank = rank
    for candidate in pool.by_slug.values():
        found = closeness(post.vector, candidate.tag.slug)
        if found is not None:
            candidate.values["meaning"] = max(0.0, found)


@cache
def _popular_slugs() -> tuple[str, ...]:
    return tuple(
        tag.slug for tag in vocabulary().by_slug.values() if tag.stories >= MEANING_MIN_REACH
    )


def reads_english(text: str) -> bool:
    """Whether ``text`` is English (see ``app.analysis.text.language``)."""
    return words_are_english(iter_words(text))


def tag_candidates(
    keyphrases: Sequence[Keyphrase],
    title: str = "",
    text: str = "",
    people: Collection[str] = (),
) -> list[Candidate]:
    """Every candidate tag for a draft with its features, in no particular order; ``people``
    are the words the draft writes as people's names (``KeywordReport.people``)."""
    pool = _Pool(english=reads_english(text or title), people=people, compounds=ing_compounds(text))
    _from_keyphrases(keyphrases, title, pool)
    _from_title(title, keyphrases, pool)
    _spelled_out(initialisms(title), pool)
    words = _from_prose(text, title, pool)
    _families(words, pool)
    if text:  # a title and key phrases are too few words to read a meaning from
        _by_meaning(words, title, pool)
    _describe(pool, words)
    _nesting(pool, title)
    return list(pool.by_slug.values())
