"""Where suggestions' evidence comes from: the draft, through the tag model, and the history."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.extract import Keyphrase
from app.analysis.insights.keywords.vocabulary import (
    StemKey,
    content_words,
    fold,
    folded_words_of,
    holds_run,
    stem_key,
    vocabulary,
)
from app.analysis.insights.tags.ballot import Ballot
from app.analysis.insights.tags.code_language import code_language
from app.analysis.insights.tags.features import Candidate, tag_candidates
from app.analysis.insights.tags.history import TagHistory
from app.analysis.insights.tags.history_index import history_index
from app.analysis.insights.tags.meaning import words_behind
from app.analysis.insights.tags.model import FULL, KEY_PHRASES, tag_model
from app.analysis.insights.tags.names import field_of, normalize_tag, writers_tags
from app.document.wording import times

_DAY = 86_400.0


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


def _reason(
    candidate: Candidate, contributions: dict[str, float], sharper_subject: bool = False
) -> str:
    """The reason behind the largest part of the candidate's score that the draft supplied;
    with ``sharper_subject``, another tag is the title's sharper name for the subject, and
    only that one is called the subject."""
    totals: dict[str, float] = defaultdict(float)
    for feature, group in _evidence(candidate):
        totals[group] += contributions[feature]
    if not totals:  # no evidence from the draft but its closeness in meaning
        return _meaning_reason(candidate)
    group = max(totals, key=lambda g: (totals[g], g))
    # What names the tag says more than how often the text writes it: the post's subject
    # first, then the title ("named in the title" rather than "mentions it once").
    if group in ("mentions", "title") and candidate.values.get("subject") and totals["keyphrase"]:
        group = "keyphrase"
    elif group == "mentions" and totals.get("title", 0.0) > 0:
        group = "title"
    name = candidate.tag.name
    if group == "keyphrase":
        sharpest = candidate.sharpens_subject or not sharper_subject
        subject = candidate.values.get("subject") and sharpest
        why = "the post's subject" if subject else "a key phrase of the post"
        return f"{why}: ‘{candidate.phrase}’"
    if group == "keyphrase_part":
        return f"broader tag for the key phrase ‘{candidate.phrase}’"
    if group == "initialism":
        return f"the post is about {candidate.initials} ({name})"
    if group == "title":
        return "named in the title"
    if group == "family" and candidate.member:
        return _family_reason(name, candidate.member)
    if group == "hub_word" and candidate.word:
        return _hub_word_reason(name, candidate.word)
    return f"the post mentions it {times(candidate.mentions)}"


def _evidence(candidate: Candidate) -> list[tuple[str, str]]:
    """The draft's evidence for the candidate, as (feature, reason group). Its words written
    apart are none while the tag itself is never written: "Work Life Balance" from "work your
    way up" and "balance calories" is not mentioned."""
    return [
        (feature, group)
        for feature, group in _REASON_OF_FEATURE
        if candidate.values.get(feature, 0.0) > 0
        and (feature != "words_apart" or candidate.mentions > 0)
    ]


def _by_meaning_alone(candidate: Candidate) -> bool:
    """A tag the draft never writes, a candidate for its closeness in meaning alone."""
    return not _evidence(candidate)


def _meaning_reason(candidate: Candidate) -> str:
    """Why a tag the post never writes fits: the post's words closest to it in meaning."""
    near = words_behind(candidate.meaning, candidate.tag.slug) if candidate.meaning else []
    quoted = " and ".join(f"‘{word}’" for word in near)
    if not quoted:
        return "close to what the post is about"
    return f"close in meaning to the post's {quoted}"


def _times_written(draft: str, keys: Collection[StemKey]) -> Counter[StemKey]:
    """How many times ``draft`` writes each of ``keys`` (words with plurals folded)."""
    by_first: dict[str, list[StemKey]] = defaultdict(list)
    for key in keys:
        if key:
            by_first[key[0]].append(key)
    folded = folded_words_of(draft) if by_first else []
    found: Counter[StemKey] = Counter()
    for start, word in enumerate(folded):
        for key in by_first.get(word, ()):
            if tuple(folded[start : start + len(key)]) == key:
                found[key] += 1
    return found


