"""Fit the headline models from ``../shared/data`` and write them to ``resources/headline/``.

    python -m tools.train_headline

* ``score_weights.json``: the appeal model. Upworthy A/B tests are turned into pairs of
  headlines shown with the same image in the same test; a pairwise logistic regression on the
  difference of the two headlines' signals (L2-regularised) learns which signals win. The
  regularisation strength, the training pairs (significant ones only, or every pair weighted by
  how sure the test was) and the set of signal groups are chosen by cross-validation with folds
  split by test, never by row, and the figure that matters is pairwise accuracy on the pairs
  whose click rates differ significantly (|z| >= 2.58).
* ``clickbait_model.json``: naive Bayes over words, word pairs and a length band, trained on
  labelled clickbait and news headlines, with its log odds calibrated on held-out folds.
* ``--only blend`` prints how ``overall`` should weigh appeal against the standards
  (:class:`app.analysis.insights.headline.report.Blend`), chosen on the development parts:
  honest news above clickbait-site headlines (clickbait probabilities out of fold),
  published Medium titles above clickbait-site headlines and A/B winners above losers. It
  also prints, for each form Medium writers use honestly (how-to, numbered list), the share of
  viral-site headlines among the labelled headlines of that form, and whether leaving that
  share out of the style's cost keeps every development figure within half a point. The
  choices are copied into ``BLEND`` and ``EXPLAINED_FORMS`` by hand, so the app reads no
  tuning output at run time.

Only the standard library and the app's own feature code are used, and every random choice is
seeded, so two runs write identical files.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import gzip
import json
import math
import operator
import random
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.analysis.insights.headline.clickbait import clickbait_tokens, unknown_token
from app.analysis.insights.headline.features import SIGNALS, extract_features
from app.analysis.insights.headline.kinds import HeadlineType, headline_type
from app.analysis.insights.headline.report import (
    BLEND,
    EXPLAINED_FORMS,
    HIGH_RISK_CAP,
    Blend,
    analyze_headline,
    overall_score,
)
from app.resources import resource_path
from tools.headline_split import is_held_out_headline, is_held_out_story, is_held_out_test

REPO = Path(__file__).resolve().parents[1]
DATA_DIR = REPO / ".." / "shared" / "data"
UPWORTHY = "upworthy_headline_tests.csv.gz"
CLICKBAIT = "clickbait_headlines.tsv.gz"
STORIES = "medium_stories_dev"

SIGNIFICANT_Z = 2.58
FOLDS = 5
INNER_FOLDS = 4
OUTER_SEED = 10  # the outer split of nested cross-validation
INNER_SEED = 11  # the inner splits that choose settings
SELECTION_SEEDS = (0,)  # clickbait: the fold split that chooses settings
REPORT_SEEDS = (10, 11, 12)  # clickbait: fresh fold splits for the figures we report
LAMBDAS = (30.0, 100.0, 300.0, 1000.0, 3000.0, 10000.0)
MODES = ("significant", "all")

# --------------------------------------------------------------------------- Upworthy pairs


@dataclass(frozen=True, slots=True)
class Pair:
    """Two headlines of one test and image; ``winner`` had the higher click rate."""

    test_id: str
    winner: str
    loser: str
    z: float  # two-proportion z statistic, >= 0

    @property
    def significant(self) -> bool:
        return self.z >= SIGNIFICANT_Z


def load_pairs(path: Path) -> list[Pair]:
    """Every pair of distinct headlines within one test and image, rows with the same headline
    summed first."""
    totals: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["test_id"], row["eyecatcher_id"], row["headline"])
            totals[key][0] += int(row["impressions"])
            totals[key][1] += int(row["clicks"])
    arms: dict[tuple[str, str], list[tuple[str, int, int]]] = defaultdict(list)
    for (test_id, image, headline), (shown, clicked) in totals.items():
        arms[(test_id, image)].append((headline, shown, clicked))
    pairs = []
    for (test_id, _image), items in sorted(arms.items()):
        items.sort()
        for i, (first, n1, c1) in enumerate(items):
            for second, n2, c2 in items[i + 1 :]:
                if not n1 or not n2:
                    continue
                pooled = (c1 + c2) / (n1 + n2)
                if pooled <= 0 or pooled >= 1:
                    continue
                z = (c1 / n1 - c2 / n2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
                if z >= 0:
                    pairs.append(Pair(test_id, first, second, z))
                else:
                    pairs.append(Pair(test_id, second, first, -z))
    return pairs


def all_headlines(path: Path) -> list[str]:
    """The distinct headlines of the file, sorted."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return sorted({row["headline"] for row in csv.DictReader(handle)})


