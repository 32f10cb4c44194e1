"""Build a one-folder bundle in dist/clapwise with PyInstaller (``make package``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(ROOT / "build"),
        str(ROOT / "packaging" / "clapwise.spec"),
    ]
    code = subprocess.call(command, cwd=ROOT)
    if code == 0:
        bundle = ROOT / "dist" / "clapwise"
        files = (path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
        size = sum(path.stat().st_size for path in files)
        print(f"Bundle: {bundle} ({size / 1_000_000:.0f} MB)")
    return code


if __name__ == "__main__":
    sys.exit(main())
