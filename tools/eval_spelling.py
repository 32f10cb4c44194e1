"""Measure the spelling suggester against pyspellchecker on real misspellings, and time it.

    python -m tools.eval_spelling                # accuracy of both, timings
    python -m tools.eval_spelling --skip-library # ours only (the library needs about a minute)
    python -m tools.eval_spelling --misses       # also list the pairs we get wrong

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
from collections.abc import Callable, Sequence
from pathlib import Path

from app.analysis.rules.spelling import SpellingChecker, suggest, warm_up
from app.analysis.rules.spelling.lexicon import lexicon

REPO = Path(__file__).resolve().parents[1]
EVALUATION_SET = REPO / "tests" / "analysis" / "rules" / "spelling" / "data" / "misspellings.tsv"
DRAFT_WORDS = 20_000


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
    args = parser.parse_args(argv)

    started = time.perf_counter()
    warm_up()
    print(f"dictionary load: {time.perf_counter() - started:.3f} s")

    pairs = load_pairs()
    print(f"evaluation set: {len(pairs)} pairs from {EVALUATION_SET.relative_to(REPO)}")
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
