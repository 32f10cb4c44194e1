"""Notices about an input file that do not stop a command: one line each on stderr."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from app.commands.common import input_name

if TYPE_CHECKING:
    from app.analysis.engine.report import Report


def front_matter_notice(path: str, problem: str) -> None:
    """Say why a file's front matter was left out (the text is still analysed), on stderr so
    that stdout stays the report."""
    if problem:
        print(f"clapwise: {input_name(path)}: {problem}", file=sys.stderr)


def nesting_notice(path: str, text: str, report: Report) -> None:
    """Say once, on stderr, when some of a file's Markdown is nested past the parser's
    limits and was analysed as plain text (the parser notes it once per parse, in the log
    at most; a writer hears of it here, naming the file)."""
    from app.document.nesting import MAX_BLOCK_DEPTH
    from app.document.parsers import nested_too_deeply

    analysed = text if report.stopped_at is None else text[: report.stopped_at]
    if nested_too_deeply(analysed):
        print(
            f"clapwise: {input_name(path)}: Markdown nested past {MAX_BLOCK_DEPTH} levels was "
            "kept as plain text",
            file=sys.stderr,
        )


def analysed_note(report: Report) -> str | None:
    """Where the analysis of a very large file stopped, for a text report; None when it read
    the whole file. A figure of the part alone must never pass for the whole file's."""
    from app.analysis.engine.bounds import MAX_ANALYSED_CHARACTERS

    if report.stopped_at is None:
        return None
    return (
        f"Analysed the first {report.stopped_at:,} of {report.source_length:,} characters "
        f"(a file is read up to {MAX_ANALYSED_CHARACTERS:,})"
    )
