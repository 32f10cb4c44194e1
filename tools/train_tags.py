"""Fit the tag ranking model on the tuning part of the Medium stories.

    python -m tools.train_tags

Each tuning story (``tools/eval_tags.py`` sets a third aside by a stable hash of the file
name; that part is never read here) yields its candidate tags with their features
(``app/analysis/insights/tags/features.py``); a candidate is positive when the story's writer
chose it. A logistic regression with an L2 penalty is fitted by Newton's method (pure Python:
a few hundred rows, twenty features). The penalty is the one with the most writer's tags in
the top five across a five-fold cross-validation of the tuning stories, repeated on three
splits, and the least probability a suggestion needs is the highest one that keeps that figure
within ``THRESHOLD_SLACK`` of the best (precision first). That choice is also made inside
each fold of a five-fold cross-validation, on the fold's training stories alone, and the
stories left out are ranked by the model so chosen: the nested figure, on which no choice was
tuned. Writes ``resources/keywords/tag_model.json``.
"""

from __future__ import annotations

import hashlib
import json
import math
import statistics
import sys
from dataclasses import dataclass

from tools.eval_tags import ROOT, STORIES, held_out_files, load_stories

TARGET = ROOT / "resources" / "keywords" / "tag_model.json"
#: (L2 penalty, standardise the features first), tried by cross-validation.
Setting = tuple[float, bool]
SETTINGS: tuple[Setting, ...] = tuple(
    (penalty, standardise)
    for standardise in (False, True)
    for penalty in (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
)
THRESHOLDS = (0.0, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3)
FOLDS = 5
#: Cross-validations, each on its own split into folds: with 31 stories one split's figure
#: moves by a story's worth when the model does not change, so settings are chosen on the mean.
REPEATS = 3
#: Writer's tags per story the least probability may cost: three tags over 31 stories.
THRESHOLD_SLACK = 0.1
TOP = 5


@dataclass(frozen=True, slots=True)
class Row:
    slug: str
    vector: tuple[float, ...]
    chosen: bool


@dataclass(frozen=True, slots=True)
class StoryRows:
    file: str
    rows: tuple[Row, ...]
    wanted: int


def story_rows(source: str, wanted: tuple[str, ...], file: str, with_text: bool) -> StoryRows:
    """The story's candidates with features, each marked chosen or not by the writer; from
    the key phrases and title only unless ``with_text``."""
    from app.analysis.insights.keywords.vocabulary import vocabulary
    from app.analysis.insights.tags.features import tag_candidates
    from app.commands.tags import story_inputs

    vocab = vocabulary()
    chosen = set()
    for slug in wanted:
        found = vocab.tag(slug)
        chosen.add(found.slug if found else slug)
    keyphrases, title, prose, _tags, people = story_inputs(source)
    rows = tuple(
        Row(c.tag.slug, tuple(c.vector()), c.tag.slug in chosen)
        for c in tag_candidates(keyphrases, title, prose if with_text else "", people)
    )
    return StoryRows(file, rows, len(chosen))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the systems here are 14 x 14)."""
    size = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, size):
            factor = a[r][col] / a[col][col]
            if factor:
                for c in range(col, size + 1):
                    a[r][c] -= factor * a[col][c]
    result = [0.0] * size
    for r in range(size - 1, -1, -1):
        total = a[r][size] - sum(a[r][c] * result[c] for c in range(r + 1, size))
        result[r] = total / a[r][r]
    return result


def _sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def fit(stories: list[StoryRows], setting: Setting) -> tuple[list[float], float]:
    """Weights and bias of an L2-penalised logistic regression (the bias is not penalised),
    on standardised features if the setting says so (one penalty then treats every feature
    alike), returned for the raw features."""
    penalty, standardise = setting
    vectors = [r.vector for s in stories for r in s.rows]
    labels = [1.0 if r.chosen else 0.0 for s in stories for r in s.rows]
    columns = list(zip(*vectors, strict=True))
    means = [statistics.fmean(c) if standardise else 0.0 for c in columns]
    scales = [(statistics.pstdev(c) if standardise else 1.0) or 1.0 for c in columns]
    rows = [
        [*((v - m) / d for v, m, d in zip(x, means, scales, strict=True)), 1.0] for x in vectors
    ]
    size = len(rows[0])
    weights = [0.0] * size
    for _ in range(50):
        gradient = [penalty * w for w in weights[:-1]] + [0.0]
        hessian = [[0.0] * size for _ in range(size)]
        for i in range(size - 1):
            hessian[i][i] = penalty
        hessian[-1][-1] = 1e-9
        for x, y in zip(rows, labels, strict=True):
            p = _sigmoid(sum(w * v for w, v in zip(weights, x, strict=True)))
            spread = p * (1.0 - p)
            for i in range(size):
                gradient[i] += (p - y) * x[i]
                scaled = spread * x[i]
                row = hessian[i]
                for j in range(size):
                    row[j] += scaled * x[j]
        step = _solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    raw = [w / d for w, d in zip(weights[:-1], scales, strict=True)]
    bias = weights[-1] - sum(w * m for w, m in zip(raw, means, strict=True))
    return raw, bias


def _ranked(story: StoryRows, weights: list[float], bias: float) -> list[tuple[float, Row]]:
    scored = [
        (_sigmoid(bias + sum(w * v for w, v in zip(weights, r.vector, strict=True))), r)
        for r in story.rows
    ]
    return sorted(scored, key=lambda item: (-item[0], item[1].slug))


def _fold(file: str, repeat: int = 0) -> int:
    salt = "fold" if not repeat else f"fold{repeat}"
    return int(hashlib.sha256(f"{salt}:{file}".encode()).hexdigest(), 16) % FOLDS


def out_of_fold(
    stories: list[StoryRows], setting: Setting, repeats: int = 1, first_repeat: int = 0
) -> list[list[tuple[float, Row]]]:
    """Each story ranked by a model fitted on the other folds, once per repeat of the
    cross-validation (each repeat splits the stories into folds anew)."""
    rankings: list[list[tuple[float, Row]]] = []
    for repeat in range(first_repeat, first_repeat + repeats):
        ranked: dict[str, list[tuple[float, Row]]] = {}
        for fold in range(FOLDS):
            train = [s for s in stories if _fold(s.file, repeat) != fold]
            weights, bias = fit(train, setting)
            for story in stories:
                if _fold(story.file, repeat) == fold:
                    ranked[story.file] = _ranked(story, weights, bias)
        rankings += [ranked[s.file] for s in stories]
    return rankings


def figures(ranked: list[list[tuple[float, Row]]], threshold: float) -> tuple[float, float]:
    """(writer's tags in the top five per story, share of suggestions that are theirs)."""
    hits, shown = [], 0
    for story in ranked:
        top = [row for p, row in story if p >= threshold][:TOP]
        hits.append(sum(row.chosen for row in top))
        shown += len(top)
    return statistics.fmean(hits), sum(hits) / max(shown, 1)


@dataclass(frozen=True, slots=True)
class Selection:
    """The setting and least probability chosen by cross-validation, with the rankings each
    setting gave."""

    setting: Setting
    threshold: float
    by_setting: dict[Setting, list[list[tuple[float, Row]]]]


def select(stories: list[StoryRows], first_repeat: int = 0, show: bool = False) -> Selection:
    """The penalty with the most writer's tags in the top five across ``REPEATS``
    cross-validations of ``stories``, and the strictest least probability that keeps that
    figure within ``THRESHOLD_SLACK`` of the best (precision first)."""
    by_setting = {}
    for setting in SETTINGS:
        ranked = out_of_fold(stories, setting, REPEATS, first_repeat)
        by_setting[setting] = ranked
        if show:
            penalty, standardise = setting
            kind = "standardised" if standardise else "raw"
            hits = figures(ranked, 0.0)[0]
            print(f"  penalty {penalty:<5} {kind:12}  cross-validated top-5 hits {hits:.2f}")
    # Ties go to the stronger penalty, then to standardised features: the simpler model.
    setting = max(SETTINGS, key=lambda s: (figures(by_setting[s], 0.0)[0], s))
    best = figures(by_setting[setting], 0.0)[0]
    threshold = 0.0
    for candidate in THRESHOLDS:
        hits, precision = figures(by_setting[setting], candidate)
        if show:
            print(f"  least probability {candidate:<4}  hits {hits:.2f}  precision {precision:.2f}")
        if hits >= best - THRESHOLD_SLACK:
            threshold = candidate
    return Selection(setting, threshold, by_setting)


def nested(stories: list[StoryRows]) -> tuple[float, float]:
    """Writer's tags in the top five and precision when the setting and least probability are
    chosen inside each training fold (on cross-validations of their own) and the fold left out
    is ranked by the model so chosen: a figure no choice was tuned on."""
    hits, shown = [], 0
    for fold in range(FOLDS):
        train = [s for s in stories if _fold(s.file) != fold]
        chosen = select(train, first_repeat=REPEATS)  # inner folds split anew
        weights, bias = fit(train, chosen.setting)
        for story in stories:
            if _fold(story.file) == fold:
                ranked = _ranked(story, weights, bias)
                top = [row for p, row in ranked if p >= chosen.threshold][:TOP]
                hits.append(sum(row.chosen for row in top))
                shown += len(top)
    return statistics.fmean(hits), sum(hits) / max(shown, 1)


def choose(tuning: list[StoryRows]) -> dict[str, object]:
    """The penalty and least probability chosen by cross-validation, the fitted model, and
    the nested cross-validation's figures."""
    reachable = sum(sum(r.chosen for r in s.rows) for s in tuning) / sum(s.wanted for s in tuning)
    print(f"  writer's tags among the candidates: {reachable:.2f}")
    chosen = select(tuning, show=True)
    weights, bias = fit(tuning, chosen.setting)
    hits, precision = figures(chosen.by_setting[chosen.setting], chosen.threshold)
    print(
        f"  chosen: {chosen.setting}, least probability {chosen.threshold}: "
        f"{hits:.2f} ({precision:.2f})"
    )
    nested_hits, nested_precision = nested(tuning)
    print(f"  nested cross-validation: {nested_hits:.2f} ({nested_precision:.2f})")
    return {
        "weights": [round(w, 5) for w in weights],
        "bias": round(bias, 5),
        "min_probability": chosen.threshold,
        "penalty": chosen.setting[0],
        "standardised": chosen.setting[1],
        "cross_validated_top5_hits": round(hits, 3),
        "cross_validated_precision": round(precision, 3),
        "nested_cross_validated_top5_hits": round(nested_hits, 3),
        "nested_cross_validated_precision": round(nested_precision, 3),
    }


def main() -> int:
    if not STORIES.exists():
        print(f"train_tags: {STORIES} is absent; nothing fitted.")
        return 0
    from app.analysis.insights.tags.features import FEATURES

    stories = load_stories()
    held = held_out_files([s.file for s in stories])
    tuning = [s for s in stories if s.file not in held]
    models = {}
    for kind, with_text in (("full", True), ("key_phrases", False)):
        print(f"{kind}: {len(tuning)} tuning stories")
        rows = [story_rows(s.source, s.tags, s.file, with_text) for s in tuning]
        models[kind] = choose(rows)
        for name, weight in zip(FEATURES, models[kind]["weights"], strict=True):
            print(f"    {name:15} {weight:+.3f}")
        print(f"    {'bias':15} {models[kind]['bias']:+.3f}")
    model = {
        "about": "Tag ranking models: logistic regressions over tags.features.FEATURES, fitted "
        "by tools/train_tags.py on the tuning part of medium_stories_dev; 'full' ranks with "
        "the prose, 'key_phrases' with the key phrases and title only.",
        "features": list(FEATURES),
        "tuning_stories": len(tuning),
        "models": models,
    }
    TARGET.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    print(f"written to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
