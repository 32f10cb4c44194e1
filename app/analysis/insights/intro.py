"""The subtitle and the first paragraph: what a reader sees before deciding to stay.

Medium shows the subtitle under the title and uses it as the search description, so it should
run to roughly 100-140 characters and add to the title rather than repeat it. The first
paragraph should hook (a question, a bold claim, a number, a scene or a quote), say what the
reader will get, and stay short.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.analysis.insights.headline import lexicon
from app.analysis.text.words import WORD_RE, normalize
from app.document.wording import plural

SUBTITLE_MIN = 100
SUBTITLE_MAX = 140
SEARCH_DESCRIPTION_CUT = 156  # characters a search result shows of a description
PARAGRAPH_MAX_WORDS = 60
# A story may say what the reader gets in its second paragraph, or after a short scene (an
# essay's few lines of dialogue): the payoff counts when it comes in the opening this long.
PAYOFF_WINDOW_WORDS = 150
PARAGRAPH_MAX_SENTENCES = 3
# A bold claim is a short categorical statement ("Documentation is a product.") or a short
# sentence with an absolute in it ("Everyone is wrong about code reviews…"); a long sentence
# with "only" somewhere in it is no claim a reader notices.
CATEGORICAL_MAX_WORDS = 6
BOLD_CLAIM_MAX_WORDS = 15
REPEAT_OVERLAP = 0.7  # share of the subtitle's content words already in the title

_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])")
# A quantity: a number standing on its own ("73%", "3 years", "3,000"), not part of a name
# ("18F", "COVID-19", "a1"), a footnote mark ("[^1]"), a ratio rule ("80/20"), an ordinal or
# a date ("April 30th"), or a numbering ("part 3", "(1)").
_QUANTITY = re.compile(r"(?<![\w^/#.\-])(?<!\()\d+(?:[.,]\d+)*(?:\s?%)?(?![\w/\-])(?!\))")
_NUMBERING = re.compile(
    r"\b(?:part|chapter|step|version|episode|day|lesson|no\.?|number|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\s+$",
    re.IGNORECASE,
)
# Number words count only where they state a share or a scale ("nine out of ten", "half of
# readers", "millions of"): "three main concepts" or "a one click solution" is no statistic.
_STATISTIC_WORDS = re.compile(
    r"\b(?:percent|per\s+cent|half\s+of|a\s+(?:third|quarter)\s+of|twice\s+as|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:out\s+of|in)\s+(?:every\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+hundred)\b|"
    r"(?:millions|billions|thousands|hundreds)\s+of|\d*\s*(?:million|billion))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_OPENING_QUOTE = re.compile(r"^[\"“‘']|^[—–-]\s")
_SCENE_OPENING = re.compile(
    r"^(?:when\s+i|last\s+(?:year|week|month|summer|winter|spring|fall|night)|"
    r"(?:one|that|this)\s+(?:morning|evening|night|day|afternoon)|yesterday|it\s+was|"
    r"(?:last|this)\s+(?:summer|winter|spring|autumn|fall|year|week|month)\s+(?:i|we|my|our)|"
    r"last\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"i\s+(?:was|had|remember|still\s+remember)|in\s+(?:[a-z]+\s+)?(?:19|20)\d\d|years\s+ago|"
    r"a\s+few\s+(?:years|months|weeks)\s+ago|my\s+(?:first|mother|father|mom|dad|boss))\b",
    re.IGNORECASE,
)
_PAST_TENSE = frozenset(
    {
        "was", "were", "had", "went", "got", "saw", "made", "took", "thought", "found", "knew",
        "left", "told", "felt", "said", "came", "began", "sat", "stood", "walked", "asked",
        "decided", "started", "moved", "quit", "lost", "wrote", "opened", "realized",
        "realised", "tried", "learned", "watched", "called",
    }
)  # fmt: skip
# Absolutes that make a sentence a claim to argue with; "every" and "no" are too common in
# plain statements ("Every morning, people…") to count.
_BOLD_WORDS = frozenset(
    {
        "never", "always", "everyone", "everybody", "nobody", "nothing", "wrong", "dead", "myth",
        "myths", "lie", "lies", "truth", "stop", "best", "worst", "only", "must", "secret",
        "overrated", "broken",
    }
)  # fmt: skip
# A hedge takes the boldness out of a claim: "you have probably never seen".
_HEDGES = frozenset(
    {"probably", "maybe", "perhaps", "might", "may", "could", "likely", "possibly", "seems"}
)
_COPULA = frozenset({"is", "are", "isn't", "aren't", "was", "wasn't"})


class HookType:
    QUESTION = "question"
    BOLD_CLAIM = "bold claim"
    NUMBER = "number or statistic"
    ANECDOTE = "anecdote"
    QUOTE = "quote"
    NONE = "none"


def hook_phrase(hook: str) -> str:
    """The hook type as words in a sentence: "an anecdote", "a question", "no clear hook"."""
    if hook == HookType.NONE:
        return "no clear hook"
    return f"{'an' if hook[:1] in 'aeiou' else 'a'} {hook}"


@dataclass(frozen=True, slots=True)
class IntroReport:
    """What the subtitle and the first paragraph do, and what to change."""

    subtitle: str
    subtitle_characters: int
    subtitle_length: str  # "missing", "short", "good" or "long"
    subtitle_repeats_title: bool
    subtitle_has_keyphrase: bool | None  # None without a keyphrase
    hook_type: str
    previews_payoff: bool
    paragraph_words: int
    paragraph_sentences: int
    paragraph_has_keyphrase: bool | None
    generic_opening: bool
    tips: tuple[str, ...]

    @property
    def long_paragraph_tip(self) -> str:
        """How to shorten the first paragraph, when it is longer than an opening should be;
        "" when it is not."""
        words, sentences = self.paragraph_words, self.paragraph_sentences
        # Only what is over its limit is named: "46 words" is no reason to shorten.
        over: list[tuple[str, str]] = []
        if words > PARAGRAPH_MAX_WORDS:
            over.append((plural(words, "word"), f"under about {PARAGRAPH_MAX_WORDS} words"))
        if sentences > PARAGRAPH_MAX_SENTENCES:
            limit = f"{PARAGRAPH_MAX_SENTENCES} sentences or fewer"
            over.append((plural(sentences, "sentence"), limit))
        if not over:
            return ""
        counts = ", ".join(count for count, _limit in over)
        limits = " and ".join(limit for _count, limit in over)
        return f"Shorten the first paragraph ({counts}) to {limits}."

    def to_dict(self) -> dict[str, object]:
        return {
            "subtitle": self.subtitle,
            "subtitle_characters": self.subtitle_characters,
            "subtitle_length": self.subtitle_length,
            "subtitle_repeats_title": self.subtitle_repeats_title,
            "subtitle_has_keyphrase": self.subtitle_has_keyphrase,
            "hook_type": self.hook_type,
            "previews_payoff": self.previews_payoff,
            "paragraph_words": self.paragraph_words,
            "paragraph_sentences": self.paragraph_sentences,
            "paragraph_has_keyphrase": self.paragraph_has_keyphrase,
            "generic_opening": self.generic_opening,
            "tips": list(self.tips),
        }


def _clean(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


def sentences(text: str) -> list[str]:
    """Sentences of a short passage (split after . ! ? before a capital, digit or quote)."""
    cleaned = _clean(text)
    return [part for part in _SENTENCE_END.split(cleaned) if part.strip()] if cleaned else []


def _words(text: str) -> list[str]:
    return [normalize(word) for word in WORD_RE.findall(text)]


def _contains_phrase(words: list[str], phrase: str | None) -> bool | None:
    if phrase is None:
        return None
    wanted = _words(phrase)
    if not wanted:
        return None

    def stem(word: str) -> str:
        return word[:-1] if len(word) > 3 and word.endswith("s") else word

    wanted = [stem(word) for word in wanted]
    stems = [stem(word) for word in words]
    size = len(wanted)
    return any(stems[i : i + size] == wanted for i in range(len(stems) - size + 1))


def subtitle_length_band(characters: int) -> str:
    if characters == 0:
        return "missing"
    if characters < SUBTITLE_MIN:
        return "short"
    if characters > SUBTITLE_MAX:
        return "long"
    return "good"


def repeats_title(subtitle: str, title: str) -> bool:
    """True when most of the subtitle's meaningful words are already in the title."""
    function_words = lexicon.headline_words("function_words")
    subtitle_words = {w for w in _words(subtitle) if w not in function_words}
    title_words = {w for w in _words(title) if w not in function_words}
    if not subtitle_words or not title_words:
        return False
    return len(subtitle_words & title_words) / len(subtitle_words) >= REPEAT_OVERLAP


