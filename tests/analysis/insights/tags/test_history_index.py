"""The writer's history is read once per history: uses, freshness and spellings per tag."""

from __future__ import annotations

from app.analysis.insights.tags.history import PastDraft, TagHistory
from app.analysis.insights.tags.history_index import history_index

DAY = 86_400.0
NOW = 1_700_000_000.0


def _history() -> TagHistory:
    return TagHistory(
        (
            PastDraft(("JavaScript", "web development"), NOW, ("react hooks",)),
            PastDraft(("javascript",), NOW - 365 * DAY, ("event loop",)),
        ),
        now=NOW,
    )


def test_each_tag_counts_its_stories_and_keeps_the_writer_s_first_spelling() -> None:
    index = history_index(_history())
    assert index.uses == {"javascript": 2, "web development": 1}
    assert index.spelled["javascript"] == "JavaScript"
    assert index.spelled["web development"] == "web development"  # as they wrote it
    assert 1.0 < index.freshness["javascript"] < 2.0  # the year-old use counts for less
    assert index.stories[0].stems == frozenset({"react", "hook"})


def test_the_same_history_is_read_once_and_a_new_one_afresh() -> None:
    history = _history()
    assert history_index(history) is history_index(history)
    changed = TagHistory((PastDraft(("Rust",), NOW),), now=NOW)
    assert history_index(changed).uses == {"rust": 1}
    assert history_index(history).uses["javascript"] == 2