# --------------------------------------------------------------------------- pairwise model


def signal_table(headlines: Iterable[str]) -> dict[str, dict[str, float]]:
    """Headline -> its signals, computed by the app's own feature code."""
    return {headline: dict(extract_features(headline).signals) for headline in headlines}


def standardisation(
    table: dict[str, dict[str, float]], names: Sequence[str]
) -> dict[str, tuple[float, float]]:
    """Mean and standard deviation of each signal over the distinct headlines."""
    result = {}
    for name in names:
        values = [signals[name] for signals in table.values()]
        mean = statistics.fmean(values)
        scale = statistics.pstdev(values, mean) or 1.0
        result[name] = (mean, scale)
    return result


def _loss_and_gradient(
    w: list[float],
    rows: list[list[float]],
    columns: list[tuple[float, ...]],
    targets: list[float],
    lam: float,
) -> tuple[float, list[float]]:
    """Logistic loss of margins ``w . row`` against soft targets, plus ``lam / 2 * |w|^2``."""
    loss = 0.5 * lam * sum(x * x for x in w)
    residuals = []
    for row, target in zip(rows, targets, strict=True):
        margin = sum(map(operator.mul, w, row))
        if margin >= 0:
            e = math.exp(-margin)
            log_p = -math.log1p(e)
            p = 1.0 / (1.0 + e)
        else:
            e = math.exp(margin)
            log_p = margin - math.log1p(e)
            p = e / (1.0 + e)
        loss -= target * log_p + (1.0 - target) * (log_p - margin)
        residuals.append(p - target)
    gradient = [
        lam * wi + sum(map(operator.mul, residuals, column))
        for wi, column in zip(w, columns, strict=True)
    ]
    return loss, gradient


def fit_pairwise(
    rows: list[list[float]], targets: list[float], lam: float, iterations: int = 200
) -> list[float]:
    """L2-regularised logistic regression without intercept (the model is symmetric: swapping
    the two headlines flips the sign), minimised with L-BFGS."""
    columns = list(zip(*rows, strict=True))
    w = [0.0] * len(columns)
    loss, gradient = _loss_and_gradient(w, rows, columns, targets, lam)
    history: list[tuple[list[float], list[float]]] = []
    for _ in range(iterations):
        direction = gradient[:]
        alphas = []
        for s, y in reversed(history):
            rho = 1.0 / sum(a * b for a, b in zip(y, s, strict=True))
            alpha = rho * sum(a * b for a, b in zip(s, direction, strict=True))
            alphas.append((alpha, rho, s, y))
            direction = [d - alpha * yi for d, yi in zip(direction, y, strict=True)]
        if history:
            s, y = history[-1]
            gamma = sum(a * b for a, b in zip(s, y, strict=True)) / sum(b * b for b in y)
        else:
            gamma = 1.0 / (lam + 0.25 * len(rows))
        direction = [gamma * d for d in direction]
        for alpha, rho, s, y in reversed(alphas):
            beta = rho * sum(a * b for a, b in zip(y, direction, strict=True))
            direction = [d + (alpha - beta) * si for d, si in zip(direction, s, strict=True)]
        direction = [-d for d in direction]
        slope = sum(a * b for a, b in zip(gradient, direction, strict=True))
        if slope >= 0:
            direction = [-g for g in gradient]
            slope = -sum(g * g for g in gradient)
        step = 1.0
        while True:
            candidate = [a + step * b for a, b in zip(w, direction, strict=True)]
            new_loss, new_gradient = _loss_and_gradient(candidate, rows, columns, targets, lam)
            if new_loss <= loss + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        history.append(
            (
                [a - b for a, b in zip(candidate, w, strict=True)],
                [a - b for a, b in zip(new_gradient, gradient, strict=True)],
            )
        )
        if len(history) > 8:
            history.pop(0)
        converged = abs(loss - new_loss) < 1e-7 * max(1.0, abs(loss))
        w, loss, gradient = candidate, new_loss, new_gradient
        if converged:
            break
    return w


def soft_target(z: float) -> float:
    """How sure a test is that its winner is better: the normal CDF of its z statistic."""
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


