"""One call for everything about a headline: appeal, clickbait risk, red flags and reasons."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from app.analysis.insights.headline import lexicon
from app.analysis.insights.headline.clickbait import clickbait_probability
from app.analysis.insights.headline.features import (
    SEARCH_RESULT_CHARACTERS,
    HeadlineFeatures,
    extract_features,
)
from app.analysis.insights.headline.kinds import HeadlineType
from app.analysis.insights.headline.reasons import (
    SWEET_SPOT_MIN,
    Reason,
    length_reason,
    model_reasons,
)
from app.analysis.insights.headline.red_flags import RedFlag, red_flags
from app.analysis.insights.headline.score import Contribution, score_model
from app.analysis.text.words import WORD_RE, normalize
from app.document.wording import plural

# The classifier measures how much a headline reads like those of clickbait sites rather than
# news; the red flags catch the practices Medium's curators hold back. Blog headlines (lists,
# how-tos, first-person stories, "what I learned") share the clickbait sites' wording without
# any of their practices: the classifier, which never saw a blog, is all but certain about many
# honest titles (p > 0.99). So the risk follows the red flags, the style alone may cost only
# part of the standards (see Blend), a form Medium writers use honestly costs nothing in itself
# (see EXPLAINED_FORMS), and the style never sinks a title without a red flag into the weak
# band (see CLEAN_FLOOR).
LIKELY = 0.5
CONFIDENT = 0.75


@dataclass(frozen=True, slots=True)
class Blend:
    """How ``overall`` weighs appeal against Medium's standards.

    ``overall`` = appeal_share * appeal + (1 - appeal_share) * standards - the search cut
    cost, where standards = 100 - style_points * p^style_exponent - RED_FLAG_PENALTY per red
    flag, for the clickbait-style probability p (less what the title's form alone explains,
    see EXPLAINED_FORMS); then a title without a red flag is raised to
    CLEAN_FLOOR if its style took it below, and labels and high-risk headlines are
    capped. ``style_points`` stays below 100 * (1 - HIGH_RISK_CAP /
    (100 * (1 - appeal_share))): the style alone never sinks a headline without a red flag to
    the level of a high-risk one.
    """

    appeal_share: float
    style_points: float
    style_exponent: float


# Chosen by ``python -m tools.train_headline --only blend`` on the development parts only: the
# mean of three shares, honest news above clickbait-site headlines (out of fold), published
# Medium titles above clickbait-site headlines, and A/B-test winners above losers.
BLEND = Blend(appeal_share=0.4, style_points=60.0, style_exponent=4.0)
NOTABLE_STYLE_LOSS = 12.5  # standards points the style costs before it is worth a word
# Forms that Medium writers use honestly and the viral sites use too, with the share of
# viral-site headlines among the development part's labelled headlines of that form (90 of
# 95 how-tos). The classifier, which knows only news and viral sites, holds that share against
# every title of the form; on Medium the form is standard. So for a title of such a form with
# no red flag, the style costs only what its wording adds beyond the form: the style loss of
# the form's share (48 standards points for a how-to) is not counted, and the style may cost
# a how-to at most 12. Printed by ``python -m tools.train_headline --only blend``, which keeps
# a form only if no development figure drops by more than half a point for it. Numbered lists
# (3645 of 4112 viral-site) are left out: a third of the viral-site headlines are lists
# without a red flag, worded as Medium writers word theirs, and lifting them would drop honest
# news above clickbait-site headlines from 98.0 to 92.6 % and Medium titles above them from
# 87.5 to 77.3 % on the development part.
EXPLAINED_FORMS: Mapping[str, float] = MappingProxyType(
    {
        HeadlineType.HOW_TO: 0.947,
        HeadlineType.PERSONAL_STORY: 0.881,
        HeadlineType.WHY: 0.961,
        HeadlineType.WARNING: 0.828,
    }
)
RED_FLAG_PENALTY = 15  # points of standards per red flag
HIGH_RISK_CAP = 20  # the overall score of a high-risk headline never exceeds this
# A title of one or two words is a label: it names a subject but cannot say what the reader
# gets, so however clean it is, it stays in the weak band: above any high-risk headline (a
# bland label misleads nobody) and below any title of three words or more that trips no red
# flag (those score at least CLEAN_FLOOR).
LABEL_WORDS = 3
LABEL_CAP = 22
# Search results and Medium's previews cut a title after about 60 characters: the reader never
# sees the rest, and the length reason asks to tighten. A step at the limit, then a point a
# character: tightening a title to just within the limit, as the advice asks, raises
# ``overall`` although the appeal model (fitted on uncut news-feed headlines) prefers longer
# ones; cutting it far shorter can still cost appeal.
SEARCH_CUT_STEP = 5
SEARCH_CUT_MAX = 20

# Bands of ``overall``, lowest first: (name, lowest overall).
BANDS = (("weak", 0), ("fair", 40), ("good", 55), ("strong", 70))
# A title over twice what search shows is a paragraph, whatever its wording: the search cut's
# cost stops at SEARCH_CUT_MAX, so without a cap 350 characters could still read "Strong".
PARAGRAPH_CHARACTERS = 2 * SEARCH_RESULT_CHARACTERS
PARAGRAPH_CAP = BANDS[2][1] - 1
# A title of three words or more that trips no red flag is never weak for its style: without
# the style it scores at least (1 - appeal_share) * 100 - SEARCH_CUT_MAX (40 with BLEND), even
# at the least appeal and with the longest cut, and the viral-site style, which the classifier
# finds in many honest how-tos, recipes and personal essays, may lower it to the fair band's
# floor but no further. Clickbait is what the red flags catch: a flagged title gets no floor.
CLEAN_FLOOR = BANDS[1][1]

# Impacts of reasons that do not come from the fitted model, in units of the model's spread
# (one standard deviation of the training headlines' scores), so they rank among its reasons.
_ADVICE_IMPACT = 0.5
_RED_FLAG_IMPACT = 1.0


@dataclass(frozen=True, slots=True)
class HeadlineReport:
    """The headline's appeal (``score``, a percentile among real A/B-tested headlines, 50 =
    typical), its clickbait risk, and ``overall``: appeal and Medium's distribution standards
    in one judgement, shown as a ``band`` with what would ``lift`` it."""

    text: str
    score: int
    clickbait_probability: float
    risk: str  # "low", "medium" or "high"
    verdict: str
    overall: int
    band: str  # "weak", "fair", "good" or "strong"
    lift: str  # what would lift it to the next band
    type: str
    reasons: tuple[Reason, ...]
    contributions: tuple[Contribution, ...]
    red_flags: tuple[RedFlag, ...]
    characters: int
    words: int
    features: HeadlineFeatures | None = field(default=None, compare=False, hash=False, repr=False)
    #: What beyond appeal and standards lowered ``overall`` (a search cut, a cap).
    limits: tuple[str, ...] = ()
    #: Standards points the viral-site style cost, less what the title's form explains.
    style_loss: float = 0.0

    @property
    def standards(self) -> float:
        """How well the headline meets Medium's distribution standards, 0-100."""
        return standards_after(self.style_loss, len(self.red_flags))

    @property
    def clickbait_percent(self) -> str:
        """The clickbait-style probability for people: a model's estimate is never 0 or 100 %."""
        return percent_estimate(self.clickbait_probability)

    @property
    def risk_note(self) -> str:
        """The risk's grounds in one phrase, never contradicting the risk level."""
        flags = len(self.red_flags)
        if flags:
            grounds = plural(flags, "red flag")
            if self.clickbait_probability >= LIKELY:
                grounds += f"; viral-site style {self.clickbait_percent}"
            return grounds
        if self.style_loss >= NOTABLE_STYLE_LOSS:
            return "no red flag, though its wording reads like viral sites' and costs it points"
        return "no red flag"

    @property
    def length_note(self) -> str:
        """What the headline's length means, in a few words ("fits a search result")."""
        if self.characters > SEARCH_RESULT_CHARACTERS:
            return f"search results cut it at about {SEARCH_RESULT_CHARACTERS}"
        if self.characters < SWEET_SPOT_MIN:
            return f"shorter than the sweet spot of {SWEET_SPOT_MIN}-{SEARCH_RESULT_CHARACTERS}"
        return "fits a search result"

    def reason_lines(self, limit: int, *, leave_out: Collection[str] = ()) -> list[str]:
        """The first ``limit`` reasons as shown under the lift, which already says what to do
        about the first drawback: that one says only what was found. Reasons about the topics
        ``leave_out`` are said elsewhere ("length", beside the ``length_note``)."""
        source = lift_source(self.reasons)
        kept = [reason for reason in self.reasons if reason.topic not in leave_out]
        return [
            reason.without_action() if reason is source else reason.text for reason in kept[:limit]
        ]

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "text": self.text,
            "score": self.score,
            "overall": self.overall,
            "band": self.band,
            "lift": self.lift,
            "clickbait_probability": round(self.clickbait_probability, 4),
            "risk": self.risk,
            "risk_note": self.risk_note,
            "type": self.type,
            "verdict": self.verdict,
            "reasons": [reason.to_dict() for reason in self.reasons],
            "contributions": [item.to_dict() for item in self.contributions],
            "red_flags": [flag.to_dict() for flag in self.red_flags],
            "characters": self.characters,
            "words": self.words,
            "limits": list(self.limits),
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


