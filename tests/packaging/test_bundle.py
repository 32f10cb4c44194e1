"""The PyInstaller bundle: built from this tree, it starts offscreen and analyses a draft.

Slow (a few minutes to build); skipped when PyInstaller is not installed. An existing
dist/clapwise is reused when ``CLAPWISE_BUNDLE`` names it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_BUNDLE_MB = 200

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("CLAPWISE_BUNDLE")
    if given:
        return Path(given)
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "clapwise.spec"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return work / "dist" / "clapwise"


def _megabytes(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1_000_000


def test_bundle_is_at_most_200_mb(bundle: Path) -> None:
    size = _megabytes(bundle)
    print(f"bundle size: {size:.0f} MB")
    assert size <= MAX_BUNDLE_MB


def test_bundled_cli_analyses_a_draft_with_its_headline(bundle: Path) -> None:
    result = subprocess.run(
        [
            str(bundle / "clapwise"),
            "analyze",
            str(ROOT / "resources" / "sample_draft.md"),
            "--title",
            "Why Most Headlines Fail",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["words"] > 200
    assert 0 <= report["headline"]["score"] <= 100  # needs the VADER lexicon inside
    assert report["findings"]


def test_bundled_app_starts_offscreen_and_shows_a_report(bundle: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CLAPWISE_EXIT_AFTER_START": "1",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [str(bundle / "clapwise"), "--db", str(tmp_path / "clapwise.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "first analysis shown" in result.stdout + result.stderr
