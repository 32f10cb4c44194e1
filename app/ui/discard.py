"""Removing a widget that a layout rebuilds: hidden at once, deleted when Qt is done with it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def discard(widget: QWidget) -> None:
    """Hide ``widget`` and delete it later: ``deleteLater`` alone leaves it painted over its
    replacements until the event loop gets round to it, and deleting it at once would crash
    when it is the chip whose own click removes it."""
    widget.hide()
    widget.deleteLater()
