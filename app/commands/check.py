"""``clapwise check FILE.md``: the Ready for Medium checklist, as text or JSON."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from app.commands.common import EXIT_OK, CliError, add_story_arguments, print_json, read_input

EXIT_NOT_READY = 3

_EPILOG = f"""\
Exit status: 0 when the story is ready (nothing fails; warnings are advice; unknown words
are listed for review but never fail the check on their own),
{EXIT_NOT_READY} when something must be fixed first, 1 when the file cannot be read,
2 for a wrong option.
Title, subtitle, tags and canonical URL default to the file's front matter (the title
else to its first '# ' heading). A canonical URL means the story was first published
elsewhere. --json prints {{ready, summary, counts, items}}; each item has
id, label, status (pass, warn, fail or skip), detail, fix and rules.
"""

if TYPE_CHECKING:
    from app.analysis.checklist import Checklist
    from app.analysis.findings import Finding

_WORDS_LISTED = 5
_MARKS = {"pass": "pass", "warn": "warn", "fail": "FAIL", "skip": "skip"}


def register(commands: argparse._SubParsersAction) -> None:
    from app.analysis.settings import GENRES

    parser = commands.add_parser(
        "check",
        help="check whether a Markdown file is ready to publish on Medium",
        description="The pre-publish checklist: what to fix before publishing on Medium.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_story_arguments(parser)
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


def _spelling_to_review(
    checklist: Checklist, findings: Sequence[Finding], source: str
) -> Checklist:
    """The checklist with its spelling item as advice: how many words to review, never a fail.

    An unknown word is as often a name or a new word as a typo, so it alone must not hold a
    story back.
    """
    item = checklist.item("spelling")
    if item is None or item.status not in {"warn", "fail"}:
        return checklist
    firsts: dict[str, str] = {}  # one entry per word whatever its case, in order of use
    for finding in findings:
        if finding.rule == "spelling":
            word = source[finding.start : finding.end]
            firsts.setdefault(word.lower(), word)
    words = list(firsts.values())
    listed = ", ".join(words[:_WORDS_LISTED]) + ("…" if len(words) > _WORDS_LISTED else "")
    noun = "word" if len(words) == 1 else "words"
    review = replace(item, status="warn", detail=f"{len(words)} {noun} to review: {listed}.")
    return replace(
        checklist, items=tuple(review if other is item else other for other in checklist.items)
    )


def run(args: argparse.Namespace) -> int:
    from app.analysis.checklist import build_checklist
    from app.analysis.detectors import default_detectors
    from app.analysis.engine import Analyzer
    from app.analysis.settings import AnalysisSettings
    from app.analysis.spelling.context import soften_repeated
    from app.export.front_matter import read_front_matter

    canonical_url = args.canonical_url.strip()
    if args.canonical_url and not canonical_url:
        raise CliError("--canonical-url is empty.")
    source = read_input(args.file)
    matter = read_front_matter(source)
    canonical_url = canonical_url or matter.canonical_url
    subtitle = args.subtitle or matter.subtitle
    settings = AnalysisSettings(genre=args.genre) if args.genre else AnalysisSettings()
    # Misspelled words are counted; ranking corrections would only cost time here.
    analyzer = Analyzer(settings, default_detectors(spelling_suggestions=False))
    report = analyzer.analyze(
        source,
        title=args.title or matter.title,
        subtitle=subtitle,
        keyphrase=args.keyphrase.strip(),
    )
    # A word used three times or more is the writer's own: one soft flag, not three.
    report = replace(report, findings=tuple(soften_repeated(report.findings, source, "spelling")))
    checklist = build_checklist(
        report,
        title=report.title,
        subtitle=subtitle,
        tags=args.tag or list(matter.tags),
        canonical_url=canonical_url,
        first_published_elsewhere=bool(canonical_url),
        source=source,
    )
    checklist = _spelling_to_review(checklist, report.findings, source)
    if args.json:
        print_json(checklist.to_dict())
    else:
        lines = [f"Title: {report.title or '(none)'}", checklist.summary, ""]
        for item in checklist.items:
            lines.append(f"[{_MARKS[item.status]}] {item.label}: {item.detail}")
            if item.status in {"warn", "fail"}:
                lines.append(f"       {item.fix}")
        print("\n".join(lines))
    return EXIT_OK if checklist.ready else EXIT_NOT_READY
