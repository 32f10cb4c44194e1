"""The shipped tag ranking models and how they read their weights."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.analysis.insights.tags.features import FEATURES
from app.analysis.insights.tags.model import FULL, KEY_PHRASES, read_model, tag_model


def test_the_shipped_models_match_todays_features():
    for kind in (FULL, KEY_PHRASES):
        model = tag_model(kind)
        assert len(model.weights) == len(FEATURES)
        assert 0.0 <= model.min_probability < 1.0


def test_probability_and_contributions():
    model = tag_model(FULL)
    nothing = [0.0] * len(FEATURES)
    assert 0.0 < model.probability(nothing) < 0.5  # a tag with no evidence is unlikely
    contributions = model.contributions(nothing)
    assert set(contributions) == set(FEATURES)
    assert not any(contributions.values())


def test_a_model_fitted_on_other_features_is_refused(tmp_path: Path):
    path = tmp_path / "model.json"
    model = {"weights": [1.0], "bias": 0.0, "min_probability": 0.1}
    path.write_text(json.dumps({"features": ["other"], "models": {FULL: model}}), "utf-8")
    with pytest.raises(ValueError, match="other features"):
        read_model(path)
