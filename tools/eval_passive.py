"""Precision and recall of the passive-voice check on the labelled sentence set.

    python -m tools.eval_passive           # the figures
    python -m tools.eval_passive --show    # plus every missed and every wrong span
    python -m tools.eval_passive --bench   # plus timings of every style check on 20,000 words

A found span counts only when it has exactly the labelled start and end (per span, strict).
The benchmark builds a 120,000-character draft from the labelled sentences (three to a
paragraph) and times all style checks on it, the way the analysis runs them: block checks
once per paragraph, sentence checks once per sentence.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.analysis.rules.style import (
    SENTENCE_DETECTORS,
    TEXT_DETECTORS,
    find_repeated_starts,
    has_transition,
)
from app.analysis.rules.style.passive import find_passive

DATA = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "analysis"
    / "rules"
    / "style"
    / "data"
    / "passive_sentences.tsv"
)


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled sentence: the expected passive spans as ``(start, end)`` offsets."""

    sentence: str
    spans: tuple[tuple[int, int], ...]
    source: str
    held_out: bool = False


@dataclass(frozen=True, slots=True)
class Scores:
    """Span counts over the whole set, and the sentences where the check went wrong."""

    true_positives: int
    false_positives: int
    false_negatives: int
    sentences: int
    with_passive: int
    errors: tuple[str, ...] = field(default=())

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def _locate(sentence: str, texts: list[str]) -> tuple[tuple[int, int], ...]:
    """Offsets of each expected span text, searched left to right through the sentence."""
    spans: list[tuple[int, int]] = []
    position = 0
    for text in texts:
        start = sentence.find(text, position)
        if start < 0:
            raise ValueError(f"span {text!r} is not in sentence {sentence!r}")
        spans.append((start, start + len(text)))
        position = start + len(text)
    return tuple(spans)


def load_cases(path: Path = DATA) -> list[Case]:
    """The labelled sentences of ``path`` (``#`` lines are comments)."""
    cases: list[Case] = []
    held_out = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# Held-out part"):
            held_out = True
        if not line.strip() or line.startswith("#"):
            continue
        sentence, labels, source = line.split("\t")
        texts = [text.strip() for text in labels.split(" | ") if text.strip()]
        cases.append(Case(sentence, _locate(sentence, texts), source, held_out))
    return cases


def evaluate(cases: list[Case]) -> Scores:
    """Compare :func:`find_passive` with the labels, span by span."""
    true_positives = false_positives = false_negatives = 0
    errors: list[str] = []
    for case in cases:
        found = {(finding.start, finding.end) for finding in find_passive(case.sentence)}
        expected = set(case.spans)
        true_positives += len(found & expected)
        false_positives += len(found - expected)
        false_negatives += len(expected - found)
        for start, end in sorted(found - expected):
            errors.append(f"wrong   {case.sentence[start:end]!r} in {case.sentence!r}")
        for start, end in sorted(expected - found):
            errors.append(f"missed  {case.sentence[start:end]!r} in {case.sentence!r}")
    return Scores(
        true_positives,
        false_positives,
        false_negatives,
        sentences=len(cases),
        with_passive=sum(1 for case in cases if case.spans),
        errors=tuple(errors),
    )


def bench_paragraphs(cases: list[Case], size: int = 120_000) -> list[list[str]]:
    """Paragraphs of three labelled sentences each, repeated until ``size`` characters."""
    sentences = [case.sentence for case in cases]
    per_pass = len(sentences) // 3
    paragraphs: list[list[str]] = []
    total = 0
    while total < size:
        # Shift by one sentence on each pass through the set, so no paragraph repeats and no
        # cache can serve a paragraph from an earlier one.
        first = 3 * len(paragraphs) + len(paragraphs) // per_pass
        paragraph = [sentences[(first + step) % len(sentences)] for step in range(3)]
        paragraphs.append(paragraph)
        total += sum(len(sentence) + 1 for sentence in paragraph) + 1
    return paragraphs


def run_all(paragraphs: list[list[str]]) -> int:
    """Every style check over every paragraph; returns the number of findings."""
    count = 0
    for sentences in paragraphs:
        text = " ".join(sentences)
        for detector in TEXT_DETECTORS.values():
            count += len(detector(text))
        offsets: list[tuple[int, str]] = []
        position = 0
        for sentence in sentences:
            offsets.append((position, sentence))
            position += len(sentence) + 1
            for detector in SENTENCE_DETECTORS.values():
                count += len(detector(sentence))
            has_transition(sentence)
        count += len(find_repeated_starts(offsets))
    return count


def bench(cases: list[Case], rounds: int = 30) -> None:
    """Print the size of the benchmark draft and the time all style checks take on it.

    Both wall-clock and processor time are shown: on a busy machine the wall clock also
    counts time spent waiting for a core, processor time only the work done.
    """
    paragraphs = bench_paragraphs(cases)
    characters = sum(len(" ".join(paragraph)) + 1 for paragraph in paragraphs)
    words = sum(len(" ".join(paragraph).split()) for paragraph in paragraphs)
    sentences = sum(len(paragraph) for paragraph in paragraphs)
    start = time.perf_counter()
    findings = run_all(paragraphs)  # the first run also loads the word lists
    first = time.perf_counter() - start
    wall: list[float] = []
    processor: list[float] = []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        run_all(paragraphs)
        wall.append(time.perf_counter() - start)
        processor.append(time.process_time() - start_cpu)
    print(
        f"draft            {characters:,} characters, {words:,} words, {sentences:,} sentences,"
        f" {len(paragraphs)} paragraphs"
    )
    print(f"findings         {findings:,}")
    print(f"first run        {first * 1000:.1f} ms (loads the word lists, compiles the patterns)")
    print(
        f"later runs       median {statistics.median(wall) * 1000:.1f} ms wall clock,"
        f" {statistics.median(processor) * 1000:.1f} ms processor time ({rounds} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every wrong and missed span")
    parser.add_argument("--bench", action="store_true", help="time every style check")
    arguments = parser.parse_args()
    cases = load_cases()
    scores = evaluate(cases)
    print(f"sentences        {scores.sentences} ({scores.with_passive} with a passive)")
    expected = scores.true_positives + scores.false_negatives
    found = scores.true_positives + scores.false_positives
    print(f"spans            {expected} labelled, {found} found, {scores.true_positives} right")
    print(f"precision        {scores.precision:.3f}")
    print(f"recall           {scores.recall:.3f}")
    held_out = evaluate([case for case in cases if case.held_out])
    print(
        f"held-out part    {held_out.sentences} sentences: precision {held_out.precision:.3f},"
        f" recall {held_out.recall:.3f}"
    )
    if arguments.show:
        for line in scores.errors:
            print(line)
    if arguments.bench:
        bench(cases)


if __name__ == "__main__":
    main()
