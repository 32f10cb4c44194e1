"""Jumping to the next finding of a rule, from a count in the sidebar or the checklist."""

from __future__ import annotations

from collections.abc import Set

from PySide6.QtWidgets import QMainWindow

from app.analysis.rules.catalog import rule_name
from app.ui.editor import MarkdownEditor


def jump_to_next_finding(
    window: QMainWindow, editor: MarkdownEditor, disabled_rules: Set[str], rule: str
) -> None:
    """Select the next finding of ``rule`` after the cursor (wrapping around)."""
    result = editor.result
    if result is None:
        return
    matches = [finding for finding in result.report.findings if finding.rule == rule]
    if not matches:
        if rule in disabled_rules:
            # A checklist item can name a rule the writer switched off: say why nothing moved.
            window.statusBar().showMessage(
                f"“{rule_name(rule)}” is switched off: tick it in the sidebar's "
                "Writing card to see each one.",
                8000,
            )
        return
    here = editor.cursor_source_offset()
    following = [finding for finding in matches if finding.start > here]
    target = (following or matches)[0]
    if editor.jump_to(target):
        editor.setFocus()
