"""``clapwise analyze`` and ``check`` run the app's default rules unless asked for more."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.analysis.rules.catalog import DEFAULT_OFF_RULES
from app.cli import main
from app.commands.rule_options import OFF_BY_DEFAULT_HELP

POST = """# How We Pair

The code was reviewed by a second developer. We really quickly wrote tests and then we
happily shipped them. There is a lot that could perhaps be said about it, and many people say
it works, so we simply tried it and carefully watched what happened over a month of work.
"""


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    return path


def _rules(capsys, *arguments: str) -> tuple[set[str], list[str]]:
    assert main(["analyze", *arguments, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    return {finding["rule"] for finding in report["findings"]}, report["rules_off"]


def test_the_default_rules_are_the_apps(post: Path, capsys) -> None:
    found, off = _rules(capsys, str(post))
    assert off == sorted(DEFAULT_OFF_RULES)
    assert not found & DEFAULT_OFF_RULES


def test_all_rules_and_one_rule(post: Path, capsys) -> None:
    every, off = _rules(capsys, str(post), "--all-rules")
    assert off == []
    assert {"passive", "adverb"} <= every
    one, off = _rules(capsys, str(post), "--rule", "adverb")
    assert "adverb" in one
    assert "passive" not in one
    assert off == sorted(DEFAULT_OFF_RULES - {"adverb"})


def test_an_unknown_rule_is_one_usage_line(post: Path, capsys) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["analyze", str(post), "--rule", "nonsense"])
    assert raised.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "unknown rule 'nonsense'" in error


def test_help_names_exactly_the_rules_off_by_default(capsys) -> None:
    assert set(re.findall(r"\w+", OFF_BY_DEFAULT_HELP)) == DEFAULT_OFF_RULES
    for command in ("analyze", "check"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = " ".join(capsys.readouterr().out.split())
        assert "--all-rules" in text
        assert "--rule NAME" in text


def test_check_skips_a_rule_that_is_off_and_counts_it_when_on(post: Path, capsys) -> None:
    main(["check", str(post), "--json"])
    items = {item["id"]: item for item in json.loads(capsys.readouterr().out)["items"]}
    assert items["adverbs"]["status"] == "skip"
    assert "switched off" in items["adverbs"]["detail"]
    main(["check", str(post), "--rule", "adverb", "--json"])
    items = {item["id"]: item for item in json.loads(capsys.readouterr().out)["items"]}
    assert items["adverbs"]["status"] == "warn"
    assert re.match(r"[1-9]\d* adverbs flagged", items["adverbs"]["detail"])


def test_check_warns_about_grammar_but_it_alone_never_fails(tmp_path: Path, capsys) -> None:
    path = tmp_path / "slips.md"
    path.write_text(
        "---\ntitle: How I Learned to Pair\ntags: [Programming]\n---\n\n"
        "Its a good way to learn. You could of done it alone.\n\n"
        "What would you try first? Tell me in the comments.\n",
        encoding="utf-8",
    )
    code = main(["check", str(path), "--json"])
    data = json.loads(capsys.readouterr().out)
    items = {item["id"]: item for item in data["items"]}
    assert items["grammar"]["status"] == "warn"
    assert items["grammar"]["detail"].startswith("2 grammar slips or repeated words")
    failing = [item["id"] for item in data["items"] if item["status"] == "fail"]
    assert "grammar" not in failing
    assert code == (0 if not failing else 3)
    main(["check", str(path)])
    text = capsys.readouterr().out
    assert "[warn] Grammar: 2 grammar slips" in text
    assert "Fix each one" in text


def test_text_output_names_the_rules_that_did_not_run(post: Path, capsys) -> None:
    main(["analyze", str(post)])
    lines = capsys.readouterr().out.splitlines()
    assert "Rules off: adverb, formal_word, hard_sentence, hedge, " in "\n".join(lines)
    main(["analyze", str(post), "--all-rules"])
    assert "Rules off" not in capsys.readouterr().out


def test_a_one_click_fix_is_shown_as_the_replacement(tmp_path, capsys) -> None:
    story = tmp_path / "typo.md"
    story.write_text("# Notes\n\nI recieve letters every week.\n", encoding="utf-8")
    main(["analyze", str(story)])
    line = next(line for line in capsys.readouterr().out.splitlines() if "spelling:" in line)
    assert "→ “receive”" in line


def test_the_sentence_count_says_how_many_are_outside_headings(tmp_path, capsys) -> None:
    story = tmp_path / "s.md"
    story.write_text(
        "# Title here\n\n## A heading\n\nOne sentence here. Two sentences here.\n\n"
        "## Another\n\nThree.\n",
        encoding="utf-8",
    )
    main(["analyze", str(story)])
    assert "Sentences: 5 (3 outside headings)" in capsys.readouterr().out
