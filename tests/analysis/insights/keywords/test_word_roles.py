"""Verbs, adverbs and fragments judged from general English frequency and the tag vocabulary."""

from __future__ import annotations

import pytest

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.word_roles import (
    is_adverb,
    is_verb_alone,
    is_verb_like,
    nouns_in,
    shape_factor,
    verbs_in,
)


def test_word_frequencies_come_from_general_english():
    assert zipf("the") > 7
    assert 3 < zipf("python") < 4.5
    assert zipf("qwzxblorf") == 1.0


@pytest.mark.parametrize("word", ["explain", "detect", "understand", "improving", "loading"])
def test_verbs(word):
    assert is_verb_like(word)


@pytest.mark.parametrize(
    "word", ["graph", "design", "machine", "programming", "learning", "morning", "string"]
)
def test_nouns_topic_gerunds_and_words_only_ending_in_ing_are_not_verbs(word):
    assert not is_verb_like(word)


def test_adverbs():
    assert is_adverb("constantly")
    assert is_adverb("easily")
    assert is_adverb("iteratively")  # "iterative" is rare, but shaped as an adjective
    assert not is_adverb("family")
    assert not is_adverb("assembly")
    assert not is_adverb("anomaly")


@pytest.mark.parametrize(
    "phrase",
    [
        "machine learning",
        "pair programming",
        "distributed teams",
        "open source",
        "python",
        "automated deployments",  # a participle that leads is an adjective
        "morning routine",  # no verb's "-ing" form
        "evening routine",  # a noun far more than a form of "even"
        "string formatting",
        "google translate",  # a base form may end a name
        "react",  # a verb Medium writers use as a topic
        "environment variable",  # an "-able" word may be a noun
    ],
)
def test_topics_keep_their_score(phrase):
    assert shape_factor(tuple(phrase.split())) == 1.0


@pytest.mark.parametrize(
    "phrase",
    [
        "improving accessibility",
        "explain machine learning",
        "constantly switch",
        "app locally",
        "miles easy",  # ends on a quality, not a thing
        "research reproducible",  # "make their research reproducible"
    ],
)
def test_fragments_are_penalised(phrase):
    assert shape_factor(tuple(phrase.split())) == th.FRAGMENT_PENALTY


def test_lone_verbs_are_penalised():
    assert shape_factor(("optimizing",)) == th.LONE_VERB_PENALTY


@pytest.mark.parametrize("word", ["told", "deploys", "drove"])
def test_an_inflected_verb_alone_is_no_topic(word):
    assert shape_factor((word,)) == th.SURE_VERB_PENALTY == 0.0


@pytest.mark.parametrize("word", ["easy", "bad"])
def test_a_word_only_ever_an_adjective_or_adverb_is_no_topic_alone(word):
    assert shape_factor((word,)) == 0.0


@pytest.mark.parametrize("word", ["agile", "fast"])  # a Medium topic; a noun too ("a fast")
def test_a_quality_that_is_a_topic_or_a_noun_too_keeps_its_score_alone(word):
    assert shape_factor((word,)) == 1.0


@pytest.mark.parametrize("word", ["convince", "commit"])  # "commit" is a noun in git
def test_a_base_form_that_is_a_verb_first_is_penalised_alone(word):
    assert shape_factor((word,)) == th.LONE_VERB_PENALTY


@pytest.mark.parametrize(
    "phrase",
    [
        "annalee taught",  # a clause: ends on a verb
        "algorithm written",
        "car broke",
        "ideas pave",  # a plural and a verb
    ],
)
def test_clauses_are_penalised_for_sure(phrase):
    assert shape_factor(tuple(phrase.split())) == th.SURE_VERB_PENALTY


def test_words_after_an_article_or_a_possessive_are_nouns_there():
    text = "A commit for each change. Your quick build; that build. Said that fix helps."
    assert nouns_in(text) == ("build", "change", "commit", "quick")
    # The second word counts only after a possible adjective: not after a plural.
    assert nouns_in("The students apply. A way to predict it.") == ("students", "way")


def test_words_after_to_a_modal_or_a_subject_pronoun_are_verbs_there():
    text = "We want to predict it. Don’t deploy on Friday; they solve it. The apply step."
    assert verbs_in(text) == ("deploy", "predict", "solve", "want")
    # A mark right after another is read too: "can" after "we", "deploy" after "don't".
    assert verbs_in("We can predict churn. They don’t deploy.") == (
        "can",
        "deploy",
        "don",
        "predict",
    )


@pytest.mark.parametrize("word", ["predict", "deploy", "solve", "convince"])
def test_words_english_uses_only_as_verbs(word):
    assert is_verb_alone(word)


@pytest.mark.parametrize("word", ["python", "loading", "graph", "change", "function"])
def test_topics_gerunds_and_words_that_are_nouns_as_often_are_no_lone_verbs(word):
    assert not is_verb_alone(word)
