"""Medium's tag vocabulary: derived from the crawl, matched on whole words only."""

from __future__ import annotations

import pytest

from app.analysis.insights.keywords.vocabulary import (
    TABLE,
    affinity,
    display_name,
    folded_words_of,
    slugify,
    stem_key,
    vocabulary,
    words_of,
)
from app.resources import resource_path
from tests.conftest import SHARED_DATA

RAW = SHARED_DATA / "medium_tags.csv.gz"


def test_the_vocabulary_is_real_medium_tags_with_reach():
    vocab = vocabulary()
    assert len(vocab.by_slug) > 5000
    assert vocab.by_slug["machine-learning"].stories > 100_000
    assert all(len(slug) <= 25 for slug in vocab.by_slug)


def test_the_install_time_table_equals_the_vocabulary_derived_from_the_list():
    assert TABLE.load() == TABLE.build()


def test_words_are_read_as_medium_writes_tags_and_folded_to_their_singular():
    text = "Rust's APIs on Node.js works.So networks tell stories"
    words = ["rust", "api", "on", "nodejs", "works", "so", "networks", "tell", "stories"]
    assert words_of(text) == words
    folded = ["network", "tell", "story", "of", "class", "and", "api"]
    assert folded_words_of("Networks tell stories of classes and APIs") == folded


def test_lookups_by_name_slug_plural_and_initialism():
    vocab = vocabulary()
    assert vocab.tag("Machine Learning").slug == "machine-learning"
    assert vocab.tag("neural network").slug == "neural-networks"
    assert vocab.tag("AI").slug == "artificial-intelligence"
    assert vocab.tag("NLP").slug == "nlp"  # a tag of its own is not expanded
    # Shared by Climate Change, Cloud Computing and a licence: too ambiguous to expand.
    assert vocab.tag("CC") is None
    assert vocab.tag("qwzx blorf") is None


def test_mentions_are_whole_words_only():
    vocab = vocabulary()
    found = {tag.slug: n for tag, n in vocab.mentions("Journalify is a product. No-coder.").items()}
    assert "journalism" not in found
    assert "no-code" not in found
    found = {tag.slug: n for tag, n in vocab.mentions("Python, python and PYTHON.").items()}
    assert found["python"] == 3


def test_a_possessive_and_an_acronym_s_plural_mention_the_tag():
    """ "Rust's design" mentions Rust, and "APIs" the tag API."""
    vocab = vocabulary()
    text = "Rust's design, Rust’s traits and Rust. REST APIs and an API."
    found = {tag.slug: n for tag, n in vocab.mentions(text).items()}
    assert found["rust"] == 3
    assert found["api"] == 2


def test_a_later_part_of_a_hyphenated_word_is_no_tag_of_its_own():
    """ "low-tech" is no mention of Tech, nor "non-fiction" of Fiction; "Python-based" is of
    Python, and a tag of several words matches its hyphenated spelling."""
    vocab = vocabulary()
    text = "Low-tech ideas, non-fiction, Python-based tools and open-source code. Tech too."
    found = {tag.slug: n for tag, n in vocab.mentions(text).items()}
    assert found["tech"] == 1
    assert "fiction" not in found
    assert found["python"] == 1
    assert found["open-source"] == 1


def test_an_initialism_inside_a_name_spells_nothing_out():
    """ "ML-KEM" is a name, not Machine Learning; "AI-powered" is AI."""
    found = {tag.slug for tag in vocabulary().mentions("ML-KEM keys and GPT-4 answers.")}
    assert "machine-learning" not in found
    found = {tag.slug for tag in vocabulary().mentions("AI-powered search, and ML models.")}
    assert {"artificial-intelligence", "machine-learning"} <= found
    assert "artificial-intelligence" in {t.slug for t in vocabulary().mentions("AI-DRIVEN EDITS")}
    assert not vocabulary().mentions("non\u2010AI")  # a Unicode hyphen joins as well


def test_names_and_keys():
    assert slugify("Machine  Learning") == "machine-learning"
    assert stem_key("Neural Networks") == ("neural", "network")
    assert display_name("ux") == "UX"
    assert display_name("the-art-of-war") == "The Art of War"


@pytest.mark.skipif(not RAW.exists(), reason="../shared/data is absent")
def test_the_committed_vocabulary_is_what_the_script_derives():
    from tools.derive_tags import read_vocabulary

    committed = [
        tuple(line.split("\t"))
        for line in resource_path("keywords", "medium_tags.tsv").read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert [(slug, int(n)) for slug, n in committed] == read_vocabulary(RAW)


def test_a_family_hub_dominates_its_family():
    vocab = vocabulary()
    assert vocab.hub(vocab.tag("Deep Learning")).slug == "machine-learning"
    assert vocab.hub(vocab.tag("Machine Learning")) is None  # the hub itself
    assert vocab.hub(vocab.tag("Python")) is None  # one word: no family
    # No dominant tag among "... development" (web and software development are close).
    assert vocab.hub(vocab.tag("Game Development")) is None


def test_hubs_lead_the_families_of_first_and_last_words():
    vocab = vocabulary()
    assert [t.slug for t in vocab.hubs_by_word["data"]] == ["data-science"]
    assert [t.slug for t in vocab.hubs_by_word["learning"]] == ["machine-learning"]
    assert "how" not in vocab.hubs_by_word  # grammar words lead nothing
    assert "tech" not in vocab.hubs_by_word  # the one-word tag leads its own family
    assert "machine-learning" in {t.slug for t in vocab.hubs(vocab.tag("Deep Learning"))}
    assert vocab.hubs(vocab.tag("Python")) == ()


def test_breadth_counts_the_tags_that_use_all_of_a_tags_words():
    vocab = vocabulary()
    assert vocab.breadth(vocab.tag("Programming")) > vocab.breadth(vocab.tag("Kubernetes"))
    assert vocab.breadth(vocab.tag("Pair Programming")) < vocab.breadth(vocab.tag("Programming"))


def test_a_word_leads_a_family_only_where_it_stands_in_its_tags():
    vocab = vocabulary()
    # "Deep Learning" is a kind of learning; "Learning Curve" is not, so it has no such hub.
    assert "Machine Learning" in [hub.name for hub in vocab.hubs(vocab.by_slug["deep-learning"])]
    assert "Machine Learning" not in [
        hub.name for hub in vocab.hubs(vocab.by_slug["learning-curve"])
    ]


def test_a_language_written_with_symbols_is_its_own_tag_not_c():
    vocab = vocabulary()
    found = {tag.slug: n for tag, n in vocab.mentions("C++ and C# code; F# too, and C.").items()}
    assert (found["cpp"], found["csharp"], found["fsharp"], found["c"]) == (1, 1, 1, 1)


def test_affinity_weighs_a_tags_words_together_not_its_commonest():
    tags = vocabulary().by_slug
    # "Objective-C" is as rare in English as its rarer word, not as common as "c".
    assert affinity(tags["objective-c"]) > -1.5
    assert affinity(tags["python"]) > 0.5 > -2.0 > affinity(tags["output"])
