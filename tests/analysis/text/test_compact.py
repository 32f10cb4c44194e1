"""Compact word tables: read from the install-time file when fresh, else derived again."""

from __future__ import annotations

from pathlib import Path

from app.analysis.rules.spelling.lexicon import SOFTWARE_WORDS, WEB_WORDS
from app.analysis.text.compact import CompactTable
from app.analysis.text.offline_data import SYLLABLES
from app.analysis.text.word_table import WordTable


def _table(tmp_path: Path, builds: list[int]) -> tuple[CompactTable, Path]:
    source = tmp_path / "words.txt"
    source.write_text("alpha beta")

    def build() -> dict[str, int]:
        builds.append(1)
        return {word: len(word) for word in source.read_text().split()}

    return CompactTable("words", lambda: source, build, folder=lambda: tmp_path / "c"), source


def test_a_fresh_file_is_read_and_a_stale_one_rebuilt(tmp_path: Path) -> None:
    builds: list[int] = []
    table, source = _table(tmp_path, builds)
    assert table.load() == {"alpha": 5, "beta": 4}  # no file yet: derived
    table.write()
    builds.clear()
    assert table.load() == {"alpha": 5, "beta": 4}
    assert builds == []
    source.write_text("alpha beta gamma!")  # the package was upgraded
    assert table.load() == {"alpha": 5, "beta": 4, "gamma!": 6}
    assert builds == [1]


def test_a_damaged_file_falls_back_to_the_source(tmp_path: Path) -> None:
    builds: list[int] = []
    table, _source = _table(tmp_path, builds)
    table.path.parent.mkdir(parents=True)
    table.path.write_bytes(b"\x00garbage")
    assert table.load() == {"alpha": 5, "beta": 4}


def test_the_syllable_table_equals_its_derivation() -> None:
    loaded = SYLLABLES.load()
    assert loaded == SYLLABLES.build()
    assert WordTable(loaded).get("beautiful") == 3


def test_the_web_word_table_equals_its_derivation() -> None:
    loaded = WEB_WORDS.load()
    assert loaded == WEB_WORDS.build()
    assert "kubernetes" in WordTable(loaded)


def test_the_software_word_table_equals_its_derivation() -> None:
    loaded = SOFTWARE_WORDS.load()
    assert loaded == SOFTWARE_WORDS.build()
    assert "uvicorn" in WordTable(loaded)
    assert "unicorn" not in WordTable(loaded)  # a dictionary word: no need to list it


def test_a_table_of_several_sources_is_rebuilt_when_any_of_them_changes(tmp_path: Path) -> None:
    words, stop = tmp_path / "words.txt", tmp_path / "stop.txt"
    words.write_text("alpha beta the")
    stop.write_text("the")
    builds: list[int] = []

    def build() -> list[str]:
        builds.append(1)
        return [w for w in words.read_text().split() if w not in stop.read_text().split()]

    table = CompactTable("kept", lambda: (words, stop), build, folder=lambda: tmp_path / "c")
    table.write()
    builds.clear()
    assert table.load() == ["alpha", "beta"]
    assert builds == []
    stop.write_text("the beta")  # only the second source changed
    assert table.load() == ["alpha"]
    assert builds == [1]
