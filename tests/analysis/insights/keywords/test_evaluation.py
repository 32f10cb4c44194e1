"""The labelled article set: the figures the brief targets, and the set's own integrity."""

from __future__ import annotations

import json

from tools.eval_keywords import DATA, evaluate, load_set, markdown_blocks


def test_the_labelled_set_has_twelve_sourced_and_licensed_articles():
    articles, labels = load_set()
    assert len(articles) >= 12
    for article in articles:
        assert article.meta.get("source", "").startswith("http")
        assert article.meta.get("licence")
        assert article.title
        assert len(article.blocks) >= 5
        label = labels[article.name]
        assert 5 <= len(label["topics"]) <= 10
        assert len(label["tags"]) == 5


def test_targets_are_met():
    figures = evaluate()
    assert figures.articles == 12
    assert figures.focus_hits >= 10
    assert figures.topic_share >= 0.5


def test_markdown_blocks_keep_prose_and_drop_markup():
    source = (
        "# Title here\n\nA [link text](https://x.example/y) and `code` and ![img](a.png).\n\n"
        "- item one\n- item two\n\n> quoted words\n\n```\ncode block\n```\n"
    )
    blocks = markdown_blocks(source)
    assert [(b.kind, b.level) for b in blocks] == [
        ("heading", 1),
        ("paragraph", 0),
        ("list_item", 0),
        ("list_item", 0),
        ("quote", 0),
    ]
    assert blocks[1].text == "A link text and and ."
    assert "x.example" not in " ".join(b.text for b in blocks)


def test_labels_file_is_valid_json_with_the_documented_fields():
    data = json.loads((DATA / "labels.json").read_text(encoding="utf-8"))
    for label in data["articles"].values():
        assert set(label) == {"focus", "alternatives", "topics", "tags"}
