"""--all-rules and --rule NAME: which writing rules ``analyze`` and ``check`` run.

By default the command line runs the rules the app runs for a new writer
(``catalog.DEFAULT_OFF_RULES`` stay off), so the same text gets the same findings in both.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.analysis.engine.settings import AnalysisSettings

# The rules off until asked for (catalog.DEFAULT_OFF_RULES; a test keeps the two in step),
# named here so that --help needs no import of the rule catalogue.
OFF_BY_DEFAULT_HELP = (
    "intensifier, formal_word, passive, adverb, hedge, weasel, hard_sentence, long_sentence, "
    "there_is, so_start, repeated_start"
)


def _rule_id(name: str) -> str:
    from app.analysis.rules.catalog import RULE_IDS  # only when --rule is given

    rule = name.strip().lower().replace("-", "_")
    if rule not in RULE_IDS:
        raise argparse.ArgumentTypeError(f"unknown rule {name!r}")
    return rule


def add_rule_arguments(parser: argparse.ArgumentParser) -> None:
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