def hook_type(paragraph: str) -> str:
    """How the first paragraph opens: question, bold claim, number, anecdote, quote or none.

    Precision first: the label is shown as a fact about the opening ("Opens with a bold
    claim"), so an opening that fits no type for sure (a greeting, a heading line, "In this
    article I will…") gets none."""
    first = next((part for part in sentences(paragraph) if _words(part)), "")
    if not first or lexicon.phrase_pattern("generic_openers").match(first):
        return HookType.NONE  # a warm-up is no hook, whatever its form
    if _OPENING_QUOTE.match(first):
        return HookType.QUOTE
    if first.rstrip("\"'”’)").endswith("?"):
        return HookType.QUESTION
    words = _words(first)
    if _SCENE_OPENING.match(first):
        return HookType.ANECDOTE
    if _has_statistic(_YEAR.sub("", first)):  # a year sets a scene; it is no statistic
        return HookType.NUMBER
    if {"i", "we", "my"} & set(words) and _PAST_TENSE & set(words):
        return HookType.ANECDOTE
    if _is_bold_claim(first, words):
        return HookType.BOLD_CLAIM
    return HookType.NONE


def _has_statistic(sentence: str) -> bool:
    if _STATISTIC_WORDS.search(sentence):
        return True
    return any(
        not _NUMBERING.search(sentence[: match.start()]) for match in _QUANTITY.finditer(sentence)
    )


