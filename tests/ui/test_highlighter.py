"""Highlights follow each new report on the real window, painting only what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

FILLER = "A plain line about the garden.\n\n"
TEXT = (
    "At the end of the day, we went home.\n\n"
    + FILLER * 30
    + "We met in order to plan the launch.\n\n"
    + FILLER * 30
    + "The dog slept.\n"
)


def _painted_lines(window) -> set[int]:
    """Numbers of the blocks that show any format (plain prose: only findings paint)."""
    painted = set()
    block = window.editor.document().firstBlock()
    while block.isValid():
        if block.layout().formats():
            painted.add(block.blockNumber())
        block = block.next()
    return painted


def _marked_lines(window) -> set[int]:
    return {line for line, spans in window.editor.result.highlights.items() if spans}


def _type_at(qtbot, window, position: int, keys: str) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(position)
    window.editor.setTextCursor(cursor)
    for key in keys:
        if key == "\n":
            qtbot.keyClick(window.editor, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(window.editor, key)


def test_highlights_follow_reports_through_lines_added_and_findings_gone(
    qtbot, window, wait_for_analysis
) -> None:
    window.editor.selectAll()
    window.editor.insertPlainText(TEXT)
    wait_for_analysis(window)
    first = _marked_lines(window)
    assert len(first) >= 2
    assert _painted_lines(window) == first

    # Lines added at the top move every highlighted block down.
    _type_at(qtbot, window, 0, "Hello there.\n\n\n")
    wait_for_analysis(window)
    assert _painted_lines(window) == _marked_lines(window) == {line + 3 for line in first}

    # The finding of the middle line goes: its block, not edited, is cleared.
    text = window.editor.text()
    start = text.index("in order to")
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("in order to"), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("to")
    wait_for_analysis(window)
    marked = _marked_lines(window)
    assert marked == {min(first) + 3}
    assert _painted_lines(window) == marked

    # A line joined to the one above it (a deleted line break) keeps the right highlights.
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor, 3)
    cursor.removeSelectedText()
    wait_for_analysis(window)
    assert _painted_lines(window) == _marked_lines(window) == {min(first)}


def test_a_finding_gone_from_lines_nobody_edited_is_cleared(
    qtbot, window, wait_for_analysis
) -> None:
    """A name used a third time is the writer's choice: its earlier uses, on lines moved
    down by the new one but not edited, lose their flags."""
    window.editor.selectAll()
    window.editor.insertPlainText("I run tokko.\n\n" + FILLER * 20 + "They run tokko.\n")
    wait_for_analysis(window)
    assert _painted_lines(window) == _marked_lines(window) == {0, 42}
    _type_at(qtbot, window, 0, "We run tokko.\n\n")
    wait_for_analysis(window)
    assert _painted_lines(window) == _marked_lines(window) == {0}


def test_switching_a_rule_off_and_on_repaints_its_highlights(
    qtbot, window, wait_for_analysis
) -> None:
    window.editor.selectAll()
    window.editor.insertPlainText(TEXT)
    wait_for_analysis(window)
    marked = _marked_lines(window)
    toggle = window.sidebar.issues.toggle("cliche")
    toggle.click()
    wait_for_analysis(window)
    assert _painted_lines(window) == _marked_lines(window) == marked - {0}
    toggle.click()
    wait_for_analysis(window)
    assert _painted_lines(window) == _marked_lines(window) == marked


def test_a_long_draft_left_for_a_short_one_paints_the_short_one(
    qtbot, window, wait_for_analysis
) -> None:
    """The blocks painted in the long draft are gone with it; none may be touched again."""
    long_text = ("At the end of the day, in order to plan the launch.\n\n" + FILLER * 3) * 150
    window.new_draft()
    window.editor.setPlainText(long_text)
    wait_for_analysis(window)
    long_id = window.draft.id
    window.save_now()
    window.new_draft()
    window.editor.setPlainText("At the end of the day, it was short.\n")
    wait_for_analysis(window)
    short_id = window.draft.id
    window.save_now()
    for _ in range(3):
        window.open_draft(long_id)
        wait_for_analysis(window)
        window.open_draft(short_id)
        wait_for_analysis(window)
        assert _painted_lines(window) == _marked_lines(window) == {0}


def _monospace_lines(window) -> set[int]:
    """Numbers of the blocks whose first character is painted in the code font."""
    from app.ui.theme import code_font

    family = code_font().families()[0]
    lines = set()
    block = window.editor.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.start == 0 and family in (fmt.format.fontFamilies() or []):
                lines.add(block.blockNumber())
        block = block.next()
    return lines


def test_indented_code_is_painted_as_code_but_a_list_items_paragraph_is_not(
    qtbot, window, wait_for_analysis
) -> None:
    window.editor.selectAll()
    window.editor.insertPlainText(
        "Turn the mode on:\n"  # 0
        "\n"
        "    sqlite3 data.db 'PRAGMA journal_mode=wal;'\n"  # 2
        "\n"
        "    sqlite-utils enable-wal data.db\n"  # 4
        "\n"
        "That is all.\n"  # 6
        "\n"
        "- A list item\n"  # 8
        "\n"
        "    with a second paragraph of its own.\n"  # 10
        "A paragraph\n"  # 11
        "    goes on here.\n"  # 12
        "\n"
        "- An item that goes on\n"  # 14
        "  over two lines\n"
        "\n"
        "    and its second paragraph.\n"  # 17
        "\n"
        "## Install\n"  # 19
        "    pip install clapwise\n"  # 20: code right under a heading
    )
    wait_for_analysis(window)
    assert _monospace_lines(window) == {2, 4, 20}


def test_indented_code_follows_edits_to_the_lines_above(qtbot, window, wait_for_analysis) -> None:
    window.editor.selectAll()
    window.editor.insertPlainText("Intro.\n\n\n    make build\n\nThe end.\n")  # code on line 3
    wait_for_analysis(window)
    assert _monospace_lines(window) == {3}

    _type_at(qtbot, window, len("Intro.\n\n"), "- an item")  # a list item two lines above
    wait_for_analysis(window)
    assert _monospace_lines(window) == set()  # now the item's own paragraph

    cursor = window.editor.textCursor()
    cursor.setPosition(len("Intro.\n\n"))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # the item goes: a blank line again
    wait_for_analysis(window)
    assert _monospace_lines(window) == {3}

    _type_at(qtbot, window, len("Intro.\n\n"), "Run it:")  # a paragraph runs into the line
    wait_for_analysis(window)
    assert _monospace_lines(window) == set()


def _weight_and_italic(window, line: int, word: str) -> tuple[bool, bool]:
    """Whether ``word`` on ``line`` is painted bold, and italic."""
    from PySide6.QtGui import QFont

    block = window.editor.document().findBlockByNumber(line)
    column = block.text().index(word)
    bold = italic = False
    for fmt in block.layout().formats():
        if fmt.start <= column < fmt.start + fmt.length:
            bold = bold or fmt.format.fontWeight() >= QFont.Weight.Bold
            italic = italic or fmt.format.fontItalic()
    return bold, italic


def test_three_marks_make_bold_italics_and_marks_before_a_space_make_nothing(
    qtbot, window, wait_for_analysis
) -> None:
    window.editor.selectAll()
    window.editor.insertPlainText(
        "***False Detection*** and **plain bold** and *just slanted*\n\nØ*** Not emphasis***\n"
        "\nRead **the guide *first*** today.\n\n***Warning:** read this* now.\n"
    )
    wait_for_analysis(window)
    assert _weight_and_italic(window, 0, "False") == (True, True)
    assert _weight_and_italic(window, 0, "Detection") == (True, True)
    assert _weight_and_italic(window, 0, "plain") == (True, False)
    assert _weight_and_italic(window, 0, "slanted") == (False, True)
    assert _weight_and_italic(window, 2, "Not") == (False, False)
    # Bold and italic runs that share their marks: the bold part is painted.
    assert _weight_and_italic(window, 4, "guide")[0]
    assert _weight_and_italic(window, 6, "Warning")[0]


def test_front_matter_at_the_top_is_painted_as_metadata_while_it_is_edited(
    qtbot, window, wait_for_analysis
) -> None:
    window.editor.selectAll()
    window.editor.insertPlainText(
        "---\n"  # 0
        "title: Switching to Emacs\n"
        "tags: [emacs, editors]\n"
        "---\n"  # 3
        "\n"
        "I used vim for ten years.\n"  # 5
        "\n"
        "* * *\n"  # 7: a rule in the story, not front matter
        "\n"
        "Then I switched.\n"
    )
    wait_for_analysis(window)
    assert _monospace_lines(window) == {0, 1, 2, 3}

    closing = len("---\ntitle: Switching to Emacs\ntags: [emacs, editors]\n")
    cursor = window.editor.textCursor()
    cursor.setPosition(closing)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # the closing fence goes: the block is open, and no metadata
    qtbot.waitUntil(lambda: 0 not in _monospace_lines(window), timeout=2000)
    _type_at(qtbot, window, closing, "+++")  # a TOML fence does not close a YAML block
    qtbot.wait(50)
    assert _monospace_lines(window) == set()
    cursor.setPosition(closing)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("---")  # closed again
    qtbot.waitUntil(lambda: _monospace_lines(window) == {0, 1, 2, 3}, timeout=2000)


def test_toml_front_matter_is_metadata_and_a_lone_rule_at_the_top_is_not(
    qtbot, window, wait_for_analysis
) -> None:
    window.editor.selectAll()
    window.editor.insertPlainText('+++\ntitle = "Switching"\n+++\n\nThe story.\n')
    wait_for_analysis(window)
    assert _monospace_lines(window) == {0, 1, 2}
    window.editor.selectAll()
    window.editor.insertPlainText("---\n\nA story that opens with a rule.\n\nAnd goes on.\n")
    wait_for_analysis(window)
    assert _monospace_lines(window) == set()
