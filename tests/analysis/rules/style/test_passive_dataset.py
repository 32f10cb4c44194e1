"""The labelled sentence set: its shape, and the precision and recall the check reaches on it."""

from __future__ import annotations

import pytest

from tools.eval_passive import DATA, Scores, evaluate, load_cases


@pytest.fixture(scope="module")
def cases():
    return load_cases()


@pytest.fixture(scope="module")
def scores(cases) -> Scores:
    return evaluate(cases)


def test_set_is_large_and_balanced(cases) -> None:
    assert len(cases) >= 200
    with_passive = sum(1 for case in cases if case.spans)
    assert len(cases) / 3 <= with_passive <= len(cases) / 2


def test_every_sentence_is_sourced_and_unique(cases) -> None:
    assert all(case.source.startswith(("http://", "https://")) for case in cases)
    sentences = [case.sentence for case in cases]
    assert len(set(sentences)) == len(sentences)


def test_set_holds_hard_negatives(cases) -> None:
    negatives = {case.sentence for case in cases if not case.spans}
    for fragment in ("taken a toll", "interested in", "get used to", "I was elated", "are done"):
        assert any(fragment in sentence for sentence in negatives), fragment


def test_file_lines_have_three_columns() -> None:
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            assert line.count("\t") == 2, line


def test_precision_and_recall(scores: Scores) -> None:
    # Reached: precision 0.981, recall 0.990 on 438 sentences (python -m tools.eval_passive).
    assert scores.precision >= 0.97
    assert scores.recall >= 0.97


def test_held_out_part(cases) -> None:
    # Sentences labelled before the check ever ran on them; its first run scored precision
    # 0.939 and recall 0.979 there.
    held_out = [case for case in cases if case.held_out]
    assert len(held_out) >= 100
    scores = evaluate(held_out)
    assert scores.precision >= 0.93
    assert scores.recall >= 0.95
