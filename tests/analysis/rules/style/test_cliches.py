"""Clichés."""

from __future__ import annotations

from app.analysis.rules.style import find_cliches


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_cliches(text)]


def test_finds_cliches_ignoring_case() -> None:
    text = "At the end of the day, we must think outside the box."
    assert found(text) == ["At the end of the day", "outside the box"]


def test_flexible_whitespace_hyphens_and_apostrophes() -> None:
    text = "It is low hanging fruit, low-hanging\nfruit; you can’t judge a book by its cover."
    assert found(text) == [
        "low hanging fruit",
        "low-hanging\nfruit",
        "can’t judge a book by its cover",
    ]


def test_whole_words_only() -> None:
    assert find_cliches("The bottleneck was a timeflies bug.") == []


def test_a_cliche_wins_over_a_weasel_word_inside_it() -> None:
    from app.analysis.rules.style import find_weasels

    text = "Good editors are few and far between."
    assert found(text) == ["few and far between"]
    assert find_weasels(text) == []


def test_finding_fields() -> None:
    [finding] = find_cliches("It was a piece of cake.")
    assert finding.rule == "cliche"
    assert '"a piece of cake"' in finding.message
    assert finding.suggestion
