"""Headline features: what a writer can see and change in a title.

:func:`extract_features` gives the writer-facing description (length, word balance,
sentiment, type, skimmability, keyphrase, grade, numbers, "you", capitalisation) together with
the numeric signals the appeal model weighs (:data:`SIGNALS`). The training script computes the
very same signals, so the fitted weights and the app never disagree about a feature.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from app.analysis.insights.headline import lexicon
from app.analysis.insights.headline.kinds import HeadlineType, headline_type
from app.analysis.text.syllables import syllable_count
from app.analysis.text.words import WORD_RE, normalize

# Google shows about 60 characters of a title in a search result; Medium's previews cut
# long titles too.
SEARCH_RESULT_CHARACTERS = 60

SECOND_PERSON = frozenset(
    {"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd"}
)
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll"})
THIRD_SINGULAR = frozenset(
    {"he", "she", "him", "her", "his", "hers", "himself", "herself", "he's", "she's"}
)
DEMONSTRATIVE = frozenset({"this", "these", "here", "here's"})
NEGATION = frozenset(
    {
        "not", "no", "never", "nothing", "nobody", "none", "don't", "can't", "won't", "isn't",
        "doesn't", "didn't", "aren't", "wasn't", "couldn't", "shouldn't", "wouldn't",
    }
)  # fmt: skip
MODAL = frozenset({"can", "could", "should", "would", "might", "may", "will", "must"})
SUPERLATIVE = frozenset({"most", "best", "worst", "least", "ever", "greatest", "biggest"})
NUMBER_WORDS = frozenset(
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "fifty", "hundred",
        "thousand", "million", "billion", "dozen",
    }
)  # fmt: skip

# A number standing as a word ("10 Tips", "$4K", "5pm", "Top-10"), not the digits of a name
# ("ARM64", "MP3", "COVID-19", "GPT-4"): a reader counts only the first as a promise.
_NUMBER_RE = re.compile(r"(?<![^\W_])(?<![A-Z][-‐‑–])[$£€]?\d+(?:[.,]\d+)*%?")
_SENTENCE_BREAK_RE = re.compile(r"[.!?…]+[\"'”’)]*\s+(?=\S)")
_QUOTE_RE = re.compile(r"[\"“”]|(?:^|\s)['‘][^\s']")
_DASH_RE = re.compile(r"\s[-–—]\s|—")


@dataclass(frozen=True, slots=True)
class Signal:
    """One numeric input of the appeal model, named for the writer."""

    name: str
    label: str  # what it measures, in plain words ("a question mark at the end")


SIGNALS: tuple[Signal, ...] = (
    Signal("log_characters", "length in characters (log scale)"),
    Signal("words", "length in words"),
    Signal("sentences", "number of sentences"),
    Signal("ends_with_question", "a question mark at the end"),
    Signal("question_mark", "a question mark anywhere"),
    Signal("exclamation", "an exclamation mark"),
    Signal("colon", "a colon"),
    Signal("dash", "a dash"),
    Signal("ellipsis", "an ellipsis"),
    Signal("quotation", "a quotation"),
    Signal("number", "a concrete number"),
    Signal("starts_with_number", "a number up front"),
    Signal("second_person", "speaking to the reader (you, your)"),
    Signal("first_person", "the writer's own voice (I, my)"),
    Signal("first_plural", "we, us, our"),
    Signal("third_person", "a person at the centre (he, she)"),
    Signal("person_nouns", "a person named by role (a mom, a teacher)"),
    Signal("demonstrative", "pointing words (this, these, here)"),
    Signal("what", "the word what"),
    Signal("why", "the word why"),
    Signal("who", "the word who"),
    Signal("starts_with_question_word", "opening with how, why, what, who or when"),
    Signal("superlative", "superlatives (most, best, ever)"),
    Signal("negation", "negation (not, never, no)"),
    Signal("modal", "hedging verbs (can, should, might)"),
    Signal("negative_tone", "negative words"),
    Signal("positive_tone", "positive words"),
    Signal("sentiment_strength", "strength of feeling"),
    Signal("common_share", "share of common words"),
    Signal("uncommon_share", "share of uncommon words"),
    Signal("rare_share", "share of rare words and names"),
    Signal("emotional_share", "share of emotional words"),
    Signal("power_share", "share of power words"),
    Signal("all_caps", "words in capitals"),
    Signal("syllables_per_word", "long words"),
    Signal("reading_grade", "reading grade"),
)
SIGNAL_NAMES: tuple[str, ...] = tuple(signal.name for signal in SIGNALS)


@dataclass(frozen=True, slots=True)
class HeadlineFeatures:
    """What a headline is made of, as a writer would describe it."""

    text: str
    characters: int
    words: int
    fits_search_result: bool  # at most SEARCH_RESULT_CHARACTERS characters
    common_share: float
    uncommon_share: float
    rare_share: float
    emotional_share: float
    power_share: float
    emotional_words: tuple[str, ...]
    power_words: tuple[str, ...]
    sentiment: float  # VADER compound, -1 (negative) .. 1 (positive)
    sentiment_strength: float  # |compound|
    type: HeadlineType
    first_words_meaningful: bool
    last_words_meaningful: bool
    keyphrase_present: bool | None  # None when no keyphrase was given
    keyphrase_position: str | None  # "start", "middle", "end" or None
    reading_grade: float
    numbers: tuple[str, ...]
    second_person: bool
    capitalisation: str  # "title case", "sentence case", "all caps", "lower case", "mixed"
    ends_with_question: bool
    # The appeal model's inputs, by SIGNAL_NAMES (left out of equality and hashing).
    signals: Mapping[str, float] = field(compare=False, hash=False, repr=False)

    def to_dict(self) -> dict[str, object]:
        return {
            "characters": self.characters,
            "words": self.words,
            "fits_search_result": self.fits_search_result,
            "common_share": round(self.common_share, 3),
            "uncommon_share": round(self.uncommon_share, 3),
            "rare_share": round(self.rare_share, 3),
            "emotional_share": round(self.emotional_share, 3),
            "power_share": round(self.power_share, 3),
            "emotional_words": list(self.emotional_words),
            "power_words": list(self.power_words),
            "sentiment": round(self.sentiment, 3),
            "sentiment_strength": round(self.sentiment_strength, 3),
            "type": str(self.type),
            "first_words_meaningful": self.first_words_meaningful,
            "last_words_meaningful": self.last_words_meaningful,
            "keyphrase_present": self.keyphrase_present,
            "keyphrase_position": self.keyphrase_position,
            "reading_grade": round(self.reading_grade, 1),
            "numbers": list(self.numbers),
            "second_person": self.second_person,
            "capitalisation": self.capitalisation,
            "ends_with_question": self.ends_with_question,
        }


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def capitalisation_style(tokens: list[str]) -> str:
    """Title case, sentence case, all caps, lower case or mixed, from the words' first letters."""
    lettered = [token for token in tokens if any(char.isalpha() for char in token)]
    if not lettered:
        return "mixed"
    if len(lettered) > 1 and all(token.upper() == token for token in lettered):
        return "all caps"
    # "I" is capitalised in every style, so it says nothing about the style.
    lettered = [lettered[0]] + [t for t in lettered[1:] if normalize(t) not in FIRST_PERSON]
    capitalised = [token[0].isupper() for token in lettered]
    if not any(capitalised):
        return "lower case"
    rest = capitalised[1:]
    # Short function words stay lower case in most title-case styles ("Lessons from a Year").
    rest_long = [cap for cap, token in zip(rest, lettered[1:], strict=True) if len(token) > 3]
    if not rest:
        return "title case" if capitalised[0] else "lower case"
    if rest_long and sum(rest_long) >= 0.8 * len(rest_long) and any(rest):
        return "title case"
    if capitalised[0] and sum(rest) <= max(1, len(rest) // 3):
        return "sentence case"  # a few capitals are proper nouns
    return "mixed"


def _keyphrase_match(lowered: list[str], keyphrase: str | None) -> tuple[bool | None, str | None]:
    if keyphrase is None or not keyphrase.strip():
        return None, None
    wanted = [normalize(word) for word in WORD_RE.findall(keyphrase)]
    if not wanted:
        return None, None

    def stem(word: str) -> str:  # forgive plurals: "headline" finds "headlines"
        return word[:-1] if len(word) > 3 and word.endswith("s") else word

    wanted_stems = [stem(word) for word in wanted]
    stems = [stem(word) for word in lowered]
    size = len(wanted)
    for index in range(len(lowered) - size + 1):
        if stems[index : index + size] == wanted_stems:
            if index <= 2:
                position = "start"
            elif index + size >= len(lowered) - 1:
                position = "end"
            else:
                position = "middle"
            return True, position
    return False, None


_TEST_KIND = re.compile(
    r"\b[\w'-]+\s+(?=(?:test|tests|tested|testing|tester|check|checks|checking)\b)", re.I
)


def _meaningful(words: list[str], function_words: frozenset[str]) -> bool:
    """At least two of these (up to three) words carry meaning, or all of them if fewer."""
    if not words:
        return False
    content = sum(1 for word in words if word not in function_words)
    return content >= min(2, len(words))


def extract_features(text: str, keyphrase: str | None = None) -> HeadlineFeatures:
    """Describe one headline; ``keyphrase`` (the focus keyphrase) is optional."""
    stripped = " ".join(text.split())
    tokens = WORD_RE.findall(stripped)
    lowered = [normalize(token) for token in tokens]
    total = len(lowered)
    # The word before "test" or "check" names a kind of test ("Stress Test", "Crash Test"),
    # not a feeling: it is left out of the tone.
    toned = _TEST_KIND.sub("", stripped)
    tone = lexicon.sentiment(toned) if toned else {"neg": 0.0, "pos": 0.0, "compound": 0.0}
    syllables = [syllable_count(word) for word in lowered]
    sentences = len(_SENTENCE_BREAK_RE.findall(stripped)) + 1 if stripped else 0
    grade = (
        max(0.0, 0.39 * total / sentences + 11.8 * sum(syllables) / total - 15.59) if total else 0.0
    )
    emotional_list = lexicon.headline_words("emotional_words")
    power_list = lexicon.headline_words("power_words")
    emotional = tuple(word for word in lowered if word in emotional_list)
    power = tuple(word for word in lowered if word in power_list)
    signals = {
        **_shape_signals(stripped, total, sentences),
        **_person_and_question_signals(lowered),
        **_tone_and_vocabulary_signals(tokens, lowered, tone, emotional, power),
        "syllables_per_word": _share(sum(syllables), total),
        "reading_grade": grade,
    }
    numbers = tuple(_NUMBER_RE.findall(stripped)) + tuple(w for w in lowered if w in NUMBER_WORDS)
    ends_with_question = bool(signals["ends_with_question"])
    keyphrase_present, keyphrase_position = _keyphrase_match(lowered, keyphrase)
    function_words = lexicon.headline_words("function_words")
    return HeadlineFeatures(
        text=stripped,
        characters=len(stripped),
        words=total,
        fits_search_result=len(stripped) <= SEARCH_RESULT_CHARACTERS,
        common_share=signals["common_share"],
        uncommon_share=signals["uncommon_share"],
        rare_share=signals["rare_share"],
        emotional_share=signals["emotional_share"],
        power_share=signals["power_share"],
        emotional_words=emotional,
        power_words=power,
        sentiment=tone["compound"],
        sentiment_strength=abs(tone["compound"]),
        type=headline_type(stripped),
        first_words_meaningful=_meaningful(lowered[:3], function_words),
        last_words_meaningful=_meaningful(lowered[-3:], function_words),
        keyphrase_present=keyphrase_present,
        keyphrase_position=keyphrase_position,
        reading_grade=grade,
        numbers=numbers,
        second_person=signals["second_person"] > 0,
        capitalisation=capitalisation_style(tokens),
        ends_with_question=ends_with_question,
        signals=MappingProxyType(signals),
    )


def _shape_signals(stripped: str, words: int, sentences: int) -> dict[str, float]:
    """Length and punctuation."""
    return {
        # Length helps with diminishing returns (in the A/B tests, going from 50 to 60
        # characters mattered far more than from 90 to 100), hence the logarithm.
        "log_characters": math.log1p(len(stripped)),
        "words": float(words),
        "sentences": float(sentences),
        "ends_with_question": float(stripped.rstrip("\"'”’)").endswith("?")),
        "question_mark": float("?" in stripped),
        "exclamation": float("!" in stripped),
        "colon": float(":" in stripped),
        "dash": float(bool(_DASH_RE.search(stripped))),
        "ellipsis": float("..." in stripped or "…" in stripped),
        "quotation": float(bool(_QUOTE_RE.search(stripped))),
        "number": float(_NUMBER_RE.search(stripped) is not None),
        "starts_with_number": float(stripped[:1].isdigit()),
    }


def _person_and_question_signals(lowered: list[str]) -> dict[str, float]:
    """Who the headline speaks of or to, question words, and superlatives, negations, modals."""

    def count(vocabulary: frozenset[str]) -> float:
        return float(sum(1 for word in lowered if word in vocabulary))

    first = lowered[0] if lowered else ""
    return {
        "second_person": count(SECOND_PERSON),
        "first_person": count(FIRST_PERSON),
        "first_plural": count(FIRST_PLURAL),
        "third_person": count(THIRD_SINGULAR),
        "person_nouns": count(lexicon.headline_words("person_words")),
        "demonstrative": count(DEMONSTRATIVE),
        "what": float("what" in lowered),
        "why": float("why" in lowered),
        "who": float("who" in lowered),
        "starts_with_question_word": float(first in {"how", "why", "what", "who", "when"}),
        "superlative": count(SUPERLATIVE),
        "negation": count(NEGATION),
        "modal": count(MODAL),
    }


def _tone_and_vocabulary_signals(
    tokens: list[str],
    lowered: list[str],
    tone: dict[str, float],
    emotional: tuple[str, ...],
    power: tuple[str, ...],
) -> dict[str, float]:
    """Sentiment, how common the words are, emotional and power words, shouting."""
    total = len(lowered)
    frequency = lexicon.frequency_ranks()
    ranks = [lexicon.word_rank(word, frequency) for word in lowered]
    common = sum(1 for rank in ranks if rank <= lexicon.COMMON_RANK)
    rare = sum(1 for rank in ranks if rank > lexicon.UNCOMMON_RANK)
    return {
        "negative_tone": tone["neg"],
        "positive_tone": tone["pos"],
        "sentiment_strength": abs(tone["compound"]),
        "common_share": _share(common, total),
        "uncommon_share": _share(total - common - rare, total),
        "rare_share": _share(rare, total),
        "emotional_share": _share(len(emotional), total),
        "power_share": _share(len(power), total),
        "all_caps": float(
            sum(1 for token in tokens if len(token) > 1 and token.isupper() and token.isalpha())
        ),
    }
