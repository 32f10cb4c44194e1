"""Focus keyphrase: where it occurs, and the checks a writer sees in the sidebar.

Matching compares Snowball stems, so case, plurals and verb forms do not matter
("writing books" is an occurrence of "write a book"). Function words inside the keyphrase match
loosely: an occurrence is the keyphrase's content words in order with at most a couple of
function words between them, while the first-paragraph and subheading checks only ask for all
content words in one sentence, in any order (as Yoast does). Hyphens are optional
("e-mail"/"email", "long-form"/"long form") and curly apostrophes equal straight ones.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.lexicon import stem
from app.analysis.insights.keywords.tokens import Token, compounds, split_sentences, tokenize
from app.analysis.text.words import words
from app.document.wording import plural, times

Status = Literal["good", "ok", "poor"]
_MAX_VARIANTS = 8


@dataclass(frozen=True, slots=True)
class Check:
    """One keyphrase check: its id, a verdict and a message that says what to do."""

    check: str
    status: Status
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"check": self.check, "status": self.status, "message": self.message}


@dataclass(frozen=True, slots=True)
class KeyphraseReport:
    """Keyphrase use in a draft: occurrences in the body, density in percent, the checks."""

    keyphrase: str
    occurrences: int
    density: float
    checks: tuple[Check, ...]

    def check(self, name: str) -> Check | None:
        """The check called ``name``, or None when it did not apply."""
        return next((c for c in self.checks if c.check == name), None)

    def to_dict(self) -> dict[str, object]:
        return {
            "keyphrase": self.keyphrase,
            "occurrences": self.occurrences,
            "density": round(self.density, 2),
            "checks": [c.to_dict() for c in self.checks],
        }


@dataclass(frozen=True, slots=True)
class _Pattern:
    variants: tuple[tuple[str, ...], ...]  # content-word stem sequences, one per hyphen reading
    content_words: int


#: Prefixes written with a hyphen that make no word of their own ("co-founder", "re-use").
_PREFIXES = frozenset({"co", "re", "un", "non", "pre", "pro", "sub", "anti", "multi", "semi"})


def _is_a_word(token: Token) -> bool:
    """A part of a hyphenated phrase that is a word of the keyphrase (see ``_compile``)."""
    return not token.is_function and len(token.norm) > 1 and token.norm not in _PREFIXES


def _compile(keyphrase: str) -> _Pattern:
    tokens = tokenize(keyphrase)
    groups: list[list[Token]] = []
    for token in tokens:
        if groups and groups[-1][-1].linked:
            groups[-1].append(token)
        else:
            groups.append([token])
    content = [g for g in groups if len(g) > 1 or not g[0].is_function] or groups
    options: list[list[tuple[str, ...]]] = []
    for group in content:
        readings = [tuple(t.stem for t in group)]
        if len(group) > 1:
            readings.append((stem("".join(t.norm for t in group)),))
        options.append(readings)
    variants = []
    for combo in itertools.islice(itertools.product(*options), _MAX_VARIANTS):
        variants.append(tuple(itertools.chain.from_iterable(combo)))
    # A hyphenated phrase has the words it is written with: "data-validation" is two, like
    # "data validation", and so is "AI-powered"; a letter or a prefix makes no word of its
    # own ("e-mail", "re-use").
    words = sum(max(1, sum(map(_is_a_word, group))) for group in content)
    return _Pattern(tuple(v for v in variants if v), words)


def _step(tokens: list[Token], joined: dict[int, tuple[str, int]], pos: int, target: str) -> int:
    """Index after ``target`` matched at ``pos``, or -1."""
    if pos >= len(tokens):
        return -1
    compound = joined.get(pos)
    if compound is not None and compound[0] == target:
        return compound[1]
    return pos + 1 if tokens[pos].stem == target else -1


def _match_at(
    tokens: list[Token], joined: dict[int, tuple[str, int]], start: int, sequence: tuple[str, ...]
) -> int:
    pos = _step(tokens, joined, start, sequence[0])
    if pos < 0:
        return -1
    for target in sequence[1:]:
        gap = 0
        while (after := _step(tokens, joined, pos, target)) < 0:
            if gap >= th.MAX_FUNCTION_WORD_GAP or pos >= len(tokens) or not tokens[pos].is_function:
                return -1
            pos += 1
            gap += 1
        pos = after
    return pos


def _occurrences(pattern: _Pattern, text: str) -> list[tuple[int, int]]:
    if not pattern.variants:
        return []
    tokens = tokenize(text)
    joined = compounds(tokens)
    firsts = {v[0] for v in pattern.variants}
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        compound = joined.get(index)
        if tokens[index].stem in firsts or (compound is not None and compound[0] in firsts):
            end = max(_match_at(tokens, joined, index, v) for v in pattern.variants)
            if end > index:
                spans.append((tokens[index].start, tokens[end - 1].end))
                index = end
                continue
        index += 1
    return spans


def _contains_all(pattern: _Pattern, text: str) -> bool:
    """All content words of the keyphrase in ``text``, in any order."""
    tokens = tokenize(text)
    present = {t.stem for t in tokens} | {c[0] for c in compounds(tokens).values()}
    return any(set(v) <= present for v in pattern.variants)


def _in_some_sentence(pattern: _Pattern, text: str) -> bool:
    return any(_contains_all(pattern, sentence) for sentence in split_sentences(text))


def find_occurrences(keyphrase: str, text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the keyphrase in ``text`` (str offsets), for highlighting."""
    return _occurrences(_compile(keyphrase), text)


