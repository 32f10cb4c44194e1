"""The headline evaluation: its counting, and one line when the data is absent."""

import pytest

from tools import eval_headline as evaluation
from tools.train_headline import Pair, share_above


def test_without_data_it_prints_one_line_and_succeeds(tmp_path, capsys):
    assert evaluation.main(["--data", str(tmp_path / "missing")]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "no data" in out


def test_share_above_counts_ties_half():
    assert share_above([3.0], [1.0, 2.0]) == 1.0
    assert share_above([1.0], [1.0, 2.0]) == pytest.approx(0.25)
    assert share_above([], [1.0]) == 0.0


def test_pairwise_accuracy_uses_only_significant_pairs():
    pairs = [
        Pair("t1", "A Nurse Explains What Happens in an Emergency Room at Night", "ER", 5.0),
        Pair("t2", "Lessons", "Seven Lessons From a Year of Teaching Kids to Code", 0.5),
    ]
    accuracy, count = evaluation.pairwise_accuracy(pairs)
    assert count == 1
    assert accuracy == 1.0
