"""The error log: a crash in native code leaves every thread's Python stack in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CRASH = """
import faulthandler, sys
from pathlib import Path
from app.session.error_log import install_error_log, log_crashes
assert install_error_log(Path(sys.argv[1])) is None
assert log_crashes()
faulthandler._sigsegv()  # what a fault in Qt's own code does to the process
"""


def test_a_native_crash_writes_the_python_stack_to_the_error_log(tmp_path: Path) -> None:
    log = tmp_path / "clapwise.log"
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(log)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    written = log.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in written
    assert 'File "<string>"' in written  # the stack, down to the line that crashed
