"""``clapwise analyze FILE.md``: the full report, as text or JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.batch import FileRun, heading, markdown_files, one_file
from app.commands.common import (
    EXIT_FAILURE,
    EXIT_OK,
    CliError,
    LinePositions,
    add_story_arguments,
    empty_story,
    print_json,
    read_input,
)
from app.commands.notices import analysed_note, front_matter_notice, nesting_notice
from app.commands.plan_store import personal_words
from app.commands.rule_options import add_rule_arguments, analysis_settings

if TYPE_CHECKING:
    from app.analysis.engine.report import Report
    from app.analysis.rules.findings import Finding


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "analyze",
        help="analyse Markdown files",
        description="Analyse one or more Markdown files (a folder means every .md file in it). "
        'With several files, --json prints one JSON line per file, with its "file"; a file '
        'that cannot be analysed gets {"file": ..., "error": ...} as well as its line on '
        'stderr. "-" reads standard input. '
        "The writing rules are the app's defaults unless --all-rules or --rule says otherwise; "
        'the JSON\'s "rules_off" lists the rules that did not run.',
    )
    add_story_arguments(parser, many=True)
    add_rule_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    names: list[str] = args.file
    # Read once for every file: the words the writer added to the dictionary in the app.
    words = personal_words(args)
    paths = markdown_files(names)
    if one_file(names, paths):  # one file: the report exactly as always
        source = read_input(paths[0])
        report = _report(args, paths[0], source, words)
        if not report.words:
            raise CliError(empty_story(paths[0]))
        return _print_report(args, source, report)
    run = FileRun(as_json=args.json)
    for path, source in run.sources(paths):
        report = _report(args, path, source, words)
        if not report.words:
            run.fail(path, empty_story(path))
            continue
        if args.json:
            print_json({"file": path, **report.to_dict()}, indent=None)
        else:
            print(heading(str(Path(path))))
            _print_report(args, source, report)
    return EXIT_FAILURE if run.failed else EXIT_OK


def _report(args: argparse.Namespace, path: str, source: str, words: tuple[str, ...]) -> Report:
    from app.analysis.engine.analyzer import analyze
    from app.document.post import read_story

    metadata, text = read_story(source)
    front_matter_notice(path, metadata.problem)
    report = analyze(
        text,
        title=args.title or metadata.title,
        subtitle=args.subtitle or metadata.subtitle,
        keyphrase=args.keyphrase,
        settings=analysis_settings(args),
        spelling_suggestions=True,
        personal_words=words,
    )
    nesting_notice(path, text, report)
    return report


def _print_report(args: argparse.Namespace, source: str, report: Report) -> int:
    if args.json:
        print_json(report.to_dict())
        return EXIT_OK
    readability = report.readability
    target_note = "on target" if readability.on_target else "above target"
    # Readability counts headings as sentences; the style checks and `check` count the body's.
    body = report.style.long_sentences.total
    sentences = f"{report.sentences:,}" + (
        f" ({body:,} outside headings)" if body != report.sentences else ""
    )
    lines = [
        f"Title: {report.title or '(none)'}",
        f"Words: {report.words:,}  Sentences: {sentences}  "
        f"Read time: {report.read_time.display_minutes} min",
        f"Readability: grade {readability.grade:g} ({readability.label}); target "
        f"{readability.target:g} for {readability.genre}, {target_note}",
        f"  Flesch reading ease {readability.flesch_reading_ease:g}, "
        f"Flesch-Kincaid {readability.flesch_kincaid_grade:g}, "
        f"Gunning fog {readability.gunning_fog:g}, SMOG {readability.smog_index:g}, "
        f"Coleman-Liau {readability.coleman_liau_index:g}, "
        f"ARI {readability.automated_readability_index:g}, "
        f"Dale-Chall {readability.dale_chall:g}",
    ]
    off = sorted(report.disabled_rules)
    if off:
        lines.append(f"Rules off: {', '.join(off)} (--all-rules or --rule NAME runs them)")
    keywords = report.keywords
    if keywords.extracted:
        lines.append("Keyphrases: " + ", ".join(k.phrase for k in keywords.extracted))
    if keywords.keyphrase is not None:
        focus = keywords.keyphrase
        lines.append(
            f"Focus keyphrase '{focus.keyphrase}': {focus.occurrences:,} uses, "
            f"density {focus.density:.2f}%"
        )
        lines.extend(f"  [{c.status}] {c.message}" for c in focus.checks)
    elif keywords.suggested_keyphrase:
        lines.append(
            f"Suggested focus keyphrase: {keywords.suggested_keyphrase} (--keyphrase sets one)"
        )
    if note := analysed_note(report):
        lines.append(note)
    in_headline = len(report.title_findings) + len(report.subtitle_findings)
    lines.append(
        f"Findings: {len(report.findings):,}"
        + (f" (and {in_headline:,} in the title and subtitle)" if in_headline else "")
    )
    positions = LinePositions(source)
    for finding in report.findings:
        line, column = positions.line_and_column(finding.start)
        lines.append(f"  {line}:{column} {_finding_line(source, finding)}")
    # The title's and subtitle's slips: placed by their column in that line (from 1).
    for where, text, found in (
        ("title", report.title, report.title_findings),
        ("subtitle", report.subtitle, report.subtitle_findings),
    ):
        lines.extend(f"  {where}:{f.start + 1} {_finding_line(text, f)}" for f in found)
    print("\n".join(lines))
    return EXIT_OK


def _finding_line(source: str, finding: Finding) -> str:
    """A finding's rule, message, fix and the words it judged."""
    excerpt = source[finding.start : finding.end].replace("\n", " ")
    if len(excerpt) > 60:
        excerpt = excerpt[:57] + "..."
    if finding.replacements and finding.suggestion == finding.replacements[0]:
        advice = f" → “{finding.suggestion}”"  # a one-click fix, not advice in words
    else:
        advice = f" {finding.suggestion}" if finding.suggestion else ""
    return f"{finding.rule}: {finding.message}{advice} [{excerpt}]"
