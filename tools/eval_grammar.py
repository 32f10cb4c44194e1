"""Measure the grammar checks: slips caught and false alarms on sentences, precision on posts.

    python -m tools.eval_grammar           # figures for the development and held-out parts
    python -m tools.eval_grammar --hits    # also list every hit on the posts, with its label

Two measures, each on a development part (the checks were tuned on it) and a held-out part
(never looked at while tuning), printed side by side:

- Sentences written for Clapwise (``tests/analysis/rules/grammar/data/sentences_dev.tsv`` and
  ``sentences_heldout.tsv``, written apart): the share of slip sentences whose check fires,
  and the share of correct sentences on which any check fires.
- Real posts (the public-domain articles of
  ``tests/analysis/insights/keywords/data/articles`` and the
  English Medium stories of ``../shared/data/medium_stories_dev``, split by a stable hash of the
  file name as in ``tools/eval_spelling``, with the four 18F posts added after tuning in the
  held-out part): hits per check, and how many of them are right,
  from the labels in ``tests/analysis/rules/grammar/data/post_hits.tsv`` (post, check, the words hit
  and their rank among that check's hits on that post; no text of the posts). A hit without a
  label is counted as unlabelled.

Every check is measured, shipped or not; a check ships when it is right on at least 90 % of its
hits on the development posts and catches no correct development sentence.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from app.analysis.rules.grammar import ALL_CHECKS, CHECKS, find_grammar
from tools.eval_spelling import STORIES, is_english, part_of, post_paths

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "analysis" / "rules" / "grammar" / "data"
PARTS = ("dev", "held-out")
SENTENCE_FILES = {"dev": DATA / "sentences_dev.tsv", "held-out": DATA / "sentences_heldout.tsv"}
LABELS = DATA / "post_hits.tsv"

HitKey = tuple[str, str, str, int]  # post, check, words hit (lower case), rank among them


def read_rows(path: Path) -> list[list[str]]:
    return [
        line.split("\t")
        for line in path.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def sentence_figures(part: str) -> dict[str, list[int]]:
    """Per check: [slips caught, slips, correct sentences flagged, correct sentences]."""
    figures: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for check, kind, sentence in read_rows(SENTENCE_FILES[part]):
        rules = {finding.rule for finding in find_grammar(sentence, ALL_CHECKS)}
        counts = figures[_check_id(check)]
        if kind == "slip":
            counts[0] += _check_id(check) in rules
            counts[1] += 1
        else:
            counts[2] += bool(rules)
            counts[3] += 1
    return figures


def _check_id(name: str) -> str:
    """Sentence files name checks briefly ("its"); ids are the catalogue's ("its_its")."""
    return next((c.id for c in ALL_CHECKS if c.id == name or c.id.startswith(name + "_")), name)


def post_hits(paths: Sequence[Path]) -> dict[str, list[HitKey]]:
    """Per part: every hit of every check on the English posts."""
    from app.document.prose import parse_prose

    hits: dict[str, list[HitKey]] = {part: [] for part in PARTS}
    for path in paths:
        source = path.read_text("utf-8")
        if not is_english(source):
            continue
        ranks: Counter[tuple[str, str]] = Counter()
        for block in parse_prose(source).blocks:
            for finding in find_grammar(block.text, ALL_CHECKS):
                words = block.text[finding.start : finding.end].lower()
                ranks[finding.rule, words] += 1
                key = (path.name, finding.rule, words, ranks[finding.rule, words])
                hits[part_of(path)].append(key)
    return hits


def read_labels() -> dict[HitKey, str]:
    if not LABELS.exists():
        return {}
    return {
        (post, check, words, int(rank)): verdict
        for post, check, words, rank, verdict in read_rows(LABELS)
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hits", action="store_true", help="list every hit on the posts")
    args = parser.parse_args(argv)
    if not STORIES.is_dir():
        print(f"eval_grammar: skipped, {STORIES} is absent")
        return

    shipped = {check.id for check in CHECKS}
    sentences = {part: sentence_figures(part) for part in PARTS}
    hits = post_hits(post_paths())
    labels = read_labels()

    print("Grammar checks (dev = tuned on; held-out = set aside, never tuned on)")
    print(
        f"{'check':16} {'ships':>5} | {'sentences: slips caught, correct flagged':^41} | "
        f"{'posts: right of hits':^25}"
    )
    print(f"{'':16} {'':5} | {'dev':^20} {'held-out':^20} | {'dev':^12} {'held-out':^12}")
    totals = {part: [0, 0, 0, 0] for part in PARTS}
    post_totals = {part: [0, 0, 0] for part in PARTS}
    shipped_totals = {part: [0, 0] for part in PARTS}
    for check in ALL_CHECKS:
        cells = []
        for part in PARTS:
            counts = sentences[part].get(check.id, [0, 0, 0, 0])
            totals[part] = [a + b for a, b in zip(totals[part], counts, strict=True)]
            cells.append(f"{counts[0]}/{counts[1]}, {counts[2]}/{counts[3]}")
        post_cells = []
        for part in PARTS:
            verdicts = [labels.get(key, "?") for key in hits[part] if key[1] == check.id]
            right = verdicts.count("right")
            unlabelled = verdicts.count("?")
            post_totals[part][0] += right
            post_totals[part][1] += len(verdicts)
            post_totals[part][2] += unlabelled
            if check.id in shipped:
                shipped_totals[part][0] += right
                shipped_totals[part][1] += len(verdicts)
            note = f" ({unlabelled}?)" if unlabelled else ""
            post_cells.append(f"{right}/{len(verdicts)}{note}")
        ships = "yes" if check.id in shipped else "no"
        print(
            f"{check.id:16} {ships:>5} | {cells[0]:^20} {cells[1]:^20} | "
            f"{post_cells[0]:^12} {post_cells[1]:^12}"
        )
    print("all checks (sentences), shipped checks (posts):")
    for part in PARTS:
        caught, slips, flagged, fine = totals[part]
        unlabelled = post_totals[part][2]
        right, total = shipped_totals[part]
        print(
            f"  {part:9} sentences: {caught}/{slips} slips caught ({caught / slips:.0%}), "
            f"{flagged}/{fine} correct sentences flagged ({flagged / fine:.0%}); "
            f"posts: {right}/{total} hits of shipped checks right"
            + (f" ({unlabelled} hits unlabelled)" if unlabelled else "")
        )
    if args.hits:
        for part in PARTS:
            for key in hits[part]:
                print(f"  {part}\t" + "\t".join(map(str, key)) + f"\t{labels.get(key, '?')}")


if __name__ == "__main__":
    main()
