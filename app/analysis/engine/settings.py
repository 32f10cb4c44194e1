"""What the writer has chosen: genre (and so the grade target) and which rules are on."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.analysis.insights.readability import DEFAULT_GENRE, GENRE_TARGETS
from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS, Thresholds

GENRES = tuple(GENRE_TARGETS)


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    genre: str = DEFAULT_GENRE
    disabled_rules: frozenset[str] = frozenset()
    thresholds: Thresholds = field(default=DEFAULT_THRESHOLDS)

    def enabled(self, rule: str) -> bool:
        return rule not in self.disabled_rules
