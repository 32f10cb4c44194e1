"""The command line: the analyze contract and one clear line for every error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main

ARTICLE = """# Why I Write Every Morning

The first hour of the day is mine. It was given to me by a habit, not by willpower.

## The habit

I write before I read anything. The inbox can wait; the idea cannot.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"clapwise {__version__}"


def test_analyze_json_has_the_contract_fields(article: Path, capsys) -> None:
    assert main(["analyze", str(article), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("words", "sentences", "read_time_minutes", "readability", "findings", "title"):
        assert key in data
    for key in (
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "gunning_fog",
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall",
        "grade",
    ):
        assert isinstance(data["readability"][key], float)
    assert data["title"] == "Why I Write Every Morning"
    for finding in data["findings"]:
        assert set(finding) >= {"rule", "start", "end", "severity", "message", "suggestion"}
        assert ARTICLE[finding["start"] : finding["end"]]


def test_analyze_title_option_overrides_the_heading(article: Path, capsys) -> None:
    assert main(["analyze", str(article), "--json", "--title", "Another title"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Another title"


def test_analyze_text_output_is_readable(article: Path, capsys) -> None:
    assert main(["analyze", str(article)]) == 0
    out = capsys.readouterr().out
    assert "Readability: grade" in out
    assert "Words:" in out


def test_analyze_text_output_suggests_a_focus_keyphrase_until_one_is_given(
    tmp_path: Path, capsys
) -> None:
    # Long enough to say what it is mostly about (a first paragraph is given no keyphrase).
    morning = "\n\n".join(
        f"Morning pages, day {day}: I write three pages before breakfast, by hand, about "
        "whatever comes. The morning pages clear my head before the work of the day."
        for day in range(1, 7)
    )
    article = tmp_path / "pages.md"
    article.write_text(f"# Why I Write Every Morning\n\n{morning}\n", encoding="utf-8")
    assert main(["analyze", str(article), "--json"]) == 0
    suggested = json.loads(capsys.readouterr().out)["keywords"]["suggested_keyphrase"]
    assert suggested
    assert main(["analyze", str(article)]) == 0
    assert f"Suggested focus keyphrase: {suggested} " in capsys.readouterr().out
    assert main(["analyze", str(article), "--keyphrase", suggested]) == 0
    assert "Suggested focus keyphrase" not in capsys.readouterr().out


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin1.md"
    latin.write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    return {
        "no such file": tmp_path / "missing.md",
        "is a folder": tmp_path,
        "not a text file": binary,
        "not valid UTF-8": latin,
    }


_COMMANDS = (["analyze"], ["check"], ["export"], ["tags", "suggest"])
_PROBLEMS = ("no such file", "is a folder", "not a text file", "not valid UTF-8")


@pytest.mark.parametrize(
    ("command", "problem"),
    [
        (command, problem)
        for command in _COMMANDS
        for problem in _PROBLEMS
        # analyze and check read a folder's files
        if (command, problem) not in ((["analyze"], "is a folder"), (["check"], "is a folder"))
    ],
)
def test_bad_input_gives_one_clear_line(
    command: list[str], problem: str, tmp_path: Path, capsys
) -> None:
    path = _bad_files(tmp_path)[problem]
    assert main([*command, str(path)]) == 1
    err = capsys.readouterr().err
    assert problem in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_bad_option_gives_one_clear_line(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", "--frobnicate"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--frobnicate" in err or "arguments" in err


def test_unknown_command_gives_one_clear_line(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["analyse-everything"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_python_dash_m_app_runs_the_cli(article: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "analyze", str(article), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["words"] > 10


def test_errors_never_show_a_traceback_in_a_real_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "analyze", str(tmp_path / "nope.md")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"clapwise: {tmp_path / 'nope.md'}: no such file."


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    from app.commands import analyze

    def broken(_args):
        raise RuntimeError("the analysis broke")

    monkeypatch.setattr(analyze, "run", broken)
    post = tmp_path / "post.md"
    post.write_text("# Title\n\nText.\n", encoding="utf-8")
    database = tmp_path / "data" / "clapwise.sqlite"
    assert main(["--db", str(database), "analyze", str(post)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "the analysis broke" in err[0]
    assert "Traceback" not in err[0]
    log = (database.parent / "clapwise.log").read_text(encoding="utf-8")
    assert "Traceback" in log
    assert "RuntimeError: the analysis broke" in log


_IMPORTED_BY_COMMAND = """
import sys
from app.cli import main
main(sys.argv[1:])
heavy = {"sqlalchemy", "PySide6", "alembic"}
print(sorted({name.partition(".")[0] for name in sys.modules} & heavy))
"""


@pytest.mark.parametrize(
    "command",
    [["analyze", "FILE", "--json"], ["tags", "suggest", "FILE"], ["check", "FILE", "--json"]],
)
def test_the_analysis_commands_import_neither_qt_nor_sqlalchemy(
    article: Path, command: list[str]
) -> None:
    arguments = [str(article) if part == "FILE" else part for part in command]
    result = subprocess.run(
        [sys.executable, "-c", _IMPORTED_BY_COMMAND, *arguments],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_an_empty_db_is_refused_not_the_default_database(tmp_path, monkeypatch, capsys) -> None:
    """``--db "$UNSET"`` must not fall back to (and write into) the writer's real library."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("CLAPWISE_DB", raising=False)
    for argv in (["--db", "", "calendar"], ["--db=  ", "calendar"], ["calendar", "--db", ""]):
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert stopped.value.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "--db needs the path of a database file, not an empty one" in err
    assert not any(tmp_path.rglob("*.sqlite"))


def test_analyze_json_reports_slips_in_the_title_and_subtitle(article: Path, capsys) -> None:
    title = "Why Its a Trap to Recieve More"
    arguments = ["analyze", str(article), "--json", "--title", title, "--subtitle", "Your a star"]
    assert main(arguments) == 0
    data = json.loads(capsys.readouterr().out)
    found = [
        (f["rule"], title[f["start"] : f["end"]], f["suggestion"]) for f in data["title_findings"]
    ]
    assert found == [("its_its", "Its", "It's"), ("spelling", "Recieve", "Receive")]
    assert [(f["rule"], f["start"], f["end"]) for f in data["subtitle_findings"]] == [
        ("your_youre", 0, 4)
    ]
    # The body's findings are where they were: offsets into the file, not the title.
    assert all(f["rule"] != "its_its" for f in data["findings"])


def test_analyze_text_lists_the_title_slips_after_the_body(article: Path, capsys) -> None:
    assert main(["analyze", str(article), "--title", "Its a Trap"]) == 0
    out = capsys.readouterr().out
    assert "(and 1 in the title and subtitle)" in out
    last = out.splitlines()[-1]
    assert last.startswith("  title:1 its_its: ")
    assert last.endswith("→ “It's” [Its]")
