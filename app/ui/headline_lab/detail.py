"""What the lab says about the one selected headline: verdict, standing, lift, reasons."""

from __future__ import annotations

import html

from app.analysis.insights.headline import HeadlineReport


def headline_detail(report: HeadlineReport, standing: str, warning: str, origin: str = "") -> str:
    """The rich text under the list: the headline in full (the list may cut it short) and
    where it comes from (``origin``), the verdict, ``standing``, what would lift it, its
    first reasons, and ``warning`` (when not empty) in red."""
    reasons = "<br>".join(html.escape(line) for line in report.reason_lines(4))
    warning_html = f"<br><b style='color:#c53030'>{html.escape(warning)}</b>" if warning else ""
    source = f" · {html.escape(origin)}" if origin else ""
    return (
        f"“{html.escape(report.text)}”{source}<br>"
        f"<b>{html.escape(report.verdict)}</b> · {html.escape(standing)} · "
        f"{html.escape(report.lift)}<br>{reasons}{warning_html}"
    )


def rank_among(overall: int, others: list[int]) -> str:
    """Where a headline scoring ``overall`` stands among the ``others``' overall scores."""
    if not others:
        return "the only one so far"
    rank = 1 + sum(1 for value in others if value > overall)
    return f"#{rank} of {len(others) + 1} here"
