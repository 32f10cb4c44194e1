"""Tab through the sidebar as it reads, top to bottom, with the focused control in view.

Qt's focus chain follows the order widgets were made, not where they sit: a card inserted
later (Top fixes) or buttons made for a new report would come after the last card. The chain
is put back in layout order whenever the focus lands in the sidebar.
"""

from __future__ import annotations

from itertools import pairwise

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLayout, QScrollArea, QWidget


def controls_in_layout_order(root: QWidget) -> list[QWidget]:
    """The controls Tab stops at under ``root``, in the order its layouts place them
    (a control's own parts, such as a combo box's field, are left to the control)."""
    found: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)
        elif (layout := widget.layout()) is not None:
            visit_layout(layout)

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            if (widget := item.widget()) is not None:
                visit_widget(widget)
            elif (inner := item.layout()) is not None:
                visit_layout(inner)

    visit_widget(root)
    return found


class SidebarFocus(QObject):
    """Keeps ``area``'s tab order in layout order and scrolls a focused control into view."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._area):
            return  # the window is closing: focus moves as its widgets go
        body = self._area.widget()
        if new is None or body is None or not body.isAncestorOf(new):
            return
        controls = controls_in_layout_order(body)
        for first, second in pairwise(controls):
            QWidget.setTabOrder(first, second)
        self._area.ensureWidgetVisible(new)