@dataclass(frozen=True, slots=True)
class PairwiseSetup:
    """Everything cross-validation needs, computed once."""

    pairs: list[Pair]
    differences: list[dict[str, float]]  # standardised winner-minus-loser signal differences

    @classmethod
    def build(
        cls, pairs: list[Pair], table: dict[str, dict[str, float]], stats: dict
    ) -> PairwiseSetup:
        differences = [
            {
                name: (table[p.winner][name] - table[p.loser][name]) / scale
                for name, (_mean, scale) in stats.items()
            }
            for p in pairs
        ]
        return cls(pairs, differences)

    def rows(self, indices: Iterable[int], names: Sequence[str]) -> list[list[float]]:
        return [[self.differences[i][name] for name in names] for i in indices]


def training_targets(pairs: Sequence[Pair], mode: str) -> tuple[list[int], list[float]]:
    """Which pairs to train on and their targets: ``significant`` pairs with target 1, or
    ``all`` pairs with a soft target from their z statistic."""
    if mode == "significant":
        chosen = [i for i, p in enumerate(pairs) if p.significant]
        return chosen, [1.0] * len(chosen)
    if mode == "all":
        return list(range(len(pairs))), [soft_target(p.z) for p in pairs]
    raise ValueError(f"unknown training mode {mode!r}")


def fold_of_test(pairs: Sequence[Pair], seed: int, folds: int = FOLDS) -> dict[str, int]:
    tests = sorted({p.test_id for p in pairs})
    random.Random(seed).shuffle(tests)
    return {test_id: index % folds for index, test_id in enumerate(tests)}


def cross_validate_pairwise(
    setup: PairwiseSetup,
    names: Sequence[str],
    lam: float,
    mode: str,
    seeds: Sequence[int],
    folds: int = FOLDS,
) -> list[float]:
    """Pairwise accuracy on significant pairs of held-out tests, one figure per seed."""
    chosen, targets = training_targets(setup.pairs, mode)
    target_of = dict(zip(chosen, targets, strict=True))
    rows = setup.rows(range(len(setup.pairs)), names)
    results = []
    for seed in seeds:
        fold = fold_of_test(setup.pairs, seed, folds)
        correct = 0.0
        total = 0
        for k in range(folds):
            train = [i for i in chosen if fold[setup.pairs[i].test_id] != k]
            w = fit_pairwise([rows[i] for i in train], [target_of[i] for i in train], lam)
            for i, pair in enumerate(setup.pairs):
                if fold[pair.test_id] != k or not pair.significant:
                    continue
                margin = sum(map(operator.mul, w, rows[i]))
                correct += 1.0 if margin > 0 else 0.5 if margin == 0 else 0.0
                total += 1
        results.append(correct / total)
    return results


def fold_accuracy(
    setup: PairwiseSetup,
    rows: Sequence[Sequence[float]],
    train: Iterable[int],
    test: Iterable[int],
    lam: float,
    mode: str,
) -> tuple[float, int]:
    """Fit on the pairs ``train`` (as ``mode`` picks them) and count correct significant pairs
    of ``test``: (correct, total)."""
    chosen, targets = training_targets(setup.pairs, mode)
    target_of = dict(zip(chosen, targets, strict=True))
    used = [i for i in train if i in target_of]
    w = fit_pairwise([list(rows[i]) for i in used], [target_of[i] for i in used], lam)
    correct = 0.0
    total = 0
    for i in test:
        if not setup.pairs[i].significant:
            continue
        margin = sum(map(operator.mul, w, rows[i]))
        correct += 1.0 if margin > 0 else 0.5 if margin == 0 else 0.0
        total += 1
    return correct, total


def split_by_test(
    pairs: Sequence[Pair], indices: Sequence[int], folds: int, seed: int
) -> list[tuple[list[int], list[int]]]:
    """(train, test) index lists for ``folds`` folds of ``indices``, never splitting a test."""
    fold = fold_of_test([pairs[i] for i in indices], seed, folds)
    return [
        (
            [i for i in indices if fold[pairs[i].test_id] != k],
            [i for i in indices if fold[pairs[i].test_id] == k],
        )
        for k in range(folds)
    ]


def choose_settings(
    setup: PairwiseSetup, rows: Sequence[Sequence[float]], indices: Sequence[int], seed: int
) -> tuple[float, str, float]:
    """The (lambda, training mode) with the best cross-validated accuracy on ``indices``
    alone, and that accuracy. Ties go to the stronger regularisation."""
    best: tuple[float, float, str] | None = None
    for mode in MODES:
        for lam in LAMBDAS:
            correct = total = 0.0
            for train, test in split_by_test(setup.pairs, indices, INNER_FOLDS, seed):
                c, t = fold_accuracy(setup, rows, train, test, lam, mode)
                correct += c
                total += t
            accuracy = correct / total if total else 0.0
            candidate = (accuracy, lam, mode)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    assert best is not None
    accuracy, lam, mode = best
    return lam, mode, accuracy


