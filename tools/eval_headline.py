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
* Medium titles above clickbait: the share of (published Medium title, clickbait-site
  headline) pairs in which the title gets the higher ``overall``, with the titles' median
  and bands. The 47 stories are split by file name (``tools/headline_split.py``); the blend
  was chosen on the development titles only.

Prints one line and exits 0 when ``../shared/data`` is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from app.analysis.insights.headline import analyze_headline
from app.analysis.insights.headline.score import WEIGHTS_FILE
from app.resources import resource_path
from tools.headline_split import is_held_out_headline, is_held_out_test
from tools.train_headline import (
    CLICKBAIT,
    DATA_DIR,
    UPWORTHY,
    Pair,
    labelled_out_of_fold,
    load_clickbait,
    load_pairs,
    published_titles,
    share_above,
)


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


def honest_above_clickbait(rows: Sequence[tuple[int, str]]) -> tuple[float, int, int]:
    honest = [analyze_headline(text).overall for label, text in rows if label == 0]
    bait = [analyze_headline(text).overall for label, text in rows if label == 1]
    return share_above(honest, bait), len(honest), len(bait)


def titles_above_clickbait(titles: Sequence[str], bait: Sequence[float]) -> str:
    """Published titles above clickbait-site headlines, their median overall and bands."""
    if not titles:
        return "-"
    reports = [analyze_headline(title) for title in titles]
    bands = Counter(report.band for report in reports)
    share = share_above([r.overall for r in reports], bait)
    counts = "/".join(str(bands[band]) for band in ("weak", "fair", "good", "strong"))
    return f"{share:.1%}, median {statistics.median(r.overall for r in reports):g}, {counts}"


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
    dev_judged = labelled_out_of_fold(dev_rows)
    dev_bait = [j.overall() for label, j in dev_judged if label == 1]
    dev_honest = share_above([j.overall() for label, j in dev_judged if label == 0], dev_bait)
    held_honest, held_h, held_b = honest_above_clickbait(held_rows)
    held_bait = [analyze_headline(text).overall for label, text in held_rows if label == 1]
    dev_titles = published_titles(data_dir, held_out=False)
    held_titles = published_titles(data_dir, held_out=True)

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
    print(
        f"Medium titles above clickbait (overall)    {len(dev_titles)} titles"
        f"               {len(held_titles)} titles"
    )
    print(
        f"  share, median overall, weak/fair/good/strong  "
        f"{titles_above_clickbait(dev_titles, dev_bait)} | "
        f"{titles_above_clickbait(held_titles, held_bait)}"
    )
    dev_h = sum(1 for label, _ in dev_rows if label == 0)
    print(
        f"(development clickbait part: {dev_h} honest x {len(dev_rows) - dev_h} clickbait "
        "headlines, each clickbait probability out of fold; development A/B figure: nested "
        "cross-validation from tools/train_headline; Medium titles split by file name)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