def explained_style(
    form: str, flags: int, blend: Blend = BLEND, forms: Mapping[str, float] = EXPLAINED_FORMS
) -> float:
    """Standards points of style that a title's form alone explains: for a title of one of
    ``forms`` with no red flag, the style loss of the form's share of viral-site headlines;
    otherwise none (a red flag makes the wording's resemblance count in full)."""
    share = forms.get(form)
    if share is None or flags:
        return 0.0
    return blend.style_points * share**blend.style_exponent


def style_loss(
    probability: float,
    blend: Blend = BLEND,
    form: str = HeadlineType.STATEMENT,
    flags: int = 0,
    forms: Mapping[str, float] = EXPLAINED_FORMS,
) -> float:
    """Standards points lost to a clickbait site's style, beyond what the title's ``form``
    explains when it trips no red flag."""
    loss = blend.style_points * probability**blend.style_exponent
    return max(0.0, loss - explained_style(form, flags, blend, forms))


def standards_score(
    probability: float,
    flags: int,
    blend: Blend = BLEND,
    form: str = HeadlineType.STATEMENT,
    forms: Mapping[str, float] = EXPLAINED_FORMS,
) -> float:
    """How well the headline meets Medium's distribution standards, 0-100."""
    return standards_after(style_loss(probability, blend, form, flags, forms), flags)


