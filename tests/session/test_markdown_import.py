"""Importing posts from disk: titles from headings, and a report for files that fail."""

from __future__ import annotations

from pathlib import Path

from app.session.markdown_import import post_from_text, read_folder, read_post


def test_first_heading_becomes_the_title() -> None:
    assert post_from_text("# My Post\n\nBody text.\n", "file") == ("My Post", "Body text.\n")
    assert post_from_text("No heading here.\n", "my file") == ("my file", "No heading here.\n")
    front = "---\ntags: [a]\n---\n# Titled\n\nBody"
    assert post_from_text(front, "x") == ("Titled", "---\ntags: [a]\n---\nBody")


def test_a_static_site_post_takes_its_title_and_subtitle_from_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "2015-05-04-pairing.md"
    path.write_text(
        '---\ntitle: "Pair programming: two heads"\ndescription: Why we pair\n---\n\nBody.\n',
        encoding="utf-8",
    )
    post = read_post(path)
    assert (post.title, post.subtitle) == ("Pair programming: two heads", "Why we pair")
    assert post.body.endswith("\n\nBody.\n")


def test_a_folder_with_broken_files_imports_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good-post.md").write_text("# Good\n\nFine.", encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "second.markdown").write_text("Plain text post.", encoding="utf-8")
    (tmp_path / "latin1.md").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp_path / "binary.md").write_bytes(b"\x00\x01PNG")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    report = read_folder(tmp_path)
    assert sorted(post.title for post in report.posts) == ["Good", "second"]
    assert sorted(path.name for path, _reason in report.failures) == ["binary.md", "latin1.md"]
    reasons = " ".join(reason for _path, reason in report.failures)
    assert "not valid UTF-8" in reasons
    assert "not a text file" in reasons
    assert report.skipped == 1
    assert report.summary == "Imported 2 posts. 2 could not be read."
