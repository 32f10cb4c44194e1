"""``clapwise check FILE.md|FOLDER ...``: the Ready for Medium checklist, as text or JSON."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.analysis.engine.bounds import MAX_ANALYSED_CHARACTERS
from app.commands.batch import FileRun, heading, markdown_files, one_file
from app.commands.common import (
    EXIT_FAILURE,
    EXIT_OK,
    CliError,
    add_story_arguments,
    empty_story,
    print_json,
    read_input,
)
from app.commands.notices import analysed_note, front_matter_notice, nesting_notice
from app.commands.plan_store import personal_words
from app.commands.rule_options import add_rule_arguments, analysis_settings
from app.document.wording import plural

if TYPE_CHECKING:
    from app.analysis.engine.report import Report
    from app.analysis.engine.settings import AnalysisSettings
    from app.publishing.checklist.model import Checklist, ChecklistItem

EXIT_NOT_READY = 3

_EPILOG = f"""\
Exit status: 0 when the story is ready (nothing fails; warnings are advice; grammar slips
and unknown words are listed for review but never fail the check on their own),
{EXIT_NOT_READY} when something must be fixed first, 1 when the file cannot be read or holds
no story text, 2 for a wrong option. With several files: 1 when any could not be checked,
else {EXIT_NOT_READY} when any must be fixed first, else 0.
Several files or folders (every .md file in a folder) are checked in one go: each gets its
own block under its name, and a last line counts the ready, not ready and unreadable ones
(with --json: one JSON line per file, with its "file"; a file that cannot be checked gets
{{"file": ..., "error": ...}}; the count goes to stderr).
Title, subtitle, tags and canonical URL default to the file's front matter (the title
else to its first '# ' heading). A canonical URL means the story was first published
elsewhere. The writing rules are the app's defaults unless --all-rules or --rule says
otherwise; a check whose rule is off is skipped, never passed. --json prints
{{ready, summary, counts, items}}; each item has id, label, status (pass, warn, fail or
skip), detail, fix and rules. A file past {MAX_ANALYSED_CHARACTERS:,} characters is checked up to
there (the text output says so), and the JSON adds "analysed": {{"characters": N, "of": M}}.
"""

_MARKS = {"pass": "pass", "warn": "warn", "fail": "FAIL", "skip": "skip"}


def register(commands: argparse._SubParsersAction) -> None:
    from app.analysis.engine.settings import GENRES

    parser = commands.add_parser(
        "check",
        help="check whether a Markdown file is ready to publish on Medium",
        description="The pre-publish checklist: what to fix before publishing on Medium, "
        "for one Markdown file or several files or folders.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_story_arguments(parser, many=True)
    add_rule_arguments(parser)
    parser.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="a Medium tag (repeatable)"
    )
    parser.add_argument(
        "--canonical-url", default="", help="the original's address, if published elsewhere first"
    )
    parser.add_argument(
        "--genre", choices=GENRES, default=None, help="sets the readability target (essay)"
    )
    parser.add_argument("--json", action="store_true", help="print the checklist as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    canonical_url = args.canonical_url.strip()
    if args.canonical_url and not canonical_url:
        raise CliError("--canonical-url is empty.")
    names: list[str] = args.file
    paths = markdown_files(names)
    checking = _Checking(args, canonical_url)
    if one_file(names, paths):  # one file: the checklist exactly as always
        checked = checking.check(paths[0], read_input(paths[0]))
        if checked is None:
            raise CliError(empty_story(paths[0], "check"))
        _print(args, *checked)
        return EXIT_OK if checked[1].ready else EXIT_NOT_READY
    run = FileRun(as_json=args.json)
    ready = not_ready = 0
    for path, source in run.sources(paths):
        checked = checking.check(path, source)
        if checked is None:
            run.fail(path, empty_story(path, "check"))
            continue
        report, checklist = checked
        if checklist.ready:
            ready += 1
        else:
            not_ready += 1
        if args.json:
            print_json({"file": path, **_json(report, checklist)}, indent=None)
        else:
            print(("\n" if ready + not_ready > 1 else "") + heading(path))
            _print(args, report, checklist)
    summary = _run_summary(len(paths), ready, not_ready, run.failed)
    if args.json:
        print(f"clapwise: {summary}", file=sys.stderr)
    else:
        print(f"\n{summary}")
    if run.failed:
        return EXIT_FAILURE
    return EXIT_NOT_READY if not_ready else EXIT_OK


class _Checking:
    """Checks one story after another with the same settings. The writer's dictionary is
    read and the detectors are made once for the run (the word tables and models load once
    per process); each story gets a fresh analyser, as its chunk cache would hold only the
    story before, and that one's text must not reach the next."""

    def __init__(self, args: argparse.Namespace, canonical_url: str) -> None:
        from app.analysis.engine.detectors import default_detectors
        from app.analysis.rules.spelling import SpellingChecker

        self._args = args
        self._canonical_url = canonical_url
        self._settings: AnalysisSettings = analysis_settings(args, args.genre)
        # Misspelled words are counted; ranking corrections would only cost time here. The
        # writer's dictionary (with --db) passes the words the app's checklist passes.
        checker = SpellingChecker(personal_words(args))
        self._detectors = default_detectors(checker, spelling_suggestions=False)

    def check(self, path: str, source: str) -> tuple[Report, Checklist] | None:
        """The report and checklist of the story in ``source``; None when it has no story
        text (empty, or only a title), which is no story to judge."""
        from app.analysis.engine.analyzer import Analyzer
        from app.document.post import read_story
        from app.publishing.checklist import build_checklist

        args = self._args
        metadata, text = read_story(source)
        front_matter_notice(path, metadata.problem)
        canonical_url = self._canonical_url or metadata.canonical_url
        subtitle = args.subtitle or metadata.subtitle
        report = Analyzer(self._settings, self._detectors).analyze(
            text,
            title=args.title or metadata.title,
            subtitle=subtitle,
            keyphrase=args.keyphrase.strip(),
        )
        if not report.words:
            return None
        nesting_notice(path, text, report)
        # A word used three times or more is the writer's own (one soft flag, not three) unless
        # it is a likely slip, flagged at every use.
        checklist = build_checklist(
            report,
            title=report.title,
            subtitle=subtitle,
            tags=args.tag or list(metadata.tags),
            canonical_url=canonical_url,
            first_published_elsewhere=bool(canonical_url),
            source=source,
            disabled_rules=self._settings.disabled_rules,
        )
        return report, checklist


