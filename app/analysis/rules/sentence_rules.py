"""Sentence- and block-level rules: hard, very hard and long sentences, crowded paragraphs.

Findings here use offsets into the block's prose; the chunk analysis maps them to the source.
"""

from __future__ import annotations

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.thresholds import Thresholds
from app.analysis.text.counts import TextCounts
from app.analysis.text.formulas import sentence_grade


def is_very_hard(words: int, grade: float, limits: Thresholds) -> bool:
    """Very long and not plain."""
    return words >= limits.very_hard_long_words and grade >= limits.very_hard_long_grade


def _grade_phrase(grade: float, limits: Thresholds) -> str:
    """Whole grades, rounded down, so the grade shown always lies in the band named; beyond
    college a number means nothing to a writer ("grade 31")."""
    shown = int(grade)
    if shown > limits.highest_grade_shown:
        return ", far above college reading level"
    return f" at reading grade {shown}"


_TOO_LONG = "more than a reader holds at once"


def _hard_because(counts: TextCounts, limits: Thresholds) -> str:
    """What makes the sentence hard: its words' length, its own length, or both."""
    long_words = counts.letters >= limits.long_words_letters * counts.words
    if not long_words:
        return _TOO_LONG
    if counts.words >= limits.very_hard_long_words:
        return "long, and full of long words"
    return "long words"


def sentence_findings(
    start: int, end: int, counts: TextCounts, limits: Thresholds
) -> list[Finding]:
    """Very hard, hard or long: at most one of these per sentence, the most serious."""
    words = counts.words
    if words >= limits.hard_sentence_min_words:
        grade = sentence_grade(counts)
        level = _grade_phrase(grade, limits)
        if is_very_hard(words, grade, limits):
            because = _hard_because(counts, limits)
            # Plain words make no reading level "far above college": the length alone is hard.
            message = (
                f"Very hard to read: {words:,} words, {because}."
                if because == _TOO_LONG
                else f"Very hard to read: {words:,} words{level} ({because})."
            )
            return [
                Finding(
                    "very_hard_sentence",
                    start,
                    end,
                    Severity.ERROR,
                    message,
                    "Split it into two or three sentences, one idea each.",
                )
            ]
        if grade >= limits.hard_grade:
            return [
                Finding(
                    "hard_sentence",
                    start,
                    end,
                    Severity.WARNING,
                    f"Hard to read: {words:,} words{level}.",
                    "Shorten it, or split it where the idea turns.",
                )
            ]
    if words > limits.long_sentence_words:
        return [
            Finding(
                "long_sentence",
                start,
                end,
                Severity.INFO,
                f"Long sentence: {words:,} words (more than {limits.long_sentence_words}).",
                "Keep most sentences under 20 words; vary the length on purpose.",
            )
        ]
    return []


def paragraph_findings(
    text_length: int, words: int, sentences: int, limits: Thresholds
) -> list[Finding]:
    """Paragraphs too long for a phone screen: over a screenful of words, or many sentences
    that fill half the screen."""
    findings = []
    if words > limits.paragraph_max_words:
        findings.append(
            Finding(
                "long_paragraph",
                0,
                text_length,
                Severity.WARNING,
                f"Long paragraph: {words:,} words (more than {limits.paragraph_max_words}).",
                "Break it where the thought shifts; short paragraphs keep phone readers going.",
            )
        )
    elif sentences > limits.paragraph_max_sentences and words >= limits.paragraph_wall_min_words:
        findings.append(
            Finding(
                "paragraph_sentences",
                0,
                text_length,
                Severity.INFO,
                f"{sentences:,} sentences in one paragraph: a wall of text on a phone.",
                f"Keep paragraphs to {limits.paragraph_max_sentences} sentences or fewer.",
            )
        )
    return findings
