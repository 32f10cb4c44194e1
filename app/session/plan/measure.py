"""The measures "what works" compares stories by, taken from a story's own title and text."""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.engine.analyzer import analyze
from app.analysis.insights.headline.report import analyze_headline


@dataclass(frozen=True, slots=True)
class StoryMeasures:
    headline_score: int | None
    words: int | None = None
    read_minutes: float | None = None
    reading_grade: float | None = None


def measure_title(title: str) -> StoryMeasures:
    """Only the headline (a story known by its title alone, e.g. from a statistics file)."""
    return StoryMeasures(analyze_headline(title).overall if title.strip() else None)


def measure_story(title: str, body: str, subtitle: str = "") -> StoryMeasures:
    """Headline score, words, Medium's read time and the consensus reading grade."""
    if not body.strip():
        return measure_title(title)
    report = analyze(body, title=title, subtitle=subtitle)
    grade = report.readability.grade if report.words >= 100 else None  # too short to grade
    return StoryMeasures(
        report.headline.overall if title.strip() else None,
        report.words,
        round(report.read_time.minutes, 2),
        grade,
    )
