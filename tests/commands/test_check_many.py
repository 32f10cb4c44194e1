"""``clapwise check`` on several files or a folder: one block (or JSON line) per file, a
summary, and an exit status for the whole run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.commands.check import EXIT_NOT_READY

READY = """---
title: "How I Keep a Writing Habit"
description: "Ten minutes, a timer and a notebook: the small routine that kept me writing every \
morning for a whole year."
tags: [Writing, Self Improvement, Productivity]
---
I write for ten minutes every morning. Here is how the habit stuck.

## The timer

I set a timer and write until it rings. Short sessions keep the habit alive.

## Your turn

When do you write best? Tell me in the comments.
"""

ROUGH = """# Ten Shocking Secrets

It was decided by the team that the plan was approved. Ths is teh storry of a draft.
"""

EMPTY_STORY = "has no story text to check: it is empty, or holds only a title."


@pytest.fixture
def blog(tmp_path: Path) -> Path:
    blog = tmp_path / "my blog"
    (blog / "2026").mkdir(parents=True)
    (blog / "ready.md").write_text(READY, encoding="utf-8")
    (blog / "2026" / "rough.md").write_text(ROUGH, encoding="utf-8")
    (blog / "notes.txt").write_text("not Markdown", encoding="utf-8")
    (blog / ".drafts").mkdir()
    (blog / ".drafts" / "hidden.md").write_text(ROUGH, encoding="utf-8")
    return blog


def test_several_files_give_one_block_each_and_a_summary(blog: Path, capsys) -> None:
    ready, rough = blog / "ready.md", blog / "2026" / "rough.md"
    assert main(["check", str(ready), str(rough)]) == EXIT_NOT_READY
    out = capsys.readouterr().out
    blocks = out.split("\n\n== ")
    assert blocks[0].startswith(f"== {ready} ==\nTitle: How I Keep a Writing Habit\n")
    assert blocks[0].splitlines()[2].startswith("Ready for Medium: ")
    assert "[pass] Tags: 3 tags: Writing, Self Improvement, Productivity." in blocks[0]
    assert blocks[1].startswith(f"{rough} ==\nTitle: Ten Shocking Secrets\nNot ready yet: ")
    assert "[FAIL] Tags:" in blocks[1]
    assert out.endswith("\n\n2 files: 1 ready, 1 not ready.\n")


def test_a_folder_means_its_markdown_files(blog: Path, capsys) -> None:
    assert main(["check", str(blog), "--json"]) == EXIT_NOT_READY
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [(r["file"], r["ready"]) for r in records] == [
        (str(blog / "2026" / "rough.md"), False),
        (str(blog / "ready.md"), True),
    ]
    assert captured.err == "clapwise: 2 files: 1 ready, 1 not ready.\n"


def test_each_json_line_is_the_single_file_checklist_with_its_file(blog: Path, capsys) -> None:
    ready = blog / "ready.md"
    assert main(["check", str(ready), "--json"]) == 0
    single = json.loads(capsys.readouterr().out)
    assert "file" not in single
    assert main(["check", str(ready), str(ready), "--json"]) == 0
    first, second = map(json.loads, capsys.readouterr().out.splitlines())
    assert first == second == {"file": str(ready), **single}


def test_unreadable_and_empty_files_are_one_line_each_and_the_run_goes_on(
    blog: Path, capsys
) -> None:
    (blog / "binary.md").write_bytes(b"\x00\x01\x02 not text")
    (blog / "empty.md").write_text("", encoding="utf-8")
    (blog / "title only.md").write_text("# Only a title\n", encoding="utf-8")
    (blog / "latin1.md").write_bytes("# Caf\xe9\n\nA story.\n".encode("latin-1"))
    assert main(["check", str(blog)]) == 1
    captured = capsys.readouterr()
    problems = captured.err.splitlines()
    assert len(problems) == 4
    assert problems[0].startswith(f"clapwise: {blog / 'binary.md'}")
    assert problems[1] == f"clapwise: {blog / 'empty.md'} {EMPTY_STORY}"
    assert problems[2].startswith(f"clapwise: {blog / 'latin1.md'}")
    assert problems[3] == f"clapwise: {blog / 'title only.md'} {EMPTY_STORY}"
    assert "Traceback" not in captured.err
    assert captured.out.count("\n== ") + captured.out.startswith("== ") == 2  # the two stories
    assert captured.out.endswith("6 files: 1 ready, 1 not ready, 4 could not be checked.\n")

    assert main(["check", str(blog / "empty.md"), str(blog / "ready.md"), "--json"]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0] == {
        "file": str(blog / "empty.md"),
        "error": f"{blog / 'empty.md'} {EMPTY_STORY}",
    }
    assert records[1]["ready"] is True


def test_every_story_ready_exits_0(blog: Path, capsys) -> None:
    (blog / "2026" / "rough.md").unlink()
    (blog / "again.md").write_text(READY, encoding="utf-8")
    assert main(["check", str(blog)]) == 0
    assert capsys.readouterr().out.endswith("\n2 files: 2 ready.\n")


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_an_empty_story_is_not_judged(tmp_path: Path, capsys, extra: list[str]) -> None:
    """As ``analyze`` says: nothing to check is no "Not ready" list of 18 checks."""
    for text in ("", "\n\n", "# Only a title\n", "---\ntitle: Only a title\n---\n"):
        story = tmp_path / "story.md"
        story.write_text(text, encoding="utf-8")
        assert main(["check", str(story), *extra]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == f"clapwise: {story} {EMPTY_STORY}\n"


def test_a_folder_without_markdown_files_says_so(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "my posts"
    folder.mkdir()
    (folder / "notes.txt").write_text("not Markdown", encoding="utf-8")
    assert main(["check", str(folder)]) == 1
    assert capsys.readouterr().err == f"clapwise: no Markdown files in {folder}\n"


def test_help_gives_the_exit_status_of_a_run(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "several files or folders" in out
    assert "With several files: 1 when any could not be checked, else 3 when any" in out


def test_a_story_checked_among_others_gets_the_checklist_it_gets_alone(blog: Path, capsys) -> None:
    """One analyser serves the whole run: nothing of one story may reach the next."""
    (blog / "zz.md").write_text(ROUGH.replace("Ten Shocking", "Seven Quiet"), encoding="utf-8")
    main(["check", str(blog), "--json"])
    together = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(together) == 3
    for record in together:
        main(["check", record["file"], "--json"])
        assert {"file": record["file"], **json.loads(capsys.readouterr().out)} == record
