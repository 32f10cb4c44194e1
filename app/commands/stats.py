"""``clapwise stats``: import a performance log or a Medium export, and report what works."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import EXIT_FAILURE, EXIT_OK, CliError, print_json
from app.commands.plan_store import opened_plan
from app.document.wording import plural

CSV_HELP = """\
The CSV needs a header row; names in any case, spaces or hyphens for underscores.
  date                    required: the day the figures were read, YYYY-MM-DD (not
                          after tomorrow)
  url, title              at least one: which story. Matched by Medium's post id (the hex
                          id that ends every story link, in any form of the link), else
                          by the whole link, else by title (any case and spacing;
                          curly or straight quotes and any dash alike)
  published               YYYY-MM-DD or YYYY-MM-DD HH:MM; required for a story not yet known
  views, reads            required: lifetime totals on that date (reads <= views)
  claps, fans, responses  whole numbers
  member_reading_minutes  minutes (member_reading_time is accepted too)
  earnings                an amount such as 12.40 or $1,204.50
                          (these five may be left out, or a cell left empty: that
                          figure is not given, so the one stored for that story and
                          date stays; a new date leaves it unknown, never 0)
  tags                    separated by | or ; (for a new story)
  publication             a publication's name: a story recorded without one is put
                          in it (created under Submissions when not saved there yet);
                          a story already in a publication stays there
  read_ratio              accepted but not read: always reads / views
Cells are separated by commas, semicolons or tabs, as the header row shows; a
byte-order mark is fine. In a file separated by semicolons, as a spreadsheet saves one
where the decimal mark is a comma, minutes and earnings read 3157,9 and 1.204,50.
Numbers may use thousands separators. Two rows for the same story and date are an error;
importing again replaces the stored figures of that story and date that the file gives.
Any bad row is reported with its line number, and then nothing at all is imported.
Views, reads or claps lower than on an earlier day (lifetime totals never go down) are
listed and nothing is imported, unless --keep-falling says to import them as they are.
"""


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("stats", help="performance log: import and report")
    actions = parser.add_subparsers(dest="stats_command", metavar="ACTION", required=True)
    load = actions.add_parser(
        "import",
        help="import story statistics from a CSV file",
        description="Import dated statistics (lifetime totals) of published stories.",
        epilog=CSV_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    load.add_argument("file", metavar="FILE.csv")
    load.add_argument(
        "--keep-falling",
        action="store_true",
        help="import views, reads or claps lower than on an earlier day as they are",
    )
    load.set_defaults(handler=run_import)
    medium = actions.add_parser(
        "import-medium",
        help="import Medium's account export (the zip) as drafts and published stories",
        description="Read posts/*.html from the zip Medium's 'Download your information' "
        "gives: every post becomes a draft; published ones are recorded as published stories "
        "with their date, subtitle and canonical link.",
    )
    medium.add_argument("file", metavar="EXPORT.zip")
    medium.set_defaults(handler=run_import_medium)
    report = actions.add_parser(
        "report",
        help="what works for you: reads, read ratio and claps against your choices",
        description="The figures of the 'What works for you' panel: medians by headline band, "
        "readability, read time, weekday, publishing time and tag, and rank correlations, each "
        "with its sample size and a 90 % interval.",
    )
    report.add_argument("--json", action="store_true", help="print JSON")
    report.set_defaults(handler=run_report)


def run_import(args: argparse.Namespace) -> int:
    from app.session.plan.lifetime import FallingTotalsError
    from app.session.plan.stats_csv import CsvImportError

    with opened_plan(args) as plan:
        try:
            result = plan.import_csv(Path(args.file), keep_falling=args.keep_falling)
        except FallingTotalsError as error:
            why = "lifetime totals go down, so a digit may have slipped"
            _not_imported(args.file, why, [fall.describe() for fall in error.falls])
            print("Fix the file, or import it with --keep-falling to keep them.", file=sys.stderr)
            return EXIT_FAILURE
        except CsvImportError as error:
            why = plural(len(error.problems), "problem")
            _not_imported(args.file, why, error.problems)
            return EXIT_FAILURE
    print(result.summary())
    return EXIT_OK


def _not_imported(file: str, why: str, details: list[str]) -> None:
    """Says on stderr that nothing of ``file`` was imported, and why, a detail a line."""
    print(f"clapwise: {file}: {why}; nothing was imported", file=sys.stderr)
    for detail in details:
        print(f"  {detail}", file=sys.stderr)


def run_import_medium(args: argparse.Namespace) -> int:
    from app.session.plan.medium_export import MediumExportError

    with opened_plan(args) as plan:
        try:
            result = plan.import_medium_export(Path(args.file))
        except MediumExportError as error:
            raise CliError(str(error)) from None
    print(result.summary())
    for title in result.skipped:
        print(f"Already recorded, skipped: {title}")
    for title in result.drafts_skipped:
        print(f"Draft already imported, skipped: {title}")
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    from app.session.plan.what_works import describe

    with opened_plan(args, reading=True) as plan:
        report = plan.what_works()
    if args.json:
        print_json(report.to_dict())
    else:
        print(describe(report))
    return EXIT_OK