def _is_bold_claim(sentence: str, words: list[str]) -> bool:
    """A short statement that takes a side: categorical ("Documentation is a product.") or
    absolute ("Everyone is wrong about…"), unhedged, and written as a sentence (a heading
    line or a title repeated as the first line has no full stop)."""
    if not sentence.rstrip("\"'”’)*_").endswith((".", "!")) or _HEDGES & set(words):
        return False
    if ":" in sentence or len(words) > BOLD_CLAIM_MAX_WORDS:
        return False
    if _BOLD_WORDS & set(words) and "i" not in words:  # "I always try…" is a habit
        return True
    copula = len(words) <= CATEGORICAL_MAX_WORDS and _COPULA & set(words[1:3])
    return bool(copula) and words[0] not in {"this", "that", "it", "there", "here"}


def analyze_intro(
    subtitle: str,
    first_paragraph: str,
    keyphrase: str | None,
    title: str,
    following: Sequence[str] = (),
) -> IntroReport:
    """Check the subtitle and the first paragraph; ``tips`` says what to change, most useful
    first. ``following`` are the blocks after the first paragraph, up to the first
    subheading: the preview of the payoff may come there, within the first
    ``PAYOFF_WINDOW_WORDS`` words."""
    paragraph = _clean(first_paragraph)
    key = _clean(keyphrase) if keyphrase and keyphrase.strip() else None
    facts = _intro_facts(_clean(subtitle), paragraph, key, _clean(title))
    if paragraph and not facts.previews_payoff:
        facts = replace(facts, previews_payoff=_previews_payoff(_opening(paragraph, following)))
    tips = (*_subtitle_tips(facts, key), *_opening_tips(facts, paragraph, key))
    return replace(facts, tips=tips)


