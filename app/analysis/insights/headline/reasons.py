"""Plain-language reasons for a headline's judgement, strongest first, each with what to do.

The appeal model has several signals for one thing a writer sees (a question mark at the end,
a question mark anywhere, opening with "what"): quoting them one by one produced pairs such as
"+ uses what" next to "- opens with what". Signals are therefore grouped into topics, and each
topic yields at most one reason, signed by the topic's net contribution and worded after the
signal that moved it most. Length has a single rule-based reason with a sweet spot that respects
the search-result limit (:func:`length_reason`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.analysis.insights.headline.features import SEARCH_RESULT_CHARACTERS
from app.analysis.insights.headline.score import Contribution, ScoreModel
from app.document.wording import plural

# Below about 40 characters a title rarely says what the story gives.
SWEET_SPOT_MIN = 40


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason, starting "+ " (helps) or "- " (hurts); ``impact`` is its signed weight in
    units of the appeal model's scores; ``topic`` is what it is about (at most one reason per
    topic); ``action`` is what the writer can do about it."""

    text: str
    impact: float
    topic: str = ""
    action: str = ""

    def without_action(self) -> str:
        """What the reason found, without what to do about it: for beside a line that already
        says that ("- 12 characters: shorter than the sweet spot of 40-60")."""
        for joint in ("; ", ": "):
            said = f"{joint}{self.action}"
            if self.action and said in self.text:
                return self.text.replace(said, "", 1)
        return self.text

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "impact": round(self.impact, 4),
            "topic": self.topic,
            "action": self.action,
        }


@dataclass(frozen=True, slots=True)
class _Wording:
    high: str  # the headline has more of it than most
    low: str  # the headline has less of it than most
    add: str  # what to do when more would help
    cut: str  # what to do when less would help
    subject: str  # who won or lost the tests: "headlines with a number"


