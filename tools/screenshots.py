"""Screenshots of the real app for the README: ``python -m tools.screenshots [FOLDER]``.

Opens the main window on a fresh database with the sample draft, at 1280x720 and 1920x1080,
in the light and the dark theme, and saves PNGs of the window alone, with the headline lab
open, and with the pre-publish checklist open. Runs offscreen (or under Xvfb when set up).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1280, 720), (1920, 1080))
THEMES = ("light", "dark")


def _settle(app, milliseconds: int = 300) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < milliseconds:
        app.processEvents()


def _wait_for_report(app, window) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < 20_000:
        app.processEvents()
        if window.analysis_settled:
            return
    raise SystemExit("the analysis did not finish within 20 s")


def take(folder: Path) -> list[Path]:
    """The screenshots, saved in ``folder``; the app's data lives in a temporary home removed
    at the end."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="clapwise-screens-") as home:
        return _take_in(folder, Path(home))


def _take_in(folder: Path, home: Path) -> list[Path]:
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(home / variable.lower())

    from PySide6.QtWidgets import QApplication

    from app.session import Workspace
    from app.storage.store import open_store
    from app.ui.application import configure_application
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for theme in THEMES:
        for width, height in SIZES:
            store = open_store(home / f"{theme}-{width}.sqlite")
            window = MainWindow(Workspace(store))
            window.view_modes.set_theme(theme)
            window.resize(width, height)
            window.show()
            window.open_initial_draft()
            _wait_for_report(app, window)
            _settle(app)
            shots = {
                "main": lambda: None,
                "headline-lab": window.show_headline_lab,
                "checklist": window.publishing.checklist_action.trigger,
            }
            for name, opening in shots.items():
                opening()
                _settle(app)
                path = folder / f"{name}-{theme}-{width}x{height}.png"
                window.grab().save(str(path))
                saved.append(path)
                for dock in (window.headline_lab, window.publishing.checklist):
                    dock.hide()
                window.toggle_drafts.setChecked(True)
                window.resize(width, height)
            window.close()
            store.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path("screenshots")
    for path in take(folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
