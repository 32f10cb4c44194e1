"""Tag suggestions for Medium: real tags that fit the text, then the writer's own habits.

Medium allows five tags of at most 25 characters and shows the first one most. Suggestions are
real Medium tags (``keywords.vocabulary``) with their reach, each with a one-line reason:

* candidates come from the key phrases (a tag that is a key phrase, or a whole-word part of
  one), the title, the prose paragraph by paragraph, initialisms ("AI"), the hubs of the
  tags' families ("Machine Learning" for "Deep Learning"), one-word key phrases Medium's
  2020 list lacks ("COVID-19", reach 0) and the post's subject when that list lacks it
  ("Single Tasking") (``features``);
* a logistic model fitted on stories with their writers' own tags (``model``) gives each
  the probability a writer would choose it; below the model's least probability a candidate
  is left out (precision first), as is one word the prose writes once in passing ("on
  startup"), and the largest part of its score the draft supplied is the reason shown; the
  post's subject (its first key phrase, a Medium tag) has a place however many broader tags
  outrank it, and the first;
* the programming language the draft's fenced code names and its prose names too ("Golang"
  for ```go) is as likely as the likeliest of them (``code_language``);
* the writer's history (how often and how recently a tag was used, tags used together with
  the current ones, tags of similar past stories). History strengthens a tag the text supports,
  but tags from history alone never take more than two of the five places, and never the first
  three while the text has tags to offer.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.extract import Keyphrase
from app.analysis.insights.keywords.vocabulary import stem_key
from app.analysis.insights.tags.ballot import Ballot
from app.analysis.insights.tags.history import TagHistory
from app.analysis.insights.tags.names import same_tag, work_kind, writers_tags
from app.analysis.insights.tags.slips import likely_meant
from app.analysis.insights.tags.sources import credit_from_history, credit_from_text
from app.document.medium_limits import MAX_TAGS


@dataclass(frozen=True, slots=True)
class TagSuggestion:
    """A suggested tag, its score (higher is better), why it fits, its reach on Medium
    (stories that carried it; 0 for a tag Medium's list does not have) and whether the writer
    has used it before."""

    tag: str
    score: float
    reason: str
    reach: int = 0
    used_before: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "tag": self.tag,
            "score": round(self.score, 3),
            "reason": self.reason,
            "reach": self.reach,
            "used_before": self.used_before,
        }


def suggest_tags(
    keyphrases: Sequence[Keyphrase],
    history: TagHistory,
    current_tags: Sequence[str],
    limit: int = MAX_TAGS,
    *,
    title: str = "",
    text: str = "",
    subtitle: str = "",
    people: Collection[str] = (),
    code_languages: Sequence[str] = (),
) -> tuple[TagSuggestion, ...]:
    """At most ``limit`` (and five) tags to add, best first; current tags are left out.

    ``keyphrases`` are the draft's extracted key phrases (best first), ``title`` its title and
    ``text`` its prose (or Markdown without code): tags written there count too, and so do
    those of the ``subtitle`` (which ``text`` holds as its first line). ``people`` are the
    words it writes as people's names: never new tags. ``code_languages`` are the languages
    its fenced code blocks name ("python"): the one the prose names too is a tag.
    """
    ballot = Ballot()
    credit_from_text(keyphrases, title, text, people, ballot, subtitle, code_languages)
    credit_from_history(keyphrases, history, current_tags, ballot, f"{title}\n{text}")
    # Neither a tag already chosen (in any case, singular or plural: "Headline" beside a
    # chosen "Headlines") nor a name the writer replaced with another of their own.
    taken = list(writers_tags([*current_tags, *history.replaced]))
    ranked = sorted(
        (
            (found.score, lowered)
            for lowered, found in ballot.evidence.items()
            if not any(same_tag(lowered, name) for name in taken)
        ),
        key=lambda item: (-item[0], item[1]),
    )
    from_text = _diversify(
        [item for item in ranked if ballot.evidence[item[1]].text > 0], ballot.reach
    )
    # A slip the writer made before ("Pyhton", or "Imagemagik" beside the post's ImageMagick)
    # is no habit to suggest again. Looking for one is a fuzzy search of the vocabulary, so
    # only as far as the places history may take.
    nearby = [*(k.phrase for k in keyphrases), *current_tags]
    history_only = list(
        itertools.islice(
            (
                item
                for item in ranked
                if ballot.evidence[item[1]].text == 0
                and ballot.evidence[item[1]].history_alone_counts
                and not likely_meant(ballot.spelling[item[1]], nearby)
            ),
            th.TAG_HISTORY_ONLY_MAX,
        )
    )
    chosen = _merge(from_text, history_only, MAX_TAGS)
    # The post's subject, a tag the model finds likely enough, always has a place, however
    # many broader tags outrank it ("Rust", the first key phrase of a post on Rust's fonts,
    # behind a "Machine Learning" written once): it takes the last.
    subject = next((item for item in from_text if item[1] == ballot.subject), None)
    if subject is not None and subject not in chosen:
        del chosen[MAX_TAGS - 1 :]
        chosen.append(subject)
    # Medium shows the first tag most: the post's own subject goes first. A smaller limit
    # keeps the first of these five, so two suggestions are the best two of the five.
    chosen.sort(key=lambda item: item[1] != ballot.subject)
    _lead_with_readers(chosen, ballot.reach)
    _no_passing_lead(chosen, ballot)
    del chosen[max(0, limit) :]
    draft = f"{title}\n{text}"  # read for the capitals of the tags shown, not of every candidate
    return tuple(
        TagSuggestion(
            ballot.shown(lowered, draft),
            score,
            ballot.evidence[lowered].reason,
            ballot.reach[lowered],
            ballot.evidence[lowered].history > 0,
        )
        for score, lowered in chosen
    )


def _no_passing_lead(chosen: list[tuple[float, str]], ballot: Ballot) -> None:
    """The first place, which Medium shows most, never goes to a passing mention while the
    text supports another suggestion: "Empty State", the post's subject, before a "Project
    Management" it names once."""
    if not chosen or chosen[0][1] not in ballot.passing:
        return
    for index, (_score, lowered) in enumerate(chosen):
        if lowered not in ballot.passing and ballot.evidence[lowered].text > 0:
            chosen.insert(0, chosen.pop(index))
            return


def _lead_with_readers(chosen: list[tuple[float, str]], reach: dict[str, int]) -> None:
    """A tag Medium's list lacks may have no readers, so it gives up the place Medium shows
    most to the best tag with reach, if that one is nearly as likely ("Machine Learning"
    before "Model"); not to a passing mention ("Software" stays behind "Sinking Fund")."""
    if not chosen or reach[chosen[0][1]]:
        return
    best = max(score for score, _lowered in chosen)
    for index, (score, lowered) in enumerate(chosen):
        if reach[lowered]:
            if score >= th.TAG_KNOWN_LEAD_MIN_SHARE * best:
                chosen.insert(0, chosen.pop(index))
            return


def _diversify(ranked: list[tuple[float, str]], reach: dict[str, int]) -> list[tuple[float, str]]:
    """Five tags should cover different sides of a story: a tag that contains a better one
    ("Docker Compose" after "Docker") keeps only part of its score. The broader tag inside a
    better one keeps all of it ("Programming" after "Pair Programming"): writers pair a
    subject with its broader tag, which has the readers. A tag naming a better one's work by
    its doer, or the other way round ("Programmer" and "Programming", "Software Developer" and
    "Software Development"), is one tag: the better one's place goes to the name with more
    readers (``reach``)."""
    kept: list[tuple[float, str]] = []
    kept_words: list[set[str]] = []
    kept_kinds: list[frozenset[str]] = []
    pending = list(ranked)
    penalised: set[str] = set()
    while pending:
        score, lowered = pending.pop(0)
        words = set(stem_key(lowered))
        kind = work_kind(words)
        if kind in kept_kinds:  # the same work by its doer: "Programmer", "Programming"
            place = kept_kinds.index(kind)
            kept_score, kept_tag = kept[place]
            if reach[lowered] > reach[kept_tag]:  # the name more readers follow, in its place
                kept[place] = (kept_score, lowered)
                kept_words[place] = words
            continue
        nested = any(other <= words for other in kept_words)
        if nested and lowered not in penalised:
            penalised.add(lowered)
            pending.append((score * th.TAG_OVERLAP_PENALTY, lowered))
            pending.sort(key=lambda item: (-item[0], item[1]))  # behind those that now beat it
            continue
        kept.append((score, lowered))
        kept_words.append(words)
        kept_kinds.append(kind)
    return kept


def _merge(
    from_text: list[tuple[float, str]], history_only: list[tuple[float, str]], limit: int
) -> list[tuple[float, str]]:
    """The text's best tags first; ``history_only`` (the history's best, two at most) may
    take the last two places."""
    keep = max(0, limit - th.TAG_HISTORY_ONLY_MAX)
    head, rest = from_text[:keep], from_text[keep:]
    tail = sorted(rest + history_only, key=lambda i: (-i[0], i[1]))
    return (head + tail)[:limit]
