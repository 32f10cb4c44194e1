"""The shared scan of the five phrase lists, loaded from its install-time form."""

from __future__ import annotations

from app.analysis.rules.style.phrases import CLICHES, INTENSIFIERS, SCANNER, WORDY, phrase_hits


def test_the_install_time_scanner_equals_the_one_derived_from_the_lists() -> None:
    assert SCANNER.load() == SCANNER.build()


def test_one_scan_finds_the_phrases_of_every_list() -> None:
    text = "It was very late, at the end of the day, and we utilize everything."
    sources = {hit.source for hit in phrase_hits(text)}
    assert {INTENSIFIERS, CLICHES, WORDY} <= sources