def standards_after(loss: float, flags: int) -> float:
    """The standards left after ``loss`` points of style and ``flags`` red flags, 0-100."""
    return max(0.0, 100.0 - loss - RED_FLAG_PENALTY * flags)


def search_cut_cost(characters: int) -> int:
    """Points of overall lost to the words a search result cuts off."""
    if characters <= SEARCH_RESULT_CHARACTERS:
        return 0
    return min(SEARCH_CUT_MAX, SEARCH_CUT_STEP + characters - SEARCH_RESULT_CHARACTERS)


def overall_score(
    score: int,
    probability: float,
    flags: int,
    words: int,
    characters: int,
    blend: Blend = BLEND,
    form: str = HeadlineType.STATEMENT,
    forms: Mapping[str, float] = EXPLAINED_FORMS,
) -> int:
    """Appeal and standards in one judgement, less what search cuts off; a high-risk headline
    and a label are capped."""
    return overall_breakdown(score, probability, flags, words, characters, blend, form, forms)[0]


def overall_breakdown(
    score: int,
    probability: float,
    flags: int,
    words: int,
    characters: int,
    blend: Blend = BLEND,
    form: str = HeadlineType.STATEMENT,
    forms: Mapping[str, float] = EXPLAINED_FORMS,
) -> tuple[int, tuple[str, ...]]:
    """The overall score, and what beyond the blend of appeal and standards lowered it ("12
    off for the words search results cut", "at most 22 for a title of two words"). A title of
    three words or more without a red flag scores at least CLEAN_FLOOR, whatever its style;
    ``form`` is the title's type (``kinds.HeadlineType``), whose share of the style
    ``forms`` may explain."""
    share = blend.appeal_share
    standards = standards_score(probability, flags, blend, form, forms)
    value = share * score + (1.0 - share) * standards
    limits: list[str] = []
    cut = search_cut_cost(characters)
    if cut:
        value -= cut
        limits.append(f"{cut} off for the words search results cut")
    if not flags and words >= LABEL_WORDS:
        # Never above what it would score without the style (a blend with a larger appeal
        # share could put that below the floor): the floor only undoes the style's cost.
        without_style = share * score + (1.0 - share) * 100.0 - cut
        value = max(value, min(CLEAN_FLOOR, without_style))
    if characters > PARAGRAPH_CHARACTERS and value > PARAGRAPH_CAP:
        value = PARAGRAPH_CAP
        limits.append(
            f"at most {PARAGRAPH_CAP} for a title of over {PARAGRAPH_CHARACTERS} characters"
        )
    if words < LABEL_WORDS and value > LABEL_CAP:
        value = LABEL_CAP
        limits.append(f"at most {LABEL_CAP} for a title of {words} word{'s' * (words != 1)}")
    if risk_level(probability, flags) == "high" and value > HIGH_RISK_CAP:
        value = HIGH_RISK_CAP
        limits.append(f"at most {HIGH_RISK_CAP} at a high clickbait risk")
    return max(0, min(100, round(value))), tuple(limits)


