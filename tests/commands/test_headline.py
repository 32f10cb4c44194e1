"""``clapwise headline``: one headline, or a batch with one JSON object per input line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.commands.common import EXIT_USAGE

FIELDS = {
    "text",
    "score",
    "clickbait_probability",
    "type",
    "contributions",
    "overall",
    "risk",
    "band",
}


def test_one_headline_as_json(capsys) -> None:
    assert main(["headline", "You Won't Believe What This Dog Did Next", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= FIELDS
    assert data["risk"] == "high"
    assert 0 <= data["score"] <= 100
    assert all({"name", "label", "value", "contribution"} <= set(c) for c in data["contributions"])


def test_one_headline_as_text_explains_itself(capsys) -> None:
    assert main(["headline", "7 Lessons From a Year of Remote Work"]) == 0
    out = capsys.readouterr().out
    assert "Overall" in out
    assert "Clickbait risk" in out
    assert "To lift it" in out or "Keep it" in out


def test_a_one_word_headline_counts_in_the_singular(capsys) -> None:
    assert main(["headline", "Tides"]) == 0
    assert "5 characters, 1 word\n" in capsys.readouterr().out


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_an_empty_headline_is_a_usage_error_in_one_line(
    text: str, extra: list[str], capsys
) -> None:
    """Nothing to score is no "standards 100/100": the writer forgot the title or its quotes."""
    assert main(["headline", text, *extra]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "clapwise: the headline is empty: give its text, in quotes.\n"


def test_a_one_character_headline_counts_in_the_singular_everywhere(capsys) -> None:
    assert main(["headline", "A"]) == 0
    out = capsys.readouterr().out
    assert "1 character, 1 word\n" in out
    assert "- 1 character: shorter than the sweet spot" in out
    assert "1 characters" not in out


def test_batch_keeps_order_and_blank_lines(tmp_path: Path, capsys) -> None:
    batch = tmp_path / "headlines.txt"
    batch.write_text("First headline here\n\nWhy Remote Work Is Harder Than It Looks\n")
    assert main(["headline", "--batch", str(batch), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["text"] for row in rows] == [
        "First headline here",
        "",
        "Why Remote Work Is Harder Than It Looks",
    ]
    assert rows[1]["score"] == 0
    assert all(set(row) >= FIELDS for row in rows)
    assert all(row["band"] in {"weak", "fair", "good", "strong"} for row in rows)
    assert rows[2]["type"] == "why"


def test_batch_reads_standard_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "headline", "--batch", "/dev/stdin", "--json"],
        input="One headline\nAnother headline\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == [
        "One headline",
        "Another headline",
    ]


def test_text_and_batch_together_or_neither_is_one_clear_line(tmp_path: Path, capsys) -> None:
    assert main(["headline"]) == EXIT_USAGE
    assert main(["headline", "x", "--batch", str(tmp_path / "h.txt")]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 2
    assert "either a headline TEXT or --batch FILE" in err


def test_batch_errors_are_one_line(tmp_path: Path, capsys) -> None:
    binary = tmp_path / "h.txt"
    binary.write_bytes(b"\x00\x01\x02")
    assert main(["headline", "--batch", str(binary), "--json"]) == 1
    assert "not a text file" in capsys.readouterr().err


def test_a_red_flag_given_as_a_reason_is_not_listed_twice(capsys) -> None:
    main(["headline", "You Won't Believe What Happened Next"])
    out = capsys.readouterr().out
    assert out.count("teases instead of telling") == 1


def _headline(capsys, title: str) -> str:
    assert main(["headline", title]) == 0
    return capsys.readouterr().out


def test_a_good_band_beside_a_low_appeal_says_why(capsys) -> None:
    """ "Good 60" beside "appeal 1/100" is explained: the overall weighs Medium's standards."""
    out = _headline(capsys, "Go Turns 10")
    assert "appeal 1/100 against A/B-tested headlines (40%) with Medium's standards 100/100" in out


def test_reasons_never_ask_to_swap_a_number_or_call_a_kind_of_test_negative(capsys) -> None:
    out = _headline(capsys, "Go Turns 10")
    assert "swap rare terms" not in out  # "10" is a number, not a rare word
    out = _headline(capsys, "How to Stress Test an Algorithm in Python")
    assert "negative words" not in out  # "stress test" is a technique, not a feeling
    out = _headline(capsys, "Ten Years of Go: What a Decade of Open Source Taught Us")
    assert "Type: list" not in out  # a span of time is no list


def test_the_standards_figure_says_what_it_lost_never_no_clickbait_beside_a_red_flag(
    capsys,
) -> None:
    assert main(["headline", "You Won't Believe What Happened When I Closed All My Tabs"]) == 0
    out = capsys.readouterr().out
    assert "nothing withheld" not in out
    assert "off for 1 red flag" in out or "off for 2 red flags" in out
    assert "Clickbait risk: high" in out


def test_the_overall_says_what_capped_or_cut_it_beyond_the_blend(capsys) -> None:
    """22 is not 40 % of 3 plus 60 % of 69: the two-word cap says so, as does a search cut."""
    out = _headline(capsys, "Productivity Hacks")
    assert "Overall 22/100" in out
    assert "at most 22 for a title of 2 words" in out
    long_title = "How to Stress Test an Algorithm Written in Python Without a Single Extra Test"
    assert "off for the words search results cut" in _headline(capsys, long_title)
    assert "at most" not in _headline(capsys, "How to Stress Test an Algorithm in Python")


def test_a_how_to_loses_only_what_its_wording_adds_to_the_form(capsys) -> None:
    """The standards figure and the risk note follow the style's cost after the how-to form,
    which is standard on Medium, is taken out: no "59 off" beside "Good"."""
    out = _headline(capsys, "How to Write a Cover Letter That Gets Read")
    assert "Good: clear and honest" in out
    assert "Clickbait risk: low (no red flag)" in out
    standards = re.search(r"Medium's standards (\d+)/100 \((\d+) off for wording like", out)
    assert standards is not None
    assert int(standards[1]) + int(standards[2]) == 100
    assert int(standards[2]) < 13
