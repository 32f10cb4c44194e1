"""``clapwise headline``: score one headline, or a file of them (one per line)."""

from __future__ import annotations

import argparse
import json
import sys

from app.commands.common import EXIT_OK, UsageError, print_json, read_input
from app.document.wording import plural


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "headline",
        help="score a headline (appeal, clickbait risk, reasons)",
        description="Score a headline against real A/B-tested headlines and check it for "
        "clickbait. Give the headline as TEXT, or --batch FILE with one headline per line "
        "(/dev/stdin works) to get a table of them in the same order (with --json, one JSON "
        "object per line).",
    )
    parser.add_argument("text", nargs="?", metavar="TEXT", help="the headline")
    parser.add_argument("--batch", metavar="FILE", help="score every line of FILE")
    parser.add_argument("--keyphrase", default="", help="the story's focus keyphrase")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.analysis.insights.headline import analyze_headline

    if (args.text is None) == (args.batch is None):
        raise UsageError("give either a headline TEXT or --batch FILE.")
    if args.text is not None and not args.text.strip():
        # Nothing to score: an unset variable or lost quotes, never a "100/100" for nothing.
        raise UsageError("the headline is empty: give its text, in quotes.")
    keyphrase = args.keyphrase.strip() or None
    if args.batch is not None:
        lines = read_input(args.batch).split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # the file's final newline ends the last line; it is not a headline
        out = sys.stdout
        for line in lines:
            report = analyze_headline(line, keyphrase)
            if args.json:
                out.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
            else:
                out.write(
                    f"{report.overall:3d}  {report.band:6s}  {report.risk:6s}  {report.text}\n"
                )
        return EXIT_OK
    report = analyze_headline(args.text, keyphrase)
    if args.json:
        print_json(report.to_dict())
        return EXIT_OK
    from app.analysis.insights.headline.report import BLEND, RED_FLAG_PENALTY

    # The overall blends two judgements: say both, so a good band beside a low appeal (an
    # honest title the A/B tests would not pick) reads as what it is, not a contradiction;
    # and say what the standards lost, so they never read as a verdict the flags contradict.
    flags = len(report.red_flags)
    standards = round(report.standards)
    losses = []
    if flags:
        losses.append(f"{RED_FLAG_PENALTY * flags} off for {plural(flags, 'red flag')}")
    if (style := round(report.style_loss)) > 0:
        losses.append(f"{style} off for wording like viral-site headlines")
    limits = "".join(f"; {limit}" for limit in report.limits)
    lines = [
        f"{report.text}",
        f"Overall {report.overall}/100, {report.verdict}; it weighs appeal {report.score}/100 "
        f"against A/B-tested headlines ({BLEND.appeal_share:.0%}) with Medium's standards "
        f"{standards}/100 ({'; '.join(losses) or 'no red flag'}){limits}",
        report.lift,
        f"Clickbait risk: {report.risk} ({report.risk_note})",
        f"Type: {report.type}; {plural(report.characters, 'character')}, "
        f"{plural(report.words, 'word')}",
    ]
    lines.extend(f"  {line}" for line in report.reason_lines(6))
    # A red flag already given as a reason is not listed twice.
    reasons = [reason.text for reason in report.reasons[:6]]
    lines.extend(
        f"  ⚑ {flag.label}: {flag.explanation}"
        for flag in report.red_flags
        if not any(flag.explanation in reason for reason in reasons)
    )
    print("\n".join(lines))
    return EXIT_OK
