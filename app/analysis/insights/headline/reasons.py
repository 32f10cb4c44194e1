"""Plain-language reasons for a headline's score, strongest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.analysis.insights.headline.score import Contribution, ScoreModel


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason, starting "+ " (helps) or "- " (hurts); ``impact`` is its signed weight."""

    text: str
    impact: float

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "impact": round(self.impact, 4)}


@dataclass(frozen=True, slots=True)
class _Wording:
    high: str  # the headline has more of it than most
    low: str  # the headline has less of it than most
    subject: str  # who won or lost the tests: "headlines with a number"


_WORDING: dict[str, _Wording] = {
    "log_characters": _Wording(
        "longer than most headlines", "shorter than most headlines", "the longer headline"
    ),
    "words": _Wording("more words than most", "fewer words than most", "the wordier headline"),
    "sentences": _Wording(
        "more than one sentence", "a single sentence", "headlines with more sentences"
    ),
    "ends_with_question": _Wording(
        "ends in a question mark", "ends on a statement", "headlines ending in a question mark"
    ),
    "question_mark": _Wording("asks a question", "asks no question", "headlines asking a question"),
    "exclamation": _Wording(
        "an exclamation mark", "no exclamation mark", "headlines with an exclamation mark"
    ),
    "colon": _Wording("a colon", "no colon", "headlines with a colon"),
    "dash": _Wording("a dash", "no dash", "headlines with a dash"),
    "ellipsis": _Wording("an ellipsis", "no ellipsis", "headlines with an ellipsis"),
    "quotation": _Wording("a quotation", "no quotation", "headlines with a quotation"),
    "number": _Wording("a concrete number", "no concrete number", "headlines with a number"),
    "starts_with_number": _Wording(
        "opens with a number", "does not open with a number", "headlines opening with a number"
    ),
    "second_person": _Wording(
        "speaks to the reader (you, your)",
        "does not address the reader",
        "the headline saying you more often",
    ),
    "first_person": _Wording(
        "the writer's own voice (I, my)", "no first person", "the headline saying I more often"
    ),
    "first_plural": _Wording("says we or our", "no we or our", "the headline saying we more often"),
    "third_person": _Wording(
        "a person at the centre (he, she)",
        "no single person at the centre",
        "the headline with more he and she",
    ),
    "person_nouns": _Wording(
        "a person named by role (a mom, a teacher)",
        "no person named by role",
        "the headline naming more people by role",
    ),
    "demonstrative": _Wording(
        "pointing words (this, these, here)",
        "no pointing words",
        "the headline with more this, these and here",
    ),
    "what": _Wording("uses what", "does not use what", "headlines using what"),
    "why": _Wording("uses why", "does not use why", "headlines using why"),
    "who": _Wording("uses who", "does not use who", "headlines using who"),
    "starts_with_question_word": _Wording(
        "opens with how, why, what, who or when",
        "does not open with a question word",
        "headlines opening with a question word",
    ),
    "superlative": _Wording(
        "superlatives (most, best, ever)", "no superlatives", "the headline with more superlatives"
    ),
    "negation": _Wording(
        "negation (not, never, no)", "no negation", "the headline with more negation"
    ),
    "modal": _Wording(
        "hedging verbs (can, should, might)",
        "no hedging verbs",
        "the headline with more hedging verbs",
    ),
    "negative_tone": _Wording(
        "negative words", "few negative words", "the headline with more negative words"
    ),
    "positive_tone": _Wording(
        "upbeat words", "few upbeat words", "the headline with more upbeat words"
    ),
    "sentiment_strength": _Wording(
        "strong feeling", "neutral tone", "the headline with stronger feeling"
    ),
    "common_share": _Wording(
        "mostly everyday words", "few everyday words", "the headline with more everyday words"
    ),
    "uncommon_share": _Wording(
        "many uncommon words", "few uncommon words", "the headline with more uncommon words"
    ),
    "rare_share": _Wording(
        "rare words or names", "few rare words or names", "the headline with more rare words"
    ),
    "emotional_share": _Wording(
        "emotional words", "no emotional words", "the headline with more emotional words"
    ),
    "power_share": _Wording("power words", "no power words", "the headline with more power words"),
    "all_caps": _Wording(
        "words in capitals", "no words in capitals", "the headline with more words in capitals"
    ),
    "syllables_per_word": _Wording("long words", "short words", "the headline with longer words"),
    "reading_grade": _Wording(
        "a high reading grade", "easy to read", "the harder-to-read headline"
    ),
}

MIN_EVIDENCE_PAIRS = 40
MIN_IMPACT = 0.2  # in units of the model's spread: smaller contributions are noise
MIN_EVIDENCE_MARGIN = 0.03  # a win rate of 51 % is no evidence worth quoting


def _wording(contribution: Contribution) -> _Wording:
    return _WORDING.get(
        contribution.name,
        _Wording(f"more {contribution.label}", f"less {contribution.label}", "such headlines"),
    )


def model_reasons(
    contributions: Iterable[Contribution], model: ScoreModel, limit: int = 5
) -> list[Reason]:
    """Reasons for the strongest contributions, citing the tests where they agree."""
    ranked = sorted(contributions, key=lambda c: abs(c.contribution), reverse=True)
    threshold = MIN_IMPACT * model.spread
    reasons = []
    for contribution in ranked[:limit]:
        impact = contribution.contribution
        if abs(impact) < threshold:
            break
        feature = model.feature(contribution.name)
        if feature is None:
            continue
        wording = _wording(contribution)
        high = contribution.value > feature.mean
        text = f"{'+' if impact > 0 else '-'} {wording.high if high else wording.low}"
        won = feature.higher_won
        # Cite the tests only where the raw win rate points the same way as the model.
        more_helps = impact > 0 if high else impact < 0
        if (
            feature.evidence_pairs >= MIN_EVIDENCE_PAIRS
            and abs(won - 0.5) >= MIN_EVIDENCE_MARGIN
            and (won > 0.5) == more_helps
        ):
            share = won if won > 0.5 else 1.0 - won
            verb = "won" if won > 0.5 else "lost"
            text += f": {wording.subject} {verb} {share:.0%} of A/B tests"
        reasons.append(Reason(text, impact))
    return reasons
