"""A story is found by its title however its quotes and dashes are written: Medium curls them,
a spreadsheet or a writer types them straight."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from app.storage.stories import StoryFacts

SOURDOUGH = "A Beginner's Guide to Sourdough"


def _import(plan, tmp_path: Path, rows: str):
    path = tmp_path / "stats.csv"
    path.write_text("date,title,published,views,reads\n" + rows, encoding="utf-8")
    return plan.import_csv(path)


def _cell(title: str) -> str:
    """``title`` as a CSV cell: quoted, its double quotes doubled."""
    return '"' + title.replace('"', '""') + '"'


@pytest.mark.parametrize(
    ("stored", "in_the_file"),
    [
        (SOURDOUGH, "A Beginner’s Guide to Sourdough"),
        ("“Quiet” Mornings, ‘Loud’ Evenings", "\"Quiet\" Mornings, 'Loud' Evenings"),
        ("Python – Fast or Slow?", "Python - fast or slow?"),
        ("Python—Fast or Slow?", "Python — Fast or Slow?"),
        ("Python -- Fast or Slow?", "Python – Fast  or Slow?"),
    ],
)
def test_quotes_and_dashes_written_either_way_name_the_same_story(
    plan, tmp_path, stored: str, in_the_file: str
) -> None:
    _import(plan, tmp_path, f"2026-02-20,{_cell(stored)},2026-01-02,100,40\n")
    result = _import(plan, tmp_path, f"2026-02-27,{_cell(in_the_file)},,150,60\n")
    assert result.stories_created == 0
    (story,) = plan.stories()
    assert story.title == stored
    assert [s.reads for s in plan.snapshots()[story.id]] == [40, 60]
    # A file that also gives the day it was published still names the same story.
    result = _import(plan, tmp_path, f"2026-03-06,{_cell(in_the_file)},2026-01-02,200,80\n")
    assert result.stories_created == 0
    assert len(plan.stories()) == 1


def test_a_new_story_is_linked_to_the_draft_whose_title_differs_only_in_quotes(
    plan, store, tmp_path
) -> None:
    draft = store.drafts.create(title=SOURDOUGH, body="Flour, water, salt and patience. " * 40)
    result = _import(
        plan, tmp_path, "2026-02-20,A Beginner’s Guide to Sourdough,2026-01-02,100,40\n"
    )
    assert result.drafts_linked == 1
    (story,) = plan.stories()
    assert story.draft_id == draft.id


def test_a_story_an_older_version_recorded_is_not_recorded_twice(store) -> None:
    """Its stored key folds case and spaces only: the title still names it."""
    store.stories.add(StoryFacts("A Beginner’s Guide to Sourdough", datetime(2026, 1, 2)))
    with sqlite3.connect(store.path) as connection:
        connection.execute(
            "UPDATE published_stories SET key = 'title:a beginner’s guide to sourdough'"
        )
    connection.close()
    with pytest.raises(ValueError, match="already recorded"):
        store.stories.add(StoryFacts(SOURDOUGH, datetime(2026, 1, 2)))
    assert store.stories.keys()["title:a beginner's guide to sourdough"] == 1
