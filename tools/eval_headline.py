"""Evaluate the headline judgement on the development part and the held-out part, side by side.

    python -m tools.eval_headline

Both figures score headlines exactly as ``clapwise headline --batch --json`` does
(:func:`app.analysis.insights.headline.analyze_headline`):

* A/B pairwise accuracy: among pairs of headlines shown with the same image in the same
  Upworthy test (rows with the same headline summed) whose click rates differ significantly
  (|z| >= 2.58), the share in which the winner gets the higher ``score``. For the development
  part the figure is the nested cross-validation recorded by ``tools/train_headline.py`` (the
  shipped model was fitted on that part, so scoring it again would flatter it); the held-out
  part was never read while fitting or tuning.
* Honest above clickbait: among all (news, clickbait) pairs of labelled headlines, the share in
  which the honest headline gets the higher ``overall`` (ties count half). On the development
  part each clickbait probability comes from a classifier fitted on the other folds.
  The same pairs ranked by ``overall`` are printed for information: ``overall`` also weighs
  Medium's standards, and in those news-feed tests the more clickbait-like version often won.
* Published titles: the band and ``overall`` of the titles of real Medium stories.

Prints one line and exits 0 when ``../shared/data`` is absent.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from app.analysis.insights.headline import analyze_headline
from app.analysis.insights.headline.clickbait import MODEL_FILE, clickbait_tokens
from app.analysis.insights.headline.report import overall_score
from app.analysis.insights.headline.score import WEIGHTS_FILE
from app.resources import resource_path
from tools.headline_split import is_held_out_headline, is_held_out_test
from tools.train_headline import (
    CLICKBAIT,
    DATA_DIR,
    UPWORTHY,
    Pair,
    clickbait_out_of_fold,
    load_clickbait,
    load_pairs,
)

STORIES = "medium_stories_dev"


def pairwise_accuracy(pairs: Sequence[Pair], field: str = "score") -> tuple[float, int]:
    """Share of significant pairs whose winner has the higher ``field`` (``score`` or
    ``overall``; ties count half), and their number."""
    significant = [p for p in pairs if p.significant]
    correct = 0.0
    for pair in significant:
        winner = getattr(analyze_headline(pair.winner), field)
        loser = getattr(analyze_headline(pair.loser), field)
        correct += 1.0 if winner > loser else 0.5 if winner == loser else 0.0
    return (correct / len(significant) if significant else 0.0), len(significant)


def share_ranked_above(higher: Sequence[float], lower: Sequence[float]) -> float:
    """Share of all (h, l) pairs with h > l, ties counting half."""
    ordered = sorted(lower)
    total = 0.0
    for value in higher:
        below = bisect.bisect_left(ordered, value)
        ties = bisect.bisect_right(ordered, value) - below
        total += below + 0.5 * ties
    return total / (len(higher) * len(lower)) if higher and lower else 0.0


def honest_above_clickbait(rows: Sequence[tuple[int, str]]) -> tuple[float, int, int]:
    honest = [analyze_headline(text).overall for label, text in rows if label == 0]
    bait = [analyze_headline(text).overall for label, text in rows if label == 1]
    return share_ranked_above(honest, bait), len(honest), len(bait)


def honest_above_clickbait_out_of_fold(rows: Sequence[tuple[int, str]]) -> float:
    """The development figure: as :func:`honest_above_clickbait`, but each headline's
    clickbait probability comes from a classifier fitted (with the shipped settings and
    calibration) on the other folds, so no headline is judged by a model that saw it."""
    stored = json.loads(resource_path(*MODEL_FILE).read_text(encoding="utf-8"))
    settings = stored["training"]
    calibration = stored["calibration"]
    documents = [clickbait_tokens(text) for _, text in rows]
    labels = [label for label, _ in rows]
    log_odds = clickbait_out_of_fold(
        documents, labels, settings["alpha"], settings["min_count"], settings["report_seeds"][0]
    )
    honest: list[float] = []
    bait: list[float] = []
    for (label, text), odds in zip(rows, log_odds, strict=True):
        z = calibration["scale"] * odds + calibration["shift"]
        probability = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        report = analyze_headline(text)
        value = overall_score(report.score, probability, len(report.red_flags))
        (bait if label else honest).append(value)
    return share_ranked_above(honest, bait)


def published_titles(data_dir: Path) -> list[str]:
    index = data_dir / STORIES / "tags.json"
    if not index.is_file():
        return []
    return [entry["title"] for entry in json.loads(index.read_text(encoding="utf-8"))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder holding the data")
    data_dir: Path = parser.parse_args(argv).data.resolve()
    if not (data_dir / UPWORTHY).is_file() or not (data_dir / CLICKBAIT).is_file():
        print(f"eval_headline: no data at {data_dir}; nothing to evaluate")
        return 0
    stored = json.loads(resource_path(*WEIGHTS_FILE).read_text(encoding="utf-8"))["training"]
    pairs = load_pairs(data_dir / UPWORTHY)
    held_pairs = [p for p in pairs if is_held_out_test(p.test_id)]
    held_accuracy, held_count = pairwise_accuracy(held_pairs)
    held_overall, _ = pairwise_accuracy(held_pairs, "overall")
    rows = load_clickbait(data_dir / CLICKBAIT)
    dev_rows = [row for row in rows if not is_held_out_headline(row[1])]
    held_rows = [row for row in rows if is_held_out_headline(row[1])]
    dev_honest = honest_above_clickbait_out_of_fold(dev_rows)
    held_honest, held_h, held_b = honest_above_clickbait(held_rows)

    print("Headline judgement                         development part      held-out part")
    print(
        f"A/B pairwise accuracy (score, |z|>=2.58)   {stored['nested_cv_pairwise_accuracy']:.3f}"
        f" nested CV ({stored['significant_pairs']})   {held_accuracy:.3f} ({held_count} pairs)"
    )
    print(f"A/B pairwise accuracy (overall, for info)  -                       {held_overall:.3f}")
    print(
        f"Honest above clickbait (overall)           {dev_honest:.1%} out of fold"
        f"       {held_honest:.1%} ({held_h}x{held_b})"
    )
    titles = published_titles(data_dir)
    if titles:
        reports = [analyze_headline(title) for title in titles]
        bands = Counter(report.band for report in reports)
        print(
            f"Published Medium titles ({len(titles)}): median overall "
            f"{statistics.median(r.overall for r in reports):g}, median score "
            f"{statistics.median(r.score for r in reports):g}; bands "
            + ", ".join(f"{band} {bands[band]}" for band in ("weak", "fair", "good", "strong"))
        )
    dev_h = sum(1 for label, _ in dev_rows if label == 0)
    print(
        f"(development clickbait part: {dev_h} honest x {len(dev_rows) - dev_h} clickbait "
        "headlines; development A/B figure: nested cross-validation from tools/train_headline)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