def _json(report: Report, checklist: Checklist) -> dict[str, object]:
    return {**checklist.to_dict(), **report.analysed_part()}


def _print(args: argparse.Namespace, report: Report, checklist: Checklist) -> None:
    """One story's checklist: the whole JSON object, or the title, the verdict and every
    item with what to do."""
    if args.json:
        print_json(_json(report, checklist))
        return
    lines = [f"Title: {report.title or '(none)'}", checklist.summary]
    if note := analysed_note(report):
        lines.append(f"{note}: the checks below judge that part.")
    lines.append("")
    for item in checklist.items:
        lines.append(f"[{_MARKS[item.status]}] {item.label}: {item.detail}")
        if fix := _fix_to_print(item):
            lines.append(f"       {fix}")
    print("\n".join(lines))


def _run_summary(files: int, ready: int, not_ready: int, failed: int) -> str:
    """The last line of a run over several files: "3 files: 1 ready, 2 not ready."."""
    counts = (
        f"{count:,} {what}"
        for count, what in (
            (ready, "ready"),
            (not_ready, "not ready"),
            (failed, "could not be checked"),
        )
        if count
    )
    return f"{plural(files, 'file')}: {', '.join(counts)}."


def _fix_to_print(item: ChecklistItem) -> str:
    """What to do, under an item: every fix of a check that warns, fails or was skipped (how to
    switch its rule on); of a pass, only the options it names ("Optional: …", a rule to switch
    on to count the rest), as the window shows them. "Nothing to do" is noise here."""
    from app.publishing.checklist.skips import IN_THE_APP, switch_on_advice

    fix = item.fix if item.status != "pass" or item.fix.startswith("Optional:") else ""
    fix = fix or switch_on_advice(item.fix)
    # Here a check is switched on by an option, not in the window.
    return fix.replace(IN_THE_APP, f"with {item.options}") if item.options else fix
