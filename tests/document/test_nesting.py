"""Text nested past any article's depth is kept as plain text, in bounded time and stack."""

from __future__ import annotations

import pytest

from app.analysis.engine.analyzer import analyze
from app.publishing.html import export_html
from app.publishing.markdown import export_markdown
from app.publishing.medium import medium_clipboard

DEEP_EMPHASIS = "# T\n\n" + "*" * 10_000 + "deepword" + "*" * 10_000 + "\n"
DEEP_QUOTES = "# T\n\n" + "> " * 60 + "deepword in a quote\n"
DEEP_LISTS = (
    "# T\n\n"
    + "".join("  " * level + "- item\n" for level in range(50))
    + ("  " * 50 + "- deepword\n")
)


@pytest.mark.parametrize("source", [DEEP_EMPHASIS, DEEP_QUOTES, DEEP_LISTS])
def test_every_export_keeps_deeply_nested_text(source: str) -> None:
    assert "deepword" in export_markdown(source)
    assert "deepword" in export_html(source)
    assert "deepword" in medium_clipboard(source).html


@pytest.mark.parametrize(
    ("source", "words"), [(DEEP_EMPHASIS, 2), (DEEP_QUOTES, 5), (DEEP_LISTS, 52)]
)
def test_the_analysis_counts_deeply_nested_words(source: str, words: int) -> None:
    assert analyze(source).words == words


def test_ordinary_nesting_is_untouched() -> None:
    source = "# T\n\n> > quoted *and **strong** text*\n"
    assert "**strong**" in export_markdown(source)
    assert "> > quoted" in export_markdown(source)