def nested_cross_validation(
    setup: PairwiseSetup,
    rows: Sequence[Sequence[float]],
    indices: Sequence[int],
    log: Callable[[str], None],
) -> float:
    """Pairwise accuracy on significant pairs of outer folds, with the settings chosen inside
    each outer training part by an inner cross-validation that never sees the outer test."""
    correct = total = 0.0
    for k, (train, test) in enumerate(split_by_test(setup.pairs, indices, FOLDS, OUTER_SEED)):
        lam, mode, inner = choose_settings(setup, rows, train, INNER_SEED)
        c, t = fold_accuracy(setup, rows, train, test, lam, mode)
        log(
            f"  outer fold {k + 1}: chose {mode} pairs, lambda {lam:g} (inner {inner:.4f}); "
            f"outer accuracy {c / t:.4f} on {t} pairs"
        )
        correct += c
        total += t
    return correct / total


def evidence(pairs: Sequence[Pair], table: dict[str, dict[str, float]], name: str) -> dict:
    """Among significant pairs differing on ``name``: how many, and the higher value's wins."""
    differing = [
        p for p in pairs if p.significant and table[p.winner][name] != table[p.loser][name]
    ]
    won = sum(1 for p in differing if table[p.winner][name] > table[p.loser][name])
    return {
        "pairs": len(differing),
        "higher_won": round(won / len(differing), 4) if differing else 0.5,
    }


def percentile_table(values: Sequence[float], points: int = 101) -> list[float]:
    ordered = sorted(values)
    last = len(ordered) - 1
    table = []
    for k in range(points):
        position = last * k / (points - 1)
        low = math.floor(position)
        high = min(low + 1, last)
        table.append(ordered[low] + (ordered[high] - ordered[low]) * (position - low))
    return table


def development_pairs(pairs: Iterable[Pair]) -> list[Pair]:
    """The pairs of tests outside the held-out part: the only ones training reads."""
    return [p for p in pairs if not is_held_out_test(p.test_id)]


def train_score_model(data_dir: Path, log: Callable[[str], None]) -> dict:
    """Nested-cross-validate and fit the appeal model on the development tests; JSON-ready."""
    path = data_dir / UPWORTHY
    pairs = development_pairs(load_pairs(path))
    headlines = sorted({h for p in pairs for h in (p.winner, p.loser)})
    log(
        f"Upworthy development part: {len({p.test_id for p in pairs})} tests, "
        f"{len(headlines)} headlines, {len(pairs)} pairs, "
        f"{sum(p.significant for p in pairs)} significant"
    )
    table = signal_table(headlines)
    names = [signal.name for signal in SIGNALS]
    stats = standardisation(table, names)
    setup = PairwiseSetup.build(pairs, table, stats)
    rows = setup.rows(range(len(pairs)), names)
    everything = list(range(len(pairs)))
    nested = nested_cross_validation(setup, rows, everything, log)
    log(f"Pairwise accuracy, nested {FOLDS}-fold CV by test (development part): {nested:.4f}")
    lam, mode, inner = choose_settings(setup, rows, everything, INNER_SEED)
    log(f"  final settings: {mode} pairs, lambda {lam:g} ({INNER_FOLDS}-fold CV {inner:.4f})")
    chosen, targets = training_targets(pairs, mode)
    weights = fit_pairwise([rows[i] for i in chosen], targets, lam)
    labels = {signal.name: signal.label for signal in SIGNALS}
    features = [
        {
            "name": name,
            "label": labels[name],
            "mean": round(stats[name][0], 6),
            "scale": round(stats[name][1], 6),
            "weight": round(weight, 6),
            "evidence": evidence(pairs, table, name),
        }
        for name, weight in zip(names, weights, strict=True)
    ]
    linear = [
        sum(f["weight"] * (table[h][f["name"]] - f["mean"]) / f["scale"] for f in features)
        for h in headlines
    ]
    return {
        "format": 2,
        "about": (
            "Pairwise logistic regression on Upworthy A/B tests (same test, same image), "
            "development part only; written by tools/train_headline.py."
        ),
        "training": {
            "pairs": mode,
            "lambda": lam,
            "significant_z": SIGNIFICANT_Z,
            "folds": FOLDS,
            "inner_folds": INNER_FOLDS,
            "nested_cv_pairwise_accuracy": round(nested, 4),
            "significant_pairs": sum(p.significant for p in pairs),
            "headlines": len(headlines),
        },
        "features": features,
        "percentiles": [round(x, 6) for x in percentile_table(linear)],
    }


