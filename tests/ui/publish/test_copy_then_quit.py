"""Copy for Medium, then quit: the real app in a child process exits cleanly.

Qt's in-process clipboard (the offscreen platform's) outlives Python; data copied from Python
used to crash the exit with a segmentation fault."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction, QGuiApplication
    from PySide6.QtWidgets import QApplication
    from app.ui.application import run_app

    qt = QApplication(sys.argv)

    def copy_then_quit():
        window = next(w for w in qt.topLevelWidgets() if w.isWindow() and w.isVisible()
                      and w.findChildren(QAction))
        copy = next(a for a in window.findChildren(QAction) if a.text() == "&Copy for Medium")
        copy.trigger()
        print("copied", len(QGuiApplication.clipboard().text()) > 0, flush=True)
        QTimer.singleShot(200, window.close)

    QTimer.singleShot(1500, copy_then_quit)
    sys.exit(run_app(sys.argv[1]))
    """
)


def test_the_app_exits_cleanly_after_copy_for_medium(tmp_path: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "clapwise.sqlite")],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "copied True" in child.stdout, child.stderr
    assert child.returncode == 0, child.stderr[-2000:]
