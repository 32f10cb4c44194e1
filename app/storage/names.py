"""Titles and names compared as a writer reads them: the same whatever their case, spacing,
quotes and dashes. Medium curls quotes and dashes ("A Beginner’s Guide"), a spreadsheet or a
writer types them straight, and either names the same story or publication."""

from __future__ import annotations

import re
import unicodedata

_SAME = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‛": "'",
        "ʼ": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "…": "...",
    }
)
# Any dash, with or without spaces ("a—b", "a – b", "a -- b"), as one spaced hyphen.
_DASH = re.compile(r"\s*-+\s*")


def fold_name(text: str) -> str:
    """``text`` as a comparison key: accents composed (NFC), curly quotes straight, every
    dash a hyphen with a space either side, runs of spaces one space, case folded."""
    plain = unicodedata.normalize("NFC", text).translate(_SAME)
    return " ".join(_DASH.sub(" - ", plain).split()).casefold()
