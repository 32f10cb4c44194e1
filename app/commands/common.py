"""What every subcommand shares: reading input files, JSON output, one-line errors."""

from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_right
from typing import NoReturn

from app.document.text_files import MAX_TEXT_BYTES, TextFileError, decode_text, read_text_file

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report to the user in one line."""


class UsageError(CliError):
    """A value the command cannot take (out of range, empty): exit 2, as argparse's errors."""


class OneLineParser(argparse.ArgumentParser):
    """argparse, but usage errors are one line on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def add_story_arguments(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """FILE.md (with ``many``: one or more files or folders) and the options that describe
    the story: --title, --subtitle, --keyphrase."""
    if many:
        parser.add_argument(
            "file", metavar="FILE.md", nargs="+", help="a Markdown file, a folder, or - (stdin)"
        )
    else:
        parser.add_argument("file", metavar="FILE.md", help="a Markdown file, or - (stdin)")
    parser.add_argument(
        "--title",
        help="the headline (default: the front matter's title, else the first '# ' heading)",
    )
    parser.add_argument(
        "--subtitle",
        default="",
        help="the subtitle (default: the front matter's subtitle or description)",
    )
    parser.add_argument("--keyphrase", default="", help="the focus keyphrase")


STANDARD_INPUT = "-"  # as a file name: read standard input, as ``/dev/stdin`` does


def input_name(path: str) -> str:
    """``path`` as a message names it: "-" is standard input."""
    return "standard input" if path == STANDARD_INPUT else path


def read_input(path: str) -> str:
    """A text file's contents ("-" and ``/dev/stdin`` read standard input), or
    :class:`CliError`."""
    try:
        if path == STANDARD_INPUT:
            return _read_standard_input()
        return read_text_file(path)
    except TextFileError as error:
        raise CliError(str(error)) from None


def _read_standard_input() -> str:
    name = input_name(STANDARD_INPUT)
    try:
        data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    except (AttributeError, OSError, ValueError):  # closed, or not a byte stream
        raise TextFileError(f"{name} cannot be read.") from None
    if len(data) > MAX_TEXT_BYTES:
        raise TextFileError(f"{name} is larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB.")
    return decode_text(data, name)


def empty_story(path: str, doing: str = "analyse") -> str:
    """What to say of a file with no words of story (empty, or a title and front matter)."""
    return f"{input_name(path)} has no story text to {doing}: it is empty, or holds only a title."


MARKDOWN_SUFFIXES = (".md", ".markdown")


def expand_inputs(names: list[str]) -> list[str]:
    """Files named, with each folder replaced by the Markdown files under it (sorted), hidden
    files and folders left out as the app's folder import leaves them; a broken link is
    kept, so reading it says so rather than skipping it."""
    from pathlib import Path

    paths: list[str] = []
    for name in names:
        folder = Path(name)
        if folder.is_dir():
            paths.extend(
                str(path)
                for path in sorted(folder.rglob("*"))
                if path.suffix.lower() in MARKDOWN_SUFFIXES
                and not any(part.startswith(".") for part in path.relative_to(folder).parts)
                and (path.is_file() or not path.exists())
            )
        else:
            paths.append(name)
    return paths


def print_json(data: object, *, indent: int | None = 2) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")


class LinePositions:
    """Line and column (from 1) of offsets into one text; the line starts are found once,
    so placing every finding of a long file costs a bisection each, not a scan."""

    def __init__(self, source: str) -> None:
        self._starts = [0, *(match.end() for match in re.finditer("\n", source))]

    def line_and_column(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
