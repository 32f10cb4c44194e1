"""``clapwise check FILE.md``: the Ready for Medium checklist, as text or JSON."""

from __future__ import annotations

import argparse
import os
import shlex
from typing import TYPE_CHECKING

from app.analysis.engine.bounds import MAX_ANALYSED_CHARACTERS
from app.commands.common import EXIT_OK, CliError, add_story_arguments, print_json, read_input
from app.commands.notices import analysed_note, front_matter_notice, nesting_notice
from app.commands.plan_store import personal_words
from app.commands.rule_options import add_rule_arguments, analysis_settings

if TYPE_CHECKING:
    from app.publishing.checklist.model import ChecklistItem

EXIT_NOT_READY = 3

_EPILOG = f"""\
Exit status: 0 when the story is ready (nothing fails; warnings are advice; grammar slips
and unknown words are listed for review but never fail the check on their own),
{EXIT_NOT_READY} when something must be fixed first, 1 when the file cannot be read,
2 for a wrong option.
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
        description="The pre-publish checklist: what to fix before publishing on Medium.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_story_arguments(parser)
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
    from app.analysis.engine.analyzer import Analyzer
    from app.analysis.engine.detectors import default_detectors
    from app.analysis.rules.spelling import SpellingChecker
    from app.document.post import read_story
    from app.publishing.checklist import build_checklist

    canonical_url = args.canonical_url.strip()
    if args.canonical_url and not canonical_url:
        raise CliError("--canonical-url is empty.")
    if os.path.isdir(args.file):
        raise CliError(
            f"{args.file} is a folder; check reads one post at a time. "
            f"clapwise analyze {shlex.quote(args.file)} analyses every post in it "
            "(without the pre-publish checklist)."
        )
    source = read_input(args.file)
    metadata, text = read_story(source)
    front_matter_notice(args.file, metadata.problem)
    canonical_url = canonical_url or metadata.canonical_url
    subtitle = args.subtitle or metadata.subtitle
    settings = analysis_settings(args, args.genre)
    # Misspelled words are counted; ranking corrections would only cost time here. The
    # writer's dictionary (with --db) passes the words the app's checklist passes.
    checker = SpellingChecker(personal_words(args))
    analyzer = Analyzer(settings, default_detectors(checker, spelling_suggestions=False))
    report = analyzer.analyze(
        text,
        title=args.title or metadata.title,
        subtitle=subtitle,
        keyphrase=args.keyphrase.strip(),
    )
    nesting_notice(args.file, text, report)
    # A word used three times or more is the writer's own: one soft flag, not three.
    checklist = build_checklist(
        report,
        title=report.title,
        subtitle=subtitle,
        tags=args.tag or list(metadata.tags),
        canonical_url=canonical_url,
        first_published_elsewhere=bool(canonical_url),
        source=source,
        disabled_rules=settings.disabled_rules,
    )
    if args.json:
        print_json({**checklist.to_dict(), **report.analysed_part()})
    else:
        lines = [f"Title: {report.title or '(none)'}", checklist.summary]
        if note := analysed_note(report):
            lines.append(f"{note}: the checks below judge that part.")
        lines.append("")
        for item in checklist.items:
            lines.append(f"[{_MARKS[item.status]}] {item.label}: {item.detail}")
            if fix := _fix_to_print(item):
                lines.append(f"       {fix}")
        print("\n".join(lines))
    return EXIT_OK if checklist.ready else EXIT_NOT_READY


def _fix_to_print(item: ChecklistItem) -> str:
    """What to do, under an item: every fix of a check that warns, fails or was skipped (how to
    switch its rule on); of a pass, only the options it names ("Optional: …", a rule to switch
    on to count the rest), as the window shows them. "Nothing to do" is noise here."""
    from app.publishing.checklist.skips import switch_on_advice

    if item.status != "pass" or item.fix.startswith("Optional:"):
        return item.fix
    return switch_on_advice(item.fix)
