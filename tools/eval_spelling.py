"""Measure the spelling check on real posts and real misspellings, and time it.

    python -m tools.eval_spelling                # flags on posts, suggestions of both, timings
    python -m tools.eval_spelling --skip-library # ours only (the library needs about a minute)
    python -m tools.eval_spelling --misses       # also list the pairs we get wrong
    python -m tools.eval_spelling --flags        # also list every word flagged on the posts

Flags on real posts: ``clapwise analyze`` on the public-domain articles of
``tests/analysis/insights/keywords/data/articles`` and the Medium stories of
``../shared/data/medium_stories_dev`` (posts in another language counted apart), split by a
stable hash of the file name into a development part (tuned on) and a held-out part (a third,
never looked at while tuning), plus four public-domain 18F posts added to the held-out part
after tuning (``tests/analysis/rules/spelling/data/posts_18f``). Flags per 1,000 words are given as
``analyze`` reports them and after a draft's words used three times or more keep one soft
flag unless they are likely slips (``context.soften_repeated``, as ``clapwise check`` counts
them); real typos caught are
counted against ``tests/analysis/rules/spelling/data/post_typos.tsv``. Flag recall is the share of
the real misspellings below that the checker flags, on the same kind of split; repeat recall,
the share flagged at each of three uses in one text (the others keep one soft flag, as names do).

The evaluation set is ``tests/analysis/rules/spelling/data/misspellings.tsv`` (see its header for
sources and licences). Accuracy is the share of misspellings whose intended word is the first
suggestion (top-1) or among the first five (top-5). pyspellchecker's top-1 is
``SpellChecker().correction()``; its top-5 are its ``candidates()`` ranked by frequency, the
order ``correction()`` uses. Timings are wall-clock on this machine.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.analysis.rules.spelling import RULE, SpellingChecker, suggest, warm_up
from app.analysis.rules.spelling.context import soften_repeated
from app.analysis.rules.spelling.lexicon import lexicon

REPO = Path(__file__).resolve().parents[1]
EVALUATION_SET = REPO / "tests" / "analysis" / "rules" / "spelling" / "data" / "misspellings.tsv"
POST_TYPOS = REPO / "tests" / "analysis" / "rules" / "spelling" / "data" / "post_typos.tsv"
ARTICLES = REPO / "tests" / "analysis" / "insights" / "keywords" / "data" / "articles"
STORIES = REPO.parent / "shared" / "data" / "medium_stories_dev"
# Public-domain posts added after tuning: always in the held-out part.
FRESH = REPO / "tests" / "analysis" / "rules" / "spelling" / "data" / "posts_18f"
DRAFT_WORDS = 20_000
# A post in which fewer than this share of the words are English function words is not English.
ENGLISH_SHARE = 0.08
_FUNCTION_WORDS = frozenset({"the", "and", "of", "to", "is", "a", "in", "that", "it", "for"})


def is_held_out(key: str) -> bool:
    """A stable third of the items, set aside: never looked at while tuning."""
    return zlib.crc32(key.encode("utf-8")) % 3 == 0


def part_name(key: str) -> str:
    return "held-out" if is_held_out(key) else "dev"


def post_paths() -> list[Path]:
    """Every real post: public-domain articles, the Medium stories, the fresh 18F posts."""
    fresh = [path for path in sorted(FRESH.glob("*.md")) if path.name != "README.md"]
    return sorted(ARTICLES.glob("*.md")) + sorted(STORIES.glob("*.md")) + fresh


def part_of(path: Path) -> str:
    return "held-out" if path.parent == FRESH else part_name(path.name)


@dataclass
class PostTally:
    """Flags on the posts of one part."""

    posts: int = 0
    words: int = 0
    flags: int = 0
    softened_flags: int = 0
    typos: int = 0
    typos_caught: int = 0
    flagged: list[str] = field(default_factory=list)


def read_post_typos(path: Path = POST_TYPOS) -> dict[str, set[str]]:
    typos: dict[str, set[str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            post, word = line.split("\t")
            typos.setdefault(post, set()).add(word)
    return typos


def is_english(text: str) -> bool:
    words = text.lower().split()
    common = sum(word in _FUNCTION_WORDS for word in words)
    return common >= ENGLISH_SHARE * max(1, len(words))


def tally_posts(paths: Sequence[Path]) -> dict[str, PostTally]:
    """Per part (dev, held-out, not English): words, flags and typos caught."""
    from app.analysis.engine.analyzer import analyze

    typos = read_post_typos()
    tallies = {name: PostTally() for name in ("dev", "held-out", "not English")}
    for path in paths:
        source = path.read_text("utf-8")
        report = analyze(source)
        flags = [finding for finding in report.findings if finding.rule == RULE]
        softened = [f for f in soften_repeated(flags, source, RULE) if f.rule == RULE]
        tally = tallies[part_of(path) if is_english(source) else "not English"]
        tally.posts += 1
        tally.words += report.words
        tally.flags += len(flags)
        tally.softened_flags += len(softened)
        flagged = {source[f.start : f.end].lower().replace("’", "'") for f in flags}
        expected = typos.get(path.name, set())
        tally.typos += len(expected)
        tally.typos_caught += len(expected & flagged)
        tally.flagged.extend(f"{path.name}:{source[f.start : f.end]}" for f in softened)
    return tallies


def flag_recall(pairs: Sequence[tuple[str, str, str]]) -> dict[str, tuple[int, int]]:
    """Per part: how many misspellings the checker flags inside a sentence, of how many."""
    checker = SpellingChecker()
    counts = {"dev": [0, 0], "held-out": [0, 0]}
    for wrong, _right, _source in pairs:
        count = counts[part_name(wrong)]
        count[0] += bool(checker.misspellings(f"Then I wrote {wrong} in the note."))
        count[1] += 1
    return {name: (flagged, total) for name, (flagged, total) in counts.items()}


def repeat_recall(pairs: Sequence[tuple[str, str, str]]) -> dict[str, tuple[int, int]]:
    """Per part: how many misspellings typed three times in a draft are flagged at every use
    (a draft's word used three times or more keeps one soft flag unless it is a likely slip)."""
    checker = SpellingChecker()
    counts = {"dev": [0, 0], "held-out": [0, 0]}
    for wrong, _right, _source in pairs:
        count = counts[part_name(wrong)]
        text = f"Then I wrote {wrong} in the note, {wrong} on the card and {wrong} again."
        flags = soften_repeated(checker.findings(text, with_suggestions=False), text, RULE)
        count[0] += len(flags) == 3
        count[1] += 1
    return {name: (flagged, total) for name, (flagged, total) in counts.items()}


def print_posts(show_flags: bool) -> None:
    tallies = tally_posts(post_paths())
    print("Spelling flags on real posts (dev = tuned on; held-out = set aside, never tuned on)")
    print(
        f"{'part':12} {'posts':>5} {'words':>7} {'flags/1k':>9} {'soft/1k':>8} {'typos caught':>13}"
    )
    for name, tally in tallies.items():
        per_k = 1000 / max(1, tally.words)
        print(
            f"{name:12} {tally.posts:5} {tally.words:7} {tally.flags * per_k:9.2f} "
            f"{tally.softened_flags * per_k:8.2f} {tally.typos_caught:>6} of {tally.typos:<4}"
        )
    print(
        "  flags/1k: as `clapwise analyze` reports them; soft/1k: a word used 3+ times in the "
        "draft keeps one soft flag unless it is a likely slip (as `clapwise check` counts)"
    )
    if show_flags:
        for name, tally in tallies.items():
            print(f"  {name}: {', '.join(tally.flagged)}")


def load_pairs(path: Path = EVALUATION_SET) -> list[tuple[str, str, str]]:
    """(misspelling, correction, source) rows of a TSV file; ``#`` lines are comments."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                wrong, right, source = line.rstrip("\n").split("\t")
                rows.append((wrong, right, source))
    return rows


def score(
    pairs: Sequence[tuple[str, str, str]], ranker: Callable[[str], list[str]]
) -> tuple[float, float, list[float], list[tuple[str, str, list[str]]]]:
    """Top-1 accuracy, top-5 accuracy, seconds per word and the misses of ``ranker``."""
    top1 = top5 = 0
    seconds = []
    misses = []
    for wrong, right, _ in pairs:
        started = time.perf_counter()
        ranked = ranker(wrong)
        seconds.append(time.perf_counter() - started)
        top1 += bool(ranked) and ranked[0] == right
        top5 += right in ranked[:5]
        if not ranked or ranked[0] != right:
            misses.append((wrong, right, ranked[:3]))
    return top1 / len(pairs), top5 / len(pairs), seconds, misses


def library_ranker() -> Callable[[str], list[str]]:
    from spellchecker import SpellChecker

    checker = SpellChecker()

    def rank(word: str) -> list[str]:
        best = checker.correction(word)
        others = sorted(checker.candidates(word) or (), key=checker.__getitem__, reverse=True)
        return ([best] if best else []) + [c for c in others if c != best][:4]

    return rank


def synthetic_draft(words: int = DRAFT_WORDS, seed: int = 7) -> str:
    """A draft of ``words`` dictionary words drawn by corpus frequency, as prose.

    Sentences of 8-25 words, capitalised, with commas, a few misspellings, URLs and numbers,
    so the check sees about as many distinct words as a real long article.
    """
    rng = random.Random(seed)
    frequencies = lexicon().frequencies
    vocabulary = [w for w in frequencies if w.isalpha()]
    weights = [frequencies[w] ** 0.8 for w in vocabulary]  # flatter than the corpus, like prose
    drawn = rng.choices(vocabulary, weights, k=words)
    extras = ["recieve", "teh", "definately", "https://example.com/a", "2024", "iPhone", "NASA"]
    sentences = []
    position = 0
    while position < words:
        length = rng.randint(8, 25)
        sentence = drawn[position : position + length]
        position += length
        for i in range(len(sentence)):
            if rng.random() < 0.01:
                sentence[i] = rng.choice(extras)
            elif rng.random() < 0.06:
                sentence[i] += ","
        sentence[0] = sentence[0].capitalize()
        sentences.append(" ".join(sentence) + ".")
    return "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))


def time_misspellings(draft: str, repeats: int = 5) -> tuple[float, float]:
    """Seconds for ``misspellings`` on a fresh checker, and the median on a warm one."""
    checker = SpellingChecker()
    started = time.perf_counter()
    checker.misspellings(draft)
    cold = time.perf_counter() - started
    warm = []
    for _ in range(repeats):
        started = time.perf_counter()
        checker.misspellings(draft)
        warm.append(time.perf_counter() - started)
    return cold, statistics.median(warm)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-library", action="store_true", help="do not run pyspellchecker")
    parser.add_argument("--misses", action="store_true", help="list the pairs we get wrong")
    parser.add_argument("--flags", action="store_true", help="list the words flagged on posts")
    args = parser.parse_args(argv)
    if not STORIES.is_dir():
        print(f"eval_spelling: skipped, {STORIES} is absent")
        return

    started = time.perf_counter()
    warm_up()
    print(f"dictionary load: {time.perf_counter() - started:.3f} s")

    print_posts(args.flags)
    pairs = load_pairs()
    print(f"evaluation set: {len(pairs)} pairs from {EVALUATION_SET.relative_to(REPO)}")
    recall = flag_recall(pairs).items()
    shares = [f"{name} {hit} of {total} ({hit / total:.1%})" for name, (hit, total) in recall]
    print("misspellings flagged in a sentence: " + "; ".join(shares))
    repeats = repeat_recall(pairs).items()
    shares = [f"{name} {hit} of {total} ({hit / total:.1%})" for name, (hit, total) in repeats]
    print("misspellings typed three times, flagged at every use: " + "; ".join(shares))
    rankers: list[tuple[str, Callable[[str], list[str]]]] = []
    if not args.skip_library:
        rankers.append(("pyspellchecker correction()", library_ranker()))
    rankers.append(("clapwise suggest()", suggest))
    print(f"{'':30} {'top-1':>7} {'top-5':>7} {'median ms':>10} {'max ms':>8} {'total s':>8}")
    for name, ranker in rankers:
        top1, top5, seconds, misses = score(pairs, ranker)
        print(
            f"{name:30} {top1:7.1%} {top5:7.1%} {statistics.median(seconds) * 1000:10.1f} "
            f"{max(seconds) * 1000:8.1f} {sum(seconds):8.1f}"
        )
        if args.misses and ranker is suggest:
            for wrong, right, ranked in misses:
                print(f"    {wrong} -> {right}: {', '.join(ranked) or '(none)'}")

    draft = synthetic_draft()
    cold, warm = time_misspellings(draft)
    print(
        f"misspellings() on a {len(draft.split()):,}-word draft ({len(draft):,} characters): "
        f"{cold * 1000:.1f} ms first call, {warm * 1000:.1f} ms median when warm"
    )
    long_word = "qzxwvkjplmnbtrfdghsycqzxwvkjplm"
    started = time.perf_counter()
    suggest(long_word, time_budget=0.25)
    print(
        f"suggest() on a {len(long_word)}-letter nonsense word with a 0.25 s budget: "
        f"{(time.perf_counter() - started) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
