"""The fix menu's "Replace all N uses": one misspelling corrected wherever it is flagged, in
one undo step."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QAction, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu

from app.analysis.rules.findings import Finding
from app.analysis.rules.spelling.every_use import Edit, every_use, every_use_edits
from app.ui.analysis_worker import AnalysisResult


class FixTarget(Protocol):
    """What the fix needs of the editor: the analysis shown and a way into its text."""

    @property
    def result(self) -> AnalysisResult | None: ...

    def source_range_to_cursor(self, start: int, end: int) -> QTextCursor | None: ...

    def document(self) -> QTextDocument: ...


def every_use_action(
    editor: FixTarget, finding: Finding, replacement: str, menu: QMenu
) -> QAction | None:
    """An action writing ``replacement`` (offered for ``finding``'s word) over every flagged
    use of that word, or None when the word is flagged only once."""
    result = editor.result
    if result is None:
        return None
    text = result.snapshot.text
    uses = every_use(finding, result.report.findings, text)
    if not uses:
        return None
    edits = every_use_edits(uses, text, replacement, text[finding.start : finding.end])
    action = QAction(f"Replace all {len(uses)} uses with “{replacement}”", menu)
    action.triggered.connect(lambda _checked=False: replace_in_one_step(editor, edits))
    return action


def replace_in_one_step(editor: FixTarget, edits: Sequence[Edit]) -> int:
    """Apply ``edits`` (source offsets of the analysed text) as one undoable step, leaving out
    any whose text changed since; returns how many were made."""
    placed = [(editor.source_range_to_cursor(start, end), text) for start, end, text in edits]
    ready = [(cursor, text) for cursor, text in placed if cursor is not None]
    if not ready:
        return 0
    block = QTextCursor(editor.document())
    block.beginEditBlock()
    for cursor, text in reversed(ready):  # from the end: earlier offsets stay as analysed
        cursor.insertText(text)
    block.endEditBlock()
    return len(ready)
