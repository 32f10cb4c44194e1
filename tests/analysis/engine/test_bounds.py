"""A very long draft is analysed up to a bound, cut between paragraphs, lines or words."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.engine.bounds import MAX_ANALYSED_CHARACTERS, analysed_length


def test_a_text_within_the_bound_is_read_whole() -> None:
    assert analysed_length("Short text.", limit=100) == len("Short text.")
    assert analysed_length("x" * 100, limit=100) == 100


def test_the_cut_falls_after_the_last_paragraph_break_before_the_bound() -> None:
    text = "First paragraph here.\n\nSecond one, longer than the rest of the bound."
    cut = analysed_length(text, limit=40)
    assert text[:cut] == "First paragraph here.\n\n"


def test_without_a_paragraph_break_the_cut_falls_at_a_line_then_a_space() -> None:
    lines = "a line of words\nanother line of words that runs on"
    assert lines[: analysed_length(lines, limit=30)] == "a line of words\n"
    words = "one two three four five six seven eight nine ten"
    cut = analysed_length(words, limit=30)
    assert words[:cut] == "one two three four five six "
    assert len(words[:cut]) <= 30


def test_one_endless_word_is_cut_at_the_bound() -> None:
    assert analysed_length("x" * 1000, limit=100) == 100


def test_a_report_on_a_longer_draft_says_where_it_stopped() -> None:
    paragraph = "The writer types one more sentence about the garden.\n\n"
    source = "# Notes\n\n" + paragraph * (MAX_ANALYSED_CHARACTERS // len(paragraph) + 50)
    report = analyze(source)
    assert report.stopped_at is not None
    assert report.stopped_at <= MAX_ANALYSED_CHARACTERS
    assert source[: report.stopped_at].endswith("\n\n")
    assert report.source_length == len(source)
    assert all(finding.end <= report.stopped_at for finding in report.findings)
    whole_paragraphs = (report.stopped_at - len("# Notes\n\n")) // len(paragraph)
    assert report.words == 1 + 9 * whole_paragraphs  # the heading's word and nine per paragraph
    assert report.to_dict()["analysed"] == {
        "characters": report.stopped_at,
        "of": len(source),
    }


def test_a_report_on_a_draft_within_the_bound_has_no_such_note() -> None:
    report = analyze("# Notes\n\nA short draft.\n")
    assert report.stopped_at is None
    assert "analysed" not in report.to_dict()
