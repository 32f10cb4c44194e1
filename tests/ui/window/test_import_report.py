"""The import report as the writer sees it: however many files it names, it fits the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPlainTextEdit,
)

BROKEN = 35


def _broken_folder(root: Path) -> Path:
    """35 posts whose front matter cannot be read and 35 binary files."""
    folder = root / "posts"
    folder.mkdir()
    for number in range(BROKEN):
        (folder / f"badfm_{number:02}.md").write_text(
            f"---\ntitle: [oops\n---\n\nBody text number {number} here.\n", encoding="utf-8"
        )
        (folder / f"broken_{number:02}.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return folder


def _look_at_the_next_dialog(seen: dict[str, object]) -> None:
    """Once a modal dialog is up, note what it shows, press its Copy button, and close it."""

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, look)
            return
        seen["frame"] = modal.geometry()  # the window's inside, where its buttons are
        seen["room"] = modal.screen().availableGeometry()
        shown = [label.text() for label in modal.findChildren(QLabel) if label.text()]
        areas = modal.findChildren(QPlainTextEdit)
        shown += [area.toPlainText() for area in areas]
        seen["text"] = "\n".join(shown)
        seen["scrolls"] = any(area.verticalScrollBar().maximum() > 0 for area in areas)
        buttons = {button.text(): button for button in modal.findChildren(QAbstractButton)}
        if "Copy" in buttons:  # the whole report, for a note or a fix
            buttons["Copy"].click()
            seen["copied"] = QGuiApplication.clipboard().text()
        modal.done(0)  # type: ignore[attr-defined]

    QTimer.singleShot(0, look)


def test_a_long_folder_report_fits_the_screen_and_lists_every_file(
    window, monkeypatch, tmp_path
) -> None:
    folder = _broken_folder(tmp_path)
    monkeypatch.undo()  # the real message boxes and dialogs, shown modally
    seen: dict[str, object] = {}
    _look_at_the_next_dialog(seen)
    report = window.import_folder(str(folder))
    assert report is not None
    frame, room = seen["frame"], seen["room"]
    assert isinstance(frame, type(room))
    assert room.contains(frame), f"{frame} does not fit {room}"  # OK is on screen
    text = str(seen["text"])
    assert text.startswith(f"Imported {BROKEN} posts ({BROKEN} with a problem). {BROKEN} not")
    for number in range(BROKEN):
        assert f"• badfm_{number:02}.md: its YAML front matter could not be read" in text
        assert f"• broken_{number:02}.md is not a text file" in text
    assert seen["scrolls"]  # the per-file lines scroll inside the dialog
    copied = str(seen["copied"])
    assert copied.startswith(f"Imported {BROKEN} posts ({BROKEN} with a problem).")
    assert copied.count("\n• ") == 2 * BROKEN


def test_a_short_report_needs_no_scrolling(window, monkeypatch, tmp_path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "good.md").write_text("# Good\n\nFine.\n", encoding="utf-8")
    (folder / "binary.md").write_bytes(b"\x00\x01 not text")
    monkeypatch.undo()
    seen: dict[str, object] = {}
    _look_at_the_next_dialog(seen)
    window.import_folder(str(folder))
    assert "• binary.md is not a text file (it contains binary data)." in str(seen["text"])
    assert not seen["scrolls"]
