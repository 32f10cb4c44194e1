"""Derive ``resources/spelling/web_words.txt.gz``: modern English the base dictionary lacks.

    python -m tools.derive_spelling_words [--min-zipf 1.0] [--typo-ratio 20]

pyspellchecker's English list (about 160,000 words) misses much of what writers use today:
resize, filename, meetup, overfitting, names of people, places and products. ``wordfreq``'s
large English list (web, subtitles, books, Wikipedia; Speer 2022, Apache-2.0 code, CC-BY-SA
data) knows them, but also knows frequent misspellings ("recieve", "definately"), since the web
writes them too. A word from it is accepted when

- it is frequent enough (Zipf frequency at least ``--min-zipf``: 1.0 is once per 100 million
  words), is all lower-case ASCII letters and is not a listed misspelling
  (``resources/spelling/common_typos.tsv``), and
- it does not look like a slip of a much more frequent word: no word one edit away (a letter
  deleted, inserted, changed or two swapped), or with a doubled letter moved ("ocassion"), in
  the base dictionary is ``--typo-ratio`` times as frequent ("recieve" is 140 times rarer
  than "receive"; "meetup" has no such neighbour). A word with a Zipf frequency of 3.2 or
  more is accepted all the same ("intro" is no slip of "into", nor "carbs" of "cars"), and so
  is the preferred inflection lemminflect gives of a base-dictionary word ("attaches" of
  "attach", which "attacks" would otherwise outweigh; not the variant "controled").

The thresholds were chosen on the development half of the misspelling set and the development
posts (see ``tools/eval_spelling.py``). Only this derived list is committed; wordfreq is needed
to rebuild it, not to run Clapwise.

Technology names are often a letter away from a far more common word (redis and reds, axios
and axis, rebase and rebate), so the test above leaves them out. The words of Medium's tags
(``resources/keywords/medium_tags.tsv``: tags of 50 stories or more, which writers chose to
file their stories under) are accepted all the same when wordfreq knows them (``--min-zipf``)
and they are no misspelling:

- the tag vocabulary holds no tag, at least as popular, that writes a dictionary word one edit
  away in its place ("engineering-mangement" beside "management", "continous-integration"
  beside "continuous-integration"), and
- the word is no slip writers make often (costing
  ``TAG_SLIP_COST`` or less in ``error_model``: a doubled letter, a dropped or confused vowel,
  swapped letters) of a base word ``--typo-ratio`` times as frequent ("persistance"), nor,
  if it has four letters or fewer, a slip of a short word in the sense above ("cto": "to").
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections.abc import Container, Mapping
from pathlib import Path

from app.analysis.rules.spelling.edits import one_edit
from app.analysis.rules.spelling.error_model import moved_doublings, plain_slips

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "resources" / "spelling" / "web_words.txt.gz"
DEFAULT_MIN_ZIPF = 1.0
DEFAULT_TYPO_RATIO = 20.0
# Words this short have dozens of neighbours one edit away (npm: pm, wav: was), so only a
# neighbour this many times as frequent marks one as a slip ("hte", "anf", "whn").
SHORT_WORD = 4
SHORT_WORD_RATIO = 20_000.0
# A word this frequent (Zipf 3.2: once per 600,000 words) is a word ("intro", not a slip of
# "into"; "carbs", "merch", "cafes"); the frequent misspellings ("alot", "thats") are in the
# typo list. Lowered from 3.5 when blog posts showed such words flagged: the misspelling set
# and the posts of tools/eval_spelling.py gave the same figures at both.
MAX_SLIP_ZIPF = 3.2
_WORD_RE = re.compile(r"[a-z]{2,}")
# Slips this cheap or cheaper in the error model (a doubled letter, a vowel dropped or
# confused, two letters swapped) make a tag word a misspelling of a more frequent word.
TAG_SLIP_COST = 0.5
TAGS = REPO / "resources" / "keywords" / "medium_tags.tsv"


def looks_like_slip(
    word: str,
    frequency: float,
    base: Container[str],
    frequencies: Mapping[str, float],
    ratio: float,
) -> bool:
    """True when a base word one edit from ``word``, or the same word with a doubled letter
    moved ("ocassion", "neccesary"), is ``ratio`` times as frequent.

    Neighbours that differ in the first letter do not count, as writers rarely slip on it
    (async/sync, learnings/earnings), and neither do plural and singular; words of four
    letters or fewer need a much more frequent neighbour, of any kind, one edit away.
    """
    short = len(word) <= SHORT_WORD
    if short:
        ratio = SHORT_WORD_RATIO
    neighbours = set(one_edit(word)) if short else set(one_edit(word)) | moved_doublings(word)
    for neighbour in neighbours:
        if neighbour == word or neighbour not in base:
            continue
        if neighbour[:1] != word[:1] and not short:
            continue
        if neighbour == word + "s" or word == neighbour + "s":
            continue
        if frequencies.get(neighbour, 0.0) >= ratio * frequency:
            return True
    return False


def inflected_forms(base: Container[str]) -> set[str]:
    """The preferred forms lemminflect inflects words of ``base`` into ("attaches" for
    "attach"; "controlled", not its variant "controled"): real words, never slips."""
    from lemminflect import getAllInflections

    from tools.lemma_table import lemma_rows

    lemmas = {lemma for _word, _reading, its_lemmas in lemma_rows() for lemma in its_lemmas}
    forms: set[str] = set()
    for lemma in lemmas:
        if lemma in base:
            for spellings in getAllInflections(lemma).values():
                if spellings[0] != lemma:
                    forms.add(spellings[0])  # the first spelling is the preferred one
    return forms


def read_tags(path: Path = TAGS) -> dict[str, int]:
    """Medium's tags (slugs) and how many stories carry each."""
    tags = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            slug, stories = line.split("\t")
            tags[slug] = int(stories)
    return tags