def _hub_word_reason(hub: str, word: str) -> str:
    """Why the hub of a word's family fits a post that keeps writing the word: it is the
    tag Medium uses most with that word ("big" -> "Big Data"), which is no promise that the
    post is about it."""
    written = [fold(part.lower()) for part in hub.split()]
    shape = _family_shape(hub, written[:1] == [word], written[-1:] == [word])
    if not shape:
        return f"the post keeps writing ‘{word}’"
    return f"Medium's most used ‘{shape}’ tag; the post keeps writing ‘{word}’"


def _family_reason(hub: str, member: str) -> str:
    """Why the hub of a family fits: it is the broader tag when the member holds its words
    ("Programming" for "Pair Programming"); otherwise the two share only a first or a last
    word, and the reason says so rather than claim one is a kind of the other ("Data Science"
    beside "Data Structures")."""
    hub_words, member_words = stem_key(hub), stem_key(member)
    if set(hub_words) <= set(member_words):
        return f"the broader tag for ‘{member}’"
    shape = _family_shape(
        hub, hub_words[:1] == member_words[:1], hub_words[-1:] == member_words[-1:]
    )
    if not shape:
        return f"the most used tag of the family of ‘{member}’"
    return f"Medium's most used ‘{shape}’ tag; the post has ‘{member}’"


def _family_shape(hub: str, first: bool, last: bool) -> str:
    """The family a hub of several words leads, by the word it shares (as the hub writes it):
    "data …" (its ``first`` word) or "… learning" (its ``last``); "" for a one-word hub."""
    written = hub.split()
    if len(written) < 2:
        return ""
    if first:
        return f"{written[0].lower()} …"
    return f"… {written[-1].lower()}" if last else ""


def credit_from_text(
    keyphrases: Sequence[Keyphrase],
    title: str,
    text: str,
    people: Collection[str],
    ballot: Ballot,
    subtitle: str = "",
    code_languages: Sequence[str] = (),
) -> None:
    """Candidates from the draft, each credited with the model's probability that a writer
    would choose it; unlikely ones are left out. ``text`` holds the ``subtitle`` too: it counts
    as prose, and names no aside. ``code_languages`` are those the draft's fenced code names
    ("go"): the programming language of the code is as likely as the likeliest tag."""
    model = tag_model(FULL if text else KEY_PHRASES)
    subtitled = {tag.slug for tag in vocabulary().mentions(subtitle)} if subtitle else set()
    scored = (
        (model.probability(candidate.vector()), candidate)
        for candidate in tag_candidates(keyphrases, title, text, people)
    )
    likely = sorted(
        (item for item in scored if item[0] >= model.min_probability),
        key=lambda item: (-item[0], item[1].tag.slug),
    )
    # A new tag is never offered beside a tag that holds it ("Vacuum Cleaners" beside "Robot
    # Vacuum Cleaners") or a Medium tag of several words it holds ("Remote Teams Work" beside
    # "Remote Team"): one Medium has stays, else the shorter new one of two words or more, the
    # likelier to be a tag at all ("COVID-19" beside "COVID-19 Data"). One word inside a
    # longer tag is that tag's part (below), and a Medium tag of one word inside a new one
    # is its broader tag ("Management" beside "Time Management"). A Medium tag few readers
    # follow holds back no new word of its own ("Ideas" beside "Bad Ideas", 84 stories).
    keys = [(stem_key(c.tag.slug), c.known) for _p, c in likely]
    niche = {
        key
        for (_p, c), (key, known) in zip(likely, keys, strict=True)
        if known and c.tag.stories < th.NICHE_TAG_MAX_STORIES
    }
    new_keys = [key for key, known in keys if not known]
    held = {
        key for key in new_keys if any(known and _keeps_out(k, key, niche) for k, known in keys)
    }
    holds_new = {
        key
        for key in new_keys
        if key not in held and any(len(k) > 1 and _holds(key, k) for k in new_keys)
    }
    # A new one-word tag that is a word of a longer tag ("Time" of "Time Management", "Model"
    # of "Deep Learning Models" or its Deep Learning) is that tag's part, and says nothing about
    # readers either; unless the longer one is new too and far less likely, and so gives way
    # ("MarketPresso" said 15 times, not the "MarketPresso Pro Eilte" its title names once).
    beside_another = held | holds_new
    parts, wholes = _parts_and_wholes(likely, keys, holds_new | niche, beside_another)
    sharper_subject = any(c.sharpens_subject and c.known for _p, c in likely)
    candidate_slugs = {c.tag.slug for _p, c in likely}
    new_one_word = meaning_alone = 0
    credited: set[str] = set()
    sharpened = False  # the subject is the title's sharper name for it
    for (probability, candidate), (key, _known) in zip(likely, keys, strict=True):
        if candidate.only_within & credited:
            continue  # "Learning" beside "Machine Learning", when the text never says it alone
        if _is_new_word(candidate):
            new_one_word += 1  # one left out as a part still takes the place ("Keeps" waits)
            if new_one_word > th.TAG_NEW_ONE_WORD_MAX:
                continue
            if key in parts:
                continue
        if not candidate.known and (key in beside_another or key in wholes):
            continue
        if _by_meaning_alone(candidate):
            meaning_alone += 1
            too_far = candidate.values.get("meaning", 0.0) < th.TAG_MEANING_ONLY_MIN_CLOSENESS
            outranked = not 0 <= candidate.meaning_rank < th.TAG_MEANING_ONLY_TOP
            if too_far or outranked or meaning_alone > th.TAG_MEANING_ONLY_MAX:
                continue
        if text and _is_passing(candidate) and _is_aside(candidate, subtitled):
            continue  # one word written once, in whatever sense ("on startup"): no topic
        vector = candidate.vector()
        spelled = candidate.tag.slug if candidate.known else candidate.written
        reason = _reason(candidate, model.contributions(vector), sharper_subject)
        field = field_of(candidate.tag.slug) if candidate.known else None
        if field is not None and field.slug not in candidate_slugs:
            # "Product Management" for a post that writes only "product manager".
            doer = normalize_tag(candidate.tag.slug)
            spelled = field.slug
            reason = f"the field of ‘{doer}’ ({reason})"
        ballot.credit(spelled, th.TAG_WEIGHT_MODEL * probability, reason, True)
        credited.add(candidate.tag.slug)
        if _is_passing(candidate):
            ballot.passing.add(normalize_tag(spelled).lower())
        # The subject's tag leads, the title's sharper name for it first ("Learning to Code"
        # before "Learning"), else the likeliest; never one Medium's list lacks.
        leads = not ballot.subject or (candidate.sharpens_subject and not sharpened)
        if candidate.values.get("subject") and candidate.known and leads:
            ballot.subject = ballot.spelling.get(normalize_tag(spelled).lower(), "").lower()
            sharpened = sharpened or candidate.sharpens_subject
    if text and code_languages:
        likeliest = max((p for p, _c in likely), default=model.min_probability)
        _credit_code_language(code_languages, text, likeliest, ballot)


