"""Notices about an input file that do not stop a command: one line each on stderr."""

from __future__ import annotations

import sys


def front_matter_notice(path: str, problem: str) -> None:
    """Say why a file's front matter was left out (the text is still analysed), on stderr so
    that stdout stays the report."""
    if problem:
        print(f"clapwise: {path}: {problem}", file=sys.stderr)
