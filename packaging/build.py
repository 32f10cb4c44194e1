"""Build a one-folder bundle in dist/clapwise with PyInstaller (``make package``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def add_desktop_files(bundle: Path) -> None:
    """The .desktop entry and icons under share/, laid out as ~/.local/share expects them:
    ``cp -r dist/clapwise/share/. ~/.local/share/`` lists Clapwise in the desktop's menu."""
    share = bundle / "share"
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    entry = (ROOT / "packaging" / "clapwise.desktop").read_text(encoding="utf-8")
    # The menu entry starts the bundle where it was built (build again after moving it).
    entry = entry.replace("Exec=clapwise", f"Exec={bundle.resolve() / 'clapwise'}")
    (applications / "clapwise.desktop").write_text(entry, encoding="utf-8")
    shutil.copytree(ROOT / "packaging" / "icons", share / "icons", dirs_exist_ok=True)


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
        add_desktop_files(bundle)
        files = (path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
        size = sum(path.stat().st_size for path in files)
        print(f"Bundle: {bundle} ({size / 1_000_000:.0f} MB)")
    return code


if __name__ == "__main__":
    sys.exit(main())
