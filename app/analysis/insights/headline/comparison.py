"""Two headlines side by side: the lab's Compare, one figure per row, the better one marked."""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.insights.headline.features import SEARCH_RESULT_CHARACTERS
from app.analysis.insights.headline.report import HeadlineReport, percent_estimate


@dataclass(frozen=True, slots=True)
class FeatureComparison:
    """One feature of two headlines side by side, in one unit; ``better`` is "a", "b",
    "same" or "neither" (for features where neither value is better in itself). ``shown_a``
    and ``shown_b`` are the values as a writer reads them, formatted alike."""

    name: str
    label: str
    value_a: object
    value_b: object
    better: str
    shown_a: str = ""
    shown_b: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "label": self.label,
            "value_a": self.value_a,
            "value_b": self.value_b,
            "better": self.better,
            "shown_a": self.shown_a,
            "shown_b": self.shown_b,
        }


def _pick(a: float, b: float, higher_is_better: bool) -> str:
    if a == b:
        return "same"
    return "a" if (a > b) == higher_is_better else "b"


def _show(value: object, unit: str) -> str:
    """One unit per row: "percent" (a share 0..1), "estimate" (a probability), "signed"
    (-1..+1), "grade", or as is."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if unit == "percent" and isinstance(value, float):
        return f"{value:.0%}"
    if unit == "estimate" and isinstance(value, float):
        return percent_estimate(value)  # a model's estimate is never 0 or 100 %
    if unit == "signed" and isinstance(value, float):
        return f"{value:+.2f}".replace("-", "−")
    if unit == "grade" and isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _row(
    name: str, label: str, a: object, b: object, better: str, unit: str = ""
) -> FeatureComparison:
    return FeatureComparison(name, label, a, b, better, _show(a, unit), _show(b, unit))


_KEYPHRASE_RANK = {"start": 3, "middle": 2, "end": 2}
_RISK_RANK = {"low": 0, "medium": 1, "high": 2}
_BAND_RANK = {"weak": 0, "fair": 1, "good": 2, "strong": 3}


def _appeal_pick(a: HeadlineReport, b: HeadlineReport) -> str:
    """The higher appeal, unless that headline has the higher clickbait risk: in the news-feed
    tests teasers often drew more clicks, and appeal bought with a red flag is no better."""
    better = _pick(a.score, b.score, True)
    if better in ("a", "b"):
        higher, lower = (a, b) if better == "a" else (b, a)
        if _RISK_RANK[higher.risk] > _RISK_RANK[lower.risk]:
            return "neither"
    return better


def compare(a: HeadlineReport, b: HeadlineReport) -> list[FeatureComparison]:
    """Feature-by-feature comparison of two analysed headlines: the figures the lab's table
    shows first (band, overall, appeal, risk, type, characters), then what they are made of."""
    fits_a, fits_b = (
        a.characters <= SEARCH_RESULT_CHARACTERS,
        b.characters <= SEARCH_RESULT_CHARACTERS,
    )
    rows = [
        _row("band", "Band", a.band, b.band, _pick(_BAND_RANK[a.band], _BAND_RANK[b.band], True)),
        _row("overall", "Overall (0-100)", a.overall, b.overall, _pick(a.overall, b.overall, True)),
        _row("score", "Appeal (0-100, news-feed A/B tests)", a.score, b.score, _appeal_pick(a, b)),
        _row(
            "risk", "Clickbait risk", a.risk, b.risk,
            _pick(_RISK_RANK[a.risk], _RISK_RANK[b.risk], False),
        ),
        _row(
            "red_flags", "Red flags", len(a.red_flags), len(b.red_flags),
            _pick(len(a.red_flags), len(b.red_flags), False),
        ),
        _row(
            "clickbait_probability", "Viral-site style (%)",
            round(a.clickbait_probability, 3), round(b.clickbait_probability, 3), "neither",
            "estimate",
        ),
        _row("type", "Type", a.type, b.type, "neither"),
        _row("characters", "Characters", a.characters, b.characters, "neither"),
        _row(
            "fits_search_result", f"Fits a search result ({SEARCH_RESULT_CHARACTERS} characters)",
            fits_a, fits_b, _pick(fits_a, fits_b, True),
        ),
        _row("words", "Words", a.words, b.words, "neither"),
    ]  # fmt: skip
    fa, fb = a.features, b.features
    if fa is not None and fb is not None:
        rows += [
            _row(
                "numbers", "Has a number", bool(fa.numbers), bool(fb.numbers),
                _pick(bool(fa.numbers), bool(fb.numbers), True),
            ),
            _row(
                "emotional_words", "Emotional words (count)", len(fa.emotional_words),
                len(fb.emotional_words), "neither",
            ),
            _row(
                "power_words", "Power words (count)", len(fa.power_words), len(fb.power_words),
                "neither",
            ),
            _row(
                "common_share", "Everyday words (%)", round(fa.common_share, 3),
                round(fb.common_share, 3), "neither", "percent",
            ),
            _row(
                "sentiment", "Tone (−1 negative to +1 positive)", round(fa.sentiment, 2),
                round(fb.sentiment, 2), "neither", "signed",
            ),
            _row(
                "reading_grade", "Reading grade", round(fa.reading_grade, 1),
                round(fb.reading_grade, 1),
                _pick(round(fa.reading_grade, 1), round(fb.reading_grade, 1), False), "grade",
            ),
            _row(
                "skimmable", "First and last words carry meaning",
                fa.first_words_meaningful and fa.last_words_meaningful,
                fb.first_words_meaningful and fb.last_words_meaningful,
                _pick(
                    fa.first_words_meaningful + fa.last_words_meaningful,
                    fb.first_words_meaningful + fb.last_words_meaningful,
                    True,
                ),
            ),
        ]  # fmt: skip
        if fa.keyphrase_present is not None and fb.keyphrase_present is not None:
            rank_a = _KEYPHRASE_RANK.get(fa.keyphrase_position or "", 0)
            rank_b = _KEYPHRASE_RANK.get(fb.keyphrase_position or "", 0)
            rows.append(
                _row(
                    "keyphrase", "Focus keyphrase", fa.keyphrase_position or "missing",
                    fb.keyphrase_position or "missing", _pick(rank_a, rank_b, True),
                )
            )  # fmt: skip
    return rows