def _key(pattern: _Pattern) -> frozenset[str]:
    return frozenset(pattern.variants[0]) if pattern.variants else frozenset()


def _length_check(pattern: _Pattern) -> Check:
    n = pattern.content_words if pattern.variants else 0
    if n == 0:
        return Check(
            "keyphrase_length",
            "poor",
            "Set a focus keyphrase: the words a reader would search for.",
        )
    if n <= th.KEYPHRASE_GOOD_MAX_WORDS:
        return Check("keyphrase_length", "good", f"Good length: {plural(n, 'content word')}.")
    if n <= th.KEYPHRASE_OK_MAX_WORDS:
        return Check(
            "keyphrase_length",
            "ok",
            f"The keyphrase has {n} content words; trim it to at most "
            f"{th.KEYPHRASE_GOOD_MAX_WORDS} so readers actually search for it.",
        )
    return Check(
        "keyphrase_length",
        "poor",
        f"The keyphrase has {n} content words, far too many; "
        "pick the 2-4 words that name the topic.",
    )


def _title_check(pattern: _Pattern, title: str) -> Check:
    if not title.strip():
        return Check("keyphrase_in_title", "poor", "Add a title that contains the keyphrase.")
    spans = _occurrences(pattern, title)
    if spans:
        before = title[: spans[0][0]]
        lead = tokenize(before)
        if not lead:
            return Check("keyphrase_in_title", "good", "The title starts with the keyphrase.")
        if all(t.is_function for t in lead):
            # A lead-in of function words ("How to Do") is as good as the start, but the
            # message must stay true of the title the writer sees.
            opener = before.strip().rstrip(":,-–—").strip()
            return Check(
                "keyphrase_in_title",
                "good",
                f"The keyphrase comes right after “{opener}”, at the start of the title.",
            )
        return Check(
            "keyphrase_in_title",
            "ok",
            "The title contains the keyphrase; move it closer to the start for more impact.",
        )
    if _contains_all(pattern, title):
        return Check(
            "keyphrase_in_title",
            "ok",
            "The title has the keyphrase's words but not as a phrase; use the exact keyphrase.",
        )
    return Check(
        "keyphrase_in_title", "poor", "Put the keyphrase in the title, ideally at the start."
    )


def _subtitle_check(pattern: _Pattern, subtitle: str) -> Check:
    if not subtitle.strip():
        return Check("keyphrase_in_subtitle", "ok", "Add a subtitle that mentions the keyphrase.")
    if _occurrences(pattern, subtitle) or _contains_all(pattern, subtitle):
        return Check("keyphrase_in_subtitle", "good", "The subtitle mentions the keyphrase.")
    return Check("keyphrase_in_subtitle", "ok", "Mention the keyphrase in the subtitle too.")


def _intro_check(pattern: _Pattern, first_paragraph: str, keyphrase: str) -> Check:
    # "Good" needs the phrase itself, as the count finds it: "offices are open" has the
    # words of "open offices" but is no mention a reader (or a search) would recognise.
    if _occurrences(pattern, first_paragraph):
        return Check(
            "keyphrase_in_introduction", "good", "The first paragraph mentions the keyphrase."
        )
    if _in_some_sentence(pattern, first_paragraph):
        return Check(
            "keyphrase_in_introduction",
            "ok",
            f"The first paragraph has the keyphrase's words but not the phrase: write "
            f"“{keyphrase.strip()}” there as readers would search it.",
        )
    if _contains_all(pattern, first_paragraph):
        return Check(
            "keyphrase_in_introduction",
            "ok",
            "The first paragraph has the keyphrase's words, but spread over sentences; "
            "bring them together in one sentence.",
        )
    return Check(
        "keyphrase_in_introduction",
        "poor",
        "Mention the keyphrase in the first paragraph so readers know at once "
        "what the story is about.",
    )