def band_for(overall: int, risk: str) -> str:
    """weak, fair, good or strong; never strong unless the clickbait risk is low."""
    band = next(name for name, lowest in reversed(BANDS) if overall >= lowest)
    if band == "strong" and risk != "low":
        return "good"
    return band


def lift_source(reasons: tuple[Reason, ...]) -> Reason | None:
    """The reason whose action the lift gives: the strongest drawback with one."""
    return next((reason for reason in reasons if reason.impact < 0 and reason.action), None)


def lift_for(band: str, reasons: tuple[Reason, ...]) -> str:
    """What would lift the headline: the action of its strongest drawback (for a strong one,
    what would polish it, if a drawback is listed beside it)."""
    drawback = lift_source(reasons)
    if band == "strong":
        if drawback is None:
            return "Keep it: nothing stands out to change"
        return f"Strong already; to polish it: {drawback.action[0].lower()}{drawback.action[1:]}"
    if drawback is None:
        return "To lift it: say what the reader gets, with one specific detail"
    action = drawback.action
    return f"To lift it: {action[0].lower()}{action[1:]}"


_BAND_SUMMARY = {
    "strong": "Strong: clear, honest and likely to draw readers",
    "good": "Good: clear and honest",
    "fair": "Fair: honest, but it could say more",
    "weak": "Weak: below most published titles",
}


def verdict_for(band: str, risk: str, probability: float = 0.0) -> str:
    """A short verdict for the band; a high risk is named first. A fair title worded like the
    viral sites' (clickbait ``probability`` past LIKELY) is not called honest: with no red flag
    it stays fair, but nothing here vouches for it ("17 Things Only 90s Kids Will
    Understand")."""
    if risk == "high":
        return "Weak: reads as clickbait, tone it down"
    if risk == "medium":
        return f"{band.capitalize()}, but it trips one of Medium's red flags"
    if band == "fair" and probability >= LIKELY:
        return "Fair: it could say more"
    return _BAND_SUMMARY[band]


def _advice(
    features: HeadlineFeatures, probability: float, flags: tuple[RedFlag, ...], unit: float
) -> list[Reason]:
    """Reasons from checks the A/B tests cannot speak to: search, keyphrase, clickbait."""
    advice = [
        Reason(
            f"- {flag.label.lower()}: {flag.explanation}",
            -_RED_FLAG_IMPACT * unit,
            f"red flag: {flag.id}",
            flag.explanation.rsplit("; ", 1)[-1].rstrip("."),
        )
        for flag in flags
    ]
    if flags and probability >= LIKELY:
        action = "say plainly what the story gives the reader"
        advice.append(
            Reason(
                f"- with that flag, it reads like a clickbait site's headline: {action}",
                -_ADVICE_IMPACT * unit * (1 + 2 * (probability - LIKELY)),
                "clickbait style",
                action,
            )
        )
    length = length_reason(features.characters, unit, has_number=bool(features.numbers))
    # Praising the length of a flagged title ("room to say what the story gives") would
    # contradict the flag that says it teases or overclaims.
    if not (length.impact > 0 and flags):
        advice.append(length)
    if features.keyphrase_present is False:
        action = "put the focus keyphrase in the title, near the start"
        advice.append(
            Reason(
                f"- the focus keyphrase is missing: {action}",
                -_ADVICE_IMPACT * unit,
                "keyphrase",
                action,
            )
        )
    elif features.keyphrase_position == "start":
        advice.append(
            Reason(
                "+ the focus keyphrase comes first: keep it",
                _ADVICE_IMPACT * unit / 2,
                "keyphrase",
                "keep it",
            )
        )
    return advice


def _appeal_reason(score: int, band: str, unit: float) -> Reason:
    """The reason for a band below strong when no drawback stands out: the appeal. For a good
    title it is what stands between it and strong, not a fault: "below most headlines" beside
    "Good: clear and honest" would read as two verdicts that disagree."""
    action = "say what the reader gets, with one specific detail"
    if score >= 50:
        state = "it names a subject without saying what the reader gets"
    elif band == "good":
        state = (
            f"short of strong on appeal alone ({score}/100: how headlines like it drew clicks "
            "in news-feed A/B tests)"
        )
    else:
        state = f"appeal {score}/100, below most A/B-tested headlines with no single fault"
    return Reason(f"- {state}: {action}", -_ADVICE_IMPACT * unit, "appeal", action)


