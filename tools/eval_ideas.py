"""Evaluate the headline lab's ideas: how many an editor would reject as ungrammatical.

    python -m tools.eval_ideas

Titles: the distinct headlines of the Upworthy A/B tests and of the labelled clickbait set
(``../shared/data``), one in ``SAMPLE_EVERY`` of them by a stable hash, split into the
development part and the held-out part as ``tools/headline_split.py`` splits them for the
headline model (Upworthy by test, clickbait by headline). Each title is given to the lab as
a writer with only a title would give it: ``generate_variants("", title=title)``, the ideas a
writer is shown (weak ones hidden).

The rule an editor's "ungrammatical" stands for here, applied to the words that fill an
idea's topic slot (read back from the template's fixed words; rewrites of the writer's own
title are not judged, they are the writer's words):

* a slot for a thing ("A Practical Guide to …", "Common Mistakes with …", "… , Explained",
  "What … Taught Me"…) is rejected when its last word has no noun reading in lemminflect's
  lexicon ("Procrastinate"; a word it does not know counts as a name; a slot that opens
  with an "-ing" verb is a gerund phrase, "Cleaning", "Being Tired", but "Cats Enjoying" is
  no noun phrase),
  when it holds a finite verb, a word lemminflect reads only as a verb and that is neither
  the verb's base nor its "-ing" form ("Father Stopped"), when it holds a word the title
  writes right after a subject pronoun or a modal, a verb there ("Quit" in "I Quit My
  Job"), or when it ends on a grammar word;
* a slot for an activity ("How to …", "Where to Start …", "Common Mistakes When …") is
  rejected when its first word has no verb reading.

Also printed: the titles read as another language than English (all of them are English, so
each is a false alarm: a title that gets no ideas for it), how many titles get any idea, and
ideas per title. The lab's topic reading (``title_topic``) was tuned on the development part;
the held-out part was run only to report. The two thresholds of the title-language rule
(``language``) were chosen looking at the false alarms of both parts and at a dozen titles
in other languages: that row is no held-out figure.

Prints one line and exits 0 when ``../shared/data`` is absent.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.analysis.insights.headline import generate_variants
from app.analysis.insights.headline.language import reads_as_english
from app.analysis.insights.keywords.lexicon import function_words
from tools.headline_split import is_held_out_headline, is_held_out_test
from tools.train_headline import CLICKBAIT, DATA_DIR, UPWORTHY, load_clickbait

SAMPLE_EVERY = 4  # one title in four: about 8,800 titles, a minute and a half
_SALT = "clapwise-ideas-sample-v1"
# The template's fixed words around its topic slot, and what the slot holds.
THING, ACTIVITY = "thing", "activity"
SLOTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"^How to Deal with (?P<slot>.+)$", THING),
        (r"^(?:\d+ )?Ways to Deal with (?P<slot>.+)$", THING),
        (r"^How to (?P<slot>.+)$", ACTIVITY),
        (r"^Where to Start (?P<slot>.+)$", ACTIVITY),
        (r"^Common Mistakes When (?P<slot>.+)$", ACTIVITY),
        (r"^Common Mistakes with (?P<slot>.+)$", THING),
        (r"^Common Myths About (?P<slot>.+)$", THING),
        (r"^What to Know About (?P<slot>.+)$", THING),
        (r"^What .+ Should Know About (?P<slot>.+)$", THING),
        (
            r"^(?:.+: )?A Practical Guide to (?:Dealing with )?(?P<slot>.+?)(?: for [A-Z].*)?$",
            THING,
        ),
        (r"^(?:\d+ )?Practical Tips for (?P<slot>.+)$", THING),
        (r"^(?:\d+ )?Lessons on (?P<slot>.+)$", THING),
        (r"^Why (?P<slot>.+) (?:Is|Are) Harder Than (?:It|They) Looks?$", THING),
        (r"^(?P<slot>.+), Explained$", THING),
        (r"^What (?P<slot>.+) Taught Me$", THING),
        (r"^Lessons from My Own Experience with (?P<slot>.+)$", THING),
        (r"^Lessons from My Own Experience (?P<slot>.+)$", ACTIVITY),
    )
)
_SUBJECTS_AND_MODALS = frozenset(
    {
        "i", "we", "you", "they", "can", "could", "will", "would", "should", "may", "might",
        "must",
    }
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _sampled(key: str) -> bool:
    digest = hashlib.sha256(f"{_SALT}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % SAMPLE_EVERY == 0


def load_titles(data_dir: Path) -> dict[bool, list[str]]:
    """The sampled titles of each part (True: held out), each once."""
    parts: dict[bool, dict[str, str]] = {False: {}, True: {}}
    with gzip.open(data_dir / UPWORTHY, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            title = " ".join(row["headline"].split())
            key = title.lower()
            if title and _sampled(key):
                parts[is_held_out_test(row["test_id"])].setdefault(key, title)
    for _label, headline in load_clickbait(data_dir / CLICKBAIT):
        title = " ".join(headline.split())
        key = title.lower()
        if title and _sampled(key):
            parts[is_held_out_headline(headline)].setdefault(key, title)
    return {part: sorted(titles.values()) for part, titles in parts.items()}


def _readings(word: str) -> dict[str, tuple[str, ...]]:
    import lemminflect  # a development dependency: tools/derive_tags.py derives word lists

    readings: dict[str, tuple[str, ...]] = lemminflect.getAllLemmas(word.lower())
    return readings


def _is_finite_verb(word: str) -> bool:
    readings = _readings(word)
    lower = word.lower()
    if not readings or set(readings) - {"VERB", "AUX"}:
        return False
    return lower not in readings.get("VERB", ()) and not lower.endswith("ing")


def _verbs_after_subjects(title: str) -> set[str]:
    words = [word.lower() for word in _WORD.findall(title)]
    return {after for before, after in itertools.pairwise(words) if before in _SUBJECTS_AND_MODALS}


def rejection(idea: str, title: str) -> str:
    """Why an editor would reject ``idea`` (made for ``title``) as ungrammatical, or ""."""
    found, kind = next(
        ((match, kind) for pattern, kind in SLOTS if (match := pattern.match(idea))), (None, "")
    )
    if found is None:
        return ""  # a rewrite of the writer's own title
    words = _WORD.findall(found["slot"])
    if not words:
        return "empty slot"
    if kind == ACTIVITY:
        first = _readings(words[0])
        return "" if not first or "VERB" in first else "no activity"
    last = words[-1].lower().replace("’", "'").removesuffix("'s")
    if last in function_words():
        return "ends on a grammar word"
    readings = _readings(last)
    # A gerund phrase is a noun phrase: "Cleaning", "Being Tired", "Writing Every Day".
    first = words[0].lower()
    gerund = first.endswith("ing") and "VERB" in _readings(first)
    if readings and not {"NOUN", "PROPN"} & set(readings) and not gerund:
        return "head is no noun"
    if any(_is_finite_verb(word) for word in words):
        return "holds a finite verb"
    verbs = _verbs_after_subjects(title)
    if any(word.lower() in verbs for word in words):
        return "holds the title's verb"
    return ""


@dataclass
class Tally:
    titles: int = 0
    with_ideas: int = 0
    ideas: int = 0
    judged: int = 0  # ideas with a topic slot
    rejected: Counter[str] = field(default_factory=Counter)
    foreign: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def bad(self) -> int:
        return sum(self.rejected.values())


def evaluate(titles: Iterable[str], examples: int = 0) -> Tally:
    tally = Tally()
    for title in titles:
        tally.titles += 1
        tally.foreign += not reads_as_english(title)
        ideas = generate_variants("", title=title)
        tally.with_ideas += bool(ideas)
        for variant in ideas:
            tally.ideas += 1
            reason = rejection(variant.text, title)
            tally.judged += any(pattern.match(variant.text) for pattern, _ in SLOTS)
            if reason:
                tally.rejected[reason] += 1
                if len(tally.examples) < examples:
                    tally.examples.append(f"{variant.text}  <-  {title}  ({reason})")
    return tally


def _rows(dev: Tally, held: Tally) -> list[tuple[str, str, str]]:
    def share(part: int, whole: int) -> str:
        return f"{part} ({part / whole:.1%})" if whole else "0"

    rows = [
        ("titles", str(dev.titles), str(held.titles)),
        ("read as another language (false alarms)", share(dev.foreign, dev.titles),
         share(held.foreign, held.titles)),
        ("titles with at least one idea", share(dev.with_ideas, dev.titles),
         share(held.with_ideas, held.titles)),
        ("ideas shown", str(dev.ideas), str(held.ideas)),
        ("ideas per title", f"{dev.ideas / max(dev.titles, 1):.2f}",
         f"{held.ideas / max(held.titles, 1):.2f}"),
        ("ideas with a topic slot", str(dev.judged), str(held.judged)),
        ("ungrammatical ideas (of those)", share(dev.bad, dev.judged),
         share(held.bad, held.judged)),
    ]  # fmt: skip
    reasons = sorted(set(dev.rejected) | set(held.rejected))
    rows += [
        (f"  {reason}", str(dev.rejected[reason]), str(held.rejected[reason])) for reason in reasons
    ]
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder holding the data")
    parser.add_argument("--examples", type=int, default=0, help="print this many rejected ideas")
    args = parser.parse_args(argv)
    data_dir: Path = args.data.resolve()
    if not (data_dir / UPWORTHY).is_file() or not (data_dir / CLICKBAIT).is_file():
        print(f"eval_ideas: no data at {data_dir}; nothing to evaluate")
        return 0
    parts = load_titles(data_dir)
    dev = evaluate(parts[False], args.examples)
    held = evaluate(parts[True], args.examples)
    heading = "Headline lab ideas from a title alone"
    print(f"{heading:44} {'development part':>18} {'held-out part':>18}")
    for name, first, second in _rows(dev, held):
        print(f"{name:44} {first:>18} {second:>18}")
    for line in dev.examples + held.examples:
        print(f"  e.g. {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
