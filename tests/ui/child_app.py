"""The real app started in a child process by a small script, for tests that end it from
outside (a signal, a crash) while it types."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def start_child(script: str, database: Path, journal: Path) -> subprocess.Popen[str]:
    """Run ``script`` (which reads the database path and the typing journal's path from its
    arguments) under Qt's offscreen platform, its output piped for the test to read."""
    return subprocess.Popen(
        [sys.executable, "-c", script, str(database), str(journal)],
        cwd=REPO,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