# --------------------------------------------------------------------------- clickbait model

CLICKBAIT_ALPHA = (0.05, 0.1, 0.2, 0.5)
CLICKBAIT_MIN_COUNT = (2, 3)


def load_clickbait(path: Path) -> list[tuple[int, str]]:
    """(label, headline) rows, duplicates (same words, any case or spacing) kept once."""
    seen: dict[str, tuple[int, str]] = {}
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader)
        for label, headline in reader:
            seen.setdefault(" ".join(headline.lower().split()), (int(label), headline))
    return list(seen.values())


@dataclass(frozen=True, slots=True)
class NaiveBayes:
    weights: dict[str, float]
    prior: float


def fit_naive_bayes(
    documents: Sequence[list[str]], labels: Sequence[int], alpha: float, min_count: int
) -> NaiveBayes:
    """Multinomial naive Bayes on distinct tokens per headline; tokens seen in fewer than
    ``min_count`` headlines share one "unknown" weight per n-gram size."""
    totals: Counter[str] = Counter()
    for tokens in documents:
        totals.update(tokens)
    counts = (Counter(), Counter())
    documents_per_label = [0, 0]
    for tokens, label in zip(documents, labels, strict=True):
        documents_per_label[label] += 1
        counts[label].update(t if totals[t] >= min_count else unknown_token(t) for t in tokens)
    vocabulary = sorted(set(counts[0]) | set(counts[1]))
    size = len(vocabulary)
    mass = [sum(counts[k].values()) + alpha * size for k in (0, 1)]
    weights = {
        token: math.log((counts[1][token] + alpha) / mass[1])
        - math.log((counts[0][token] + alpha) / mass[0])
        for token in vocabulary
    }
    return NaiveBayes(weights, math.log(documents_per_label[1] / documents_per_label[0]))


def _log_odds(model: NaiveBayes, tokens: list[str]) -> float:
    weights = model.weights
    total = model.prior
    for token in tokens:
        weight = weights.get(token)
        total += weights.get(unknown_token(token), 0.0) if weight is None else weight
    return total


def _stratified_folds(labels: Sequence[int], seed: int, folds: int = FOLDS) -> list[int]:
    fold = [0] * len(labels)
    for label in (0, 1):
        members = [i for i, x in enumerate(labels) if x == label]
        random.Random(seed * 7 + label).shuffle(members)
        for position, i in enumerate(members):
            fold[i] = position % folds
    return fold


def clickbait_out_of_fold(
    documents: Sequence[list[str]], labels: Sequence[int], alpha: float, min_count: int, seed: int
) -> list[float]:
    """Log odds for every headline from a model that did not see it."""
    fold = _stratified_folds(labels, seed)
    scores = [0.0] * len(labels)
    for k in range(FOLDS):
        train = [i for i in range(len(labels)) if fold[i] != k]
        model = fit_naive_bayes(
            [documents[i] for i in train], [labels[i] for i in train], alpha, min_count
        )
        for i in range(len(labels)):
            if fold[i] == k:
                scores[i] = _log_odds(model, documents[i])
    return scores


def accuracy_of(scores: Sequence[float], labels: Sequence[int]) -> float:
    return sum((s > 0) == (y == 1) for s, y in zip(scores, labels, strict=True)) / len(labels)


def cross_validate_clickbait(
    rows: Sequence[tuple[int, str]], alpha: float, min_count: int, seed: int
) -> float:
    documents = [clickbait_tokens(text) for _, text in rows]
    labels = [label for label, _ in rows]
    return accuracy_of(clickbait_out_of_fold(documents, labels, alpha, min_count, seed), labels)


def _calibration_loss(scores: Sequence[float], labels: Sequence[int], a: float, b: float) -> float:
    loss = 0.0
    for s, y in zip(scores, labels, strict=True):
        z = a * s + b
        # -log sigmoid(z) for y = 1, -log sigmoid(-z) for y = 0, computed stably
        margin = z if y else -z
        loss += math.log1p(math.exp(-margin)) if margin > -30 else -margin
    return loss


