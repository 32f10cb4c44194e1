"""A child Python process without root's rights, for read-only files and folders that are
read-only for real: root writes through file modes, so tests run as root (CI does) hand the
check to an unprivileged user (``setpriv``) instead of skipping it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOBODY = 65534


@dataclass(frozen=True)
class Child:
    """How to start Python as a user that file modes apply to, and that user's ids."""

    prefix: tuple[str, ...]
    uid: int
    gid: int

    def python(self, code: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.prefix, sys.executable, "-c", code, *args],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def owns(self, path: Path) -> None:
        """Make ``path`` the child user's (it is already when the tests are not root)."""
        if (path.stat().st_uid, path.stat().st_gid) != (self.uid, self.gid):
            os.chown(path, self.uid, self.gid)


def unprivileged_child() -> Child:
    """The tests' own user, or ``nobody`` when they run as root; skips when root cannot
    start Python as ``nobody`` here."""
    if os.geteuid() != 0:
        return Child((), os.geteuid(), os.getegid())
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: nothing here is read-only for root")
    child = Child(
        (setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"), NOBODY, NOBODY
    )
    probe = child.python("import app.storage.database")
    if probe.returncode != 0:
        pytest.skip(f"nobody cannot run this checkout's Python: {probe.stderr.strip()[-200:]}")
    return child


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A fresh folder the child user can reach (pytest's own are private to the tests' user)."""
    folder = Path(tempfile.mkdtemp(prefix="clapwise-unprivileged-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in (folder, *folder.rglob("*")):
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(folder)


@contextmanager
def read_only_folder(child: Child, name: str = "locked") -> Iterator[Path]:
    """An empty folder the child user owns but cannot write in (its mode is 0o555)."""
    with shared_folder() as shared:
        folder = shared / name
        folder.mkdir()
        child.owns(folder)
        folder.chmod(0o555)
        yield folder
