"""The tag model's fitting and its behaviour without the shared data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import train_tags
from tools.train_tags import Row, StoryRows, fit, nested, out_of_fold


def story(name: str, good: float, bad: float) -> StoryRows:
    rows = (
        Row("good", (good, 1.0), True),
        Row("bad", (bad, 1.0), False),
        Row("other", (0.0, 1.0), False),
    )
    return StoryRows(name, rows, 1)


def test_fitting_weighs_the_feature_that_separates_chosen_tags():
    stories = [story(f"{n}.md", 1.0 + n / 10, 0.2) for n in range(10)]
    weights, _bias = fit(stories, (0.1, False))
    assert weights[0] > 0
    for ranked in out_of_fold(stories, (0.1, True)):
        assert ranked[0][1].slug == "good"


def test_nested_cross_validation_ranks_each_left_out_story_by_a_model_chosen_without_it():
    stories = [story(f"{n}.md", 1.0 + n / 10, 0.2) for n in range(10)]
    hits, precision = nested(stories)
    assert hits == 1.0  # the separating feature is found in every training fold
    assert 1 / 3 <= precision <= 1.0  # one writer's tag among at most three shown
    flipped = [story(s.file, 0.2, 1.0 + n / 10) for n, s in enumerate(stories)]
    assert nested(flipped)[0] == 1.0  # and whichever way it points


def test_without_the_shared_data_it_prints_one_line(monkeypatch, capsys, tmp_path: Path):
    monkeypatch.setattr(train_tags, "STORIES", tmp_path / "absent")
    assert train_tags.main() == 0
    assert capsys.readouterr().out.count("\n") == 1


@pytest.mark.slow
@pytest.mark.skipif(not train_tags.STORIES.exists(), reason="../shared/data is absent")
def test_the_committed_model_is_what_the_script_fits(monkeypatch, tmp_path: Path):
    committed = json.loads(train_tags.TARGET.read_text(encoding="utf-8"))
    monkeypatch.setattr(train_tags, "TARGET", tmp_path / "tag_model.json")
    assert train_tags.main() == 0
    assert json.loads((tmp_path / "tag_model.json").read_text(encoding="utf-8")) == committed