_W = _Wording
WORDING: dict[str, _Wording] = {
    "sentences": _W(
        "more than one sentence",
        "a single sentence",
        "a second short sentence can add the payoff",
        "make it one sentence",
        "headlines with more sentences",
    ),
    "ends_with_question": _W(
        "ends in a question mark",
        "ends on a statement",
        "a question can work if the story answers it",
        "answer the question instead of asking it",
        "headlines ending in a question mark",
    ),
    "question_mark": _W(
        "asks a question",
        "asks no question",
        "a question can work if the story answers it",
        "state the answer instead of asking",
        "headlines asking a question",
    ),
    "what": _W(
        "says what happens",
        "does not say what happens",
        "say what happens or what the reader learns",
        "name the thing instead of saying 'what'",
        "headlines using what",
    ),
    "why": _W(
        "promises a why",
        "no why",
        "if the story explains a cause, say why",
        "state the cause instead of teasing it",
        "headlines using why",
    ),
    "who": _W(
        "names who",
        "no who",
        "say who it is about",
        "name the person instead of 'who'",
        "headlines using who",
    ),
    "starts_with_question_word": _W(
        "opens with how, why, what, who or when",
        "opens with a statement",
        "try opening with how or why if the story explains",
        "open with the subject instead of a question word",
        "headlines opening with a question word",
    ),
    "exclamation": _W(
        "an exclamation mark",
        "no exclamation mark",
        "let the facts carry the energy",
        "drop the exclamation mark",
        "headlines with an exclamation mark",
    ),
    "colon": _W(
        "a colon",
        "no colon",
        "a colon can add the payoff after the topic",
        "rewrite it as one phrase without the colon",
        "headlines with a colon",
    ),
    "dash": _W(
        "a dash",
        "no dash",
        "a dash can add the payoff after the topic",
        "rewrite it as one phrase without the dash",
        "headlines with a dash",
    ),
    "ellipsis": _W(
        "an ellipsis",
        "no ellipsis",
        "finish the thought",
        "finish the thought instead of trailing off",
        "headlines with an ellipsis",
    ),
    "quotation": _W(
        "a quotation",
        "no quotation",
        "a short quotation from the story can help",
        "paraphrase the quotation",
        "headlines with a quotation",
    ),
    "number": _W(
        "a concrete number",
        "no concrete number",
        "add a number if the story has one (steps, years, results)",
        "keep only the number that matters",
        "headlines with a number",
    ),
    "starts_with_number": _W(
        "opens with a number",
        "does not open with a number",
        "for a list, open with the count",
        "move the number after the subject",
        "headlines opening with a number",
    ),
    "second_person": _W(
        "speaks to the reader (you, your)",
        "does not address the reader",
        "say what the reader gets (you, your)",
        "say it about the subject rather than 'you'",
        "headlines saying you more often",
    ),
    "first_person": _W(
        "the writer's own voice (I, my)",
        "no first person",
        "if the story is yours, say so (I, my)",
        "put the subject before yourself",
        "headlines saying I more often",
    ),
    "first_plural": _W(
        "says we or our",
        "no we or our",
        "if a team did it, say we",
        "name who 'we' are, or drop it",
        "headlines saying we more often",
    ),
    "third_person": _W(
        "a person at the centre (he, she)",
        "no single person at the centre",
        "if the story centres on someone, name them in the title",
        "lead with what happened rather than who",
        "headlines with more he and she",
    ),
    "person_nouns": _W(
        "a person named by role (a mom, a teacher)",
        "no person named by role",
        "if the story centres on someone, name them by role (a developer, a teacher)",
        "lead with what happened rather than who",
        "headlines naming more people by role",
    ),
    "demonstrative": _W(
        "pointing words (this, these, here)",
        "no pointing words",
        "point at the concrete thing (this tool, these results)",
        "name the thing instead of 'this'",
        "headlines with more this, these and here",
    ),
    "superlative": _W(
        "superlatives (most, best, ever)",
        "no superlatives",
        "if it is verifiably the most or best, say so",
        "drop the superlative unless you can prove it",
        "headlines with more superlatives",
    ),
    "negation": _W(
        "negation (not, never, no)",
        "no negation",
        "a contrast (not X, but Y) can sharpen it",
        "say what is, not what is not",
        "headlines with more negation",
    ),
    "modal": _W(
        "hedging verbs (can, should, might)",
        "no hedging verbs",
        "say what the reader can do",
        "say it plainly instead of 'can' or 'should'",
        "headlines with more hedging verbs",
    ),
    "negative_tone": _W(
        "serious or negative words",
        "few serious words",
        "name the problem the story solves",
        "name what the reader gains rather than the problem",
        "headlines with more negative words",
    ),
    "positive_tone": _W(
        "upbeat words",
        "few upbeat words",
        "name the good outcome",
        "state the facts rather than praise them",
        "headlines with more upbeat words",
    ),
    "sentiment_strength": _W(
        "strong feeling",
        "neutral tone",
        "name the stakes for the reader",
        "let the facts carry the feeling",
        "headlines with stronger feeling",
    ),
    # What is counted is the share of the 1,000 most frequent English words: "leaf", "banned"
    # and "cities" are outside them without being jargon, so the wording says "most common".
    "common_share": _W(
        "mostly very common words",
        "few of the most common words",
        "where a more common word says the same, use it",
        "add one specific term or name",
        "headlines with more of the most common words",
    ),
    "uncommon_share": _W(
        "specific words",
        "plain wording",
        "add one specific term or name",
        "swap rare terms for everyday words",
        "headlines with more uncommon words",
    ),
    "rare_share": _W(
        "rare words or names",
        "everyday words",
        "name the tool, place or person",
        "swap rare terms for everyday words",
        "headlines with more rare words",
    ),
    "syllables_per_word": _W(
        # Said against the A/B-tested headlines: a title of two-syllable words has none a
        # writer calls long, only longer ones than most headlines.
        "longer words than most headlines",
        "shorter words than most headlines",
        "one precise longer word can beat two vague ones",
        "use shorter words",
        "headlines with longer words",
    ),
    "reading_grade": _W(
        "a high reading grade",
        "easy to read",
        "one precise term can beat two vague ones",
        "use shorter words",
        "harder-to-read headlines",
    ),
    "emotional_share": _W(
        "emotional words",
        "no emotional words",
        "say how it felt or what is at stake, honestly",
        "tone down the emotional words",
        "headlines with more emotional words",
    ),
    "power_share": _W(
        "power words",
        "no power words",
        "use one vivid verb",
        "trade power words for specifics",
        "headlines with more power words",
    ),
    "all_caps": _W(
        "words in capitals",
        "no words in capitals",
        "capitals read as shouting: keep them out",
        "write the words in capitals in normal case",
        "headlines with more words in capitals",
    ),
}

