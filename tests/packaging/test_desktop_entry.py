"""The desktop entry and icons a Linux desktop needs to list and show Clapwise."""

from __future__ import annotations

import configparser
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def test_desktop_entry_names_a_command_and_an_icon_that_exist() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "clapwise.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "clapwise"
    assert section["Categories"].endswith(";")
    icon = section["Icon"]
    for size in (48, 128, 256):
        png = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{icon}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{icon}.svg").exists()
