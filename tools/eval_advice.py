"""How much of the default style advice an editor would act on, on real posts.

    python -m tools.eval_advice            # the figures, tuning part and held-out part
    python -m tools.eval_advice --rules    # plus the figures of every rule
    python -m tools.eval_advice --show     # plus every unlabelled default highlight

The posts and the editor's labels live in ``tools/data/advice/`` (see its README). Each post
falls in the tuning part or the held-out part by a hash of its file name, fixed before any
rule was tuned. A highlight is a finding of a rule that is on by default; spelling is left
out (``tools.eval_spelling`` measures it). Figures:

- highlights per 1,000 words;
- useful and wrong: shares of the labelled highlights an editor judged worth an edit, or a
  misfire;
- useful kept: of the findings judged useful on the build before the precision work, the
  share still highlighted (a hard sentence counts as kept when any sentence rule shades it);
- unlabelled: highlights nobody has judged yet (they count in neither share).

A label judges a span, so it also applies when the same span is reported under a rule of the
same family (a sentence now "very hard" that was "hard"; "definitely" now an intensifier).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.analysis.engine.analyzer import analyze
from app.analysis.engine.settings import AnalysisSettings
from app.analysis.rules.catalog import DEFAULT_OFF_RULES

DATA = Path(__file__).resolve().parent / "data" / "advice"
POSTS = DATA / "posts"
LABELS = DATA / "labels.tsv"
SPLIT_SALT = "advice:"
# Sentence rules shade the same span under one name or another as the thresholds move.
_FAMILIES = {"hard_sentence": "sentence", "very_hard_sentence": "sentence"}
_FAMILIES["long_sentence"] = "sentence"
# An -ly adverb now reported as an intensifier ("definitely") is the same highlight.
_FAMILIES["adverb"] = _FAMILIES["intensifier"] = "emphasis"
# Spelling has its own evaluation; every other rule that is on by default counts.
SETTINGS = AnalysisSettings(disabled_rules=DEFAULT_OFF_RULES | {"spelling"})

Key = tuple[str, str, int, int]  # file, rule, start, end


def held_out(name: str) -> bool:
    """About a third of the posts, chosen by a stable hash of the file name."""
    digest = hashlib.sha256((SPLIT_SALT + name).encode()).hexdigest()
    return int(digest, 16) % 3 == 0


@dataclass(frozen=True, slots=True)
class Label:
    label: str  # useful, pedantic or wrong
    reason: str
    before: bool  # judged on the build before the precision work


@dataclass
class Tally:
    """Counts for one part of the corpus (or one rule in it)."""

    posts: int = 0
    words: int = 0
    shown: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    useful_before: int = 0
    useful_kept: int = 0
    unlabelled: list[str] = field(default_factory=list)

    def per_thousand(self) -> float:
        return 1000 * self.shown / self.words if self.words else 0.0

    def share(self, label: str) -> float | None:
        judged = sum(self.labels.values())
        return self.labels[label] / judged if judged else None


def load_labels(path: Path = LABELS) -> dict[Key, Label]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {
            (row["file"], row["rule"], int(row["start"]), int(row["end"])): Label(
                row["label"], row["reason"], row["seen"] == "before"
            )
            for row in rows
        }


def _family(rule: str) -> str:
    return _FAMILIES.get(rule, rule)


def evaluate(labels: dict[Key, Label]) -> dict[str, dict[str, Tally]]:
    """Tallies per part ("tuning", "held-out"), each per rule plus "all"."""
    parts: dict[str, dict[str, Tally]] = {"tuning": {}, "held-out": {}}
    # A label carries over to the same span reported under a rule of its family.
    by_family = {
        (name, _family(rule), start, end): label
        for (name, rule, start, end), label in labels.items()
    }
    for post in sorted(POSTS.glob("*.md")):
        part = parts["held-out" if held_out(post.name) else "tuning"]
        overall = part.setdefault("all", Tally())
        source = post.read_text(encoding="utf-8")
        report = analyze(source, settings=SETTINGS)
        overall.posts += 1
        overall.words += report.words
        shown_spans = set()
        for finding in report.findings:
            key = (post.name, finding.rule, finding.start, finding.end)
            shown_spans.add((_family(finding.rule), finding.start, finding.end))
            for tally in (overall, part.setdefault(finding.rule, Tally())):
                tally.shown += 1
                label = labels.get(key) or by_family.get(
                    (post.name, _family(finding.rule), finding.start, finding.end)
                )
                if label is None:
                    snippet = source[finding.start : finding.end].replace("\n", " ")[:60]
                    tally.unlabelled.append(f"{post.name}\t{finding.rule}\t{key[2]}\t{snippet}")
                else:
                    tally.labels[label.label] += 1
        for (name, rule, start, end), label in labels.items():
            if name != post.name or not label.before or label.label != "useful":
                continue
            kept = (_family(rule), start, end) in shown_spans
            for tally in (overall, part.setdefault(rule, Tally())):
                tally.useful_before += 1
                tally.useful_kept += kept
    return parts


def baseline(labels: dict[Key, Label]) -> dict[str, Tally]:
    """The labelled findings of the build before the precision work, every one shown then."""
    parts = {"tuning": Tally(), "held-out": Tally()}
    for (name, _rule, _start, _end), label in labels.items():
        if label.before:
            tally = parts["held-out" if held_out(name) else "tuning"]
            tally.shown += 1
            tally.labels[label.label] += 1
    return parts


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"


def _row(name: str, tuning: Tally | None, held: Tally | None, words: tuple[int, int]) -> str:
    cells = [f"{name:<22}"]
    for tally, total in ((tuning, words[0]), (held, words[1])):
        tally = tally or Tally()
        per_thousand = 1000 * tally.shown / total if total else 0.0
        kept = tally.useful_kept / tally.useful_before if tally.useful_before else None
        cells.append(
            f"{per_thousand:6.1f} {_percent(tally.share('useful')):>6} "
            f"{_percent(tally.share('wrong')):>6} {_percent(kept):>6} {len(tally.unlabelled):>5}"
        )
    return " | ".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", action="store_true", help="figures per rule")
    parser.add_argument("--show", action="store_true", help="list unlabelled highlights")
    args = parser.parse_args(argv)
    if not POSTS.is_dir() or not LABELS.is_file():
        print(f"eval_advice: no labelled posts in {DATA}; nothing to evaluate.")
        return 0
    parts = evaluate(load_labels())
    tuning, held = parts["tuning"], parts["held-out"]
    words = (tuning.get("all", Tally()).words, held.get("all", Tally()).words)
    posts = (tuning.get("all", Tally()).posts, held.get("all", Tally()).posts)
    print(
        f"Default style highlights (spelling aside) judged by an editor. "
        f"Tuning part: {posts[0]} posts, {words[0]:,} words (the part the rules were tuned on). "
        f"Held-out part: {posts[1]} posts, {words[1]:,} words (never used for tuning)."
    )
    heading = "per 1k useful  wrong  kept unlab."
    print(f"{'':<22} | {'TUNING':<34} | HELD-OUT")
    print(f"{'rule':<22} | {heading} | {heading}")
    print(_row("all default highlights", tuning.get("all"), held.get("all"), words))
    before = baseline(load_labels())
    print(_row("  (the earlier build)", before["tuning"], before["held-out"], words))
    if args.rules:
        rules = sorted((set(tuning) | set(held)) - {"all"})
        for rule in rules:
            print(_row(rule, tuning.get(rule), held.get(rule), words))
    if args.show:
        for part, tallies in parts.items():
            for line in tallies.get("all", Tally()).unlabelled:
                print(f"unlabelled ({part})\t{line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
