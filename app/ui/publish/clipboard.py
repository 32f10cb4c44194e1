"""Copy for Medium: rich text and plain text on the clipboard, and the images to upload."""

from __future__ import annotations

import atexit
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from app.publishing import ImageRef, MediumClipboard, medium_clipboard

# Platforms whose clipboard is Qt's default one, kept inside this process: what is on it
# goes when the process ends, whatever is done.
_IN_PROCESS_CLIPBOARDS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "linuxfb"})


def copy_to_clipboard(body: str, *, title: str, subtitle: str) -> MediumClipboard:
    """Put the story on the clipboard as HTML (for Medium's editor) and plain text."""
    copied = medium_clipboard(body, title=title, subtitle=subtitle)
    mime = QMimeData()
    mime.setHtml(copied.html)
    mime.setText(copied.text)
    QGuiApplication.clipboard().setMimeData(mime)
    # Registered once however often the writer copies.
    atexit.unregister(release_clipboard)
    atexit.register(release_clipboard)
    return copied


def release_clipboard() -> None:
    """Empty an in-process clipboard while Python still runs.

    Qt's default clipboard keeps its data in a static object that is destroyed after Python
    has shut down; a QMimeData made from Python then crashes the exit. A real clipboard
    (X11, Wayland, Windows, macOS) hands the story to the system for pasting after Clapwise
    has closed, so it is left alone.
    """
    if QGuiApplication.instance() is None:
        return
    if QGuiApplication.platformName() in _IN_PROCESS_CLIPBOARDS:
        QGuiApplication.clipboard().clear()


class ImagesNotice(QDialog):
    """Non-modal: which images to upload by hand after pasting (Medium drops local ones)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Images to upload")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.resize(480, 320)
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.images = QListWidget()
        self.images.setWordWrap(True)
        layout.addWidget(self.images)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def show_images(self, images: Sequence[ImageRef]) -> None:
        self.message.setText(
            "The story is on the clipboard: paste it into a new Medium story. "
            + _upload_instructions(len(images))
        )
        self.images.clear()
        for image in images:
            name = image.src if not image.src.startswith("data:") else "an embedded image"
            described = f" ({image.alt})" if image.alt else ""
            self.images.addItem(f"Line {image.line}: {name}{described}")
        self.show()


def _upload_instructions(count: int) -> str:
    """What to do with the images Medium cannot copy, in the number their count takes."""
    if count == 1:
        return (
            "One image is on this computer, not on the web, so Medium cannot copy it. The "
            "pasted text says where it belongs; upload it there with Medium's + button."
        )
    return (
        f"{count:,} images are on this computer, not on the web, so Medium cannot copy them. "
        "Where each one belongs, the pasted text says so; upload them there with Medium's + "
        "button."
    )
