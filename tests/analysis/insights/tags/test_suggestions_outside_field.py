"""Posts outside the field of the tuning stories (mostly machine learning) get no broad tag of
that field: a Rust tutorial, a gardening story, an essay on grief, a post on HTTPS
certificates and one on pair programming, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis.engine.analyzer import analyze
from app.analysis.insights.keywords.vocabulary import slugify
from app.analysis.insights.tags.history import TagHistory
from app.analysis.insights.tags.suggestions import suggest_tags

POSTS = Path(__file__).parent / "data" / "outside_field"
#: The broad tags of the tuning stories' field.
FIELD_TAGS = frozenset(
    {"machine-learning", "artificial-intelligence", "ai", "data-science", "deep-learning"}
)
#: A tag each post is about, which its suggestions must hold.
SUBJECTS = {
    "learning_rust.md": "rust",
    "gardening.md": "tomatoes",
    "grief.md": "grief",
    "https_certificates.md": "https",
    "pair_programming.md": "pair-programming",
}


def suggested(name: str, with_prose: bool) -> list[str]:
    """Tag slugs suggested for a post, as the sidebar and the command line ask (title and
    prose) or from its key phrases alone."""
    report = analyze((POSTS / name).read_text(encoding="utf-8"))
    prose = "\n".join(report.block_texts) if with_prose else ""
    title = report.title if with_prose else ""
    found = suggest_tags(report.keywords.extracted, TagHistory(), (), title=title, text=prose)
    return [slugify(s.tag) for s in found]


@pytest.mark.parametrize("name", sorted(SUBJECTS))
def test_a_post_outside_the_field_gets_its_subject_and_no_field_tag(name: str):
    tags = suggested(name, with_prose=True)
    assert SUBJECTS[name] in tags
    assert not FIELD_TAGS & set(tags)


@pytest.mark.parametrize("name", sorted(SUBJECTS))
def test_its_key_phrases_alone_point_to_no_field_tag(name: str):
    assert not FIELD_TAGS & set(suggested(name, with_prose=False))