def fit_calibration(scores: Sequence[float], labels: Sequence[int]) -> tuple[float, float]:
    """Platt scaling: ``P(clickbait) = sigmoid(scale * log_odds + shift)``, by Newton's method
    with step halving (naive Bayes log odds are large, so full steps can overshoot)."""
    scale, shift = 0.1, 0.0
    loss = _calibration_loss(scores, labels, scale, shift)
    for _ in range(100):
        g1 = g2 = h11 = h12 = h22 = 0.0
        for s, y in zip(scores, labels, strict=True):
            z = scale * s + shift
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            r = p - y
            w = p * (1.0 - p)
            g1 += r * s
            g2 += r
            h11 += w * s * s
            h12 += w * s
            h22 += w
        det = h11 * h22 - h12 * h12
        if det <= 0:
            break
        d_scale = (h22 * g1 - h12 * g2) / det
        d_shift = (h11 * g2 - h12 * g1) / det
        step = 1.0
        while step > 1e-8:
            new_scale, new_shift = scale - step * d_scale, shift - step * d_shift
            new_loss = _calibration_loss(scores, labels, new_scale, new_shift)
            if new_loss <= loss:
                break
            step /= 2
        else:
            break
        converged = loss - new_loss < 1e-9 * max(1.0, loss)
        scale, shift, loss = new_scale, new_shift, new_loss
        if converged:
            break
    return scale, shift


def train_clickbait_model(data_dir: Path, log: Callable[[str], None]) -> dict:
    rows = [row for row in load_clickbait(data_dir / CLICKBAIT) if not is_held_out_headline(row[1])]
    documents = [clickbait_tokens(text) for _, text in rows]
    labels = [label for label, _ in rows]
    log(f"Clickbait development part: {len(rows)} distinct headlines, {sum(labels)} clickbait")
    best = (-1.0, CLICKBAIT_ALPHA[0], CLICKBAIT_MIN_COUNT[0])
    for min_count in CLICKBAIT_MIN_COUNT:
        for alpha in CLICKBAIT_ALPHA:
            scores = clickbait_out_of_fold(documents, labels, alpha, min_count, SELECTION_SEEDS[0])
            accuracy = accuracy_of(scores, labels)
            log(f"  alpha {alpha:g}, min count {min_count}: {accuracy:.4f}")
            best = max(best, (accuracy, alpha, -min_count))
    _, alpha, neg_min_count = best
    min_count = -neg_min_count
    reported = []
    held_out_scores: list[float] = []
    held_out_labels: list[int] = []
    for seed in REPORT_SEEDS:
        scores = clickbait_out_of_fold(documents, labels, alpha, min_count, seed)
        reported.append(accuracy_of(scores, labels))
        held_out_scores += scores
        held_out_labels += labels
    accuracy = statistics.fmean(reported)
    log(
        f"Clickbait accuracy, {FOLDS}-fold CV: {accuracy:.4f} "
        f"(alpha {alpha:g}, min count {min_count}; splits: "
        f"{', '.join(f'{x:.4f}' for x in reported)})"
    )
    scale, shift = fit_calibration(held_out_scores, held_out_labels)
    model = fit_naive_bayes(documents, labels, alpha, min_count)
    log(f"  {len(model.weights)} tokens; calibration scale {scale:.4f}, shift {shift:.4f}")
    return {
        "format": 1,
        "about": (
            "Naive Bayes over words, word pairs and a length band (clickbait vs news "
            "headlines); written by tools/train_headline.py."
        ),
        "training": {
            "alpha": alpha,
            "min_count": min_count,
            "folds": FOLDS,
            "report_seeds": list(REPORT_SEEDS),
            "cv_accuracy": round(accuracy, 4),
            "headlines": len(rows),
        },
        "prior": round(model.prior, 6),
        "calibration": {"scale": round(scale, 6), "shift": round(shift, 6)},
        "weights": {token: round(weight, 4) for token, weight in sorted(model.weights.items())},
    }


# --------------------------------------------------------------------------- the blend


@dataclass(frozen=True, slots=True)
class Judged:
    """What ``overall`` is made of for one headline, so a blend is cheap to try."""

    score: int
    probability: float
    flags: int
    words: int
    characters: int
    form: str = HeadlineType.STATEMENT

    def overall(self, blend: Blend = BLEND, forms: Mapping[str, float] = EXPLAINED_FORMS) -> int:
        return overall_score(
            self.score,
            self.probability,
            self.flags,
            self.words,
            self.characters,
            blend,
            self.form,
            forms,
        )


