"""Starting the app: what the background warm-up loads, and what it lets go of."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A fresh process: PySide6's import hook keeps the source of every module imported after it.
_WARM_UP_THEN_ANALYSE = """
import linecache
import PySide6.QtWidgets
from app.ui.application import warm_up
warm_up()
from app.analysis.engine.analyzer import analyze
report = analyze("Dr. Smith writes daily. It works well! Is it fun?\\n", title="Writing daily")
print(report.sentences, sum(1 for name in linecache.cache if "nltk" in name))
"""


def test_the_warm_up_loads_nltk_and_keeps_none_of_its_sources() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _WARM_UP_THEN_ANALYSE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    sentences, nltk_sources = result.stdout.split()
    assert sentences == "3"
    assert nltk_sources == "0"
