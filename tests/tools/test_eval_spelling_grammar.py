"""The spelling and grammar evaluations: their splits, and one line when the data is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import eval_grammar, eval_spelling


@pytest.mark.parametrize("module", [eval_spelling, eval_grammar])
def test_prints_one_line_without_the_shared_data(module, monkeypatch, capsys) -> None:
    monkeypatch.setattr(module, "STORIES", Path("/nonexistent/medium_stories_dev"))
    module.main([])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert "skipped" in lines[0]


def test_the_held_out_part_is_a_stable_third() -> None:
    names = [f"{number:03}.md" for number in range(300)]
    held_out = [name for name in names if eval_spelling.is_held_out(name)]
    assert 70 <= len(held_out) <= 130
    assert held_out == [name for name in names if eval_spelling.is_held_out(name)]


def test_english_posts_are_told_from_others() -> None:
    assert eval_spelling.is_english("The cat sat on the mat and it was happy in the sun.")
    assert not eval_spelling.is_english("Bu yazıda iki popüler kazıma yazılımı karşılaştıracağım.")


def test_every_labelled_hit_names_a_check_and_a_verdict() -> None:
    checks = {check.id for check in eval_grammar.ALL_CHECKS}
    labels = eval_grammar.read_labels()
    assert labels
    for (_post, check, words, rank), verdict in labels.items():
        assert check in checks
        assert words
        assert rank >= 1
        assert verdict in {"right", "pedantic", "wrong"}
