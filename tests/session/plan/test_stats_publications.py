"""A statistics file's ``publication`` column puts the story in that publication: one saved
under Submissions (quotes, dashes, case and spacing aside), else a new one."""

from __future__ import annotations

from pathlib import Path

HEADER = "date,title,published,views,reads,publication\n"


def _import(plan, tmp_path: Path, rows: str):
    path = tmp_path / "stats.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return plan.import_csv(path)


def _publication_of(plan) -> dict[str, str | None]:
    names = {publication.id: publication.name for publication in plan.publications()}
    return {story.title: names.get(story.publication_id) for story in plan.stories()}


def test_a_publication_not_saved_yet_is_created_and_the_story_put_in_it(plan, tmp_path) -> None:
    result = _import(
        plan,
        tmp_path,
        "2026-02-20,How I Write Every Morning,2026-01-02,100,40,The Writing Cooperative\n"
        "2026-02-20,Ten Lessons,2026-01-09,90,30,the writing  cooperative\n"
        "2026-02-20,On My Own Profile,2026-01-16,80,20,\n",
    )
    assert _publication_of(plan) == {
        "How I Write Every Morning": "The Writing Cooperative",
        "Ten Lessons": "The Writing Cooperative",
        "On My Own Profile": None,
    }
    assert [publication.name for publication in plan.publications()] == ["The Writing Cooperative"]
    assert result.summary() == (
        "Imported 3 snapshots; 3 new published stories; 1 new publication: The Writing Cooperative."
    )


def test_a_saved_publication_is_found_however_its_name_is_written(plan, tmp_path) -> None:
    saved = plan.save_publication("Writer’s Digest — Essays", response_days=7)
    result = _import(
        plan, tmp_path, "2026-02-20,Dear Reader,2026-01-02,100,40,writer's digest - essays\n"
    )
    (story,) = plan.stories()
    assert story.publication_id == saved.id
    assert [publication.response_days for publication in plan.publications()] == [7]
    assert result.summary() == "Imported 1 snapshot; 1 new published story."


def test_a_recorded_story_without_a_publication_is_put_in_the_files(plan, tmp_path) -> None:
    _import(
        plan,
        tmp_path,
        "2026-02-20,Alone,2026-01-02,100,40,\n2026-02-20,Placed,2026-01-02,100,40,Better Code\n",
    )
    result = _import(
        plan,
        tmp_path,
        "2026-02-27,Alone,,150,60,The Startup\n2026-02-27,Placed,,150,60,The Startup\n",
    )
    # A file never moves a story from the publication it is recorded in.
    assert _publication_of(plan) == {"Alone": "The Startup", "Placed": "Better Code"}
    assert result.summary() == (
        "Imported 2 snapshots; 0 new published stories; 1 new publication: The Startup; "
        "1 recorded story put in its publication."
    )