def tag_words(
    tags: Mapping[str, int],
    base: Container[str],
    frequencies: Mapping[str, float],
    floor: float,
    ratio: float,
    typos: Container[str] = frozenset(),
) -> set[str]:
    """The words of ``tags`` (slugs and their stories) that are no misspelling (see the
    module): neither in ``base`` nor in ``typos``, at least ``floor`` frequent. Words of four
    letters or fewer must also pass ``looks_like_slip``'s test for short words (cto: to)."""
    best: dict[str, int] = {}  # each word with the stories of its most popular tag
    for slug, stories in tags.items():
        for word in slug.split("-"):
            if (
                word not in base
                and word not in typos
                and _WORD_RE.fullmatch(word)
                and frequencies.get(word, 0) >= floor
            ):
                best[word] = max(best.get(word, 0), stories)
    accepted = set()
    for word, stories in best.items():
        if len(word) <= SHORT_WORD and looks_like_slip(
            word, frequencies[word], base, frequencies, ratio
        ):
            continue
        known = [edited for edited in set(one_edit(word)) if edited != word and edited in base]
        corrected = any(
            tags.get(edited, 0) >= stories or _tag_corrected(tags, word, edited) for edited in known
        )
        slip = any(
            edited in base and frequencies.get(edited, 0) >= ratio * frequencies[word]
            for edited in plain_slips(word, limit=TAG_SLIP_COST)
        )
        if not corrected and not slip:
            accepted.add(word)
    return accepted


def _tag_corrected(tags: Mapping[str, int], word: str, edited: str) -> bool:
    """Is there a tag with ``edited`` in the place of ``word``, as popular as the tag with it?"""
    for slug, stories in tags.items():
        parts = slug.split("-")
        if word in parts and len(parts) > 1:
            other = "-".join(edited if part == word else part for part in parts)
            if tags.get(other, 0) >= stories:
                return True
    return False


def derive(min_zipf: float, typo_ratio: float) -> list[str]:
    import wordfreq
    from spellchecker import SpellChecker

    from app.resources import resource_path, word_list

    base = set(SpellChecker(language="en").word_frequency.dictionary)
    base |= word_list("spelling", "extra_words.txt")
    typos = {
        line.split("\t", 1)[0].lower()
        for line in resource_path("spelling", "common_typos.tsv").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    frequencies = wordfreq.get_frequency_dict("en", "large")
    forms = inflected_forms(base)
    floor = 10 ** (min_zipf - 9)  # Zipf = log10(frequency per billion words)
    accepted = []
    for word, frequency in frequencies.items():
        if frequency < floor or word in base or word in typos or not _WORD_RE.fullmatch(word):
            continue
        if (
            frequency >= 10 ** (MAX_SLIP_ZIPF - 9)
            or word in forms
            or not looks_like_slip(word, frequency, base, frequencies, typo_ratio)
        ):
            accepted.append(word)
    accepted += tag_words(read_tags(), base, frequencies, floor, typo_ratio, typos)
    return sorted(set(accepted))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-zipf", type=float, default=DEFAULT_MIN_ZIPF)
    parser.add_argument("--typo-ratio", type=float, default=DEFAULT_TYPO_RATIO)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    words = derive(args.min_zipf, args.typo_ratio)
    header = (
        f"# Derived by tools/derive_spelling_words.py from wordfreq's large English list "
        f"(--min-zipf {args.min_zipf} --typo-ratio {args.typo_ratio}); do not edit.\n"
    )
    # mtime=0: the same words give the same bytes, so a rebuild changes nothing in git.
    with gzip.GzipFile(args.output, "wb", mtime=0) as handle:
        handle.write((header + "\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words):,} words -> {args.output}")


if __name__ == "__main__":
    main()
