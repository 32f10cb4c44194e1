"""The committed table of "-ed" pasts and their verbs is what the script derives."""

from __future__ import annotations

from tools import derive_past_bases


def test_the_committed_table_is_what_lemminflect_gives():
    table = derive_past_bases.past_bases()
    rows = derive_past_bases.OUTPUT.read_text(encoding="utf-8").splitlines()
    committed = dict(row.split("\t") for row in rows if not row.startswith("#"))
    assert committed == table
    assert table["wanted"] == "want"
    assert table["tried"] == "try"
    assert table["stopped"] == "stop"
    assert table["fed"] == "feed"
    assert not {"need", "speed", "shed", "embed", "red"} & table.keys()
