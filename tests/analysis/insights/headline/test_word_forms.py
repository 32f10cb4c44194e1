"""English word forms for headline ideas: title case, gerunds and base verbs."""

import pytest

from app.analysis.insights.headline.word_forms import base_verb, gerund, title_case


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
    ("form", "verb"),
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
        ("mailing", "mail"),
        ("reading", "read"),
        ("cleaning", "clean"),
        ("leaving", "leave"),
        ("choosing", "choose"),
        ("creating", "create"),
    ],
)
def test_base_verb_and_gerund(form, verb):
    assert base_verb(form) == verb
    assert gerund(verb) == form


@pytest.mark.parametrize(
    ("verb", "form"),
    [
        ("program", "programming"),
        ("admit", "admitting"),
        ("refer", "referring"),
        ("panic", "panicking"),
        ("offer", "offering"),
        ("visit", "visiting"),
        ("open", "opening"),
        ("listen", "listening"),
        ("target", "targeting"),
    ],
)
def test_a_final_consonant_doubles_where_english_writes_it_so(verb, form):
    """Stress decides, which spelling does not show: "programming" but "offering"."""
    assert gerund(verb) == form
