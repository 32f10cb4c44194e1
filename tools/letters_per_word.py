"""How long the words of real Medium sentences are: the figure behind
``Thresholds.long_words_letters`` (when a hard sentence's message blames long words).

    python -m tools.letters_per_word

Reads the Medium stories in ``../shared/data/medium_stories_dev`` (prose only: code, links'
targets and front matter left out), and prints the median and the deciles of letters per word
over sentences of five words or more, and for the sentences the very-hard rule flags.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from app.analysis.rules.sentence_rules import is_very_hard
from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS
from app.analysis.text.counts import sentence_words_and_counts
from app.analysis.text.formulas import sentence_grade
from app.analysis.text.sentences import split_sentences
from app.document.front_matter import split_front_matter
from app.document.prose import parse_prose

STORIES = Path(__file__).resolve().parents[2] / "shared" / "data" / "medium_stories_dev"


def letters_per_word(paths: list[Path]) -> tuple[list[float], list[float]]:
    """Letters per word of every sentence (5+ words), and of the very hard ones."""
    every: list[float] = []
    very_hard: list[float] = []
    for path in paths:
        text = split_front_matter(path.read_text(encoding="utf-8", errors="replace"))[1]
        for block in parse_prose(text).blocks:
            if block.kind == "heading":
                continue
            for start, end in split_sentences(block.text):
                _words, counts, _first = sentence_words_and_counts(block.text[start:end])
                if counts.words < 5:
                    continue
                ratio = counts.letters / counts.words
                every.append(ratio)
                if is_very_hard(counts.words, sentence_grade(counts), DEFAULT_THRESHOLDS):
                    very_hard.append(ratio)
    return every, very_hard


def main() -> int:
    paths = sorted(STORIES.rglob("*.md"))
    if not paths:
        print(f"no stories in {STORIES}: nothing to measure")
        return 0
    every, very_hard = letters_per_word(paths)
    for name, values in (("all sentences", every), ("very hard sentences", very_hard)):
        deciles = ", ".join(f"{value:.2f}" for value in statistics.quantiles(values, n=10))
        print(
            f"{name}: {len(values)} from {len(paths)} stories; median "
            f"{statistics.median(values):.2f} letters a word; deciles {deciles}"
        )
    share = sum(value >= DEFAULT_THRESHOLDS.long_words_letters for value in very_hard)
    print(
        f"very hard sentences whose message names long words (>= "
        f"{DEFAULT_THRESHOLDS.long_words_letters:g}): {share} of {len(very_hard)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
