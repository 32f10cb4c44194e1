"""``clapwise analyze FILE.md``: the full report, as text or JSON."""

from __future__ import annotations

import argparse

from app.commands.common import (
    EXIT_OK,
    add_story_arguments,
    line_and_column,
    print_json,
    read_input,
)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("analyze", help="analyse a Markdown file")
    add_story_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.analysis.engine.analyzer import analyze
    from app.document.post import read_metadata

    source = read_input(args.file)
    metadata = read_metadata(source)
    report = analyze(
        source,
        title=args.title or metadata.title,
        subtitle=args.subtitle or metadata.subtitle,
        keyphrase=args.keyphrase,
        spelling_suggestions=True,
    )
    if args.json:
        print_json(report.to_dict())
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
    ]
    keywords = report.keywords
    if keywords.extracted:
        lines.append("Keyphrases: " + ", ".join(k.phrase for k in keywords.extracted))
    if keywords.keyphrase is not None:
        focus = keywords.keyphrase
        lines.append(
            f"Focus keyphrase '{focus.keyphrase}': {focus.occurrences} uses, "
            f"density {focus.density:.2f}%"
        )
        lines.extend(f"  [{c.status}] {c.message}" for c in focus.checks)
    lines.append(f"Findings: {len(report.findings)}")
    for finding in report.findings:
        line, column = line_and_column(source, finding.start)
        excerpt = source[finding.start : finding.end].replace("\n", " ")
        if len(excerpt) > 60:
            excerpt = excerpt[:57] + "..."
        advice = f" {finding.suggestion}" if finding.suggestion else ""
        lines.append(f"  {line}:{column} {finding.rule}: {finding.message}{advice} [{excerpt}]")
    print("\n".join(lines))
    return EXIT_OK
