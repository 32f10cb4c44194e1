"""Reading a writer's files: UTF-8 with or without a BOM, UTF-16/32 with a BOM, never binary."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.document.text_files import TextFileError, read_text_file


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_files_with_a_byte_order_mark_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "post.md"
    path.write_bytes("# Café 😀\r\nLine two\rLine three\n".encode(encoding))
    assert read_text_file(path) == "# Café 😀\nLine two\nLine three\n"


def test_a_nul_anywhere_means_the_file_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "late-nul.md"
    path.write_bytes(b"a" * 20_000 + b"\x00" + b"b")
    with pytest.raises(TextFileError, match="not a text file"):
        read_text_file(path)


def test_latin1_is_named_as_not_utf8_with_the_line_and_the_way_out(tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes("# Menu\n\nCaf\xe9 au lait".encode("latin-1"))
    with pytest.raises(TextFileError) as caught:
        read_text_file(path)
    assert str(caught.value) == (
        f"{path} is not valid UTF-8 text (line 3 has a byte UTF-8 never uses, 0xE9): it was "
        "saved in an older encoding. Open it in a text editor, save it as UTF-8 and try again."
    )


def test_the_byte_named_is_the_one_that_is_wrong_after_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "notepad.md"
    path.write_bytes(codecs.BOM_UTF8 + b"# Menu\ncaf" + b"\xe9\n")
    with pytest.raises(TextFileError, match=r"\(line 2 has a byte UTF-8 never uses, 0xE9\)"):
        read_text_file(path)


def test_a_damaged_utf16_file_is_called_damaged_not_old(tmp_path: Path) -> None:
    path = tmp_path / "cut.md"
    path.write_bytes(codecs.BOM_UTF16_LE + "# Notes\n".encode("utf-16-le") + b"x")  # cut short
    with pytest.raises(TextFileError) as caught:
        read_text_file(path)
    assert str(caught.value) == f"{path} is not valid UTF-16 text: it is damaged or cut short."
