"""A paragraph in another language is counted but not checked: the spelling, grammar and
style checks are English, and would flag every word of it."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze

SPANISH = (
    "Aprender a programar no es tan difícil como parece. Durante mi primer mes escribí código "
    "todos los días, aunque fuera solo media hora, y descubrí que la constancia importa más que "
    "el talento. En este artículo te cuento qué hice cada semana y qué errores cometí."
)
ENGLISH = "Learning to code is not as hard as it looks, and I recieved help from a friend."


def test_a_paragraph_in_another_language_gets_no_english_checks() -> None:
    report = analyze(f"# Aprender\n\n{SPANISH}\n")
    assert report.findings == ()
    assert report.counts.words > 40  # still counted


def test_an_english_paragraph_beside_it_is_still_checked() -> None:
    source = f"# Two languages\n\n{SPANISH}\n\n{ENGLISH}\n"
    report = analyze(source)
    flagged = [source[f.start : f.end] for f in report.findings if f.rule == "spelling"]
    assert flagged == ["recieved"]
