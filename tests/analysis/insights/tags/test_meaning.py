"""Closeness in meaning between a post's words and Medium's tags, from the shipped vectors."""

from __future__ import annotations

from collections import Counter

import pytest

from app.analysis.insights.keywords.vocabulary import words_of
from app.analysis.insights.tags import meaning
from app.analysis.insights.tags.meaning import (
    PostMeaning,
    closeness,
    closest_tags,
    meaning_table,
    post_meaning,
    words_behind,
)

NODE_POST = """
I keep a small Express server for side projects. Each route reads the request body, checks
it against a schema and answers with JSON. npm installs the middleware, nodemon restarts the
server on every save, and async handlers keep the event loop free while the database works.
"""
HABIT_POST = """
Flossing one tooth a day sounds silly, yet it is how a routine starts. Tiny habits stick
because they ask for no willpower: a push-up after brushing, a page of reading with the
morning coffee. Discipline grows from the streak, and motivation follows the practice.
"""
POPULAR = (
    "javascript",
    "nodejs",
    "productivity",
    "life-lessons",
    "travel",
    "sports",
    "cryptocurrency",
)


def counts(text: str) -> Counter[str]:
    return Counter(words_of(text))


def meaning_of(text: str) -> PostMeaning:
    post = post_meaning(counts(text))
    assert post is not None
    return post


def closest(text: str, count: int = 3) -> list[str]:
    return [slug for slug, _score in closest_tags(meaning_of(text).vector, POPULAR, count)]


def test_a_post_is_closest_to_the_tags_of_its_field_though_it_never_names_them():
    assert set(closest(NODE_POST, 2)) == {"javascript", "nodejs"}
    habits = closest(HABIT_POST, len(POPULAR))
    for near in ("productivity", "life-lessons"):
        assert all(habits.index(near) < habits.index(far) for far in ("javascript", "nodejs"))


def test_closeness_is_a_cosine():
    post = meaning_of(NODE_POST).vector
    near, far = closeness(post, "javascript"), closeness(post, "sports")
    assert near is not None
    assert far is not None
    assert -1.0 <= far < near <= 1.0
    assert closest_tags(post, ["javascript"], 1) == [("javascript", near)]


def test_everyday_words_say_nothing_of_a_topic():
    assert post_meaning(counts("It was the best thing we did, and then we went home.")) is None
    assert post_meaning(Counter()) is None


def test_a_tag_medium_lacks_means_what_its_words_mean():
    post = meaning_of("Random projections shrink the features; a projection keeps distances.")
    assert "random-projections" not in meaning_table().tag_rows
    found = closeness(post.vector, "random-projections")
    assert found is not None
    assert found > 0.5
    assert closeness(post.vector, "qzxv-wplk") is None


def test_the_words_behind_a_tag_are_the_posts_own_most_telling_words():
    post = meaning_of(NODE_POST)
    behind = words_behind(post, "javascript")
    assert len(behind) == 2
    assert set(behind) <= {word for word, _weight in post.telling} <= set(words_of(NODE_POST))
    assert words_behind(post, "qzxv-wplk") == []


def test_every_tag_of_the_vocabulary_has_its_meaning():
    from app.analysis.insights.keywords.vocabulary import vocabulary

    assert set(vocabulary().by_slug) <= set(meaning_table().tag_rows)


def test_a_file_that_is_no_table_is_refused():
    with pytest.raises(ValueError, match="not a meaning table"):
        meaning._read(b"PK\x03\x04 something else")
    whole = meaning.resource_path("keywords", "tag_meaning.bin").read_bytes()
    with pytest.raises(ValueError, match="cut short"):
        meaning._read(whole[:-10])
