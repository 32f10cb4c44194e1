"""``clapwise calendar``: the month's plan, published stories, words written, goals, streaks."""

from __future__ import annotations

import argparse
from datetime import date

from app.commands.common import EXIT_OK, UsageError, print_json
from app.commands.plan_store import opened_plan

GOAL_NAMES = ("posts_per_week", "words_per_day")
# The months a posting calendar can mean: Medium began in 2012, and a month far beyond
# this century is a typo (9999-12 would also run past the last date Python can count).
FIRST_YEAR, LAST_YEAR = 1970, 2100


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "calendar",
        help="the posting calendar, goals and streaks",
        description="A month of the posting plan: scheduled drafts (S), published stories (P) "
        "and words written each day (from saves), with goals and streaks. Weeks start on "
        "Monday; a streak still counts if its last week (or day) is the current one's "
        "predecessor. A story published at an unknown time (a statistics file gave its day "
        'alone) shows its date without a time; in the JSON its "at" is that date and its '
        '"time_known" is false.',
    )
    parser.add_argument(
        "--month",
        metavar="YYYY-MM",
        help=f"which month, from {FIRST_YEAR} to {LAST_YEAR} (default: this one)",
    )
    parser.add_argument(
        "--goal",
        action="append",
        default=[],
        metavar="KIND=N",
        help="set a goal first: posts_per_week=N (at most 21) or words_per_day=N (at most "
        "20,000); 0 removes it",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def _month(text: str | None) -> tuple[int, int] | None:
    """The month ``--month`` names, checked before anything is written; None for this one."""
    if not text:
        return None
    try:
        year, month = (int(part) for part in text.split("-"))
    except ValueError:
        raise UsageError(f"--month {text!r} is not YYYY-MM.") from None
    if not 1 <= month <= 12:  # the shape is right: say what is wrong with it
        raise UsageError(f"--month {text!r}: there is no month {month}; months run from 01 to 12.")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UsageError(f"--month {text!r}: choose a month from {FIRST_YEAR} to {LAST_YEAR}.")
    return year, month


def _goal(text: str) -> tuple[str, int]:
    from app.session.plan.planner import GOAL_LIMITS

    kind, _, value = text.partition("=")
    if kind not in GOAL_NAMES or not value.strip().isdigit():
        raise UsageError(f"--goal {text!r}: use posts_per_week=N or words_per_day=N.")
    target, limit = int(value), GOAL_LIMITS[kind]
    if target > limit:
        # The app's boxes go no higher: a larger goal would show one figure there and
        # another in the summary.
        raise UsageError(f"--goal {text!r}: {kind} can be at most {limit:,} (0 removes it).")
    return kind, target


def run(args: argparse.Namespace) -> int:

    goals = [_goal(text) for text in args.goal]
    chosen = _month(args.month)
    with opened_plan(args, reading=not goals) as plan:  # --goal writes
        for kind, target in goals:
            plan.set_goal(kind, target)
        today = plan.today()
        year, month = chosen or (today.year, today.month)
        shown = plan.month(year, month)
        overview = plan.overview()
        reminders = plan.reminders()
    if args.json:
        print_json(
            {
                "month": f"{year:04d}-{month:02d}",
                "days": [day.to_dict() for day in shown.days.values()],
                **overview.to_dict(),
                "reminders": reminders,
            }
        )
        return EXIT_OK
    print(f"{date(year, month, 1):%B %Y}".center(7 * 9))
    print("".join(f"{name:<9}" for name in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")))
    for week in shown.weeks:
        cells = []
        for day in week:
            entry = shown.days.get(day)
            if entry is None:
                cells.append(" " * 9)
                continue
            marks = "S" * len(entry.scheduled) + "P" * len(entry.published)
            cells.append(f"{day.day:>2} {marks:<6}")
        print("".join(cells).rstrip())
    print()
    for entry in shown.days.values():
        for item in entry.scheduled:
            print(
                f"{item.scheduled_at:%Y-%m-%d %H:%M}  scheduled  {item.draft_title or 'Untitled'}"
            )
        for story in entry.published:
            # The day alone when the time is unknown, padded so the titles stay in a column.
            when = (
                f"{story.published_at:%Y-%m-%d %H:%M}"
                if story.time_known
                else f"{story.published_at:%Y-%m-%d}".ljust(16)
            )
            print(f"{when}  published  {story.title}")
    written = sum(entry.words for entry in shown.days.values())
    print(f"Words written this month: {written:,}")
    weeks, days = overview.weeks_with_a_post, overview.days_with_writing
    print(f"Weeks with a post: {weeks.current} in a row now (longest {weeks.longest})")
    print(f"Days with writing: {days.current} in a row now (longest {days.longest})")
    for goal in overview.goals:
        unit = "posts this week" if goal.kind == "posts_per_week" else "words today"
        period = "weeks" if goal.kind == "posts_per_week" else "days"
        print(
            f"Goal {goal.kind.replace('_', ' ')} {goal.target:,}: {goal.done:,} {unit}; "
            f"met in {goal.met_recently} of the last {goal.recent} {period}"
        )
    for reminder in reminders:
        print(f"Reminder: {reminder}")
    return EXIT_OK
