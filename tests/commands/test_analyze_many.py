"""``clapwise analyze`` on several files or a folder: one process, one JSON line per file."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli import main


def _blog(tmp_path: Path) -> Path:
    blog = tmp_path / "blog"
    (blog / "2026").mkdir(parents=True)
    (blog / "first.md").write_text("# First post\n\nA short and simple story.\n")
    (blog / "2026" / "second.md").write_text("# Second post\n\nIt was very good indeed.\n")
    (blog / "notes.txt").write_text("not Markdown")
    return blog


def test_several_files_print_one_json_line_each(tmp_path: Path, capsys) -> None:
    blog = _blog(tmp_path)
    files = [blog / "first.md", blog / "2026" / "second.md"]
    assert main(["analyze", *map(str, files), "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    reports = [json.loads(line) for line in lines]
    assert [report["file"] for report in reports] == [str(path) for path in files]
    assert [report["title"] for report in reports] == ["First post", "Second post"]


def test_one_file_prints_the_same_report_as_before(tmp_path: Path, capsys) -> None:
    path = _blog(tmp_path) / "first.md"
    assert main(["analyze", str(path), "--json"]) == 0
    single = json.loads(capsys.readouterr().out)
    assert "file" not in single
    assert main(["analyze", str(path), str(path), "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert {key: value for key, value in first.items() if key != "file"} == single


def test_a_folder_means_its_markdown_files(tmp_path: Path, capsys) -> None:
    blog = _blog(tmp_path)
    assert main(["analyze", str(blog), "--json"]) == 0
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert files == [str(blog / "2026" / "second.md"), str(blog / "first.md")]


def test_a_bad_file_is_reported_and_the_others_still_analysed(tmp_path: Path, capsys) -> None:
    blog = _blog(tmp_path)
    assert main(["analyze", str(blog / "missing.md"), str(blog / "first.md"), "--json"]) == 1
    captured = capsys.readouterr()
    missing, first = map(json.loads, captured.out.splitlines())
    assert missing == {
        "file": str(blog / "missing.md"),
        "error": f"{blog / 'missing.md'}: no such file.",
    }
    assert first["title"] == "First post"
    assert captured.err.count("\n") == 1
    assert "no such file" in captured.err


def test_a_story_without_text_is_said_to_be_empty_not_judged(tmp_path: Path, capsys) -> None:
    blog = _blog(tmp_path)
    empty, title_only = blog / "empty.md", blog / "title.md"
    empty.write_text("")
    title_only.write_text("# Only a title\n")
    for path in (empty, title_only):
        for extra in ([], ["--json"]):
            assert main(["analyze", str(path), *extra]) == 1
            captured = capsys.readouterr()
            assert captured.out == ""  # no "1 min read", no grade on target
            assert "has no story text" in captured.err
    assert main(["analyze", str(empty), str(blog / "first.md"), "--json"]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r.get("title", r.get("error")) for r in records] == [
        f"{empty} has no story text to analyse: it is empty, or holds only a title.",
        "First post",
    ]
    assert "empty.md has no story text" in captured.err
    assert main(["tags", "suggest", str(title_only)]) == 1
    assert "has no story text" in capsys.readouterr().err


def test_a_folder_without_markdown_is_one_clear_line(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["analyze", str(empty)]) == 1
    assert "no Markdown files" in capsys.readouterr().err


def test_a_real_process_prints_every_line_and_its_exit_status(tmp_path: Path) -> None:
    # The process ends without tearing the interpreter down: nothing printed may be lost.
    import subprocess
    import sys

    blog = _blog(tmp_path)
    names = [str(blog / "first.md"), str(blog / "missing.md"), str(blog / "2026" / "second.md")]
    result = subprocess.run(
        [sys.executable, "-m", "app", "analyze", *names, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [report["file"] for report in reports] == names
    assert [("error" in report) for report in reports] == [False, True, False]
    assert result.stderr.count("\n") == 1


def test_a_broken_link_in_a_folder_is_reported_not_skipped(tmp_path: Path, capsys) -> None:
    blog = _blog(tmp_path)
    (blog / "moved.md").symlink_to(tmp_path / "elsewhere.md")
    assert main(["analyze", str(blog), "--json"]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert sum("words" in record for record in records) == 2  # the two posts, still analysed
    assert {"file": str(blog / "moved.md"), "error": captured.err[10:].strip()} in records
    assert f"{blog / 'moved.md'} links to a file that no longer exists." in captured.err


def test_hidden_folders_and_folders_named_like_posts_are_passed_over(
    tmp_path: Path, capsys
) -> None:
    blog = _blog(tmp_path)
    (blog / ".obsidian").mkdir()
    (blog / ".obsidian" / "gone.md").symlink_to(tmp_path / "nowhere.md")
    (blog / ".obsidian" / "notes.md").write_text("# Notes\n\nPrivate.\n", encoding="utf-8")
    (blog / "drafts.md").symlink_to(blog / "2026", target_is_directory=True)
    assert main(["analyze", str(blog), "--json"]) == 0
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert files == [str(blog / "2026" / "second.md"), str(blog / "first.md")]


def test_a_file_that_cannot_be_analysed_has_its_own_json_line(tmp_path: Path, capsys) -> None:
    blog = _blog(tmp_path)
    (blog / "binary.md").write_bytes(b"# Title\x00\x01\x02")
    (blog / "empty.md").write_text("")
    (blog / "latin1.md").write_bytes("# Caf\xe9\n\nA story.\n".encode("latin-1"))
    assert main(["analyze", str(blog), "--json"]) == 1
    captured = capsys.readouterr()
    records = {Path(r["file"]).name: r for r in map(json.loads, captured.out.splitlines())}
    assert sorted(records) == ["binary.md", "empty.md", "first.md", "latin1.md", "second.md"]
    assert records["binary.md"] == {
        "file": str(blog / "binary.md"),
        "error": f"{blog / 'binary.md'} is not a text file (it contains binary data).",
    }
    assert "no story text" in records["empty.md"]["error"]
    assert "not valid UTF-8" in records["latin1.md"]["error"]
    assert "error" not in records["first.md"]
    assert records["first.md"]["words"] > 0
    # stderr still says it, a line a file, as before
    problems = captured.err.splitlines()
    assert [line.split(" ")[1] for line in problems] == [
        str(blog / name) for name in ("binary.md", "empty.md", "latin1.md")
    ]
    # the text output lists nothing extra on stdout for a failed file
    assert main(["analyze", str(blog)]) == 1
    assert "binary.md" not in capsys.readouterr().out


def test_a_dash_reads_standard_input(tmp_path: Path, capsys, monkeypatch) -> None:
    import io
    import sys

    story = "# From a pipe\n\nA short story read from standard input.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(story.encode())))
    assert main(["analyze", "-", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "From a pipe"

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["analyze", "-"]) == 1
    assert capsys.readouterr().err == (
        "clapwise: standard input has no story text to analyse: it is empty, "
        "or holds only a title.\n"
    )
    blog = _blog(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Caf\xe9 story")))
    assert main(["analyze", "-", str(blog / "first.md"), "--json"]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0] == {
        "file": "-",
        "error": "standard input is not valid UTF-8 text (line 1 has a byte UTF-8 never uses, "
        "0xE9): it was saved in an older encoding. Open it in a text editor, save it as UTF-8 "
        "and try again.",
    }
    assert records[1]["title"] == "First post"
    # A notice about the text read names standard input as the errors do.
    broken = "---\ntitle: [unclosed\n---\n\nA story from a pipe.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(broken.encode())))
    assert main(["analyze", "-"]) == 0
    assert capsys.readouterr().err.startswith(
        "clapwise: standard input: its YAML front matter could not be read"
    )
