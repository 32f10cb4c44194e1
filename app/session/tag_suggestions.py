"""Tag suggestions for an analysed draft, the same in the sidebar and on the command line."""

from __future__ import annotations

from collections.abc import Sequence

from app.analysis.engine.report import Report
from app.analysis.insights.tags.history import TagHistory
from app.analysis.insights.tags.suggestions import TagSuggestion, suggest_tags
from app.document.medium_limits import MAX_TAGS


def tag_suggestions(
    report: Report,
    history: TagHistory,
    chosen: Sequence[str],
    limit: int = MAX_TAGS,
) -> tuple[TagSuggestion, ...]:
    """Real Medium tags for the draft of ``report``: from its key phrases, title, subtitle,
    prose and the language of its code."""
    return suggest_tags(
        report.keywords.extracted,
        history,
        chosen,
        limit=limit,
        title=report.title,
        text=story_prose(report),
        subtitle=report.subtitle,
        people=report.keywords.people,
        code_languages=report.code_languages,
    )


def story_prose(report: Report) -> str:
    """The prose tags are looked for in, one paragraph a line: the subtitle (a story's second
    line, which often names its field: "An express method for EDA in Python"), then the text."""
    blocks = report.block_texts
    return "\n".join([report.subtitle, *blocks] if report.subtitle.strip() else blocks)
