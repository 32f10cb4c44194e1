"""The committed verb tables are what the script derives from lemminflect."""

from __future__ import annotations

from pathlib import Path

from tools import derive_verb_tables


def _committed(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if not line.startswith("#")]


def test_the_committed_pasts_are_what_lemminflect_gives():
    table = derive_verb_tables.past_bases()
    assert dict(_committed(derive_verb_tables.PAST_BASES)) == table
    assert table["wanted"] == "want"
    assert table["tried"] == "try"
    assert table["stopped"] == "stop"
    assert table["fed"] == "feed"
    assert not {"need", "speed", "shed", "embed", "red"} & table.keys()


def test_the_committed_present_forms_are_what_lemminflect_gives():
    table = derive_verb_tables.present_forms()
    committed = {
        verb: (present, past)
        for verb, present, past in _committed(derive_verb_tables.PRESENT_FORMS)
    }
    assert committed == table
    assert table["want"] == ("wants", "wanted")
    assert table["go"] == ("goes", "went")
    assert table["try"] == ("tries", "tried")
    # Also adverbs or adjectives, also a past, or auxiliaries: never taken for a bare verb.
    assert not {"still", "well", "open", "put", "read", "let", "need", "will", "be"} & table.keys()