def _credit_code_language(
    code_languages: Sequence[str], text: str, probability: float, ballot: Ballot
) -> None:
    """The language the post's code is written in, raised to ``probability`` (a post that
    fences Go code is about Go, though the model, fitted on stories without fence names, has
    no feature for it)."""
    language = code_language(code_languages, text)
    if language is None:
        return
    found = ballot.evidence.get(language.tag.name.lower())
    lift = th.TAG_WEIGHT_MODEL * probability - (found.text if found else 0.0)
    if lift > 0:
        reason = f"the post's code is written in {language.written}"
        ballot.credit(language.tag.slug, lift, reason, True)


def _parts_and_wholes(
    likely: list[tuple[float, Candidate]],
    keys: list[tuple[StemKey, bool]],
    holding_none: set[StemKey],
    beside_another: set[StemKey],
) -> tuple[set[StemKey], set[StemKey]]:
    """New one-word tags left out as a word of a longer tag (a Medium tag, or a new one not
    far less likely), and new longer tags left out for a far likelier new word of theirs that
    is offered (one of the first ``TAG_NEW_ONE_WORD_MAX``, as the caller counts them). The
    longer tags ``holding_none`` hold back no word of theirs."""
    chance = {key: p for (p, _c), (key, _known) in zip(likely, keys, strict=True)}
    longer = [(key, known) for key, known in keys if len(key) > 1 and key not in holding_none]
    parts: set[StemKey] = set()
    wholes: set[StemKey] = set()
    new_words = 0
    for (_p, candidate), (key, _known) in zip(likely, keys, strict=True):
        if not _is_new_word(candidate):
            continue
        new_words += 1
        holders = [(k, k_known) for k, k_known in longer if key[0] in k]
        if any(
            k_known or th.TAG_WORD_OVER_PHRASE * chance[k] > chance[key] for k, k_known in holders
        ):
            parts.add(key)
        elif new_words <= th.TAG_NEW_ONE_WORD_MAX and key not in beside_another:
            wholes.update(k for k, _known in holders)
    return parts, wholes


