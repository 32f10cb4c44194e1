"""The main window's panes: the drafts list, the writing column and the sidebar, side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.ui.drafts_panel import DraftsPanel
from app.ui.editor import MarkdownEditor
from app.ui.heading_edit import HeadingEdit
from app.ui.scrolling_header import ScrollingHeader
from app.ui.sidebar import SIDEBAR_WIDTH, Sidebar


def writing_column(
    title_edit: HeadingEdit, subtitle_edit: HeadingEdit, editor: MarkdownEditor
) -> tuple[QWidget, QVBoxLayout, ScrollingHeader]:
    """The title and subtitle above the story, scrolling away with it; and the column's layout."""
    centre = QWidget()
    centre.setObjectName("centre")
    layout = QVBoxLayout(centre)
    layout.setContentsMargins(0, 16, 0, 0)
    layout.setSpacing(0)
    headings = QWidget()
    header_layout = QVBoxLayout(headings)
    header_layout.setContentsMargins(0, 0, 0, 0)
    header_layout.setSpacing(0)
    for heading in (title_edit, subtitle_edit):
        header_layout.addWidget(heading)
    header = ScrollingHeader(headings, editor)
    layout.addWidget(header)
    layout.addWidget(editor, 1)
    return centre, layout, header


def side_by_side(drafts: DraftsPanel, centre: QWidget, sidebar: Sidebar) -> QSplitter:
    """The three panes, the writing column taking what the others leave."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(drafts)
    splitter.addWidget(centre)
    splitter.addWidget(sidebar)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([240, 820, SIDEBAR_WIDTH])
    splitter.setChildrenCollapsible(False)
    return splitter
