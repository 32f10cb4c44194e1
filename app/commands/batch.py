"""Commands over several files (``analyze``, ``check``): one bad file never stops the run.

A file that cannot be read, or holds no story, is said in one line on stderr and, with
``--json``, gets its own ``{"file": ..., "error": ...}`` line in the stream, so a reader of
the JSON sees every file it asked for.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from app.commands.common import CliError, expand_inputs, print_json, read_input


def markdown_files(names: list[str]) -> list[str]:
    """The files ``names`` stand for (a folder: its Markdown files), or :class:`CliError`
    when a folder holds none."""
    paths = expand_inputs(names)
    if not paths:
        raise CliError(f"no Markdown files in {', '.join(names)}")
    return paths


def one_file(names: Sequence[str], paths: Sequence[str]) -> bool:
    """One file named, not a folder: the command prints its single-file report, as always."""
    return len(names) == 1 and list(paths) == list(names)


def heading(path: str) -> str:
    """The line above each file's part of a text report."""
    return f"== {path} =="


@dataclass
class FileRun:
    """One command's pass over several files; ``failed`` counts the files it could not use."""

    as_json: bool
    failed: int = 0

    def sources(self, paths: Sequence[str]) -> Iterator[tuple[str, str]]:
        """Each readable file with its text; each unreadable one is reported and skipped."""
        for path in paths:
            try:
                source = read_input(path)
            except CliError as error:
                self.fail(path, str(error))
                continue
            yield path, source

    def fail(self, path: str, problem: str) -> None:
        """Report a file the command could not use, and go on."""
        self.failed += 1
        print(f"clapwise: {problem}", file=sys.stderr)
        if self.as_json:
            print_json({"file": path, "error": problem}, indent=None)
