"""Names for screen readers: every control in a panel gets one, from what it shows."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Rich text as a screen reader should say it: no tags, no line-break markup."""
    return " ".join(_TAGS.sub(" ", text.replace("<br>", ". ")).replace("&nbsp;", " ").split())


def name_controls(root: QWidget) -> list[QWidget]:
    """Give each control under ``root`` without an accessible name one taken from its text,
    placeholder or tooltip; returns the controls still unnamed (none, when all went well)."""
    unnamed: list[QWidget] = []
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QLabel)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, controls) or widget.accessibleName():
            continue
        if isinstance(widget, QAbstractButton):
            name = plain(widget.text()).strip() or widget.toolTip()
            if not name and isinstance(widget.parent(), QLineEdit):
                name = "Clear the field"  # a line edit's own clear button
        elif isinstance(widget, QLineEdit):
            name = widget.placeholderText() or widget.toolTip()
        elif isinstance(widget, QLabel):
            if not widget.text():  # a colour swatch or an empty line: nothing to read
                continue
            continue  # labels are read from their text; nothing to add
        else:
            name = widget.toolTip() or widget.objectName().replace("_", " ")
        if name:
            widget.setAccessibleName(plain(name))
        else:
            unnamed.append(widget)
    return unnamed
