"""Medians with distribution-free intervals and rank correlations, against hand calculations."""

from __future__ import annotations

import pytest

from app.session.plan.statistics import (
    correlation_estimate,
    median_estimate,
    median_interval,
    spearman,
)


def test_median_interval_uses_the_order_statistics_with_90_percent_coverage() -> None:
    # n=5: only [x(1), x(5)] covers 90 % (93.75 %); n=10: [x(2), x(9)] (97.9 %), as
    # [x(3), x(8)] covers only 89.1 %.
    assert median_interval([9, 1, 5, 3, 7]) == (1, 9)
    assert median_interval(list(range(10, 0, -1))) == (2, 9)


def test_median_estimate_needs_the_minimum() -> None:
    assert median_estimate([1, 2, 3, 4], minimum=5).value is None
    estimate = median_estimate([1, 2, 3, 4, 100], minimum=5)
    assert (estimate.value, estimate.low, estimate.high, estimate.n) == (3, 1, 100, 5)


def test_spearman_with_ties_matches_a_hand_calculation() -> None:
    # ranks x: 1, 2.5, 2.5, 4; y: 1, 2, 3, 4 -> Pearson of the ranks = 0.9486...
    assert spearman([1, 2, 2, 3], [10, 20, 30, 40]) == pytest.approx(0.948683, abs=1e-6)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1)
    assert spearman([1, 1, 1], [1, 2, 3]) is None


def test_correlation_interval_brackets_rho_and_narrows_with_more_data() -> None:
    xs = list(range(12))
    ys = [0, 2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 11]
    small = correlation_estimate(xs, ys, minimum=10)
    large = correlation_estimate(xs * 4, ys * 4, minimum=10)
    assert small.low < small.value < small.high
    assert large.high - large.low < small.high - small.low
    assert correlation_estimate(xs[:9], ys[:9], minimum=10).value is None
