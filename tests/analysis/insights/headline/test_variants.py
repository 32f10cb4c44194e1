"""Headline variants from a topic, and the side-by-side comparison of two headlines."""

import re

import pytest

from app.analysis.insights.headline import analyze_headline, compare, generate_variants
from app.analysis.insights.headline.variants import base_verb, title_case

TOPICS = [
    ("remote work", None, None),
    ("learning Rust as a Python developer", "Rust", "Python developers"),
    ("side projects", None, "new developers"),
    ("the art of saying no", None, None),
    ("  writing  ", None, None),
    ("AI coding assistants", "AI coding", "junior developers"),
]
SMALL_INSIDE = re.compile(r"(?<!:)\s(?:The|A|An|Of|And|For|To|With|In|On|At|As)\s")


@pytest.mark.parametrize(("topic", "keyphrase", "audience"), TOPICS)
def test_at_least_twenty_distinct_variants_from_ten_templates(topic, keyphrase, audience):
    variants = generate_variants(topic, keyphrase, audience)
    texts = [variant.text for variant in variants]
    assert len(set(texts)) == len(texts) >= 20
    assert len({variant.template for variant in variants}) >= 10
    for text in texts:
        assert text == " ".join(text.split())  # no doubled or stray spaces
        assert text[0].isupper() or text[0].isdigit()
        assert not SMALL_INSIDE.search(text), text  # small words stay lower case inside


def test_templates_cover_the_promised_kinds():
    templates = {variant.template for variant in generate_variants("remote work", "remote work")}
    assert {
        "how-to",
        "list",
        "why",
        "mistakes",
        "guide",
        "question",
        "personal story",
        "comparison",
        "what I learned",
        "keyphrase first",
    } <= templates


def test_variants_read_naturally():
    texts = {v.text for v in generate_variants("learning Rust as a Python developer", "Rust")}
    assert "How to Learn Rust as a Python Developer" in texts
    assert "7 Mistakes to Avoid When Learning Rust as a Python Developer" in texts
    assert "What Learning Rust as a Python Developer Taught Me" in texts
    assert "Is Learning Rust as a Python Developer Worth It?" in texts
    plural = {v.text for v in generate_variants("side projects")}
    assert "Are Side Projects Worth It?" in plural
    assert "Why Side Projects Are Harder Than They Look" in plural
    thing = {v.text for v in generate_variants("remote work")}
    assert "7 Mistakes to Avoid with Remote Work" in thing
    assert "Why Remote Work Is Harder Than It Looks" in thing
    article = {v.text for v in generate_variants("the art of saying no")}
    assert "Why I Changed My Mind About the Art of Saying No" in article
    assert "The Art of Saying No: Expectations vs. Reality" in article


def test_keyphrase_and_audience_are_used():
    variants = generate_variants("AI coding assistants", "AI coding", "junior developers")
    keyphrase_first = [v.text for v in variants if v.template == "keyphrase first"]
    assert keyphrase_first
    assert all(text.startswith("AI Coding:") for text in keyphrase_first)
    assert any("Junior Developers" in v.text for v in variants)


def test_audience_already_in_the_topic_is_not_repeated():
    variants = generate_variants("learning Rust as a Python developer", None, "Python developers")
    for variant in variants:
        assert variant.text.count("Python Developer") <= 1, variant.text


def test_empty_topic_gives_no_variants():
    assert generate_variants("   ") == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("remote work", "Remote Work"),
        ("learning rust as a python developer", "Learning Rust as a Python Developer"),
        ("iPhone photography", "iPhone Photography"),
        ("AI and the future of work", "AI and the Future of Work"),
        ("late-night coding", "Late-Night Coding"),
        ("what to look for", "What to Look For"),
    ],
)
def test_title_case(phrase, expected):
    assert title_case(phrase) == expected


@pytest.mark.parametrize(
    ("gerund", "verb"),
    [
        ("learning", "learn"),
        ("writing", "write"),
        ("running", "run"),
        ("building", "build"),
        ("using", "use"),
        ("selling", "sell"),
        ("singing", "sing"),
        ("changing", "change"),
        ("coding", "code"),
        ("getting", "get"),
    ],
)
def test_base_verb(gerund, verb):
    assert base_verb(gerund) == verb


def test_compare_side_by_side():
    a = analyze_headline("She Lost Her Job at 52 and Built a Bakery That Employs 30", "bakery")
    b = analyze_headline("You Won't Believe What This Baker Did Next!!", "bakery")
    rows = {row.name: row for row in compare(a, b)}
    assert {"overall", "score", "clickbait_probability", "red_flags", "characters"} <= set(rows)
    assert rows["clickbait_probability"].better == "a"
    assert rows["red_flags"].better == "a"
    assert rows["red_flags"].value_a == 0
    assert rows["red_flags"].value_b >= 1
    assert rows["numbers"].better == "a"
    assert rows["keyphrase"].value_a == "middle"
    assert rows["keyphrase"].value_b == "missing"
    assert rows["keyphrase"].better == "a"
    assert rows["type"].better == "neither"
    for row in rows.values():
        assert row.better in {"a", "b", "same", "neither"}
        assert set(row.to_dict()) == {"name", "label", "value_a", "value_b", "better"}


def test_compare_identical_headlines_is_all_same():
    a = analyze_headline("A Practical Guide to PostgreSQL Indexes")
    rows = compare(a, a)
    assert all(row.better in {"same", "neither"} for row in rows)
