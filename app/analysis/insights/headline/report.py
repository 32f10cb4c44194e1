"""One call for everything about a headline: appeal, clickbait risk, red flags and reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from app.analysis.insights.headline.clickbait import clickbait_probability
from app.analysis.insights.headline.features import (
    SEARCH_RESULT_CHARACTERS,
    HeadlineFeatures,
    extract_features,
)
from app.analysis.insights.headline.reasons import Reason, model_reasons
from app.analysis.insights.headline.red_flags import RedFlag, red_flags
from app.analysis.insights.headline.score import Contribution, score_model

# The classifier measures how much a headline reads like those of clickbait sites rather than
# news; the red flags catch the practices Medium's curators hold back. Blog headlines (lists,
# how-tos, first-person stories) often share the clickbait sites' style without any of their
# practices, so the risk follows the red flags, and the style only counts alongside a flag.
LIKELY = 0.5
CONFIDENT = 0.75
STYLE_PENALTY = 0.3  # share of appeal lost at clickbait probability 1
RED_FLAG_PENALTY = 0.12  # share of appeal lost per red flag
HIGH_RISK_CAP = 45  # the overall score of a high-risk headline never exceeds this

# Impacts of reasons that do not come from the fitted model, in units of the model's spread
# (one standard deviation of the training headlines' scores), so they rank among its reasons.
_ADVICE_IMPACT = 0.5
_RED_FLAG_IMPACT = 1.0


@dataclass(frozen=True, slots=True)
class HeadlineReport:
    """The headline's appeal (``score``), its clickbait risk, and ``overall``: appeal adjusted
    for risk. ``score`` is a percentile among real A/B-tested headlines (50 = typical)."""

    text: str
    score: int
    clickbait_probability: float
    risk: str  # "low", "medium" or "high"
    verdict: str
    overall: int
    type: str
    reasons: tuple[Reason, ...]
    contributions: tuple[Contribution, ...]
    red_flags: tuple[RedFlag, ...]
    characters: int
    words: int
    features: HeadlineFeatures | None = field(default=None, compare=False, hash=False, repr=False)

    @property
    def clickbait_percent(self) -> str:
        """The clickbait-style probability for people: a model's estimate is never 0 or 100 %."""
        return percent_estimate(self.clickbait_probability)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "text": self.text,
            "score": self.score,
            "overall": self.overall,
            "clickbait_probability": round(self.clickbait_probability, 4),
            "risk": self.risk,
            "type": self.type,
            "verdict": self.verdict,
            "reasons": [reason.to_dict() for reason in self.reasons],
            "contributions": [item.to_dict() for item in self.contributions],
            "red_flags": [flag.to_dict() for flag in self.red_flags],
            "characters": self.characters,
            "words": self.words,
        }
        if self.features is not None:
            data["features"] = self.features.to_dict()
        return data


def percent_estimate(probability: float) -> str:
    """``probability`` as a whole percentage, "<1%" and ">99%" at the ends."""
    if probability < 0.005:
        return "<1%"
    if probability >= 0.995:
        return ">99%"
    return f"{probability:.0%}"


def risk_level(probability: float, flags: int) -> str:
    """Clickbait risk: red flags decide it; a clickbait-site style makes one flag serious."""
    if flags >= 2 or (flags == 1 and probability >= CONFIDENT):
        return "high"
    if flags == 1:
        return "medium"
    return "low"


def overall_score(score: int, probability: float, flags: int) -> int:
    """Appeal scaled down as clickbait risk rises: 12 % per red flag, up to 30 % more when a
    flagged headline also reads like a clickbait site's, and capped when the risk is high."""
    style = STYLE_PENALTY * max(0.0, probability - LIKELY) / (1.0 - LIKELY) if flags else 0.0
    penalty = min(0.8, style + RED_FLAG_PENALTY * flags)
    value = round(score * (1.0 - penalty))
    if risk_level(probability, flags) == "high":
        value = min(value, HIGH_RISK_CAP)
    return max(0, min(100, value))


def verdict_for(overall: int, risk: str) -> str:
    """A short verdict against the A/B-tested headlines; never "strong" unless risk is low."""
    if risk == "high":
        return "Reads as clickbait: tone it down"
    if overall >= 70:
        if risk == "low":
            return "Strong: beats most A/B-tested headlines"
        return "Good, but it trips a clickbait flag"
    if overall >= 45:
        return "Good: above the middle of A/B-tested headlines"
    if overall >= 20:
        return "Fair: the reasons below say what would lift it"
    return "Below most A/B-tested headlines: see what would lift it"


def _advice(
    features: HeadlineFeatures, probability: float, flags: tuple[RedFlag, ...], unit: float
) -> list[Reason]:
    """Reasons from checks the A/B tests cannot speak to: search, keyphrase, clickbait."""
    advice = [
        Reason(f"- {flag.label.lower()}: {flag.explanation}", -_RED_FLAG_IMPACT * unit)
        for flag in flags
    ]
    if flags and probability >= LIKELY:
        advice.append(
            Reason(
                f"- with that flag, it reads like a clickbait site's headline "
                f"({percent_estimate(probability)} likely)",
                -_ADVICE_IMPACT * unit * (1 + 2 * (probability - LIKELY)),
            )
        )
    if not features.fits_search_result:
        advice.append(
            Reason(
                f"- {features.characters} characters: search results cut titles after about "
                f"{SEARCH_RESULT_CHARACTERS}",
                -_ADVICE_IMPACT * unit / 2,
            )
        )
    if features.keyphrase_present is False:
        advice.append(Reason("- the focus keyphrase is missing", -_ADVICE_IMPACT * unit))
    elif features.keyphrase_position == "start":
        advice.append(Reason("+ the focus keyphrase comes first", _ADVICE_IMPACT * unit / 2))
    return advice


def _empty(text: str) -> HeadlineReport:
    return HeadlineReport(
        text=text,
        score=0,
        clickbait_probability=0.0,
        risk="low",
        verdict="No title yet",
        overall=0,
        type="statement",
        reasons=(Reason("- there is no title yet: write one", -1.0),),
        contributions=(),
        red_flags=(),
        characters=0,
        words=0,
    )


@lru_cache(maxsize=1024)
def _analyze(text: str, keyphrase: str | None) -> HeadlineReport:
    if not text:
        return _empty(text)
    features = extract_features(text, keyphrase)
    model = score_model()
    contributions = model.contributions(features.signals)
    linear = sum(item.contribution for item in contributions)
    score = max(0, min(100, round(model.percentile(linear))))
    probability = clickbait_probability(text)
    flags = red_flags(text)
    risk = risk_level(probability, len(flags))
    overall = overall_score(score, probability, len(flags))
    reasons = model_reasons(contributions, model) + _advice(
        features, probability, flags, model.spread
    )
    reasons.sort(key=lambda reason: abs(reason.impact), reverse=True)
    return HeadlineReport(
        text=text,
        score=score,
        clickbait_probability=probability,
        risk=risk,
        verdict=verdict_for(overall, risk),
        overall=overall,
        type=str(features.type),
        reasons=tuple(reasons),
        contributions=contributions,
        red_flags=flags,
        characters=features.characters,
        words=features.words,
        features=features,
    )


def analyze_headline(text: str, keyphrase: str | None = None) -> HeadlineReport:
    """Score a headline; ``keyphrase`` is the story's focus keyphrase, if it has one.

    Safe to call from any thread; the models load on the first call.
    """
    cleaned = " ".join(text.split())
    key = " ".join(keyphrase.split()) if keyphrase and keyphrase.strip() else None
    return _analyze(cleaned, key)
