"""The incremental analyser: same answers as a fresh analysis, on any text, without errors."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.analysis.engine.analyzer import Analyzer, analyze
from app.analysis.engine.settings import AnalysisSettings
from app.document.chunks import split_chunks

ARTICLE = """# Ten years of writing online

Writing every day is hard. It was recommended to me by a teacher who was admired by everyone.

## What changed

I started small. The first posts were written in a hurry and they were read by nobody.
Then I found a rhythm that worked for me and for the few readers I had at the time, and the
work slowly became a habit that I did not have to think about any more, which was the point.

```python
print("code is not prose")

print("blank lines inside fences stay in one chunk")
```

- Write first, edit later
- Publish on a schedule
"""


def _comparable(report):
    data = report.to_dict()
    return data


def test_incremental_analysis_equals_a_fresh_one_after_edits() -> None:
    analyzer = Analyzer()
    analyzer.analyze(ARTICLE)
    edited = ARTICLE.replace("I started small.", "I started very small indeed.")
    assert _comparable(analyzer.analyze(edited)) == _comparable(analyze(edited))
    removed = edited.replace("## What changed\n\n", "")
    assert _comparable(analyzer.analyze(removed)) == _comparable(analyze(removed))


def test_fenced_code_with_blank_lines_is_one_chunk() -> None:
    chunks = [chunk.text for chunk in split_chunks(ARTICLE)]
    fences = [text for text in chunks if text.startswith("```")]
    assert len(fences) == 1
    assert "blank lines inside fences" in fences[0]


def test_findings_point_into_the_source() -> None:
    report = analyze(ARTICLE)
    assert report.findings
    for finding in report.findings:
        assert 0 <= finding.start < finding.end <= len(ARTICLE)
    long = [f for f in report.findings if f.rule in ("hard_sentence", "very_hard_sentence")]
    assert any(ARTICLE[f.start : f.end].startswith("Then I found a rhythm") for f in long)


def test_disabled_rules_are_not_reported() -> None:
    settings_ = AnalysisSettings(disabled_rules=frozenset({"very_hard_sentence", "hard_sentence"}))
    report = Analyzer(settings_).analyze(ARTICLE)
    assert not any(f.rule in ("very_hard_sentence", "hard_sentence") for f in report.findings)


def test_title_defaults_to_the_first_heading() -> None:
    assert analyze(ARTICLE).title == "Ten years of writing online"
    assert analyze(ARTICLE, title="Mine").title == "Mine"


def test_a_title_from_a_heading_keeps_its_code_and_its_headline_counts_it() -> None:
    report = analyze("Intro.\n\n# `async` in Python, *explained*\n\nText follows here.")
    assert report.title == "async in Python, explained"
    assert report.headline.text == "async in Python, explained"
    assert report.headline.characters == len("async in Python, explained")


def _check_report(text: str) -> None:
    report = analyze(text)
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
    for value in report.readability.to_dict().values():
        if isinstance(value, float):
            assert math.isfinite(value)
    assert report.words >= 0
    assert math.isfinite(report.read_time.seconds)


MARKDOWN_BITS = st.sampled_from(
    [
        "# ", "## ", "- ", "1. ", "> ", "```", "~~~", "\n", "\n\n", "**", "_", "`", "[", "](",
        ")", "![", "<b>", "</b>", "---\n", "|", "&amp;", "\\", "http://x.y ", "    ",
        "Word. ", "passive was written ", "e.g. ", "😀", "שלום", "مرحبا", "漢字", "\u200b",
        "\u2028", "\r\n", "\r", "\t", "\x00", "+++\n", "{\n", "}\n", "\ufeff", "e\u0301",
        "\U000f0000",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=20)), max_size=40).map("".join))
def test_any_text_gives_a_sound_report(text: str) -> None:
    _check_report(text)


def test_edge_cases_give_sound_reports() -> None:
    for text in ["", " ", "\n\n\n", "#", "```", "---\n---\n", "😀" * 1000, "a" * 1_000_000]:
        _check_report(text)
    _check_report(("The writer was told. " * 5000).strip())


PARAGRAPHS = st.sampled_from(
    [
        "Writing every day is hard. It was recommended to me by a teacher.",
        "## What changed",
        "- Write first, edit later\n- Publish on a schedule",
        "The results were definately worth it, and very very good.",
        "See [the guide](https://example.com/guide) and **read** it twice.",
        "> A quote that was written by someone.",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PARAGRAPHS, min_size=1, max_size=12), st.lists(st.integers(0, 11), max_size=4))
def test_repeated_chunks_and_edits_give_a_fresh_analysis(paragraphs, edits) -> None:
    """Chunks written twice are analysed once, and findings of chunks that did not move are
    reused after an edit; neither may change the report."""
    analyzer = Analyzer()
    for edit in [None, *edits]:
        if edit is not None:
            index = edit % len(paragraphs)
            paragraphs = [*paragraphs[:index], "A new line was added here.", *paragraphs[index:]]
        source = "\n\n".join(paragraphs) + "\n"
        assert _comparable(analyzer.analyze(source)) == _comparable(analyze(source))


def test_one_long_paragraph_is_analysed_in_linear_time() -> None:
    """A pasted dump without blank lines is one block: no check may rescan it per finding."""
    import time

    def seconds(lines: int) -> float:
        source = "# Dump\n\n" + "A line of a very long file.\n" * lines
        started = time.perf_counter()
        Analyzer().analyze(source)
        return time.perf_counter() - started

    small, large = min(seconds(1_000) for _ in range(2)), seconds(8_000)
    # Eight times the text: linear work takes about 8 times as long, quadratic about 64.
    assert large < small * 24


def test_a_word_a_link_address_names_is_no_misspelling() -> None:
    def flagged(source: str) -> list[str]:
        report = analyze(source)
        return [source[f.start : f.end] for f in report.findings if f.rule == "spelling"]

    assert flagged("Try [rustup](https://rustup.rs) and recieve updates.") == ["recieve"]
    # A reference link whose definition is in another paragraph.
    assert flagged("The new [rustup tool] helps.\n\n[rustup tool]: https://www.rustup.rs\n") == []
    assert flagged("We install rustup on every machine.") == ["rustup"]


def test_a_list_items_bold_label_is_no_part_of_its_sentence() -> None:
    source = (
        "# Title\n\n- **Explorable Explanations:** There's a loose community exploring how "
        "the interactive medium enabled by computers can be used to communicate and think "
        "in ways previously impossible, which many readers have come to love and share.\n"
    )
    report = analyze(source)
    [long] = [f for f in report.findings if f.rule in ("hard_sentence", "very_hard_sentence")]
    assert source[long.start :].startswith("There's a loose community")


def test_a_title_word_the_story_writes_unflagged_is_no_misspelling() -> None:
    body = "I applied to [Outreachy](https://www.outreachy.org/) in spring.\n"
    named = analyze(body, title="How I Landed My First Internship With Outreachy")
    assert [f for f in named.title_findings if f.rule == "spelling"] == []
    # A slip the story repeats is flagged there, and so still in the title.
    slip = analyze("I recieve mail daily.\n", title="How I Recieve Mail")
    assert [f.rule for f in slip.title_findings] == ["spelling"]