def _subheadings_check(pattern: _Pattern, subheadings: Sequence[str]) -> Check | None:
    if len(subheadings) < th.SUBHEADINGS_MIN:
        return None
    hits = sum(1 for s in subheadings if _contains_all(pattern, s))
    share = hits / len(subheadings)
    low, high = th.SUBHEADINGS_GOOD_LOW, th.SUBHEADINGS_GOOD_HIGH
    counted = f"{hits} of {len(subheadings)} subheadings mention the keyphrase"
    if low <= share <= high:
        return Check("keyphrase_in_subheadings", "good", f"{counted}: a good balance.")
    if share > high:
        return Check(
            "keyphrase_in_subheadings",
            "ok",
            f"{counted}; that reads as stuffing. Vary some of them.",
        )
    if hits:
        return Check(
            "keyphrase_in_subheadings",
            "ok",
            f"{counted}; use it (or its words) in about a third to three quarters of them.",
        )
    return Check(
        "keyphrase_in_subheadings",
        "poor",
        "No subheading mentions the keyphrase; use it in a few of them.",
    )


def _outside_body(
    pattern: _Pattern, title: str, subtitle: str, subheadings: Sequence[str]
) -> list[str]:
    """Where, other than the body, the keyphrase is used: "the title", "2 subheadings"…
    A title with the words apart does not count: its own check asks for the phrase."""
    places = []
    if _occurrences(pattern, title):
        places.append("the title")
    if _contains_all(pattern, subtitle):
        places.append("the subtitle")
    headings = sum(1 for heading in subheadings if _contains_all(pattern, heading))
    if headings:
        places.append("a subheading" if headings == 1 else f"{headings} subheadings")
    return places


def _unused_in_body(places: Sequence[str], how_often: str) -> str:
    """Say once that the body lacks the keyphrase, without denying the title or a heading
    that has it (their own checks count those)."""
    if not places:
        return f"The keyphrase never appears in the text; use it {how_often}."
    named = places[0] if len(places) == 1 else f"{', '.join(places[:-1])} and {places[-1]}"
    verb = "uses" if len(places) == 1 and not places[0][0].isdigit() else "use"
    return f"Only {named} {verb} the keyphrase; use it in the body {how_often}."


def _density_check(occurrences: int, word_count: int, elsewhere: Sequence[str] = ()) -> Check:
    uses = plural(occurrences, "use")
    if word_count < th.DENSITY_MIN_WORDS:
        low, high = th.SHORT_TEXT_GOOD_USES
        if occurrences == 0:
            return Check("keyphrase_density", "poor", _unused_in_body(elsewhere, "at least once"))
        if low <= occurrences <= high:
            return Check("keyphrase_density", "good", f"{uses} in a short text: about right.")
        return Check(
            "keyphrase_density",
            "ok",
            f"{uses} in {word_count:,} words is a lot; use it at most {times(high)}.",
        )
    shown = f"{uses} outside headings in {word_count:,} words"
    if occurrences == 0:
        return Check("keyphrase_density", "poor", _unused_in_body(elsewhere, "a few times"))
    density = 100.0 * occurrences / word_count
    if th.DENSITY_GOOD_LOW <= density <= th.DENSITY_GOOD_HIGH:
        return Check("keyphrase_density", "good", f"{shown}: just right.")
    if density < th.DENSITY_GOOD_LOW:
        status: Status = "ok" if density >= th.DENSITY_OK_LOW else "poor"
        fewest = max(1, math.ceil(th.DENSITY_GOOD_LOW * word_count / 100))
        return Check(
            "keyphrase_density", status, f"{shown}: too rare; use it at least {times(fewest)}."
        )
    status = "ok" if density <= th.DENSITY_OK_HIGH else "poor"
    most = max(1, math.floor(th.DENSITY_GOOD_HIGH * word_count / 100))
    return Check(
        "keyphrase_density",
        status,
        f"{shown}: too often, it reads as stuffing; use it at most {times(most)}.",
    )