# Topic of each model signal. Length signals are left to length_reason.
TOPICS: dict[str, str] = {
    "log_characters": "length",
    "words": "length",
    "sentences": "sentences",
    **dict.fromkeys(
        ("ends_with_question", "question_mark", "what", "why", "who", "starts_with_question_word"),
        "questions",
    ),
    **dict.fromkeys(("exclamation", "colon", "dash", "ellipsis", "quotation"), "punctuation"),
    **dict.fromkeys(("number", "starts_with_number"), "numbers"),
    "second_person": "reader",
    "first_person": "first person",
    "first_plural": "we",
    **dict.fromkeys(("third_person", "person_nouns"), "people"),
    "demonstrative": "pointing words",
    "superlative": "superlatives",
    "negation": "negation",
    "modal": "hedging",
    **dict.fromkeys(("negative_tone", "positive_tone", "sentiment_strength"), "tone"),
    **dict.fromkeys(
        ("common_share", "uncommon_share", "rare_share", "syllables_per_word", "reading_grade"),
        "wording",
    ),
    **dict.fromkeys(("emotional_share", "power_share"), "emotional words"),
    "all_caps": "capitals",
}
# Topics a red flag speaks for: a "+ superlatives" or a "- few serious words: add more" next to
# "- hyperbole" or "- exploits worries" would contradict it.
FLAG_CONFLICTS: dict[str, frozenset[str]] = {
    "exploits-worries": frozenset({"reader", "tone", "emotional words", "negation"}),
    "provocative": frozenset({"tone", "emotional words", "capitals", "punctuation"}),
    "hyperbole": frozenset({"superlatives", "emotional words", "tone"}),
    "curiosity-gap": frozenset({"pointing words", "questions", "punctuation", "people", "length"}),
}

# Drawbacks that a deliberate form answers for: "How to ..." opens with a question word by
# design, and a personal story has its person ("I") in the title. A how-to, a list, a guide,
# a why, a warning or a comparison is about a thing or a skill, not a person, so the A/B tests'
# taste for a person at the centre (news-feed stories about people) does not apply. Blaming
# the form would contradict the lab, which offers these forms.
_NOT_ABOUT_A_PERSON = frozenset({"people"})
FORM_EXEMPTIONS: dict[str, frozenset[str]] = {
    "how-to": frozenset({"questions"}) | _NOT_ABOUT_A_PERSON,
    "personal story": frozenset({"questions"}) | _NOT_ABOUT_A_PERSON,
    "list": _NOT_ABOUT_A_PERSON,
    "guide": _NOT_ABOUT_A_PERSON,
    "why": frozenset({"questions"}) | _NOT_ABOUT_A_PERSON,
    "warning": _NOT_ABOUT_A_PERSON,
    "comparison": _NOT_ABOUT_A_PERSON,
}

# Signals whose low side is plain readability ("easy to read", "short words"): the A/B tests
# slightly favoured precise longer terms, but calling easy reading a fault would contradict the
# readability advice, so a low value is praised when it helps and otherwise left unsaid.
NEVER_A_FAULT_WHEN_LOW = frozenset({"reading_grade", "syllables_per_word"})
# Signals whose absence is no fault: the A/B tests' news-feed stories about someone won, but
# most posts are about a subject, not a person, and "he"/"she" and role nouns ("a mom") are
# all the signals count, so "name them in the title" was told to titles that name the person
# ("Steve Portigal on the value of bad ideas"). Their presence is still praised when it helps.
NO_FAULT_WHEN_ABSENT = frozenset({"third_person", "person_nouns"})
MIN_EVIDENCE_PAIRS = 40
MIN_IMPACT = 0.2  # in units of the model's spread: smaller contributions are noise
MIN_EVIDENCE_MARGIN = 0.03  # a win rate of 51 % is no evidence worth quoting
KEEP = "keep it"


def _wording(name: str, label: str) -> _Wording:
    return WORDING.get(
        name, _Wording(f"more {label}", f"less {label}", f"try more {label}", "use less", "such")
    )


# Signals whose drawback is "swap rare terms for everyday words": never for the subject.
RARE_WORD_SIGNALS = frozenset({"rare_share", "uncommon_share"})


def _topic_reason(
    members: list[Contribution],
    model: ScoreModel,
    praises: bool = True,
    rare_subject: bool = False,
    rare_words: Sequence[str] = (),
) -> Reason | None:
    impact = sum(item.contribution for item in members)
    dominant = max(members, key=lambda item: abs(item.contribution))
    if dominant.contribution * impact <= 0:
        return None  # the signals of this topic cancel out: nothing to say
    if dominant.name == "positive_tone" and impact < 0 and not praises:
        return None  # "not the problem" reads as upbeat, but there is no praise to cut
    if dominant.name in RARE_WORD_SIGNALS and impact < 0 and rare_subject:
        return None  # "Polars" is what the story is about: no everyday word says it
    feature = model.feature(dominant.name)
    if feature is None:
        return None
    wording = _wording(dominant.name, dominant.label)
    high = dominant.value > feature.mean
    if not high and impact < 0 and dominant.name in NEVER_A_FAULT_WHEN_LOW | NO_FAULT_WHEN_ABSENT:
        return None
    state = wording.high if high else wording.low
    more_helps = (impact > 0) == high
    action = KEEP if impact > 0 else wording.add if more_helps else wording.cut
    if dominant.name in RARE_WORD_SIGNALS and impact < 0 and high and rare_words:
        # Which words: a name among them ("Japan") is the writer's to keep.
        state += " (" + ", ".join(f"‘{word}’" for word in rare_words) + ")"
    evidence = ""
    won = feature.higher_won
    if (
        feature.evidence_pairs >= MIN_EVIDENCE_PAIRS
        and abs(won - 0.5) >= MIN_EVIDENCE_MARGIN
        and (won > 0.5) == more_helps
    ):
        share = won if won > 0.5 else 1.0 - won
        evidence = f" ({wording.subject} {'won' if won > 0.5 else 'lost'} {share:.0%} of A/B tests)"
    text = f"{'+' if impact > 0 else '-'} {state}: {action}{evidence}"
    return Reason(text, impact, TOPICS.get(dominant.name, dominant.name), action)


