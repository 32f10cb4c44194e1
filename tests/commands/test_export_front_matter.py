"""``clapwise export`` and the post's own front matter: kept in its format, never lost unsaid."""

from __future__ import annotations

import datetime
import json
import tomllib
from pathlib import Path

import pytest

from app.cli import main

BROKEN_YAML = "---\ntitle: [unclosed\ntags: Writing, : bad\n---\n\nBody of the post.\n"
BROKEN_TOML = '+++\ntitle = "Unclosed\ntags = [\n+++\n\nBody of the TOML post.\n'
HUGO_TOML = """+++
title = "Ten Years of Go"
description = "What a decade taught us"
tags = ["Go", "Programming"]
draft = false
weight = 3
ratio = 0.5
date = 2024-01-02T10:00:00Z
updated = 2024-02-03
[params]
author = "Russ \\"rsc\\" Cox"
keywords = ["go", "anniversary"]
[[params.links]]
name = "Blog"
url = "https://go.dev/blog"
+++

Happy birthday, Go!
"""


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the notices name the file as it was given: "post.md"


def _export(tmp_path: Path, capsys, text: str, *options: str) -> tuple[int, str, str]:
    (tmp_path / "post.md").write_text(text, encoding="utf-8")
    status = main(["export", "post.md", *options, "-o", "-"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize(
    ("source", "kind"), [(BROKEN_YAML, "YAML"), (BROKEN_TOML, "TOML")], ids=["yaml", "toml"]
)
def test_front_matter_that_cannot_be_read_is_kept_as_written_and_said(
    tmp_path: Path, capsys, source: str, kind: str
) -> None:
    status, out, err = _export(tmp_path, capsys, source, "--front-matter")
    assert status == 0
    block = source[: source.index("\n\nBody")] + "\n"
    assert out.startswith(block)  # the writer's lines, as written
    assert out.endswith("Body of the post.\n" if kind == "YAML" else "Body of the TOML post.\n")
    assert err.count("\n") == 1
    assert err.startswith(f"clapwise: post.md: its {kind} front matter could not be read (line ")
    assert err.rstrip().endswith(
        "so its title, subtitle and tags were left out; the block is copied as written"
    )
    again = _export(tmp_path, capsys, out, "--front-matter")[1]
    assert again == out  # exporting the export changes nothing


@pytest.mark.parametrize("options", [(), ("--format", "html")], ids=["md", "html"])
def test_an_export_without_the_block_still_says_it_could_not_be_read(
    tmp_path: Path, capsys, options: tuple[str, ...]
) -> None:
    status, out, err = _export(tmp_path, capsys, BROKEN_YAML, *options)
    assert status == 0
    assert "Body of the post." in out
    assert "[unclosed" not in out  # front matter is no part of the story
    assert err.startswith("clapwise: post.md: its YAML front matter could not be read (line 3: ")
    assert err.rstrip().endswith("so its title, subtitle and tags were left out")


def test_toml_front_matter_stays_toml_with_every_field(tmp_path: Path, capsys) -> None:
    status, out, err = _export(
        tmp_path, capsys, HUGO_TOML, "--front-matter", "--tag", "Golang", "--tag", "Anniversary"
    )
    assert (status, err) == (0, "")
    assert out.startswith("+++\n")
    block, body = out[4:].split("+++\n", 1)
    fields = tomllib.loads(block)
    original = tomllib.loads(HUGO_TOML[4 : HUGO_TOML.index("+++", 4)])
    assert fields == {**original, "tags": ["Golang", "Anniversary"]}
    assert list(fields) == list(original)  # in the post's order
    assert fields["date"] == datetime.datetime(2024, 1, 2, 10, tzinfo=datetime.UTC)
    assert body == "\n# Ten Years of Go\n\n*What a decade taught us*\n\nHappy birthday, Go!\n"
    again = _export(tmp_path, capsys, out, "--front-matter")[1]
    assert again == out  # exporting the export changes nothing


def test_json_front_matter_stays_json(tmp_path: Path, capsys) -> None:
    source = '{\n  "title": "JSON post",\n  "tags": ["a"],\n  "weight": 2\n}\n\nBody.\n'
    status, out, _err = _export(tmp_path, capsys, source, "--front-matter", "--tag", "b")
    assert status == 0
    block, body = out.split("\n}\n", 1)
    assert json.loads(block + "\n}") == {"title": "JSON post", "tags": ["b"], "weight": 2}
    assert body == "\n# JSON post\n\nBody.\n"
    assert _export(tmp_path, capsys, out, "--front-matter")[1] == out