def _distribution_check(sizes: Sequence[int], hits: Sequence[bool]) -> Check | None:
    """``sizes`` are the body sentences' word counts; ``hits`` whether each has the keyphrase.

    None when there is nothing to spread: the density check already says the body lacks it.
    """
    if len(sizes) < th.DISTRIBUTION_MIN_SENTENCES or not any(hits):
        return None
    total = sum(sizes) or 1
    longest = run = 0
    for size, hit in zip(sizes, hits, strict=True):
        if hit:
            run = 0
        else:
            run += size
            longest = max(longest, run)
    gap = longest / total
    shown = f"The longest stretch without the keyphrase is {gap:.0%} of the text"
    if gap <= th.DISTRIBUTION_GOOD_MAX_GAP:
        return Check("keyphrase_distribution", "good", f"{shown}: evenly spread.")
    status: Status = "ok" if gap <= th.DISTRIBUTION_OK_MAX_GAP else "poor"
    return Check("keyphrase_distribution", status, f"{shown}; mention it in that part too.")


def _previously_used_check(pattern: _Pattern, others: Sequence[str]) -> Check:
    mine = _key(pattern)
    if mine and any(_key(_compile(other)) == mine for other in others):
        return Check(
            "previously_used_keyphrase",
            "poor",
            "Another draft already targets this keyphrase; "
            "pick a different angle so they don't compete.",
        )
    return Check("previously_used_keyphrase", "good", "No other draft uses this keyphrase.")


class KeyphraseMatcher:
    """A compiled keyphrase: reuse one per keyphrase to scan many blocks and sentences."""

    def __init__(self, keyphrase: str) -> None:
        self.keyphrase = keyphrase
        self._pattern = _compile(keyphrase)

    @property
    def valid(self) -> bool:
        return bool(self._pattern.variants)

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """Spans of the keyphrase in ``text`` (str offsets)."""
        return _occurrences(self._pattern, text)

    def in_sentence(self, sentence: str) -> bool:
        """All the keyphrase's content words appear in ``sentence``, in any order."""
        return _contains_all(self._pattern, sentence)

    def report(
        self,
        *,
        title: str,
        subtitle: str,
        first_paragraph: str,
        subheadings: Sequence[str],
        sentence_words: Sequence[int],
        sentence_hits: Sequence[bool],
        occurrences: int,
        word_count: int,
        other_draft_keyphrases: Sequence[str] = (),
    ) -> KeyphraseReport:
        """Every check, from per-sentence facts gathered (and cached) by the caller."""
        pattern = self._pattern
        length = _length_check(pattern)
        if not pattern.variants:
            return KeyphraseReport(self.keyphrase, 0, 0.0, (length,))
        density = 100.0 * occurrences / word_count if word_count > 0 else 0.0
        checks = [
            _title_check(pattern, title),
            _subtitle_check(pattern, subtitle),
            _intro_check(pattern, first_paragraph, self.keyphrase),
            _subheadings_check(pattern, subheadings),
            _density_check(
                occurrences,
                word_count,
                _outside_body(pattern, title, subtitle, subheadings) if not occurrences else (),
            ),
            _distribution_check(sentence_words, sentence_hits),
            length,
            _previously_used_check(pattern, other_draft_keyphrases),
        ]
        return KeyphraseReport(
            self.keyphrase, occurrences, density, tuple(c for c in checks if c is not None)
        )


def check_keyphrase(
    keyphrase: str,
    *,
    title: str,
    subtitle: str,
    first_paragraph: str,
    subheadings: Sequence[str],
    sentences: Sequence[str],
    word_count: int,
    other_draft_keyphrases: Sequence[str] = (),
) -> KeyphraseReport:
    """Run every focus keyphrase check on a draft given as plain prose strings.

    ``sentences`` are the body's sentences and ``word_count`` its words: occurrences are counted
    in the sentences and density is occurrences per 100 words.
    """
    matcher = KeyphraseMatcher(keyphrase)
    body = sentences if matcher.valid else ()
    return matcher.report(
        title=title,
        subtitle=subtitle,
        first_paragraph=first_paragraph,
        subheadings=subheadings,
        sentence_words=[len(words(s)) for s in body],
        sentence_hits=[matcher.in_sentence(s) for s in body],
        occurrences=sum(len(matcher.occurrences(s)) for s in body),
        word_count=word_count,
        other_draft_keyphrases=other_draft_keyphrases,
    )
