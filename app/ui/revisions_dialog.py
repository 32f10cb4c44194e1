"""The draft's revisions: pick one, see it beside the current text, restore it in one click."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.document.wording import plural
from app.session.revision_diff import change_summary, side_by_side, word_changes
from app.ui.revision_times import revision_times
from app.ui.screen_fit import resize_within_screen
from app.ui.theme_mode import current_theme

# Added and removed text: a tint plus strike-through or bold, so colour is never the only cue.
MARKS = {
    "light": {"removed": "#f9d3cf", "added": "#cdebc9"},
    "dark": {"removed": "#5a2a27", "added": "#234a26"},
}


class Version(Protocol):
    """A stored version of a draft (read-only: storage hands out frozen records)."""

    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def subtitle(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def word_count(self) -> int: ...
    @property
    def created_at(self) -> datetime: ...


def _pieces(pieces, kind: str) -> str:
    colour = MARKS[current_theme()][kind]
    style = "text-decoration:line-through" if kind == "removed" else "font-weight:600"
    return " ".join(
        f"<span style='background:{colour}; {style}'>{html.escape(p.text)}</span>"
        if p.changed
        else html.escape(p.text)
        for p in pieces
    )


def diff_html(older: str, newer: str) -> tuple[str, str]:
    """HTML for the left (older) and right (newer) panes, rows aligned line for line."""
    left: list[str] = []
    right: list[str] = []
    marks = MARKS[current_theme()]
    for row in side_by_side(older, newer):
        if row.kind == "same":
            text = html.escape(row.left) or "&nbsp;"
            left.append(text)
            right.append(text)
        elif row.kind == "changed":
            a, b = word_changes(row.left, row.right)
            left.append(_pieces(a, "removed"))
            right.append(_pieces(b, "added"))
        elif row.kind == "removed":
            left.append(
                f"<span style='background:{marks['removed']}; text-decoration:line-through'>"
                f"{html.escape(row.left)}</span>"
            )
            right.append("&nbsp;")
        else:
            left.append("&nbsp;")
            right.append(
                f"<span style='background:{marks['added']}; font-weight:600'>"
                f"{html.escape(row.right)}</span>"
            )
    wrap = "<p style='margin:0 0 6px 0'>{}</p>"
    return "".join(map(wrap.format, left)), "".join(map(wrap.format, right))


class RevisionsDialog(QDialog):
    """``restoreRequested`` carries the id of the revision the writer chose to restore."""

    restoreRequested = Signal(int)

    def __init__(
        self,
        revisions: Callable[[], Sequence[Version]],
        current: Callable[[], tuple[str, str, str]],
        parent: QWidget | None = None,
        *,
        revision_every: float,
        restorable: bool = True,
    ) -> None:
        """``revision_every``: the seconds of writing between two revisions the session
        keeps; ``restorable``: False for a draft that cannot be changed (in the trash)."""
        super().__init__(parent)
        self.setWindowTitle("Revisions of this draft")
        resize_within_screen(self, 1100, 680)
        self._revisions = revisions
        self._current = current
        self._restorable = restorable
        self._shown: list[Version] = []
        self._same_as_now: list[bool] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            f"Clapwise keeps a revision when you open a draft, then at most one every "
            f"{plural(round(revision_every / 60), 'minute')} while you write, and the text a "
            "restore replaces. Pick one to see it beside the text you have now; struck-through "
            "words are gone, bold ones are new."
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName("Revisions, newest first")
        # A long title wraps in the list (whole in the tooltip) rather than hiding behind a
        # sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(self.list)
        panes = QWidget()
        panes_layout = QVBoxLayout(panes)
        panes_layout.setContentsMargins(0, 0, 0, 0)
        self.title_change = QLabel("")
        self.title_change.setWordWrap(True)
        self.title_change.setTextFormat(Qt.TextFormat.RichText)
        panes_layout.addWidget(self.title_change)
        headers = QHBoxLayout()
        self.older_label = QLabel("The revision")
        self.newer_label = QLabel("Your text now")
        headers.addWidget(self.older_label)
        headers.addWidget(self.newer_label)
        panes_layout.addLayout(headers)
        sides = QHBoxLayout()
        self.older = QTextBrowser()
        self.older.setAccessibleName("The revision's text")
        self.newer = QTextBrowser()
        self.newer.setAccessibleName("Your text now")
        sides.addWidget(self.older)
        sides.addWidget(self.newer)
        panes_layout.addLayout(sides, 1)
        splitter.addWidget(panes)
        splitter.setSizes([280, 820])
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.summary = QLabel("")
        self.summary.setObjectName("muted")
        buttons.addWidget(self.summary, 1)
        self.restore_button = QPushButton("Restore this version")
        self.restore_button.setObjectName("primaryButton")
        self.restore_button.setToolTip(
            "Your current text is kept as a revision first, so you can come back to it."
        )
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show_row)
        self.refresh()

    def refresh(self) -> None:
        self._shown = list(self._revisions())
        now = self._current()
        # A revision of the very text in the window (the one just restored, or the one kept
        # as the draft opened) is no change to go back to: it is named so, and not restorable.
        self._same_as_now = [(v.title, v.subtitle, v.body) == now for v in self._shown]
        times = revision_times([version.created_at for version in self._shown])
        self.list.clear()
        for version, when, same in zip(self._shown, times, self._same_as_now, strict=True):
            item = QListWidgetItem(
                f"{when}{' · same as now' if same else ''}\n"
                f"{plural(version.word_count, 'word')} · {version.title.strip() or 'Untitled'}"
            )
            item.setToolTip(version.title)
            self.list.addItem(item)
        if self._shown:
            # The newest revision that differs from the text now, else the newest.
            self.list.setCurrentRow(next((r for r, s in enumerate(self._same_as_now) if not s), 0))
        else:
            self._show_row(-1)

    def selected(self) -> Version | None:
        row = self.list.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def select_revision(self, revision_id: int) -> None:
        for row, version in enumerate(self._shown):
            if version.id == revision_id:
                self.list.setCurrentRow(row)
                return

    def _show_row(self, row: int) -> None:
        version = self.selected()
        same = version is not None and self._same_as_now[row]
        self.restore_button.setEnabled(version is not None and self._restorable and not same)
        if version is None:
            self.older.setHtml("<p>No revisions yet: they appear as you write.</p>")
            # The writer still sees the text they have, laid out as it is beside a revision.
            body = self._current()[2]
            self.newer.setHtml(diff_html(body, body)[1])
            self.title_change.clear()
            self.summary.clear()
            return
        title, subtitle, body = self._current()
        left, right = diff_html(version.body, body)
        self.older.setHtml(left)
        self.newer.setHtml(right)
        changed = [
            (name, then, now)
            for name, then, now in (
                ("Title", version.title, title),
                ("Subtitle", version.subtitle, subtitle),
            )
            if then != now
        ]
        self.title_change.setText(
            "<br>".join(
                f"<b>{name}</b> then: “{html.escape(then)}” · now: “{html.escape(now)}”"
                for name, then, now in changed
            )
            or "Same title and subtitle as now."
        )
        if same:
            self.summary.setText("This revision is the text you have now: nothing to restore.")
        elif version.body == body:
            names = " and ".join(name.lower() for name, _then, _now in changed)
            self.summary.setText(f"Since this revision: the same text; the {names} changed.")
        else:
            self.summary.setText(f"Since this revision: {change_summary(version.body, body)}.")

    def restore_selected(self) -> None:
        version = self.selected()
        if version is not None:
            self.restoreRequested.emit(version.id)