def _empty(text: str) -> HeadlineReport:
    action = "write one that says what the story gives the reader"
    return HeadlineReport(
        text=text,
        score=0,
        clickbait_probability=0.0,
        risk="low",
        verdict="No title yet",
        overall=0,
        band="weak",
        lift=f"To lift it: {action}",
        type="statement",
        reasons=(Reason(f"- there is no title yet: {action}", -1.0, "title", action),),
        contributions=(),
        red_flags=(),
        characters=0,
        words=0,
    )


def _rare_subject(text: str, keyphrase: str | None, present: bool | None) -> bool:
    """Whether no rare word of the title is one to swap for an everyday word: the rare words
    are numbers ("Go Turns 10"), acronyms or words with digits ("GPT-4"), names ("A portrait
    of JuliaCon 2018"), or the title names the story's focus keyphrase and that holds an
    uncommon word ("Polars")."""
    tokens = WORD_RE.findall(text)
    rare = _rare_words(tokens)
    names = _names(tokens)
    if rare and not any(t.isalpha() and not t.isupper() and t not in names for t in rare):
        return True  # a number, a code or a name is what it is: no everyday word says it
    if not keyphrase or not present:
        return False
    return any(lexicon.word_rank(word) > lexicon.COMMON_RANK for word in keyphrase.lower().split())


def _rare_words(tokens: list[str]) -> list[str]:
    """The title's words English seldom writes, as the title writes them."""
    return [
        token for token in tokens if lexicon.word_rank(normalize(token)) > lexicon.UNCOMMON_RANK
    ]


def _names(tokens: list[str]) -> frozenset[str]:
    """The words of a title written as names: with a capital inside ("JuliaCon", "rOpenSci"),
    or capitalised after the first word of a title in sentence case ("Julia" in "Announcing
    the release of Julia 1.0"; in Title Case every word has its capital)."""
    sentence_case = any(t[:1].islower() and len(t) > 3 for t in tokens[1:])
    return frozenset(
        token
        for index, token in enumerate(tokens)
        if any(char.isupper() for char in token[1:])
        or (sentence_case and index > 0 and token[:1].isupper())
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
    overall, limits = overall_breakdown(
        score, probability, len(flags), features.words, features.characters, form=features.type
    )
    # A label's word-level reasons ("few of the most common words" for "Notes") are noise: what it
    # lacks is a claim, which the length reason asks for.
    reasons = (
        model_reasons(
            contributions,
            model,
            flag_ids=[flag.id for flag in flags],
            kind=str(features.type),
            praises=lexicon.praises(text),
            rare_subject=_rare_subject(text, keyphrase, features.keyphrase_present),
            rare_words=_rare_words(WORD_RE.findall(text)),
        )
        if features.words >= LABEL_WORDS
        else []
    ) + _advice(features, probability, flags, model.spread)
    if risk == "high":
        # "Keep it" beside "reads as clickbait, tone it down" would pull the other way.
        reasons = [reason for reason in reasons if reason.impact < 0]
    reasons.sort(key=lambda reason: abs(reason.impact), reverse=True)
    band = band_for(overall, risk)
    if band != "strong" and not any(reason.impact < 0 and reason.action for reason in reasons):
        # The lift must follow from a reason shown: with no drawback to name, what holds the
        # band down is the appeal, made of signals each too small to quote.
        reasons.insert(0, _appeal_reason(score, band, model.spread))
    return HeadlineReport(
        text=text,
        score=score,
        clickbait_probability=probability,
        risk=risk,
        verdict=verdict_for(band, risk, probability),
        overall=overall,
        band=band,
        lift=lift_for(band, tuple(reasons)),
        type=str(features.type),
        reasons=tuple(reasons),
        contributions=contributions,
        red_flags=flags,
        characters=features.characters,
        words=features.words,
        features=features,
        limits=limits,
        style_loss=style_loss(probability, form=features.type, flags=len(flags)),
    )


def analyze_headline(text: str, keyphrase: str | None = None) -> HeadlineReport:
    """Score a headline; ``keyphrase`` is the story's focus keyphrase, if it has one.

    Safe to call from any thread; the models load on the first call.
    """
    cleaned = " ".join(text.split())
    key = " ".join(keyphrase.split()) if keyphrase and keyphrase.strip() else None
    return _analyze(cleaned, key)