def _opening(paragraph: str, following: Sequence[str]) -> str:
    """The first paragraph and the blocks after it that start within the payoff window."""
    parts, words = [paragraph], len(WORD_RE.findall(paragraph))
    for block in following:
        if words >= PAYOFF_WINDOW_WORDS:
            break
        parts.append(_clean(block))
        words += len(WORD_RE.findall(block))
    return " ".join(parts)


def _previews_payoff(text: str) -> bool:
    return bool(lexicon.phrase_pattern("payoff_phrases").search(text))


def _intro_facts(subtitle: str, paragraph: str, key: str | None, title: str) -> IntroReport:
    """What the subtitle and the first paragraph are like (no tips yet)."""
    paragraph_words = _words(paragraph)
    has_key: bool | None = None  # None: there is no keyphrase to look for
    if paragraph:
        has_key = _contains_phrase(paragraph_words, key)
    elif key is not None:
        has_key = False  # no paragraph to find it in
    return IntroReport(
        subtitle=subtitle,
        subtitle_characters=len(subtitle),
        subtitle_length=subtitle_length_band(len(subtitle)),
        subtitle_repeats_title=bool(subtitle) and repeats_title(subtitle, title),
        subtitle_has_keyphrase=_contains_phrase(_words(subtitle), key),
        hook_type=hook_type(paragraph),
        previews_payoff=bool(paragraph) and _previews_payoff(paragraph),
        paragraph_words=len(paragraph_words),
        paragraph_sentences=len(sentences(paragraph)),
        paragraph_has_keyphrase=has_key,
        generic_opening=bool(lexicon.phrase_pattern("generic_openers").match(paragraph)),
        tips=(),
    )


def _subtitle_tips(facts: IntroReport, key: str | None) -> list[str]:
    band, characters = facts.subtitle_length, facts.subtitle_characters
    tips: list[str] = []
    if band == "missing":
        tips.append(
            f"Add a subtitle of about {SUBTITLE_MIN}-{SUBTITLE_MAX} characters: Medium shows it "
            "under the title and uses it as the search description."
        )
    elif band == "short":
        tips.append(
            f"Lengthen the subtitle to about {SUBTITLE_MIN}-{SUBTITLE_MAX} characters (now "
            f"{characters}): say who the story is for or what they will get."
        )
    elif band == "long":
        tips.append(
            f"Trim the subtitle to about {SUBTITLE_MAX} characters (now {characters}); search "
            f"results cut descriptions after about {SEARCH_DESCRIPTION_CUT}."
        )
    if facts.subtitle_repeats_title:
        tips.append(
            "Make the subtitle add to the title instead of repeating it: the payoff, the "
            "audience or a surprising detail."
        )
    if facts.subtitle_has_keyphrase is False and band != "missing":
        tips.append(
            f"Work the keyphrase “{key}” into the subtitle; it doubles as the search description."
        )
    return tips


def _opening_tips(facts: IntroReport, paragraph: str, key: str | None) -> list[str]:
    if not paragraph:
        return ["Write a first paragraph that hooks the reader and says what they will get."]
    tips: list[str] = []
    # Most real openings name no hook a rule can be sure of ("Every story on Medium is judged
    # in a second: by its headline."): only a warm-up line, which is no hook, is told to open
    # with one.
    if facts.generic_opening:
        tips.append("Cut the warm-up opening and start with the point of the story.")
        tips.append(
            "Open with a hook: a question, a surprising number, a short scene, a quote "
            "or a bold claim."
        )
    if not facts.previews_payoff:
        tips.append(
            "Tell readers early what they will get: “By the end, you'll know…” in a "
            "how-to, “I want to tell you about…” in an essay."
        )
    if facts.long_paragraph_tip:
        tips.append(facts.long_paragraph_tip)
    if facts.paragraph_has_keyphrase is False:
        tips.append(f"Use the keyphrase “{key}” in the first paragraph.")
    return tips
