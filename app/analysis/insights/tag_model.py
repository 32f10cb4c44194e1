"""The fitted ranking model for candidate tags: a logistic regression over ``FEATURES``.

Its weights live in ``resources/keywords/tag_model.json``, written by ``tools/train_tags.py``
from stories whose writers chose their own tags. A candidate's probability is how likely a
writer would have picked it; each feature's share of the score explains the suggestion.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.analysis.insights.tag_features import FEATURES
from app.resources import resource_path


@dataclass(frozen=True, slots=True)
class TagModel:
    """Weights per feature (in ``FEATURES`` order), a bias, and the least probability a
    suggestion needs (below it a tag is more likely noise than the writer's choice)."""

    weights: tuple[float, ...]
    bias: float
    min_probability: float

    def contributions(self, vector: Sequence[float]) -> dict[str, float]:
        """Each feature's part of the score (weight times value)."""
        return {name: w * x for name, w, x in zip(FEATURES, self.weights, vector, strict=True)}

    def probability(self, vector: Sequence[float]) -> float:
        score = self.bias + sum(w * x for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def read_model(path: Path) -> TagModel:
    """A model from its JSON file; its features must be today's ``FEATURES``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path.name} was fitted on other features: run tools/train_tags.py")
    return TagModel(
        tuple(float(w) for w in data["weights"]),
        float(data["bias"]),
        float(data["min_probability"]),
    )


@cache
def tag_model() -> TagModel:
    """The shipped model, read once."""
    return read_model(resource_path("keywords", "tag_model.json"))
