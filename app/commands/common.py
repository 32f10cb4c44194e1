"""What every subcommand shares: reading input files, JSON output, one-line errors."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, NoReturn

from app.document.text_files import TextFileError, read_text_file

if TYPE_CHECKING:
    from app.analysis.engine.settings import AnalysisSettings

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report to the user in one line."""


class OneLineParser(argparse.ArgumentParser):
    """argparse, but usage errors are one line on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def add_story_arguments(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """FILE.md (with ``many``: one or more files or folders) and the options that describe
    the story: --title, --subtitle, --keyphrase."""
    if many:
        parser.add_argument("file", metavar="FILE.md", nargs="+")
    else:
        parser.add_argument("file", metavar="FILE.md")
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


# The rules off until asked for, as in the app (catalog.DEFAULT_OFF_RULES; a test keeps the two
# in step). Named here so that --help needs no import of the rule catalogue.
OFF_BY_DEFAULT_HELP = (
    "passive, adverb, hedge, weasel, hard_sentence, long_sentence, there_is, so_start, "
    "repeated_start"
)


def _rule_id(name: str) -> str:
    from app.analysis.rules.catalog import RULE_IDS  # only when --rule is given

    rule = name.strip().lower().replace("-", "_")
    if rule not in RULE_IDS:
        raise argparse.ArgumentTypeError(f"unknown rule {name!r}")
    return rule


def add_rule_arguments(parser: argparse.ArgumentParser) -> None:
    """--all-rules and --rule NAME: which writing rules run (default: the app's defaults)."""
    parser.add_argument(
        "--all-rules",
        action="store_true",
        help="run every writing rule; by default the rules the app leaves off are off here "
        f"too ({OFF_BY_DEFAULT_HELP})",
    )
    parser.add_argument(
        "--rule",
        action="append",
        default=[],
        type=_rule_id,
        metavar="NAME",
        help="switch on one of the rules that are off by default (repeatable), by its id as "
        'in the JSON\'s "rule"',
    )


def analysis_settings(args: argparse.Namespace, genre: str | None = None) -> AnalysisSettings:
    """The app's default settings, with the rules --all-rules or --rule switch on."""
    from app.analysis.engine.settings import AnalysisSettings
    from app.analysis.rules.catalog import DEFAULT_OFF_RULES

    disabled = frozenset() if args.all_rules else DEFAULT_OFF_RULES - frozenset(args.rule)
    if genre:
        return AnalysisSettings(genre=genre, disabled_rules=disabled)
    return AnalysisSettings(disabled_rules=disabled)


def read_input(path: str) -> str:
    """A text file's contents (``/dev/stdin`` works), or :class:`CliError`."""
    try:
        return read_text_file(path)
    except TextFileError as error:
        raise CliError(str(error)) from None


MARKDOWN_SUFFIXES = (".md", ".markdown")


def expand_inputs(names: list[str]) -> list[str]:
    """Files named, with each folder replaced by the Markdown files under it (sorted)."""
    from pathlib import Path

    paths: list[str] = []
    for name in names:
        folder = Path(name)
        if folder.is_dir():
            paths.extend(
                str(path)
                for path in sorted(folder.rglob("*"))
                if path.suffix.lower() in MARKDOWN_SUFFIXES and path.is_file()
            )
        else:
            paths.append(name)
    return paths


def report_front_matter_problem(path: str, problem: str) -> None:
    """One line on stderr when a file's front matter could not be read (the text is still
    analysed), so stdout stays the report."""
    if problem:
        print(f"clapwise: {path}: {problem}", file=sys.stderr)


def print_json(data: object, *, indent: int | None = 2) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")


def line_and_column(source: str, offset: int) -> tuple[int, int]:
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, column
