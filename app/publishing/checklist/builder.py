"""Builds the checklist for a story: every check, in the order the writer reads them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from app.publishing.checklist.findability import check_canonical, check_keyphrase, check_tags
from app.publishing.checklist.model import Checklist
from app.publishing.checklist.proofreading import check_grammar, check_spelling
from app.publishing.checklist.structure import (
    check_closing,
    check_images,
    check_intro,
    check_read_time,
    check_subheadings,
)
from app.publishing.checklist.style import (
    check_adverbs,
    check_hard_sentences,
    check_passive,
    check_readability,
)
from app.publishing.checklist.thresholds import READ_TIME_BAND
from app.publishing.checklist.titles import (
    check_clickbait,
    check_headline,
    check_search_title,
    check_subtitle,
    headline_slips,
)

if TYPE_CHECKING:
    from app.analysis.engine.report import Report
    from app.analysis.insights.headline import HeadlineReport
    from app.analysis.insights.intro import IntroReport


def build_checklist(
    report: Report,
    *,
    title: str,
    subtitle: str,
    tags: Sequence[str],
    canonical_url: str,
    first_published_elsewhere: bool,
    read_time_band: tuple[float, float] = READ_TIME_BAND,
    source: str | None = None,
    headline: HeadlineReport | None = None,
    intro: IntroReport | None = None,
    spelling_checked: bool = True,
    disabled_rules: Collection[str] | None = None,
) -> Checklist:
    """The checklist for a story analysed as ``report``.

    ``source`` (the Markdown the report was made from) names the misspelled words and quotes
    the grammar slips. ``headline`` and ``intro`` default to ``report.headline`` and
    ``report.intro``; when neither is there, their checks are skipped. ``disabled_rules``
    (default: the rules that were off when the report was made) are the rules whose findings
    are absent: a check that counts them says so instead of passing. Pass
    ``spelling_checked=False`` when no spelling checker ran, so zero findings mean nothing.
    """
    title = " ".join(title.split())
    subtitle = " ".join(subtitle.split())
    if headline is None:
        headline = getattr(report, "headline", None)
    if intro is None:
        intro = getattr(report, "intro", None)
    empty = report.words == 0
    off = frozenset(report.disabled_rules if disabled_rules is None else disabled_rules)
    spelling_checked = spelling_checked and "spelling" not in off
    items = [
        check_headline(title, headline, headline_slips(report, title, subtitle)),
        check_clickbait(title, headline),
        check_subtitle(subtitle, intro),
        check_search_title(title),
        check_intro(intro, empty),
        check_readability(report, empty),
        check_spelling(report, source, empty, spelling_checked),
        check_grammar(report, source, empty, off),
        check_passive(report, empty, off),
        check_adverbs(report, empty, off),
        check_hard_sentences(report, empty, off),
        check_keyphrase(report, empty),
        check_tags(tags, tuple(k.phrase for k in report.keywords.extracted)),
        check_read_time(report, read_time_band),
        check_subheadings(report, empty, off),
        check_images(report, empty),
        check_closing(report.last_paragraph, empty),
        check_canonical(canonical_url.strip(), first_published_elsewhere),
    ]
    return Checklist(tuple(items))
