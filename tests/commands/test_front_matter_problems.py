"""Front matter that cannot be read: one plain line on stderr, and the text still analysed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

BROKEN = (
    "---\ntitle: Pairing\nlicence: Public domain: see the repo\n---\n\n"
    "# Two at One Desk\n\nWe pair every day.\n"
)


@pytest.mark.parametrize("command", ["analyze", "check"])
def test_one_line_on_stderr_and_the_report_on_stdout(tmp_path: Path, capsys, command: str) -> None:
    path = tmp_path / "broken.md"
    path.write_text(BROKEN, encoding="utf-8")
    main([command, str(path), "--json"])
    captured = capsys.readouterr()
    assert captured.err == (
        f"clapwise: {path}: its YAML front matter could not be read (line 3: mapping values "
        "are not allowed here), so its title, subtitle and tags were left out\n"
    )
    data = json.loads(captured.out)
    if command == "analyze":
        assert data["title"] == "Two at One Desk"  # the heading, as without front matter
        assert data["words"] > 0


def test_readable_front_matter_prints_nothing_on_stderr(tmp_path: Path, capsys) -> None:
    path = tmp_path / "fine.md"
    path.write_text("---\ntitle: Fine\n---\n\nWe pair every day.\n", encoding="utf-8")
    main(["analyze", str(path), "--json"])
    assert capsys.readouterr().err == ""
