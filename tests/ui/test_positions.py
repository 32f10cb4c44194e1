"""Python offsets <-> Qt UTF-16 positions, and highlights that stay on the right words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.ui.positions import LineIndex, python_index, utf16_length, utf16_offset


def test_astral_characters_count_twice_in_utf16() -> None:
    assert utf16_length("a😀b") == 4
    assert utf16_offset("a😀b", 2) == 3
    assert python_index("a😀b", 3) == 2


@given(st.text(max_size=60), st.data())
def test_conversions_round_trip(text: str, data) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert python_index(text, utf16_offset(text, index)) == index
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2


def test_line_spans_split_ranges_at_line_breaks() -> None:
    text = "😀 one\ntwo 👍 three\nfour"
    index = LineIndex(text)
    start = text.index("one")
    end = text.index("three") + len("three")
    pieces = index.spans(start, end)
    assert [(p.line, p.column, p.length) for p in pieces] == [(0, 3, 3), (1, 0, 12)]
    assert index.position(text.index("four")) == utf16_length(text[: text.index("four")])


def _formatted_text(editor, rule_color: str) -> list[str]:
    """Text under every range of the editor painted with ``rule_color`` as background."""
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        text = block.text()
        units = text.encode("utf-16-le")
        for fmt in block.layout().formats():
            if fmt.format.background().color().name() == rule_color:
                piece = units[fmt.start * 2 : (fmt.start + fmt.length) * 2].decode("utf-16-le")
                found.append(piece)
        block = block.next()
    return found


def test_highlights_stay_on_the_words_after_emoji(qtbot, window, wait_for_analysis) -> None:
    from app.ui.theme import RULE_STYLES

    window.sidebar.issues.toggle("passive").click()  # a deeper rule, off by default
    window.editor.selectAll()
    window.editor.insertPlainText(
        "🎉🎉 Party time 👩‍👩‍👧 for everyone. The cake was eaten by the dog. "
        "𝒜𝓁𝓅𝒽𝒶 letters! The report was written in order to help."
    )
    wait_for_analysis(window)
    passive = RULE_STYLES["passive"].background
    wordy = RULE_STYLES["simpler"].background
    assert _formatted_text(window.editor, passive) == ["was eaten", "was written"]
    assert _formatted_text(window.editor, wordy) == ["in order to"]