def _is_new_word(candidate: Candidate) -> bool:
    """A tag of one word that Medium's list lacks ("Marathon"): at most
    ``TAG_NEW_ONE_WORD_MAX`` of them are offered."""
    return not candidate.known and "-" not in candidate.tag.slug


def _keeps_out(tag: StemKey, new: StemKey, niche: set[StemKey]) -> bool:
    """Whether the Medium tag ``tag`` keeps the ``new`` tag out: it holds it ("Robot Vacuum
    Cleaners" holds "Vacuum Cleaners"), unless ``new`` is one word and ``tag`` has few readers,
    or ``new`` holds it and it has several words ("Remote Teams Work" holds "Remote Team")."""
    if _holds(tag, new):
        return not (len(new) == 1 and tag in niche)
    return len(tag) > 1 and _holds(new, tag)


def _holds(longer: StemKey, key: StemKey) -> bool:
    """Whether ``key``'s words run inside the longer ``longer``'s."""
    return len(longer) > len(key) and holds_run(longer, key)


def _is_aside(candidate: Candidate, subtitled: Collection[str]) -> bool:
    """One word, written once and not in the subtitle (which names the post's field: "A git
    bisect walkthrough"): an aside, in whatever sense ("starts on startup")."""
    return len(content_words(candidate.tag)) == 1 and candidate.tag.slug not in subtitled


def _is_passing(candidate: Candidate) -> bool:
    """A tag the prose writes once, and neither the title nor a key phrase names."""
    values = candidate.values
    named = ("title", "keyphrase", "keyphrase_part", "initialism")
    return candidate.mentions <= 1 and not any(values.get(name) for name in named)


def credit_from_history(
    keyphrases: Sequence[Keyphrase],
    history: TagHistory,
    current: Sequence[str],
    ballot: Ballot,
    story: str = "",
) -> None:
    """Credit for the tags of the writer's history: how often and how recently each was used,
    how often beside the ``current`` tags, on stories with similar key phrases, and whether
    the ``story`` (its title and prose) keeps writing it: a tag of the writer's own is a tag
    Medium has, whether or not Clapwise's list of Medium tags does ("Bread", "Writing")."""
    if not history.drafts:
        return
    index = history_index(history)
    written_times = _times_written(story, index.tag_stems)
    for lowered, count in index.uses.items():
        amount = th.TAG_WEIGHT_HISTORY * math.log1p(index.freshness[lowered])
        stories = "1 of your stories" if count == 1 else f"{count} of your stories"
        # A tag used on one story is no habit: "People" once, and a post that writes "people"
        # twice, is no reason to offer it.
        written = (
            written_times[stem_key(lowered)] if count >= th.TAG_HISTORY_WRITTEN_MIN_USES else 0
        )
        related = written >= th.TAG_HISTORY_WRITTEN_MIN
        if related:
            reason = f"used in {stories}; the post writes it {times(written)}"
        else:
            reason = f"used in {stories}"
        ballot.credit(index.spelled[lowered], amount, reason, False, uses=count, related=related)

    current_lower = writers_tags(current)
    if current_lower:
        together: dict[tuple[str, str], int] = defaultdict(int)
        with_current: dict[str, int] = defaultdict(int)
        for past in index.stories:
            tags = past.tags.keys()
            for mine in tags & current_lower.keys():
                with_current[mine] += 1
                for other in tags - current_lower.keys():
                    together[(mine, other)] += 1
        for (mine, other), count in together.items():
            share = count / with_current[mine]
            # "Often" only for a habit: once is once.
            how = "once" if count == 1 else f"on {count} of your stories"
            ballot.credit(
                index.spelled[other],
                th.TAG_WEIGHT_COOCCURRENCE * share,
                f"you used it with ‘{current_lower[mine]}’ {how}",
                False,
                related=True,
            )

    own_stems = frozenset(s for k in keyphrases for s in stem_key(k.phrase))
    if own_stems:
        for past in index.stories:
            if not past.stems:
                continue
            overlap = len(own_stems & past.stems) / len(own_stems | past.stems)
            if overlap >= th.SIMILAR_DRAFT_MIN_OVERLAP:
                for tag in past.tags.values():
                    ballot.credit(
                        tag,
                        th.TAG_WEIGHT_SIMILAR * overlap,
                        "used on a similar story of yours",
                        False,
                        related=True,
                    )
