"""The training script's building blocks, on small synthetic data."""

import csv
import gzip
import math
import random

import pytest

from tools import train_headline as training


def _write_tests(path, rows):
    with gzip.open(path, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["test_id", "eyecatcher_id", "test_week", "headline", "impressions", "clicks"]
        )
        writer.writerows(rows)


def test_load_pairs_sums_rows_and_compares_within_test_and_image(tmp_path):
    path = tmp_path / "tests.csv.gz"
    _write_tests(
        path,
        [
            ("t1", "img1", 1, "Strong", 5000, 300),
            ("t1", "img1", 1, "Strong", 5000, 300),  # same headline: summed to 10000 / 600
            ("t1", "img1", 1, "Weak", 10000, 400),
            ("t1", "img2", 1, "Other image", 10000, 10),  # different image: never compared
            ("t2", "img1", 1, "Tie A", 1000, 50),
            ("t2", "img1", 1, "Tie B", 1000, 51),
        ],
    )
    pairs = training.load_pairs(path)
    assert [(p.test_id, p.winner, p.loser) for p in pairs] == [
        ("t1", "Strong", "Weak"),
        ("t2", "Tie B", "Tie A"),
    ]
    strong = pairs[0]
    pooled = 1000 / 20000
    expected = (0.06 - 0.04) / math.sqrt(pooled * (1 - pooled) * (2 / 10000))
    assert strong.z == pytest.approx(expected)
    assert strong.significant
    assert not pairs[1].significant
    assert training.all_headlines(path) == ["Other image", "Strong", "Tie A", "Tie B", "Weak"]


def test_fit_pairwise_finds_the_signal_that_wins():
    rng = random.Random(0)
    rows = []
    for _ in range(400):
        helpful, noise = rng.gauss(0, 1), rng.gauss(0, 1)
        # The winner is the one with more of the first signal, most of the time.
        sign = 1 if helpful + rng.gauss(0, 0.5) > 0 else -1
        rows.append([sign * helpful, sign * noise])
    weights = training.fit_pairwise(rows, [1.0] * len(rows), lam=1.0)
    assert weights[0] > 1.0
    assert abs(weights[1]) < 0.3 * weights[0]
    stronger = training.fit_pairwise(rows, [1.0] * len(rows), lam=1000.0)
    assert abs(stronger[0]) < abs(weights[0])  # regularisation shrinks


def test_soft_targets_and_modes():
    assert training.soft_target(0.0) == pytest.approx(0.5)
    assert training.soft_target(2.58) == pytest.approx(0.995, abs=1e-3)
    pairs = [training.Pair("t", "a", "b", 3.0), training.Pair("t", "c", "d", 0.5)]
    assert training.training_targets(pairs, "significant") == ([0], [1.0])
    chosen, targets = training.training_targets(pairs, "all")
    assert chosen == [0, 1]
    assert targets[1] == pytest.approx(training.soft_target(0.5))
    with pytest.raises(ValueError, match="unknown"):
        training.training_targets(pairs, "some")


def test_percentile_table():
    table = training.percentile_table([float(x) for x in range(101)])
    assert table == [float(x) for x in range(101)]
    uneven = training.percentile_table([0.0, 10.0], points=5)
    assert uneven == [0.0, 2.5, 5.0, 7.5, 10.0]


def test_naive_bayes_weights_and_unknown_tokens():
    documents = [["cats", "win"], ["cats", "rule"], ["rates", "rise"], ["rates", "fall"]]
    labels = [1, 1, 0, 0]
    model = training.fit_naive_bayes(documents, labels, alpha=0.5, min_count=2)
    assert model.weights["cats"] > 0 > model.weights["rates"]
    # Tokens seen once fall into one shared "unknown" weight; they are all singletons here.
    assert set(model.weights) == {"cats", "rates", "<unk0>"}
    assert model.prior == pytest.approx(0.0)


def test_calibration_recovers_a_known_slope():
    rng = random.Random(1)
    scores, labels = [], []
    for _ in range(4000):
        score = rng.uniform(-20, 20)
        probability = 1 / (1 + math.exp(-(0.25 * score + 0.5)))
        scores.append(score)
        labels.append(1 if rng.random() < probability else 0)
    scale, shift = training.fit_calibration(scores, labels)
    assert scale == pytest.approx(0.25, rel=0.15)
    assert shift == pytest.approx(0.5, abs=0.2)


def test_main_fails_cleanly_without_data(tmp_path, capsys):
    assert training.main(["--data", str(tmp_path / "missing")]) == 1
    assert "data folder not found" in capsys.readouterr().err


def test_form_shares_count_viral_site_headlines_of_each_form():
    rows = [
        (1, "How to Tie a Tie"),
        (1, "How To Bake Bread Like a Pro"),
        (0, "Council Weighs How to Fix Roads"),
        (1, "17 Things Cats Do at Night"),
        (0, "3 Killed in Storm"),
        (0, "Parliament Passes Budget"),  # a statement: no form of interest
    ]
    assert training.form_shares(rows) == {"how-to": (2, 3), "list": (1, 2)}


def test_a_form_is_explained_only_if_no_development_figure_drops_for_it():
    """Viral-site lists without a red flag would pass honest headlines if their form were
    explained, so lists are left out; the viral-site how-tos all carry red flags, so
    explaining the how-to form costs nothing."""
    news = [(0, training.Judged(30, 0.01, 0, 8, 50)) for _ in range(20)]
    lists = [(1, training.Judged(90, 1.0, 0, 8, 50, "list")) for _ in range(10)]
    how_tos = [(1, training.Judged(90, 1.0, 2, 8, 50, "how-to")) for _ in range(10)]
    rows = [(0, "Council Weighs How to Fix Roads"), (0, "3 Killed in Storm")]
    rows += [(1, "How to Tie a Tie")] * 9 + [(1, "17 Things Cats Do at Night")] * 9
    messages: list[str] = []
    forms = training.choose_forms(
        rows, news + lists + how_tos, [], [], training.BLEND, messages.append
    )
    assert forms == {"how-to": 0.9}
    assert any("list" in message and "left out" in message for message in messages)
