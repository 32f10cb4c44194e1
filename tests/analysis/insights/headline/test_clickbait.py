"""The clickbait classifier: tokens, the shipped model, and probabilities on clear cases."""

import json
import math

import pytest

from app.analysis.insights.headline.clickbait import (
    MODEL_FILE,
    ClickbaitModel,
    clickbait_model,
    clickbait_probability,
    clickbait_tokens,
    unknown_token,
)
from app.resources import resource_path


def test_tokens_are_words_pairs_and_a_length_band():
    tokens = clickbait_tokens("17 Times Cats Won")
    assert tokens == [
        "<num>",
        "times",
        "cats",
        "won",
        "<s> <num>",
        "<num> times",
        "times cats",
        "cats won",
        "won </s>",
        "<len2>",
    ]


def test_tokens_ignore_case_and_punctuation():
    assert clickbait_tokens("WHY Cats Win?!") == clickbait_tokens("why cats win")


def test_tokens_are_distinct():
    tokens = clickbait_tokens("Dogs Dogs Dogs")
    assert len(tokens) == len(set(tokens))


def test_unknown_tokens_by_size():
    assert unknown_token("zygomorphic") == "<unk0>"
    assert unknown_token("zygomorphic orchids") == "<unk1>"


def test_shipped_model_is_small_and_complete():
    path = resource_path(*MODEL_FILE)
    assert path.stat().st_size < 3_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"<unk0>", "<unk1>", "you", "<s> <num>"} <= set(data["weights"])
    assert data["training"]["cv_accuracy"] >= 0.975
    assert 0 < data["calibration"]["scale"] < 5


def test_model_uses_unknown_weight_for_unseen_words():
    weights = {"<unk0>": -1.0, "cats": 2.0, "<len0>": 0.5}
    model = ClickbaitModel(weights=weights, prior=0.0, scale=1.0, shift=0.0)
    # "cats" + "<len0>"; the pairs "<s> cats" and "cats </s>" fall back to "<unk1>" (absent: 0)
    assert model.log_odds("cats") == pytest.approx(2.5)
    assert model.log_odds("xyzzy") == pytest.approx(-0.5)
    assert model.probability("cats") == pytest.approx(1 / (1 + math.exp(-2.5)))


@pytest.mark.parametrize(
    "text",
    [
        "You Won't Believe What This Dog Did Next",
        "21 Things Only Introverts Will Understand",
        "Which Disney Princess Are You?",
        "This Is What Happens When You Stop Drinking Soda",
    ],
)
def test_clickbait_is_likely(text):
    assert clickbait_probability(text) > 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Parliament passes budget bill after late-night vote",
        "Central bank holds interest rates steady amid inflation worries",
        "Floods displace thousands in northern Bangladesh",
        "Court upholds conviction of former mayor in bribery case",
    ],
)
def test_news_is_unlikely(text):
    assert clickbait_probability(text) < 0.1


def test_probability_is_bounded_and_empty_is_zero():
    assert clickbait_probability("") == 0.0
    assert clickbait_probability("   ") == 0.0
    for text in ("a", "the the the", "x" * 500, "🙂 emoji only"):
        assert 0.0 <= clickbait_probability(text) <= 1.0


def test_model_loads_once():
    assert clickbait_model() is clickbait_model()


def test_the_loaded_weights_equal_the_model_files() -> None:
    from app.analysis.insights.headline.clickbait import COMPACT_MODEL

    data = json.loads(resource_path(*MODEL_FILE).read_text(encoding="utf-8"))
    model = clickbait_model()
    assert dict(model.weights.items()) == data["weights"]
    assert (model.prior, model.scale, model.shift) == (
        data["prior"],
        data["calibration"]["scale"],
        data["calibration"]["shift"],
    )
    assert model.weights.get("no such token zz") is None
    assert COMPACT_MODEL.load() == COMPACT_MODEL.build()
