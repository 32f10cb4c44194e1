"""``clapwise check``: the checklist as text or JSON, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.commands.check import EXIT_NOT_READY

ROUGH = """# Ten Shocking Secrets

It was decided by the team that the plan was approved. Ths is teh storry of a draft.

![](local.png)
"""

READY = """# How I Keep a Writing Habit

I write for ten minutes every morning. Here is how the habit stuck.

## The timer

I set a timer and write until it rings. Short sessions keep the habit alive.

## Your turn

When do you write best? Tell me in the comments.
"""
SUBTITLE = (
    "Ten minutes, a timer and a notebook: the small routine that kept me writing every morning "
    "for a whole year."
)


@pytest.fixture
def rough(tmp_path: Path) -> Path:
    path = tmp_path / "rough.md"
    path.write_text(ROUGH, encoding="utf-8")
    return path


@pytest.fixture
def ready(tmp_path: Path) -> Path:
    path = tmp_path / "ready.md"
    path.write_text(READY, encoding="utf-8")
    return path


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_json_shape_and_exit_code(rough: Path, capsys) -> None:
    code = main(["check", str(rough), "--json"])
    data = _json(capsys)
    assert set(data) == {"ready", "summary", "counts", "items"}
    assert isinstance(data["ready"], bool)
    assert code == (0 if data["ready"] else EXIT_NOT_READY)
    assert set(data["counts"]) == {"pass", "warn", "fail", "skip"}
    assert sum(data["counts"].values()) == len(data["items"])
    ids = [item["id"] for item in data["items"]]
    assert len(ids) == len(set(ids))
    assert {"headline", "spelling", "tags", "canonical", "closing", "read_time"} <= set(ids)
    for item in data["items"]:
        assert set(item) == {"id", "label", "status", "detail", "fix", "rules", "options"}
        assert item["status"] in {"pass", "warn", "fail", "skip"}


def test_rough_draft_is_not_ready(rough: Path, capsys) -> None:
    assert main(["check", str(rough), "--json"]) == EXIT_NOT_READY
    items = {item["id"]: item for item in _json(capsys)["items"]}
    assert items["tags"]["status"] == "fail"
    assert items["images"]["status"] == "warn"
    if items["spelling"]["status"] != "skip":  # the spelling dictionary is installed
        assert "teh" in items["spelling"]["detail"]


def test_options_reach_the_checklist(ready: Path, capsys) -> None:
    code = main(
        [
            "check",
            str(ready),
            "--json",
            "--subtitle",
            SUBTITLE,
            "--tag",
            "Writing",
            "--tag",
            "Self Improvement",
            "--keyphrase",
            "writing habit",
            "--canonical-url",
            "https://example.com/habit",
        ]
    )
    data = _json(capsys)
    items = {item["id"]: item for item in data["items"]}
    assert items["tags"]["status"] == "pass"
    assert "Self Improvement" in items["tags"]["detail"]
    assert items["subtitle"]["status"] == "pass"
    assert items["canonical"]["status"] == "pass"
    assert "https://example.com/habit" in items["canonical"]["detail"]
    assert items["closing"]["status"] == "pass"
    assert "writing habit" in items["keyphrase"]["detail"]
    blocking = {item_id for item_id, item in items.items() if item["status"] == "fail"}
    assert blocking <= {"clickbait"}  # only the headline model can still object
    assert code == (0 if not blocking else EXIT_NOT_READY)


def test_title_option_overrides_the_heading(ready: Path, capsys) -> None:
    long_title = "A Very Long Title That Goes On Well Past What Any Search Result Would Show"
    main(["check", str(ready), "--json", "--title", long_title])
    items = {item["id"]: item for item in _json(capsys)["items"]}
    assert items["search_title"]["status"] == "warn"
    assert long_title[:30] in items["search_title"]["detail"]


def test_a_bad_canonical_link_blocks(ready: Path, capsys) -> None:
    assert (
        main(["check", str(ready), "--json", "--canonical-url", "example dot com"])
        == EXIT_NOT_READY
    )
    items = {item["id"]: item for item in _json(capsys)["items"]}
    assert items["canonical"]["status"] == "fail"


def test_genre_sets_the_readability_target(ready: Path, capsys) -> None:
    main(["check", str(ready), "--json", "--genre", "story"])
    items = {item["id"]: item for item in _json(capsys)["items"]}
    assert "target for story is 7" in items["readability"]["detail"]


def test_text_output_lists_every_item(rough: Path, capsys) -> None:
    assert main(["check", str(rough)]) == EXIT_NOT_READY
    out = capsys.readouterr().out
    assert "Title: Ten Shocking Secrets" in out
    assert "Not ready yet" in out
    assert "[FAIL] Tags:" in out
    assert out.count("\n[") + out.startswith("[") >= 15


def test_text_output_names_the_options_of_a_passing_item(ready: Path, capsys) -> None:
    main(["check", str(ready), "--tag", "Writing"])
    lines = capsys.readouterr().out.splitlines()
    tags = next(i for i, line in enumerate(lines) if line.startswith("[pass] Tags:"))
    assert lines[tags + 1].strip().startswith("Optional: use all 5 tags")
    assert not any(line.strip().startswith("Nothing to do") for line in lines)


def test_help_documents_the_exit_status(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "Exit status: 0 when the story is ready" in out
    assert f"{EXIT_NOT_READY} when something must be fixed" in out


def test_blank_canonical_link_is_an_error(ready: Path, capsys) -> None:
    assert main(["check", str(ready), "--canonical-url", "   "]) == 1
    err = capsys.readouterr().err
    assert "--canonical-url" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("arguments", [["--genre", "poem"], ["--frobnicate"], []])
def test_bad_options_give_one_clear_line(ready: Path, capsys, arguments: list[str]) -> None:
    file_argument = [str(ready)] if arguments else []
    with pytest.raises(SystemExit) as exit_:
        main(["check", *file_argument, *arguments])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_front_matter_fills_in_what_the_options_leave_out(tmp_path: Path, capsys) -> None:
    body = READY.split("\n", 1)[1]  # the same story without its "# " heading
    path = tmp_path / "post.md"
    path.write_text(
        "---\n"
        'title: "How I Keep a Writing Habit"\n'
        f'description: "{SUBTITLE}"\n'
        "tags: [Writing, Self Improvement]\n"
        "canonical_url: https://example.com/habit\n"
        "---\n" + body,
        encoding="utf-8",
    )
    main(["check", str(path), "--json"])
    data = _json(capsys)
    items = {item["id"]: item for item in data["items"]}
    assert items["search_title"]["detail"].startswith("26 characters")  # the title above
    assert items["subtitle"]["status"] == "pass"
    assert "Self Improvement" in items["tags"]["detail"]
    assert "https://example.com/habit" in items["canonical"]["detail"]


def test_unknown_words_are_listed_for_review_but_never_fail_the_check(ready: Path, capsys) -> None:
    ready.write_text(READY + "\nTeh storry of teh drafft is a wierd one.\n", encoding="utf-8")
    code = main(["check", str(ready), "--json"])
    data = _json(capsys)
    spelling = {item["id"]: item for item in data["items"]}["spelling"]
    assert spelling["status"] == "warn"
    assert spelling["detail"] == "4 words to review: Teh, storry, drafft, wierd."
    assert data["ready"] is (data["counts"]["fail"] == 0)
    assert code == (0 if data["ready"] else EXIT_NOT_READY)


def test_a_post_clapwise_exported_reads_back_with_its_subtitle(tmp_path: Path, capsys) -> None:
    from app.publishing import export_markdown

    body = READY.split("\n", 1)[1].lstrip("\n")
    story = tmp_path / "story.md"
    story.write_text(body, encoding="utf-8")
    title = "How I Keep a Writing Habit"
    main(["analyze", str(story), "--title", title, "--subtitle", SUBTITLE, "--json"])
    as_in_the_app = _json(capsys)
    for front_matter in (False, True):
        exported = tmp_path / f"exported-{front_matter}.md"
        exported.write_text(
            export_markdown(body, title=title, subtitle=SUBTITLE, front_matter=front_matter),
            encoding="utf-8",
        )
        main(["analyze", str(exported), "--json"])
        report = _json(capsys)
        assert (report["words"], report["intro"]) == (
            as_in_the_app["words"],
            as_in_the_app["intro"],
        )
        main(["check", str(exported), "--json"])
        subtitle = {item["id"]: item for item in _json(capsys)["items"]}["subtitle"]
        assert subtitle["status"] == "pass"


def test_the_writers_dictionary_in_the_database_passes_its_words(
    ready: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    from app.session import Workspace
    from app.storage.store import open_store

    ready.write_text(READY + "\nI would do it diferently, and recieve less.\n", encoding="utf-8")
    database = tmp_path / "writer.sqlite"
    store = open_store(database)
    Workspace(store).open_draft(Workspace(store).create_draft()).add_to_dictionary("diferently")
    store.close()

    def spelling(*arguments: str) -> str:
        main([*arguments, "check", str(ready), "--json"])
        return {item["id"]: item for item in _json(capsys)["items"]}["spelling"]["detail"]

    assert spelling() == "2 words to review: diferently, recieve."
    assert spelling("--db", str(database)) == "1 word to review: recieve."
    monkeypatch.setenv("CLAPWISE_DB", str(database))
    assert spelling() == "1 word to review: recieve."
    main(["analyze", str(ready), "--json"])
    flagged = [f["start"] for f in _json(capsys)["findings"] if f["rule"] == "spelling"]
    assert [ready.read_text(encoding="utf-8")[start:][:7] for start in flagged] == ["recieve"]


def test_a_file_past_the_bound_says_only_part_was_checked(tmp_path: Path, capsys) -> None:
    """Figures of the part alone (read time, words) must not pass for the whole file's."""
    paragraph = "Slow mornings help me write. I keep a notebook by the bed and use it daily."
    story = tmp_path / "big.md"
    text = "# A Big Post\n\n" + "\n\n".join([paragraph] * 8_000) + "\n"
    story.write_text(text, "utf-8")
    main(["check", str(story)])
    out = capsys.readouterr().out
    assert "Analysed the first 499," in out
    assert f" of {len(text):,} characters" in out
    main(["check", str(story), "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert shown["analysed"]["of"] > shown["analysed"]["characters"] > 0


def test_counts_past_a_thousand_have_thousands_separators(tmp_path: Path, capsys) -> None:
    """Counts a writer reads are written 1,200, never 1200 (the JSON keeps plain numbers)."""
    story = tmp_path / "long.md"
    story.write_text("# One Long Section\n\n" + "I write every morning. " * 1_200 + "\n", "utf-8")
    main(["check", str(story), "--all-rules"])
    out = capsys.readouterr().out
    assert "(0 of 1,200)" in out
    main(["analyze", str(story)])
    out = capsys.readouterr().out
    assert "long_section: 4,800 words without a subheading." in out
    main(["analyze", str(story), "--json"])
    (finding,) = [
        f for f in json.loads(capsys.readouterr().out)["findings"] if f["rule"] == "long_section"
    ]
    assert finding["message"] == "4,800 words without a subheading."


def test_text_output_says_how_to_switch_on_a_skipped_check(ready: Path, capsys) -> None:
    main(["check", str(ready)])
    lines = capsys.readouterr().out.splitlines()
    skipped = lines.index("[skip] Adverbs: Not checked: “Adverbs” is switched off.")
    assert lines[skipped + 1] == "       Switch on “Adverbs” with --rule adverb to include it here."
    # A check that counted only part of what it names says how to count the rest, as the
    # window does (without the window's "Nothing to do by this count").
    hard = next(i for i, line in enumerate(lines) if line.startswith("[pass] Hard sentences:"))
    assert lines[hard + 1].strip().startswith("Switch on “Hard sentences”")
    assert "--rule hard_sentence" in lines[hard + 1]
    main(["check", str(ready), "--rule", "adverb", "--rule", "hard_sentence"])
    assert "Switch on" not in capsys.readouterr().out


def test_a_count_of_one_reads_in_the_singular(tmp_path: Path, capsys) -> None:
    story = tmp_path / "one.md"
    story.write_text("Hello.\n", encoding="utf-8")
    main(["check", str(story), "--title", "A"])
    out = capsys.readouterr().out
    assert "[pass] Title in search results: 1 character: search results show all of it." in out
    assert "1 min read (1 word by Medium's count" in out
    assert "1 characters" not in out
    assert "1 words" not in out


def test_the_summary_counts_all_18_checks_and_names_the_skipped(tmp_path: Path, capsys) -> None:
    """Adverbs are off by default: the summary's figures add up to the 18 checks listed."""
    story = tmp_path / "ready.md"
    story.write_text(
        "---\n"
        'title: "How I Keep a Writing Habit"\n'
        f'description: "{SUBTITLE}"\n'
        "tags: [Writing, Self Improvement, Productivity]\n"
        "---\n" + READY.split("\n", 1)[1],
        encoding="utf-8",
    )
    assert main(["check", str(story)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "Ready for Medium: 15 of 18 checks pass, 2 suggestions, 1 skipped."
    assert sum(line.startswith("[") for line in lines) == 18
    main(["check", str(story), "--rule", "adverb"])
    assert capsys.readouterr().out.splitlines()[1] == (
        "Ready for Medium: 16 of 18 checks pass, 2 suggestions."
    )


def test_a_slip_in_the_title_or_subtitle_is_named_by_the_headline_item(ready: Path, capsys) -> None:
    title = "Why Its a Good Time to Quit Your Job and Recieve More"
    subtitle = "Your going to love the reasons, and so will your boss."
    arguments = ["check", str(ready), "--json", "--title", title, "--subtitle", subtitle]
    main(arguments)
    headline = next(item for item in _json(capsys)["items"] if item["id"] == "headline")
    assert headline["status"] == "warn"
    assert "In the title: “Why Its a” (→ It's)" in headline["detail"]
    assert "“Recieve”, not in the dictionary (Receive?)" in headline["detail"]
    assert "In the subtitle: “Your going” (→ You're)." in headline["detail"]
    assert headline["fix"].startswith("Correct the title and subtitle first")


def test_a_clean_title_says_nothing_of_slips(ready: Path, capsys) -> None:
    main(["check", str(ready), "--json", "--title", "How I Keep a Writing Habit"])
    headline = next(item for item in _json(capsys)["items"] if item["id"] == "headline")
    assert "In the title" not in headline["detail"]
