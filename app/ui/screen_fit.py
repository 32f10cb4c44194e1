"""Open windows no larger than the screen they open on.

A dialog that asks for 1180x680 on a 1024x640 laptop screen puts its lower buttons and right
columns off screen, where no scrolling reaches them; asking for the preferred size but never
more than the available geometry keeps everything on screen (the layouts scroll or wrap).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, clamped to its screen's available area."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    # Leave the window frame (title bar, borders) on screen too.
    frame_w = max(0, widget.frameGeometry().width() - widget.width())
    frame_h = max(0, widget.frameGeometry().height() - widget.height())
    fitted_w = min(width, room.width() - frame_w)
    fitted_h = min(height, room.height() - frame_h)
    minimum = widget.minimumSize()
    widget.setMinimumSize(min(minimum.width(), fitted_w), min(minimum.height(), fitted_h))
    widget.resize(fitted_w, fitted_h)
