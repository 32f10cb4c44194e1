"""The derived tag vocabulary, names, verbs and grammar words are what the script makes."""

from __future__ import annotations

import pytest

from tools import derive_tags


@pytest.mark.slow
def test_the_committed_grammar_words_are_what_wordfreq_gives():
    committed = derive_tags.GRAMMAR_TARGET.read_text(encoding="utf-8").splitlines()[1:]
    assert committed == derive_tags.other_grammar_words()


@pytest.mark.slow
@pytest.mark.skipif(not derive_tags.SOURCE.exists(), reason="../shared/data is absent")
def test_the_committed_vocabulary_is_what_the_archive_gives():
    lines = derive_tags.TARGET.read_text(encoding="utf-8").splitlines()[1:]
    committed = [(slug, int(n)) for slug, n in (line.split("\t") for line in lines)]
    assert committed == derive_tags.read_vocabulary()


def test_the_committed_names_are_the_census_first_names():
    committed = derive_tags.NAMES_TARGET.read_text(encoding="utf-8").splitlines()[1:]
    assert committed == derive_tags.person_names()


def test_the_committed_verbs_are_what_lemminflect_reads_only_as_verbs():
    inflected, bases, _notice = derive_tags.verb_forms()
    assert derive_tags.VERBS_TARGET.read_text(encoding="utf-8").splitlines()[1:] == inflected
    assert derive_tags.VERB_BASES_TARGET.read_text(encoding="utf-8").splitlines()[1:] == bases
    assert {"told", "taught", "deploys"} <= set(inflected)
    assert {"convince", "deploy"} <= set(bases)
    assert not {"gardening", "programming", "build", "code"} & (set(inflected) | set(bases))


def test_the_committed_ing_nouns_are_no_verbs_ing_form_in_lemminflect():
    nouns = derive_tags.ing_nouns()
    assert derive_tags.ING_NOUNS_TARGET.read_text(encoding="utf-8").splitlines()[1:] == nouns
    assert {"morning", "string", "ceiling", "evening", "wedding", "shopping"} <= set(nouns)
    assert not {"loading", "analyzing", "building", "meeting", "thing"} & set(nouns)