def judge(text: str, probability: float | None = None) -> Judged:
    """``text`` as the app judges it; ``probability`` replaces the shipped classifier's."""
    report = analyze_headline(text)
    p = report.clickbait_probability if probability is None else probability
    return Judged(
        report.score, p, len(report.red_flags), report.words, report.characters, report.type
    )


def labelled_out_of_fold(rows: Sequence[tuple[int, str]]) -> list[tuple[int, Judged]]:
    """(label, judged) for labelled headlines, each clickbait probability from a classifier
    fitted (with the shipped settings and calibration) on the other folds, so no headline is
    judged by a model that saw it."""
    stored = json.loads(resource_path("headline", "clickbait_model.json").read_text("utf-8"))
    settings = stored["training"]
    calibration = stored["calibration"]
    documents = [clickbait_tokens(text) for _, text in rows]
    labels = [label for label, _ in rows]
    log_odds = clickbait_out_of_fold(
        documents, labels, settings["alpha"], settings["min_count"], settings["report_seeds"][0]
    )
    judged = []
    for (label, text), odds in zip(rows, log_odds, strict=True):
        z = calibration["scale"] * odds + calibration["shift"]
        probability = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        judged.append((label, judge(text, probability)))
    return judged


def published_titles(data_dir: Path, *, held_out: bool) -> list[str]:
    """Titles of the published Medium stories of one part (empty titles left out)."""
    index = data_dir / STORIES / "tags.json"
    if not index.is_file():
        return []
    entries = json.loads(index.read_text(encoding="utf-8"))
    return [e["title"] for e in entries if e["title"] and is_held_out_story(e["file"]) == held_out]


def share_above(higher: Sequence[float], lower: Sequence[float]) -> float:
    """Share of all (h, l) pairs with h > l, ties counting half."""
    ordered = sorted(lower)
    total = 0.0
    for value in higher:
        below = bisect.bisect_left(ordered, value)
        ties = bisect.bisect_right(ordered, value) - below
        total += below + 0.5 * ties
    return total / (len(higher) * len(lower)) if higher and lower else 0.0


BLEND_APPEAL_SHARES = (0.2, 0.3, 0.4, 0.5)
BLEND_STYLE_EXPONENTS = (1.0, 2.0, 4.0, 8.0, 16.0)


def blend_grid() -> list[Blend]:
    """Every candidate blend whose style alone cannot sink a headline without a red flag to
    the high-risk cap (see Blend)."""
    grid = []
    for share in BLEND_APPEAL_SHARES:
        ceiling = 100.0 * (1.0 - HIGH_RISK_CAP / (100.0 * (1.0 - share)))
        points = [p for p in (20.0, 30.0, 40.0, 50.0, 60.0) if p < ceiling]
        grid += [Blend(share, p, k) for p in points for k in BLEND_STYLE_EXPONENTS]
    return grid


def blend_figures(
    blend: Blend,
    labelled: Sequence[tuple[int, Judged]],
    titles: Sequence[Judged],
    pairs: Sequence[tuple[Judged, Judged]],
    forms: Mapping[str, float] = EXPLAINED_FORMS,
) -> tuple[float, float, float]:
    """(honest news above clickbait, published titles above clickbait, A/B winners above
    losers) under ``blend``, the style of ``forms`` explained by their form."""
    honest = [j.overall(blend, forms) for label, j in labelled if label == 0]
    bait = [j.overall(blend, forms) for label, j in labelled if label == 1]
    published = [j.overall(blend, forms) for j in titles]
    won = 0.0
    for winner, loser in pairs:
        a, b = winner.overall(blend, forms), loser.overall(blend, forms)
        won += 1.0 if a > b else 0.5 if a == b else 0.0
    return share_above(honest, bait), share_above(published, bait), won / max(1, len(pairs))


