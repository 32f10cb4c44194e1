"""The calibrated appeal score: a linear model over headline signals, mapped to 0-100.

Weights come from ``resources/headline/score_weights.json`` (written by
``tools/train_headline.py`` from significant A/B-test pairs). The linear score of a headline is
``sum(weight * (value - mean) / scale)``; each term is that signal's contribution. The 0-100
score is the share of the training headlines that scored lower (a percentile), so 50 means an
ordinary headline from those tests and the scale is spread out by construction.
"""

from __future__ import annotations

import bisect
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from app.resources import resource_path

WEIGHTS_FILE = ("headline", "score_weights.json")

_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class FeatureWeight:
    """One signal of the fitted model and what the data said about it."""

    name: str
    label: str
    mean: float
    scale: float
    weight: float
    # Among significant test pairs in which the two headlines differ on this signal: how many
    # such pairs, and the share the headline with the higher value won.
    evidence_pairs: int
    higher_won: float


@dataclass(frozen=True, slots=True)
class Contribution:
    """How much one signal moved this headline's score (in standardised units)."""

    name: str
    label: str
    value: float
    contribution: float

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "label": self.label,
            "value": round(self.value, 4),
            "contribution": round(self.contribution, 4),
        }


@dataclass(frozen=True, slots=True)
class ScoreModel:
    features: tuple[FeatureWeight, ...]
    percentiles: tuple[float, ...]  # linear scores of the training headlines at 0, 1, ... 100 %

    def linear(self, signals: Mapping[str, float]) -> float:
        """The headline's linear score (0 is the training headlines' average)."""
        return sum(item.contribution for item in self.contributions(signals))

    def contributions(self, signals: Mapping[str, float]) -> tuple[Contribution, ...]:
        return tuple(
            Contribution(
                f.name,
                f.label,
                signals[f.name],
                f.weight * (signals[f.name] - f.mean) / f.scale,
            )
            for f in self.features
        )

    def percentile(self, linear: float) -> float:
        """Share (0-100) of the training headlines whose linear score is below ``linear``."""
        table = self.percentiles
        if linear <= table[0]:
            return 0.0
        if linear >= table[-1]:
            return 100.0
        upper = bisect.bisect_right(table, linear)
        low, high = table[upper - 1], table[upper]
        step = 100.0 / (len(table) - 1)
        fraction = (linear - low) / (high - low) if high > low else 0.0
        return (upper - 1 + fraction) * step

    @property
    def spread(self) -> float:
        """Half the distance between the 16th and 84th percentile: one "standard deviation"
        of the training headlines' linear scores, the unit other impacts are measured in."""
        table = self.percentiles
        low = table[round(0.16 * (len(table) - 1))]
        high = table[round(0.84 * (len(table) - 1))]
        return (high - low) / 2 or 1.0

    def feature(self, name: str) -> FeatureWeight | None:
        return next((f for f in self.features if f.name == name), None)

    @classmethod
    def from_dict(cls, data: dict) -> ScoreModel:
        features = tuple(
            FeatureWeight(
                name=item["name"],
                label=item["label"],
                mean=float(item["mean"]),
                scale=float(item["scale"]),
                weight=float(item["weight"]),
                evidence_pairs=int(item["evidence"]["pairs"]),
                higher_won=float(item["evidence"]["higher_won"]),
            )
            for item in data["features"]
        )
        return cls(features=features, percentiles=tuple(float(x) for x in data["percentiles"]))


@cache
def _load() -> ScoreModel:
    with resource_path(*WEIGHTS_FILE).open(encoding="utf-8") as handle:
        return ScoreModel.from_dict(json.load(handle))


def score_model() -> ScoreModel:
    """The fitted appeal model, loaded once on first use."""
    with _lock:
        return _load()
