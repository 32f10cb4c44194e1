"""The word lists: sizes, format, and that the shared phrase scan cannot hide one list's
phrases behind another's."""

from __future__ import annotations

import pytest

from app.analysis.rules.style.alternatives import alternatives
from app.analysis.rules.style.lexicon import phrase_key, style_list, tsv_rows
from app.resources import resource_path

LISTS = {
    "irregular_participles.txt": 150,
    "ly_exceptions.txt": 100,
    "cliches.txt": 100,
    "transitions.txt": 100,
    "participial_adjectives.txt": 50,
    "intensifiers.txt": 20,
    "weasel_words.txt": 30,
    "hedges.txt": 30,
    "ed_non_participles.txt": 10,
    "legitimate_repeats.txt": 2,
}


@pytest.mark.parametrize(("name", "minimum"), LISTS.items())
def test_list_size_and_header(name: str, minimum: int) -> None:
    lines = resource_path("style", name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), "every list opens with a comment saying what it is for"
    entries = [line for line in lines if line.strip() and not line.startswith("#")]
    assert len(entries) >= minimum
    assert len({entry.lower() for entry in entries}) == len(entries), "no duplicates"
    assert all(entry == entry.strip() for entry in entries)


def test_simpler_alternatives_format() -> None:
    lines = resource_path("style", "simpler_alternatives.tsv").read_text(encoding="utf-8")
    assert lines.startswith("# ")
    rows = tsv_rows("simpler_alternatives.tsv")
    assert len(rows) >= 150
    phrases = [phrase_key(row[0]) for row in rows]
    assert len(set(phrases)) == len(phrases)
    for row in rows:
        assert len(row) in (2, 3), row
        assert all(option.strip() for option in row[1].split("|")), row
        if len(row) == 3:
            assert row[2] == "verb", row


def test_verb_entries_expand_to_all_forms() -> None:
    entries = alternatives()
    assert entries["utilizes"].replacements == ("uses",)
    assert entries["utilizing"].replacements == ("using",)
    assert entries["made a decision"].replacements == ("decided",)


def test_irregular_participles_exclude_intransitive_verbs() -> None:
    participles = style_list("irregular_participles.txt")
    assert not participles & {"gone", "come", "become", "been", "fallen", "risen", "got", "had"}


def test_phrase_lists_do_not_contain_each_other() -> None:
    # The five lists share one scan that keeps the longest phrase at each position, so a
    # phrase of one list inside a phrase of another would never be reported on its own.
    from app.analysis.rules.style.phrases import phrase_lists

    allowed = {("few", "few and far between")}  # the cliché is the better report there
    lists = {name: {phrase_key(p) for p in phrases} for name, phrases in phrase_lists().items()}
    clashes = [
        (inner, outer)
        for name, phrases in lists.items()
        for other, others in lists.items()
        if name != other
        for inner in phrases
        for outer in others
        if f" {inner} " in f" {outer} " and (inner, outer) not in allowed
    ]
    assert clashes == []
