"""``clapwise tags suggest``: suggestions from the text, and from history with --db."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.storage.store import open_store

ARTICLE = """# Learning Rust as a Python developer

Rust felt strange after years of Python. The borrow checker refused my first programs, and the
compiler messages were long. But Rust programming taught me to think about ownership, and my
Python code got better too. Learning Rust is slow at first; programming in it becomes a joy.
"""


def test_suggestions_come_from_the_text(tmp_path: Path, capsys) -> None:
    article = tmp_path / "rust.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["tags", "suggest", str(article), "--json"]) == 0
    suggestions = json.loads(capsys.readouterr().out)
    assert suggestions
    assert 1 <= len(suggestions) <= 5
    keys = {"tag", "score", "reason", "reach", "used_before"}
    assert all(set(item) == keys for item in suggestions)
    assert all(item["reach"] > 0 and item["reason"] for item in suggestions)
    scores = [item["score"] for item in suggestions][1:]  # the post's subject leads
    assert scores == sorted(scores, reverse=True)
    tags = [item["tag"] for item in suggestions]
    assert {"Python", "Rust"} <= set(tags)  # the two languages the post is about


def test_a_title_heading_and_a_front_matter_title_give_the_same_suggestions(
    tmp_path: Path, capsys
) -> None:
    """Either way the title is the title, as in the app, and not the story's first words."""
    title, _newline, body = ARTICLE.partition("\n")
    with_heading = tmp_path / "heading.md"
    with_heading.write_text(ARTICLE, encoding="utf-8")
    with_matter = tmp_path / "matter.md"
    with_matter.write_text(f'---\ntitle: "{title[2:]}"\n---\n{body}', encoding="utf-8")
    outputs = []
    for article in (with_heading, with_matter):
        assert main(["tags", "suggest", str(article), "--json"]) == 0
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    extracted = []
    for article in (with_heading, with_matter):
        assert main(["analyze", str(article), "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        extracted.append(report["keywords"]["extracted"])
        assert report["title"] == "Learning Rust as a Python developer"
    assert extracted[0] == extracted[1]


def test_history_from_the_database_counts(tmp_path: Path, capsys) -> None:
    article = tmp_path / "rust.md"
    article.write_text(ARTICLE, encoding="utf-8")
    database = tmp_path / "db.sqlite"
    store = open_store(database)
    for title in ("Rust traits", "Rust lifetimes", "Cargo tips"):
        draft = store.drafts.create(title=title, keyphrase="rust")
        store.tags.set_draft_tags(draft.id, ["Rust", "Systems Programming"])
    store.close()
    assert main(["--db", str(database), "tags", "suggest", str(article), "--json"]) == 0
    suggestions = {item["tag"]: item for item in json.loads(capsys.readouterr().out)}
    assert suggestions["Systems Programming"]["reason"] == "used in 3 of your stories"
    assert suggestions["Rust"]["used_before"]
    assert len(suggestions) == 5
    assert main(["tags", "suggest", str(article), "--json"]) == 0
    without = {item["tag"]: item for item in json.loads(capsys.readouterr().out)}
    assert suggestions["Rust"]["score"] > without["Rust"]["score"]  # the history adds to it
    assert "Systems Programming" not in without
    # The database option may come after the command too.
    assert main(["tags", "suggest", str(article), "--json", f"--db={database}"]) == 0
    assert json.loads(capsys.readouterr().out) == list(suggestions.values())
    assert main(["tags", "suggest", str(article), "--db", str(database), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == list(suggestions.values())


def test_the_files_own_draft_is_no_earlier_story(tmp_path: Path, capsys) -> None:
    """Once the file is imported and tagged, its own tags are no history of other stories."""
    from app.session import Workspace

    article = tmp_path / "rust.md"
    article.write_text(ARTICLE, encoding="utf-8")
    database = tmp_path / "db.sqlite"
    store = open_store(database)
    imported = Workspace(store).import_file(article)
    store.tags.set_draft_tags(imported, ["Trello"])
    other = store.drafts.create(title="Rust traits", keyphrase="rust")
    store.tags.set_draft_tags(other.id, ["Systems Programming"])
    store.close()
    assert main(["--db", str(database), "tags", "suggest", str(article), "--json"]) == 0
    reasons = {item["tag"]: item["reason"] for item in json.loads(capsys.readouterr().out)}
    assert "Trello" not in reasons
    assert reasons["Systems Programming"] == "used in 1 of your stories"


def test_a_file_without_a_heading_is_matched_to_its_draft_by_the_title_import_gave_it(
    tmp_path: Path, capsys
) -> None:
    from app.session import Workspace

    article = tmp_path / "learning-rust.md"
    article.write_text(ARTICLE.partition("\n")[2].lstrip(), encoding="utf-8")
    database = tmp_path / "db.sqlite"
    store = open_store(database)
    imported = Workspace(store).import_file(article)
    assert store.drafts.get(imported).title == "learning rust"  # from the file's name
    store.tags.set_draft_tags(imported, ["Trello"])
    store.close()
    assert main(["--db", str(database), "tags", "suggest", str(article), "--json"]) == 0
    assert "Trello" not in [item["tag"] for item in json.loads(capsys.readouterr().out)]


def test_a_chosen_tag_longer_than_medium_allows_is_refused(tmp_path: Path, capsys) -> None:
    article = tmp_path / "rust.md"
    article.write_text(ARTICLE, encoding="utf-8")
    long_tag = "Systems Programming In Rust X"  # 29 characters
    assert main(["tags", "suggest", str(article), "--tag", long_tag]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "Medium allows 25" in error


def test_more_than_five_is_refused(tmp_path: Path, capsys) -> None:
    article = tmp_path / "rust.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["tags", "suggest", str(article), "--limit", "10"]) == 2
    assert "Medium allows five tags" in capsys.readouterr().err
    six = [option for n in range(6) for option in ("--tag", f"Topic {n}")]
    assert main(["tags", "suggest", str(article), *six]) == 2
    assert "6 --tag options: Medium allows 5 tags." in capsys.readouterr().err


def test_chosen_tags_are_not_suggested_again(tmp_path: Path, capsys) -> None:
    article = tmp_path / "rust.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["tags", "suggest", str(article), "--json", "--tag", "Programming"]) == 0
    assert "Programming" not in [i["tag"] for i in json.loads(capsys.readouterr().out)]


def test_missing_file_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["tags", "suggest", str(tmp_path / "none.md")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_tags_in_front_matter_count_as_chosen(tmp_path: Path, capsys) -> None:
    article = tmp_path / "rust.md"
    article.write_text("---\ntags: [Programming]\n---\n" + ARTICLE, encoding="utf-8")
    assert main(["tags", "suggest", str(article), "--json"]) == 0
    assert "Programming" not in [i["tag"] for i in json.loads(capsys.readouterr().out)]
    assert main(["tags", "suggest", str(article)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == "Already chosen in the front matter, so left out: Programming"
    assert main(["tags", "suggest", str(article), "--tag", "Rust"]) == 0
    assert "front matter" not in capsys.readouterr().out  # the tags given are the chosen ones


def test_a_database_option_without_a_path_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    article = tmp_path / "rust.md"
    article.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(["tags", "suggest", str(article), "--db"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "--db" in error


def test_a_new_tag_reads_reach_unknown(tmp_path: Path, capsys) -> None:
    post = tmp_path / "slow.md"
    post.write_text(
        "# Slow Travel\n\nSlow travel means staying a month in one town. Slow travel costs "
        "less than it seems, and slow travel lets a town become yours.\n",
        encoding="utf-8",
    )
    assert main(["tags", "suggest", str(post)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line.startswith("Slow Travel  (reach unknown; ")]
    assert not [line for line in lines if "(0 stories" in line]


def test_nothing_to_suggest_is_said(tmp_path: Path, capsys) -> None:
    story = tmp_path / "short.md"
    story.write_text("# Hi\n\nOk.\n", encoding="utf-8")
    assert main(["tags", "suggest", str(story)]) == 0
    assert capsys.readouterr().out.strip() == "No tag stands out in the text."
