"""Keyword candidates: the fast scan must find exactly what a plain word-by-word scan finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.candidates import (
    _BOILERPLATE_MAX_WORDS,
    _BOILERPLATE_RE,
    _CALL_RE,
    _NOISE_RE,
    _SENTENCE_GAP_RE,
    _SPEAKER_RE,
    HYPHEN_RE,
    WORD_RE,
    block_terms,
    kind_weight,
)
from app.analysis.insights.keywords.lexicon import first_names, stem, stop_phrases, stopwords
from app.analysis.text.words import APOSTROPHES, singular_acronym
from tools.eval_keywords import DATA, load_article


def _is_stop(norm: str) -> bool:
    contraction = norm.endswith(("'ve", "'ll", "'re", "'d", "'m", "n't"))
    return contraction or norm in stopwords() or sum(c.isalpha() for c in norm) < 2


def reference_terms(kind: str, level: int, text: str) -> tuple[int, list[tuple]]:
    """The candidates of one block, one word at a time: (words, [(key, weight, count, forms)])."""
    raw_words = len(WORD_RE.findall(text))
    if raw_words <= _BOILERPLATE_MAX_WORDS and _BOILERPLATE_RE.search(text):
        return raw_words, []
    cleaned = _CALL_RE.sub(" | ", _NOISE_RE.sub(" | ", text))
    # "Ph.D." is the word "PhD", its last full stop kept.
    cleaned = re.sub(
        r"\b[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+", lambda m: m[0].replace(".", "") + ".", cleaned
    )
    for phrase in stop_phrases():
        if phrase in cleaned.lower():
            cleaned = re.sub(re.escape(phrase), " | ", cleaned, flags=re.IGNORECASE)
    cleaned = _SPEAKER_RE.sub(" | ", cleaned, count=1)
    counts: dict[tuple, int] = {}
    forms: dict[tuple, dict[str, int]] = {}
    run: list[tuple[str, str, bool]] = []  # stem, as written, the next part is the same word

    def flush() -> None:
        for size in range(1, th.MAX_PHRASE_WORDS + 1):
            for start in range(len(run) - size + 1):
                end = start + size - 1
                if (start and run[start - 1][2]) or run[end][2]:
                    continue  # cuts a hyphenated word
                key = tuple(stem_ for stem_, _shown, _joined in run[start : end + 1])
                shown = "".join(  # a hyphenated word keeps its hyphens
                    word + ("-" if joined else " ") for _stem, word, joined in run[start : end + 1]
                )[:-1]
                counts[key] = counts.get(key, 0) + 1
                forms.setdefault(key, {})
                forms[key][shown] = forms[key].get(shown, 0) + 1
        run.clear()

    after_name = False
    previous_end = 0
    for match in WORD_RE.finditer(cleaned):
        gap = cleaned[previous_end : match.start()]
        sentence_start = previous_end == 0 or (gap != " " and bool(_SENTENCE_GAP_RE.search(gap)))
        if gap.strip():
            flush()
        previous_end = match.end()
        word = match.group()
        norm = word.translate(APOSTROPHES).lower()
        if norm.endswith("'s"):
            norm, word = norm[:-2], word[:-2]
        elif singular_acronym(word) != word:
            norm = norm[:-1]
        capitalized = word[:1].isupper()
        is_name = capitalized and norm in first_names()
        if after_name and capitalized:
            after_name = False
            flush()
            continue
        after_name = is_name
        parts = HYPHEN_RE.split(norm)
        if len(parts) > 1 and min(len(p) for p in parts) <= 2:
            parts = ["".join(parts)]
        if is_name or _is_stop(norm) or any(_is_stop(p) for p in parts):
            flush()
            continue
        keep = any(c.isupper() for c in word[1:]) or (capitalized and not sentence_start)
        shown = word if keep else word.lower()
        pieces = HYPHEN_RE.split(shown) if len(parts) > 1 else [shown]
        joined = [True] * (len(parts) - 1) + [False]
        run.extend(zip((stem(part) for part in parts), pieces, joined, strict=True))
    flush()
    weight = kind_weight(kind, level)
    return raw_words, [
        (key, count * weight, count, tuple(forms[key].items())) for key, count in counts.items()
    ]


def _fast(kind: str, level: int, text: str) -> tuple[int, list[tuple]]:
    terms = block_terms(kind, level, text)
    return terms.words, [(t.key, t.weight, t.count, t.surfaces) for t in terms.terms]


def test_real_articles_give_the_reference_candidates() -> None:
    for path in sorted((DATA / "articles").glob("*.md")):
        for block in load_article(path).blocks:
            assert _fast(block.kind, block.level, block.text) == reference_terms(
                block.kind, block.level, block.text
            )


PIECES = st.sampled_from(
    [
        "Remote", "work", "remote-work", "e-mail", "Steve", "Portigal", "John", "the", "a", "of",
        "it's", "Tom’s", "writers’", "U.S.", "3.5", "http://x.com/a", "www.y.io", "WWW.Z.ORG",
        "me@x.com", "#tag", "@h", "<b>", 'a="x"', "](x)", "click here", "Read more", "Sign up",
        ".", ",", ";", ":", "!", "?", '"', "“", "|", "—", "-", "JavaScript", "API", "iPhone",
        "long-form", "by", "Photo by", "x.com", "foo.io", "İstanbul", "ſ", "K", "ǅ", "running",
        "Catherine:", "MK:", "e.g.", "ab", "a-b", "co-op", "naïve", "42", "4th", "__x__", "\n",
        "abs(x)", "np.mean(a)", "fit()", "friend(s)", "(Python)", "(", ")", "might've",
        "Should’ve", "they'd", "Ph.D.", "M.Sc.", "Ph.", "D.", "PhD",
    ]
)  # fmt: skip
SEPARATORS = st.sampled_from([" ", " ", " ", "", "  ", ". ", ", ", "\n"])
TEXTS = st.lists(st.tuples(PIECES, SEPARATORS), max_size=40).map(
    lambda pieces: "".join(piece + gap for piece, gap in pieces)
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(PIECES, SEPARATORS), max_size=40).map(
        lambda p: "".join(a + b for a, b in p)
    ),
    st.sampled_from([("paragraph", 0), ("heading", 1), ("heading", 3), ("quote", 0)]),
)
def test_any_text_gives_the_reference_candidates(text: str, kind: tuple[str, int]) -> None:
    assert _fast(*kind, text) == reference_terms(*kind, text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_a_written_form_always_has_the_same_key(text: str) -> None:
    """The index counts written forms as plain strings: each must belong to one key."""
    terms = block_terms("paragraph", 0, text)
    keys: dict[str, tuple[str, ...]] = {}
    for surface, key in zip(terms.surfaces, terms.occurrences, strict=True):
        assert keys.setdefault(surface, key) == key


def test_a_hyphenated_word_is_whole_in_every_phrase() -> None:
    shown = set(block_terms("paragraph", 0, "Top-notch brainstorming, in real-time.").surfaces)
    assert {"top-notch", "top-notch brainstorming", "brainstorming", "real-time"} <= shown
    assert not {"notch", "top", "notch brainstorming", "real", "time"} & shown


def test_a_label_that_numbers_a_part_of_the_story_is_no_term():
    def surfaces(kind: str, text: str) -> set[str]:
        return set(block_terms(kind, 2, text).surfaces)

    assert surfaces("heading", "Step 1: Sleep early") == {"sleep", "early", "sleep early"}
    assert surfaces("heading", "Part II Waking up") == {"waking"}
    assert surfaces("list_item", "Day 3 - the long walk") == {"long", "walk", "long walk"}
    assert surfaces("paragraph", "Step 3: the hardest climb") == {
        "hardest",
        "climb",
        "hardest climb",
    }
    # In a paragraph a label needs its colon or dash, and without a number there is none.
    assert "step" in surfaces("paragraph", "Step 3 was the hardest climb")
    assert "step" in surfaces("heading", "One step at a time")


def test_a_contraction_is_no_part_of_a_term():
    terms = block_terms("paragraph", 0, "Locals might've helped; we should've asked locals.")
    assert not [surface for surface in terms.surfaces if "'" in surface]
    assert "locals" in terms.surfaces


def test_a_preposition_is_no_part_of_a_term():
    """Prepositions are grammar, whichever way a list of stopwords forgot them: "behind" in
    "the reasons behind COVID-19 data" starts no phrase."""

    def words(text: str) -> set[str]:
        terms = block_terms("paragraph", 0, text).surfaces
        return {word.lower() for surface in terms for word in surface.split()}

    assert "COVID-19 data" in block_terms("paragraph", 0, "Reasons behind COVID-19 data").surfaces
    assert "behind" not in words("The reasons behind COVID-19 data vary.")
    assert not {"across", "despite"} & words("Teams across time zones despite outages.")


def test_an_acronym_and_its_plural_are_one_term():
    terms = block_terms("paragraph", 0, "An LLM helps. The LLMs we tried; many LLMs.")
    llm = {
        key for key, shown in zip(terms.occurrences, terms.surfaces, strict=True) if "LLM" in shown
    }
    assert llm == {("llm",)}
    assert {"LLM", "LLMs"} <= set(terms.surfaces)


def test_an_abbreviation_with_full_stops_is_one_word():
    terms = block_terms("paragraph", 0, "My Ph.D. took years. A PhD and an M.Sc. in the U.S.")
    shown = set(terms.surfaces)
    assert {"PhD", "MSc"} <= shown
    assert not {"Ph", "Sc", "D"} & shown
    assert terms.occurrences.count(("phd",)) == 2  # written either way, one term


def test_a_code_call_outside_backticks_is_no_term():
    """A writer who writes "abs(x)" in a sentence names a function, not the post's topic;
    words completed or glossed in brackets are prose."""

    def surfaces(text: str) -> set[str]:
        return set(block_terms("paragraph", 0, text).surfaces)

    assert "abs" not in surfaces("Here y can predict abs(x) very well.")
    assert "abs" not in surfaces("Call abs(x, y) often.")
    assert not {"np.mean", "mean", "np", "axis"} & surfaces("Call np.mean(a, axis=0) first.")
    assert "Math.abs" not in surfaces("Then Math.abs(x) runs.")
    assert not {"fit", "range", "len"} & surfaces("Run fit() on range(10) and len(my_list).")
    for prose, word in [
        ("Ask a friend(s) to read it.", "friend"),
        ("Ask your child(ren) to read it.", "child"),
        ("Trust in mentor(ship) pays.", "mentor"),
        ("Use the app(AI) now.", "app"),
        ("Two languages(Python) compete.", "languages"),
    ]:
        assert word in surfaces(prose), prose
