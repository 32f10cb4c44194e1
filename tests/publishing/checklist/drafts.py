"""The stories the checklist tests check, and the checklists built from them."""

from __future__ import annotations

from app.analysis.engine.analyzer import Analyzer, analyze
from app.analysis.engine.detectors import default_detectors
from app.analysis.engine.report import Report
from app.analysis.engine.settings import AnalysisSettings
from app.publishing.checklist import build_checklist

ITEM_IDS = (
    "headline",
    "clickbait",
    "subtitle",
    "search_title",
    "intro",
    "readability",
    "spelling",
    "grammar",
    "passive",
    "adverbs",
    "hard_sentences",
    "keyphrase",
    "tags",
    "read_time",
    "subheadings",
    "images",
    "closing",
    "canonical",
)

ROUGH = (
    "# You Won't Believe These 10 Shocking Writing Secrets\n\n"
    "Writing is something that is done by many people every day. It is believed by most "
    "writers that a habit was needed, and the habit was never really properly explained to "
    "them by anyone.\n\n"
    + "\n\n".join(
        f"The page was filled slowly by the writer on day {day}. Mistakes were made and were "
        "corrected later by an editor who was hired quickly. The draft was read again and it "
        "was decided that more words were needed."
        for day in range(1, 18)
    )
    + "\n\n![](desk.jpg)\n\n"
    "Ths is teh end of the storry, and nothing more will be said about it here.\n"
)


def _section(heading: str, lead: str) -> str:
    paragraphs = "\n\n".join(
        f"{lead} {day}, I wrote for ten minutes. I set a timer and kept going until it rang. "
        "Short sessions kept the habit alive."
        for day in range(1, 11)
    )
    return f"## {heading}\n\n{paragraphs}"


POLISHED = (
    "# How I Write 1,000 Words Before Breakfast\n\n"
    "Most mornings I write before the house wakes up. Here is how I built the habit in one "
    "month.\n\n"
    + _section("Start small", "On day")
    + "\n\n![A notebook and a cup of coffee on a desk](desk.jpg)\n\n"
    + _section("Protect the hour", "In week")
    + "\n\n"
    + _section("Keep a streak", "By morning")
    + "\n\n## Your turn\n\n"
    "What time of day do you write best? Tell me in the comments, and follow me for more "
    "notes on the writing habit.\n"
)
POLISHED_SUBTITLE = (
    "A simple routine that fits into any morning: ten minutes, a timer and a notebook, and no "
    "excuses left for the days you feel slow."
)
POLISHED_TAGS = ["Writing", "Productivity", "Habits"]
CANONICAL = "https://example.com/blog/1000-words"


SLIPS = (
    "# Pair Programming Notes\n\n"
    "Its a good way to learn. You could of done it alone, but two people see more.\n\n"
    "We read the code as\nas it was written and fixed what we found together.\n"
)


ADVERBS = (
    "# Quietly Done\n\n"
    + " ".join(
        f"On day {day} she quickly wrote, carefully edited and finally published her notes."
        for day in range(1, 9)
    )
    + "\n"
)


def statuses_of(checklist) -> dict[str, str]:
    return {item.id: item.status for item in checklist.items}


def checklist_of_rough(analyzer: Analyzer):
    report = analyzer.analyze(ROUGH)
    return build_checklist(
        report,
        title=report.title,
        subtitle="",
        tags=[],
        canonical_url="",
        first_published_elsewhere=True,
        source=ROUGH,
    )


def checklist_of_polished(analyzer: Analyzer, **changes):
    report = analyzer.analyze(POLISHED, subtitle=POLISHED_SUBTITLE)
    arguments = {
        "title": report.title,
        "subtitle": POLISHED_SUBTITLE,
        "tags": POLISHED_TAGS,
        "canonical_url": CANONICAL,
        "first_published_elsewhere": True,
        "source": POLISHED,
    }
    arguments.update(changes)
    return build_checklist(report, **arguments)


def plain_checklist(report: Report | None = None, **changes):
    """The polished story's checklist, with ``changes`` to its arguments."""
    report = report or analyze(POLISHED)
    arguments = {
        "title": report.title,
        "subtitle": POLISHED_SUBTITLE,
        "tags": POLISHED_TAGS,
        "canonical_url": "",
        "first_published_elsewhere": False,
        "source": POLISHED,
    }
    arguments.update(changes)
    return build_checklist(report, **arguments)


def checklist_of(text: str, settings: AnalysisSettings | None = None, **changes):
    report = Analyzer(settings, default_detectors(spelling_suggestions=False)).analyze(text)
    arguments = {
        "title": report.title,
        "subtitle": "",
        "tags": ["Programming"],
        "canonical_url": "",
        "first_published_elsewhere": False,
        "source": text,
    }
    arguments.update(changes)
    return build_checklist(report, **arguments)
