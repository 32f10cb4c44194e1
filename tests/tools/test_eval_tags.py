"""The tag evaluation's split and its behaviour without the shared data."""

from __future__ import annotations

import json
from pathlib import Path

from tools import eval_tags


def test_the_held_out_part_is_a_stable_third_chosen_by_file_name():
    files = [f"{n:03}.md" for n in range(47)]
    held = eval_tags.held_out_files(files)
    assert len(held) == 16
    assert held == eval_tags.held_out_files(list(reversed(files)))
    assert held <= set(files)
    # Adding stories does not move the ones already held out to the tuning part wholesale.
    assert len(held & eval_tags.held_out_files([*files, "new.md"])) >= 15


def test_without_the_shared_data_it_prints_one_line(monkeypatch, capsys, tmp_path: Path):
    monkeypatch.setattr(eval_tags, "STORIES", tmp_path / "absent")
    assert eval_tags.main([]) == 0
    assert capsys.readouterr().out.count("\n") == 1


def test_the_ceiling_counts_the_writers_tags_among_the_candidates():
    source = (
        "# Deploying with Kubernetes\n\nWe deploy with Kubernetes every day.\n\n"
        "Kubernetes runs our services, and Kubernetes restarts them.\n"
    )
    assert eval_tags.ceiling(source, ("kubernetes", "gardening")) == 1
    assert eval_tags.ceiling(source, ("gardening",)) == 0


def test_the_nested_cross_validation_of_the_shipped_model_is_reported(capsys):
    model = json.loads(
        (eval_tags.ROOT / "resources" / "keywords" / "tag_model.json").read_text(encoding="utf-8")
    )["models"]["full"]
    eval_tags._print_nested()
    line = capsys.readouterr().out
    assert f"{model['nested_cross_validated_top5_hits']:.2f}" in line
    assert f"precision {model['nested_cross_validated_precision']:.2f}" in line
