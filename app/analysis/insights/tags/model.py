"""The fitted ranking models for candidate tags: logistic regressions over ``FEATURES``.

There are two: one for a draft whose prose is known, one for its key phrases and title alone
(as the editor's sidebar passes them). Their weights live in
``resources/keywords/tag_model.json``, written by ``tools/train_tags.py`` from stories whose
writers chose their own tags. A candidate's probability is how likely a writer would have
picked it; each feature's share of the score explains the suggestion.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.analysis.insights.tags.features import FEATURES
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


#: The model for a draft whose prose is known, and the one for key phrases and title alone.
FULL = "full"
KEY_PHRASES = "key_phrases"


def read_model(path: Path, kind: str = FULL) -> TagModel:
    """One model (``FULL`` or ``KEY_PHRASES``) from the JSON file; its features must be
    today's ``FEATURES``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path.name} was fitted on other features: run tools/train_tags.py")
    model = data["models"][kind]
    return TagModel(
        tuple(float(w) for w in model["weights"]),
        float(model["bias"]),
        float(model["min_probability"]),
    )


@cache
def tag_model(kind: str = FULL) -> TagModel:
    """A shipped model, read once."""
    return read_model(resource_path("keywords", "tag_model.json"), kind)