def model_reasons(
    contributions: Iterable[Contribution],
    model: ScoreModel,
    limit: int = 5,
    flag_ids: Iterable[str] = (),
    kind: str = "",
    praises: bool = True,
    rare_subject: bool = False,
    rare_words: Sequence[str] = (),
) -> list[Reason]:
    """One reason per topic for the strongest topics of the appeal model, citing the tests
    where they agree; reasons on a topic a red flag speaks for, and drawbacks that the
    headline's form (``kind``) answers for, are left out, and so are "stop praising" for a
    headline that ``praises`` nothing and "swap rare terms" when a rare word is the story's
    subject (``rare_subject``); "swap rare terms" names the title's ``rare_words``."""
    by_topic: dict[str, list[Contribution]] = {}
    for item in contributions:
        topic = TOPICS.get(item.name, item.name)
        if topic != "length":
            by_topic.setdefault(topic, []).append(item)
    muted = frozenset().union(*(FLAG_CONFLICTS.get(flag, frozenset()) for flag in flag_ids))
    threshold = MIN_IMPACT * model.spread
    reasons = []
    for members in by_topic.values():
        reason = _topic_reason(members, model, praises, rare_subject, rare_words)
        if reason is None or abs(reason.impact) < threshold:
            continue
        if reason.topic in muted:
            continue  # the red flag speaks for this topic: praise or "add more" would contradict it
        if reason.impact < 0 and reason.topic in FORM_EXEMPTIONS.get(kind, frozenset()):
            continue
        reasons.append(reason)
    reasons = _without_clashes(reasons)
    reasons.sort(key=lambda reason: abs(reason.impact), reverse=True)
    return reasons[:limit]


# Topics whose advice pulls against another's: in "A Happy Ending for My Budget" the upbeat
# word to cut is the emotional word to keep, and in "10 Best Free Tools" the upbeat word to
# cut is the superlative to keep, so the weaker of the two is left out.
CLASHING_TOPICS = (("tone", "emotional words"), ("tone", "superlatives"))


def _without_clashes(reasons: list[Reason]) -> list[Reason]:
    by_topic = {reason.topic: reason for reason in reasons}
    dropped = set()
    for first, second in CLASHING_TOPICS:
        one, other = by_topic.get(first), by_topic.get(second)
        if one is not None and other is not None and one.impact * other.impact < 0:
            dropped.add(min((one, other), key=lambda reason: abs(reason.impact)).topic)
    return [reason for reason in reasons if reason.topic not in dropped]


def length_reason(characters: int, unit: float, *, has_number: bool = False) -> Reason:
    """The one reason about length: a sweet spot of 40-60 characters, long enough to say
    what the story gives (longer headlines won the A/B tests) and short enough to show whole
    in a search result. A short title that ``has_number`` is not asked for one."""
    if characters > SEARCH_RESULT_CHARACTERS:
        action = f"tighten to {SEARCH_RESULT_CHARACTERS} or fewer; put the key words first"
        text = (
            f"- {plural(characters, 'character')}: search results cut titles after about "
            f"{SEARCH_RESULT_CHARACTERS}; {action}"
        )
        return Reason(text, -0.5 * unit, "length", action)
    if characters < SWEET_SPOT_MIN:
        details = "who, what, the result" if has_number else "who, what, a number, the result"
        action = f"add a specific detail ({details})"
        text = (
            f"- {plural(characters, 'character')}: shorter than the sweet spot of {SWEET_SPOT_MIN}-"
            f"{SEARCH_RESULT_CHARACTERS}; {action}"
        )
        impact = -0.5 * unit * min(1.0, (SWEET_SPOT_MIN - characters) / 20 + 0.25)
        return Reason(text, impact, "length", action)
    text = (
        f"+ {plural(characters, 'character')}: in the sweet spot of {SWEET_SPOT_MIN}-"
        f"{SEARCH_RESULT_CHARACTERS}, room to say what the story gives and shown whole in "
        f"search: {KEEP}"
    )
    return Reason(text, 0.3 * unit, "length", KEEP)
