"""Corrections offered for a misspelled word: ranking details, case, context and the budget."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.analysis.rules.spelling import suggest, warm_up
from app.analysis.rules.spelling.lexicon import lexicon
from app.resources import resource_path

EVALUATION_SET = Path(__file__).resolve().parent / "data" / "misspellings.tsv"


@pytest.fixture(scope="module", autouse=True)
def _dictionary_loaded() -> None:
    warm_up()  # the budget covers the search, not the one-off dictionary load


def _tsv_rows(path: Path) -> list[list[str]]:
    lines = path.read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_first_suggestion_for_everyday_slips() -> None:
    assert suggest("recieve")[0] == "receive"
    assert suggest("wierd")[0] == "weird"
    assert suggest("ocassion")[0] == "occasion"


def test_a_regular_plural_of_a_noun_in_f_offers_its_ves_plural_first() -> None:
    # "the dotted halfs": the writer means the plural, not the possessive "half's".
    assert suggest("halfs")[0] == "halves"
    assert suggest("shelfs")[0] == "shelves"


def test_case_is_preserved() -> None:
    assert suggest("Teh")[0] == "The"
    assert suggest("TEH")[0] == "THE"
    assert suggest("Recieve")[0] == "Receive"


def test_apostrophes_are_restored_in_the_writers_style() -> None:
    assert suggest("dont")[0] == "don't"
    assert suggest("did’nt")[0] == "didn’t"


def test_run_together_words_are_split() -> None:
    assert suggest("alot")[0] == "a lot"
    assert "in fact" in suggest("infact")


def test_the_word_itself_and_duplicates_never_appear() -> None:
    for word in ("speling", "thier", "becuase", "occurence"):
        ranked = suggest(word, limit=10)
        assert word not in ranked
        assert len(ranked) == len(set(ranked)) <= 10


def test_limit_and_empty_input() -> None:
    assert len(suggest("teh", limit=2)) == 2
    assert suggest("") == []
    assert suggest("teh", limit=0) == []


def test_an_article_before_the_word_favours_candidates_that_agree() -> None:
    after_a = suggest("ornge", before="a")
    after_an = suggest("ornge", before="an")
    assert "range" in after_a
    assert "range" not in after_an[: after_a.index("range") + 1]


def test_a_candidate_repeating_the_neighbouring_word_is_demoted() -> None:
    plain = suggest("thw")
    assert plain[0] == "the"
    assert suggest("thw", before="the")[0] != "the"


def test_a_long_nonsense_word_returns_within_the_time_budget() -> None:
    word = "qzxwvkjplmnbtrfdghsycqzxwvkjplmqzxwvkj"
    budget = 0.1
    started = time.perf_counter()
    suggest(word, time_budget=budget)
    elapsed = time.perf_counter() - started
    assert elapsed < budget + 0.25  # unbounded, it takes seconds; slack for a loaded machine


def test_common_typos_are_disjoint_from_the_evaluation_set() -> None:
    typos = {row[0].lower() for row in _tsv_rows(resource_path("spelling", "common_typos.tsv"))}
    evaluation = {row[0].lower() for row in _tsv_rows(EVALUATION_SET)}
    assert len(typos) > 100
    assert typos.isdisjoint(evaluation)


def test_common_typos_are_unknown_and_their_corrections_known() -> None:
    words = lexicon()
    rows = _tsv_rows(resource_path("spelling", "common_typos.tsv"))
    for wrong, right in (row[:2] for row in rows):
        assert wrong not in words, wrong
        assert all(part.lower() in words for part in right.split()), right


def test_a_word_searched_once_ranks_the_same_beside_any_neighbours() -> None:
    from app.analysis.rules.spelling.suggest import Suggester

    contexts = [("", ""), ("a", "day"), ("an", "idea"), ("the", "receive"), ("we", "it")]
    searched_once = Suggester(lexicon())
    for word in ("recieve", "wierd", "ocassion", "Teh", "beleive"):
        for before, after in contexts:
            fresh = Suggester(lexicon()).suggest(word, before, after, time_budget=30)
            again = searched_once.suggest(word, before, after, time_budget=30)
            assert again == fresh, (word, before, after)
