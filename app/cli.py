"""The ``clapwise`` command: opens the app, or analyses, scores and exports from a terminal.

Every error a user can cause (missing file, not text, not UTF-8, unknown option) prints one
line to stderr and exits non-zero; a traceback is never shown.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from app import __version__
from app.text_files import TextFileError, read_text_file

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report to the user in one line."""


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _read(path: str) -> str:
    try:
        return read_text_file(path)
    except TextFileError as error:
        raise CliError(str(error)) from None


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _line_and_column(source: str, offset: int) -> tuple[int, int]:
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, column


# --- analyze -------------------------------------------------------------------------------


def _command_analyze(args: argparse.Namespace) -> int:
    from app.analysis.engine import analyze

    source = _read(args.file)
    report = analyze(source, title=args.title or "")
    if args.json:
        _print_json(report.to_dict())
        return EXIT_OK
    readability = report.readability
    target_note = "on target" if readability.on_target else "above target"
    lines = [
        f"Title: {report.title or '(none)'}",
        f"Words: {report.words:,}  Sentences: {report.sentences:,}  "
        f"Read time: {report.read_time.display_minutes} min",
        f"Readability: grade {readability.grade:g} ({readability.label}); target "
        f"{readability.target:g} for {readability.genre}, {target_note}",
        f"  Flesch reading ease {readability.flesch_reading_ease:g}, "
        f"Flesch-Kincaid {readability.flesch_kincaid_grade:g}, "
        f"Gunning fog {readability.gunning_fog:g}, SMOG {readability.smog_index:g}, "
        f"Coleman-Liau {readability.coleman_liau_index:g}, "
        f"ARI {readability.automated_readability_index:g}, "
        f"Dale-Chall {readability.dale_chall:g}",
        f"Findings: {len(report.findings)}",
    ]
    for finding in report.findings:
        line, column = _line_and_column(source, finding.start)
        excerpt = source[finding.start : finding.end].replace("\n", " ")
        if len(excerpt) > 60:
            excerpt = excerpt[:57] + "..."
        advice = f" {finding.suggestion}" if finding.suggestion else ""
        lines.append(f"  {line}:{column} {finding.rule}: {finding.message}{advice} [{excerpt}]")
    print("\n".join(lines))
    return EXIT_OK


# --- parser and entry point ----------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="clapwise",
        description="Clapwise, an offline writing assistant for Medium writers. "
        "Without a command it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"clapwise {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="use this database file (default: CLAPWISE_DB or app data)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    analyze = commands.add_parser("analyze", help="analyse a Markdown file")
    analyze.add_argument("file", metavar="FILE.md")
    analyze.add_argument("--title", help="the headline (default: the first '# ' heading)")
    analyze.add_argument("--keyphrase", help="the focus keyphrase")
    analyze.add_argument("--json", action="store_true", help="print the full report as JSON")
    analyze.set_defaults(handler=_command_analyze)
    return parser


def _launch_app(database: str | None) -> int:
    from app.ui.application import run_app

    return run_app(database or os.environ.get("CLAPWISE_DB") or None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _launch_app(args.db)
        return handler(args)
    except CliError as error:
        print(f"clapwise: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``clapwise ... | head``); exit quietly.
        sys.stderr.close()
        return EXIT_FAILURE
    except Exception as error:  # never show a traceback to a writer
        print(f"clapwise: unexpected error: {error}", file=sys.stderr)
        return EXIT_FAILURE