def choose_blend(data_dir: Path, log: Callable[[str], None]) -> Blend:
    """The blend with the best mean of the three development figures: honesty against the
    labelled clickbait, published Medium titles against it, and the A/B tests' winners (the
    appeal model was fitted on those pairs, so that figure flatters every blend alike)."""
    rows = [row for row in load_clickbait(data_dir / CLICKBAIT) if not is_held_out_headline(row[1])]
    labelled = labelled_out_of_fold(rows)
    titles = [judge(text) for text in published_titles(data_dir, held_out=False)]
    significant = [p for p in development_pairs(load_pairs(data_dir / UPWORTHY)) if p.significant]
    judged = {text: judge(text) for p in significant for text in (p.winner, p.loser)}
    pairs = [(judged[p.winner], judged[p.loser]) for p in significant]
    log(
        f"Blend on the development parts: {len(rows)} labelled headlines, {len(titles)} "
        f"titles, {len(pairs)} significant A/B pairs"
    )
    results = []
    for blend in blend_grid():
        figures = blend_figures(blend, labelled, titles, pairs)
        results.append((statistics.fmean(figures), figures, blend))
    results.sort(key=lambda item: item[0], reverse=True)
    for mean, (news, published, tests), blend in results[:8]:
        log(
            f"  appeal {blend.appeal_share:g}, style points {blend.style_points:g}, exponent "
            f"{blend.style_exponent:g}: news {news:.3f}, published {published:.3f}, "
            f"A/B {tests:.3f}, mean {mean:.3f}"
        )
    best = results[0][2]
    log(f"Chosen: {best}")
    # The forms are weighed under the blend the app uses, so the figures are the app's.
    forms = choose_forms(rows, labelled, titles, pairs, BLEND, log)
    if forms != dict(EXPLAINED_FORMS):
        log(f"EXPLAINED_FORMS in app/analysis/insights/headline/report.py differs: {forms}")
    return best


# Forms Medium writers use honestly that the viral sites use too.
FORM_CANDIDATES = (
    HeadlineType.HOW_TO,
    HeadlineType.LIST,
    HeadlineType.PERSONAL_STORY,
    HeadlineType.WHY,
    HeadlineType.WARNING,
)
FORM_TOLERANCE = 0.005  # the most any development figure may drop for a form's sake


def form_shares(rows: Sequence[tuple[int, str]]) -> dict[str, tuple[int, int]]:
    """For each candidate form the rows hold, (viral-site headlines, all headlines) of it."""
    counts = {form: [0, 0] for form in FORM_CANDIDATES}
    for label, text in rows:
        form = headline_type(text)
        if form in counts:
            counts[form][0] += label
            counts[form][1] += 1
    return {form: (viral, total) for form, (viral, total) in counts.items() if total}


def choose_forms(
    rows: Sequence[tuple[int, str]],
    labelled: Sequence[tuple[int, Judged]],
    titles: Sequence[Judged],
    pairs: Sequence[tuple[Judged, Judged]],
    blend: Blend,
    log: Callable[[str], None],
) -> dict[str, float]:
    """The forms whose share of viral-site headlines the style's cost may leave out (see
    ``EXPLAINED_FORMS``): in ``FORM_CANDIDATES`` order, each one for which no development
    figure drops by more than FORM_TOLERANCE against the forms kept before it, with its
    share."""
    before = blend_figures(blend, labelled, titles, pairs, {})
    log(
        f"Forms, against no form explained: news {before[0]:.4f}, published {before[1]:.4f}, "
        f"A/B {before[2]:.4f}"
    )
    chosen: dict[str, float] = {}
    for form, (viral, total) in form_shares(rows).items():
        share = round(viral / total, 3)
        after = blend_figures(blend, labelled, titles, pairs, {**chosen, form: share})
        drop = max(b - a for a, b in zip(after, before, strict=True))
        kept = drop <= FORM_TOLERANCE
        log(
            f"  {form}: {viral} of {total} viral-site ({share:.3f}); news {after[0]:.4f}, "
            f"published {after[1]:.4f}, A/B {after[2]:.4f}: {'kept' if kept else 'left out'}"
        )
        if kept:
            chosen[form] = share
            before = after
    return chosen


# --------------------------------------------------------------------------- command line


def write_json(path: Path, data: dict) -> None:
    """Write to a temporary file, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=None, separators=(",", ":"))
        handle.write("\n")
    temporary.replace(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder holding the data")
    parser.add_argument(
        "--only",
        choices=("score", "clickbait", "blend"),
        help="train just one of the two models, or print the blend for overall",
    )
    args = parser.parse_args(argv)
    data_dir: Path = args.data.resolve()
    if not data_dir.is_dir():
        print(f"train_headline: data folder not found: {data_dir}", file=sys.stderr)
        return 1

    def log(message: str) -> None:
        print(message, flush=True)

    if args.only in (None, "score"):
        write_json(
            resource_path("headline", "score_weights.json"), train_score_model(data_dir, log)
        )
    if args.only in (None, "clickbait"):
        write_json(
            resource_path("headline", "clickbait_model.json"), train_clickbait_model(data_dir, log)
        )
    if args.only in (None, "blend"):
        chosen = choose_blend(data_dir, log)
        if chosen != BLEND:
            log(f"BLEND in app/analysis/insights/headline/report.py differs: {BLEND}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
