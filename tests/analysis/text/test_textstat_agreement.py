"""On plain prose our figures agree with textstat's wherever the definitions are the same.

Deliberate differences, each checked below:
- Coleman–Liau uses the published constant 0.0588; textstat uses 0.058.
- ARI counts letters and digits as characters (the published definition); textstat also
  counts punctuation.
- Gunning fog counts "complex words" as the formula defines them (3+ syllables, not proper
  nouns, compounds or -es/-ed/-ing forms); textstat counts 3+ syllable words off the
  Dale–Chall list.
- Dale–Chall treats regular inflections of familiar words (plurals, -ed, -ing, -er, -est)
  as familiar, as the formula's rules say; textstat looks words up verbatim.
"""

from __future__ import annotations

import pytest
import textstat

from app.analysis.engine.analyzer import analyze
from app.analysis.text import offline_data

PROSE = """Most writers think the hard part is finding an idea. It is not. The hard part is
deciding what the reader should feel at the end of the story, and then cutting every sentence
that does not help them get there.

I learned this the slow way. For two years I published a post every week, and most of them
sank without a trace. Then an editor asked me one question about a draft: who is this for? I
could not answer it. The draft was for everybody, which meant it was for nobody.

Now I write the answer on a sticky note before I start. A nurse on a night shift. A student
who failed a maths exam. A manager who has to let someone go on Friday. The note sits on the
edge of my screen while I write, and it changes every choice I make, from the first line to
the last word of the headline.

Readers can tell when a story was written for them. They stay longer, they highlight more,
and they come back for the next one. That is the whole secret, and it costs nothing but a
little honesty about who you are talking to."""


@pytest.fixture(scope="module")
def ours():
    return analyze(PROSE).readability


@pytest.fixture(scope="module")
def theirs():
    offline_data.install()
    textstat.set_lang("en")
    return textstat


def test_word_and_sentence_counts_agree(theirs) -> None:
    report = analyze(PROSE)
    assert report.words == theirs.lexicon_count(PROSE)
    assert report.sentences == theirs.sentence_count(PROSE)


def test_flesch_reading_ease_agrees(ours, theirs) -> None:
    assert ours.flesch_reading_ease == pytest.approx(theirs.flesch_reading_ease(PROSE), abs=0.5)


def test_flesch_kincaid_agrees(ours, theirs) -> None:
    assert ours.flesch_kincaid_grade == pytest.approx(theirs.flesch_kincaid_grade(PROSE), abs=0.5)


def test_smog_agrees(ours, theirs) -> None:
    assert ours.smog_index == pytest.approx(theirs.smog_index(PROSE), abs=0.5)


def test_linsear_write_agrees_over_the_whole_text(ours, theirs) -> None:
    expected = theirs.linsear_write_formula(PROSE, strict_upper=False)
    assert ours.linsear_write == pytest.approx(expected, abs=0.5)


def test_coleman_liau_differs_only_by_the_published_constant(ours, theirs) -> None:
    counts = analyze(PROSE).counts
    letters_per_100 = 100 * counts.letters / counts.words
    constant_difference = (0.0588 - 0.058) * letters_per_100
    expected = theirs.coleman_liau_index(PROSE) + constant_difference
    assert ours.coleman_liau_index == pytest.approx(expected, abs=0.5)


def test_ari_differs_only_by_not_counting_punctuation(ours, theirs) -> None:
    counts = analyze(PROSE).counts
    punctuation = sum(1 for char in PROSE if not char.isalnum() and not char.isspace())
    expected = theirs.automated_readability_index(PROSE) - 4.71 * punctuation / counts.words
    assert ours.automated_readability_index == pytest.approx(expected, abs=0.5)


def test_fog_differs_only_by_the_complex_word_rule(ours, theirs) -> None:
    counts = analyze(PROSE).counts
    their_complex = theirs.difficult_words(PROSE, syllable_threshold=3, unique=False)
    word_rule_difference = 0.4 * 100 * (counts.complex_words - their_complex) / counts.words
    expected = theirs.gunning_fog(PROSE) + word_rule_difference
    assert ours.gunning_fog == pytest.approx(expected, abs=0.5)


def test_dale_chall_differs_only_by_counting_inflections_as_familiar(ours, theirs) -> None:
    counts = analyze(PROSE).counts
    their_difficult = theirs.difficult_words(PROSE, syllable_threshold=0, unique=False)
    assert counts.difficult_words <= their_difficult
    their_percent = 100 * their_difficult / counts.words
    our_percent = 100 * counts.difficult_words / counts.words
    adjustment = 3.6365 * ((our_percent > 5) - (their_percent > 5))
    expected = (
        theirs.dale_chall_readability_score(PROSE)
        + 0.1579 * (our_percent - their_percent)
        + adjustment
    )
    assert ours.dale_chall == pytest.approx(expected, abs=0.5)
