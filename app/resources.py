"""Locate files in the top-level ``resources/`` folder, in a checkout or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding word lists, model weights, stylesheets and the sample draft."""
    bundle_root = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file inside ``resources/``."""
    return resources_dir().joinpath(*parts)


@cache
def word_list(*parts: str) -> frozenset[str]:
    """A lower-cased word list: one entry per line, ``#`` starts a comment."""
    entries: set[str] = set()
    with resource_path(*parts).open(encoding="utf-8") as handle:
        for line in handle:
            entry = line.split("#", 1)[0].strip().lower()
            if entry:
                entries.add(entry)
    return frozenset(entries)
