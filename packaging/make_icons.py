"""Render resources/icons/clapwise.svg to the PNG sizes desktops look for.

``python packaging/make_icons.py`` writes packaging/icons/hicolor/<size>x<size>/apps/clapwise.png;
the PNGs are committed, so this runs only when the SVG changes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "clapwise.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ROOT / "packaging" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        image.save(str(target / "clapwise.png"))
        print(target / "clapwise.png")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
