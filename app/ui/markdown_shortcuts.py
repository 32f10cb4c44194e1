"""Markdown by keyboard: bold, italic, links, headings and lists toggled on the selection.

Each function edits the editor through one cursor edit block, so one Undo takes it back.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_NUMBER = re.compile(r"^(\s*)\d{1,9}[.)]\s+")
LINK_PLACEHOLDER = "https://"


def toggle_wrap(editor: QPlainTextEdit, marker: str) -> None:
    """Wrap the selection in ``marker`` (``**`` bold, ``*`` italic), or unwrap it if wrapped.

    With nothing selected, the markers go in with the cursor between them. Positions are Qt's
    (UTF-16), read through cursors, so emoji never shift the markers.
    """
    cursor = editor.textCursor()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    size = len(marker)
    selected = cursor.selectedText()
    before = _between(editor, start - size - 1, start)
    after = _between(editor, end, end + size + 1)
    # "*" next to "**" is part of bold, not italic markers around the selection.
    wrapped = before.endswith(marker) and after.startswith(marker)
    inside_longer = before == marker[0] + marker and after == marker + marker[0]
    cursor.beginEditBlock()
    if start != end and wrapped and not (size == 1 and inside_longer):
        for position in (end, start - size):  # the later marker first keeps positions valid
            cursor.setPosition(position)
            cursor.setPosition(position + size, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.endEditBlock()
        _select(editor, start - size, end - size)
        return
    if len(selected) > 2 * size and selected.startswith(marker) and selected.endswith(marker):
        cursor.insertText(selected[size:-size])
        cursor.endEditBlock()
        _select(editor, start, end - 2 * size)
        return
    cursor.insertText(f"{marker}{selected}{marker}")
    cursor.endEditBlock()
    _select(editor, start + size, end + size)


def _between(editor: QPlainTextEdit, start: int, end: int) -> str:
    last = editor.document().characterCount() - 1
    cursor = QTextCursor(editor.document())
    cursor.setPosition(max(0, min(start, last)))
    cursor.setPosition(max(0, min(end, last)), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def insert_link(editor: QPlainTextEdit) -> None:
    """``[selection](https://)`` with the address selected, ready to paste over."""
    cursor = editor.textCursor()
    label = cursor.selectedText() or "link text"
    cursor.beginEditBlock()
    cursor.insertText(f"[{label}]({LINK_PLACEHOLDER})")
    cursor.endEditBlock()
    address_end = cursor.position() - 1
    _select(editor, address_end - len(LINK_PLACEHOLDER), address_end)


def toggle_heading(editor: QPlainTextEdit, level: int) -> None:
    """Make the current line a heading of ``level``; the same level again makes it text."""
    cursor = editor.textCursor()
    block = cursor.block()
    line = block.text()
    match = _HEADING.match(line)
    current = len(match.group(1)) if match else 0
    body = line[match.end() :] if match else line
    replacement = body if current == level else f"{'#' * level} {body}"
    _replace_lines(editor, block.position(), block.position() + block.length() - 1, [replacement])


def toggle_list(editor: QPlainTextEdit, *, numbered: bool = False) -> None:
    """Turn the selected lines into a list (``- `` or ``1. ``), or back into text."""
    cursor = editor.textCursor()
    document = editor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    lines: list[str] = []
    block = first
    while block.isValid():
        lines.append(block.text())
        if block == last:
            break
        block = block.next()
    pattern = _NUMBER if numbered else _BULLET
    if all(pattern.match(line) for line in lines if line.strip()):
        new = [pattern.sub(r"\1", line, count=1) for line in lines]
    else:
        new = []
        number = 0
        for line in lines:
            if not line.strip():
                new.append(line)
                continue
            number += 1
            bare = _NUMBER.sub(r"\1", _BULLET.sub(r"\1", line, count=1), count=1)
            new.append(f"{number}. {bare}" if numbered else f"- {bare}")
    end = last.position() + last.length() - 1  # Qt positions, so emoji count as Qt counts them
    _replace_lines(editor, first.position(), end, new)


def _replace_lines(editor: QPlainTextEdit, start: int, end: int, lines: list[str]) -> None:
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    text = "\n".join(lines)
    cursor.insertText(text)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)


def _select(editor: QPlainTextEdit, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
