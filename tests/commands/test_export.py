"""``clapwise export``: polished Markdown and safe HTML, atomic files, one-line errors."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ARTICLE = """# Tables, Lists & "Quotes"

Some text with 'quotes' -- and dashes... and a footnote.[^1]

| Tool | Use |
| --- | --- |
| Pen | Drafts |

- One
  - Nested
- Two

#### A deep heading

<script>alert('x')</script>

[^1]: The note.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_markdown_goes_to_stdout_with_the_title(article: Path, capsys) -> None:
    assert main(["export", str(article)]) == 0
    out = capsys.readouterr().out
    assert out.startswith('# Tables, Lists & "Quotes"\n')
    assert "| Pen  | Drafts |" in out  # the table is kept, its columns aligned


def test_dash_as_output_means_standard_output(
    article: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(article)]) == 0
    expected = capsys.readouterr().out
    assert main(["export", str(article), "-o", "-"]) == 0
    assert capsys.readouterr().out == expected
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    "options",
    [
        [],
        ["--front-matter"],
        ["--smart-punctuation"],
        ["--front-matter", "--smart-punctuation", "--fix", "headings", "--fix", "tables"],
        ["--fix", "footnotes", "--fix", "nested_lists", "--fix", "tables_as_code"],
        ["--front-matter", "--subtitle", "A subtitle", "--tag", "Writing", "--tag", "Tools"],
    ],
)
def test_exporting_the_export_changes_nothing(
    article: Path, tmp_path: Path, options: list[str]
) -> None:
    first = tmp_path / "first.md"
    second = tmp_path / "second.md"
    assert main(["export", str(article), "--format", "md", *options, "-o", str(first)]) == 0
    assert main(["export", str(first), "--format", "md", *options, "-o", str(second)]) == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_options_change_the_markdown(article: Path, capsys) -> None:
    assert main(["export", str(article), "--front-matter", "--smart-punctuation"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("---\ntitle: ")
    assert "“Quotes”" in out.split("---", 2)[2]
    assert main(["export", str(article), "--fix", "tables", "--fix", "headings"]) == 0
    fixed = capsys.readouterr().out
    assert "| --- |" not in fixed
    assert "\n#### " not in fixed


def test_html_keeps_no_script_and_has_the_title(article: Path, capsys) -> None:
    assert main(["export", str(article), "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>")
    assert "<title>Tables, Lists &amp; &quot;Quotes&quot;</title>" in out
    assert "<script" not in out.lower()
    assert "&lt;script&gt;" in out


def test_html_with_fixes_and_smart_punctuation(article: Path, capsys) -> None:
    assert main(["export", str(article), "--format", "html", "--fix", "tables"]) == 0
    assert "<table" not in capsys.readouterr().out
    assert main(["export", str(article), "--format", "html", "--smart-punctuation"]) == 0
    out = capsys.readouterr().out
    assert "“Quotes”" in out
    assert out.count("Quotes") == out.count("“Quotes”")  # the heading is not repeated plain


def test_output_file_is_written_whole_and_replaced(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "story.html"
    out.parent.mkdir()
    out.write_text("old content that is much longer than nothing " * 100, encoding="utf-8")
    assert main(["export", str(article), "--format", "html", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "old content" not in text
    assert [path.name for path in out.parent.iterdir()] == ["story.html"]  # no temp files left


def test_refuses_to_overwrite_the_input(article: Path, capsys) -> None:
    same = article.parent / "." / article.name
    assert main(["export", str(article), "-o", str(same)]) == 1
    assert "input file" in _one_line_error(capsys)
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_refuses_a_hard_link_to_the_input(article: Path, capsys) -> None:
    link = article.parent / "link.md"
    link.hardlink_to(article)
    assert main(["export", str(article), "-o", str(link)]) == 1
    _one_line_error(capsys)
    assert article.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing/story.md", "Folder does not exist"),
        ("article.md/story.md", "Not a folder"),
        (".", "folder is in the way"),
        ("", "needs a file name"),
    ],
)
def test_unwritable_output_gives_one_clear_line(
    article: Path, tmp_path: Path, capsys, target: str, message: str
) -> None:
    output = str(tmp_path / target) if target else ""
    assert main(["export", str(article), "-o", output]) == 1
    assert message in _one_line_error(capsys)


def test_front_matter_is_refused_for_html(article: Path, capsys) -> None:
    assert main(["export", str(article), "--format", "html", "--front-matter"]) == 1
    assert "--front-matter" in _one_line_error(capsys)


@pytest.mark.parametrize(
    "arguments",
    [
        ["--format", "pdf"],
        ["--fix", "everything"],
        ["--frobnicate"],
    ],
)
def test_bad_options_give_one_clear_line(article: Path, capsys, arguments: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(article), *arguments])
    assert exit_.value.code == 2
    _one_line_error(capsys)


def test_help_explains_the_fixes(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for kind in ("headings", "tables_as_code", "nested_lists", "footnotes", "math"):
        assert kind in out


def test_runs_as_a_program_with_utf8_output(tmp_path: Path) -> None:
    story = tmp_path / "emoji.md"
    story.write_text("# Café ☕\n\nA line with an emoji 🎉.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "export", str(story), "--format", "md"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith("# Café ☕\n")


def test_a_static_site_post_keeps_its_front_matter_title(tmp_path: Path, capsys) -> None:
    post = tmp_path / "post.md"
    post.write_text(
        '---\ntitle: "Pair programming"\nsubtitle: Two heads\ntags: [Teams]\n---\n\nBody text.\n',
        encoding="utf-8",
    )
    assert main(["export", str(post), "--front-matter"]) == 0
    out = capsys.readouterr().out
    assert out == (
        '---\ntitle: "Pair programming"\nsubtitle: "Two heads"\ntags:\n  - "Teams"\n---\n\n'
        "# Pair programming\n\n*Two heads*\n\nBody text.\n"
    )


def test_the_posts_own_front_matter_keys_survive_in_their_order(tmp_path: Path, capsys) -> None:
    front_matter = (
        "title: Go Turns 10\nsource: https://go.dev/blog/10years\n"
        "author: Russ Cox, for the Go team\ndescription: Ten years\n"
        "licence: Creative Commons Attribution 4.0 (CC BY 4.0)"
    )
    out = _exported(tmp_path, capsys, f"---\n{front_matter}\n---\n\nHappy birthday, Go!\n")
    assert out.startswith(
        '---\ntitle: "Go Turns 10"\nsource: https://go.dev/blog/10years\n'
        'author: Russ Cox, for the Go team\ndescription: "Ten years"\ntags:\n  - "Golang"\n'
        "licence: Creative Commons Attribution 4.0 (CC BY 4.0)\n---\n\n# Go Turns 10\n"
    )
    assert _exported(tmp_path, capsys, out, tags=()) == out  # exporting the export


def _exported(tmp_path: Path, capsys, text: str, tags: tuple[str, ...] = ("Golang",)) -> str:
    """``clapwise export --front-matter`` of ``text``, with these --tag options."""
    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    options = [option for tag in tags for option in ("--tag", tag)]
    assert main(["export", str(post), "--front-matter", *options]) == 0
    return str(capsys.readouterr().out)


def test_an_html_page_says_its_language_and_lets_its_local_images_load(
    tmp_path: Path, capsys
) -> None:
    post = tmp_path / "cat.md"
    post.write_text("# My Cat\n\n![The cat](images/cat.png)\n", encoding="utf-8")
    assert main(["export", str(post), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert '<html lang="en">' in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert policy is not None
    image_sources = next(p for p in policy.group(1).split(";") if "img-src" in p).split()
    assert {"'self'", "file:"} <= set(image_sources)  # served, or opened from disk
    assert "script-src" not in policy.group(1)  # default-src 'none' still forbids scripts
    assert '<img src="images/cat.png" alt="The cat" />' in page
