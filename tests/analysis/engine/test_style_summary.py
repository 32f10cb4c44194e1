"""Long sections are found across chunks, from each chunk's section figures."""

from __future__ import annotations

from app.analysis.engine.analyzer import Analyzer
from app.analysis.engine.settings import AnalysisSettings
from app.analysis.rules.findings import Finding

SENTENCE = "The cat sat on the mat. "  # six words
LIMIT = AnalysisSettings().thresholds.section_max_words
# ... in a post that has subheadings already.
LIMIT_WITH_SUBHEADINGS = AnalysisSettings().thresholds.section_max_words_with_subheadings


def paragraph(sentences: int) -> str:
    return (SENTENCE * sentences).strip()


def long_sections(source: str) -> list[Finding]:
    return [f for f in Analyzer().analyze(source).findings if f.rule == "long_section"]


def test_a_section_spread_over_many_paragraphs_is_flagged_once_at_its_heading() -> None:
    sentences = LIMIT // 6 // 4 + 1  # four paragraphs just over the limit together
    source = "# A title\n\n" + "\n\n".join(paragraph(sentences) for _ in range(4)) + "\n"
    (finding,) = long_sections(source)
    assert source[finding.start : finding.end] == "A title"
    assert finding.message == f"{4 * 6 * sentences} words without a subheading."


def test_a_subheading_splits_a_section_even_inside_a_chunk() -> None:
    half = LIMIT_WITH_SUBHEADINGS // 6 // 2
    # The subheading interrupts the paragraph above it: the same chunk holds both.
    source = (
        "# A title\n\n"
        + paragraph(half)
        + "\n\n"
        + paragraph(half)
        + "\n## A subheading\n"
        + paragraph(half)
        + "\n\n"
        + paragraph(half)
        + "\n"
    )
    assert long_sections(source) == []
    longer = source + "\n" + paragraph(half) + "\n"
    (finding,) = long_sections(longer)
    assert longer[finding.start : finding.end] == "A subheading"
    assert finding.message == f"{3 * 6 * half} words without a subheading."


def test_a_subheading_of_code_alone_splits_a_section() -> None:
    half = LIMIT // 6 // 2 + 1
    source = "# A title\n\n" + paragraph(half) + "\n\n## `git rebase`\n\n" + paragraph(half) + "\n"
    assert long_sections(source) == []
    report = Analyzer().analyze(source)
    assert [(h.level, h.text) for h in report.headings] == [(1, "A title"), (2, "git rebase")]


def test_text_before_any_heading_is_anchored_at_its_first_block() -> None:
    sentences = LIMIT_WITH_SUBHEADINGS // 6 // 2 + 1
    source = paragraph(sentences) + "\n\n" + paragraph(sentences) + "\n\n## Later\n\nShort.\n"
    (finding,) = long_sections(source)
    assert (finding.start, finding.end) == (0, len(paragraph(sentences)))


def test_long_sections_stay_in_order_among_the_other_findings() -> None:
    sentences = LIMIT_WITH_SUBHEADINGS // 6 + 1
    source = "Intro text.\n\n# A title\n\n" + paragraph(sentences) + "\n\nIt was very very big.\n"
    findings = Analyzer().analyze(source).findings
    assert any(f.rule == "long_section" for f in findings)
    assert [(f.start, f.end) for f in findings] == sorted((f.start, f.end) for f in findings)


def test_a_post_with_subheadings_may_run_longer_between_them() -> None:
    sentences = LIMIT // 6 + 1  # over the limit of a post without subheadings
    lone = "# A title\n\n" + paragraph(sentences) + "\n"
    (finding,) = long_sections(lone)
    assert lone[finding.start : finding.end] == "A title"  # the title is no subheading
    structured = lone + "\n## Next\n\nShort.\n"
    assert long_sections(structured) == []
    longer = "# A title\n\n" + paragraph(LIMIT_WITH_SUBHEADINGS // 6 + 1) + "\n\n## Next\n\nEnd.\n"
    (finding,) = long_sections(longer)
    assert longer[finding.start : finding.end] == "A title"
