"""The verdict on a chosen tag: its reach, and a neighbour to try instead."""

from __future__ import annotations

from app.analysis.insights.tags.verdict import assess_tag, reach_of


def test_reach_of_known_and_unknown_tags():
    assert reach_of("Machine Learning") > 100_000
    assert reach_of("machine-learning") == reach_of("ML") == reach_of("Machine Learning")
    assert reach_of("qwzx blorf") == 0


def test_a_slip_for_a_tag_already_chosen_asks_to_remove_it_and_offers_no_swap():
    assessment = assess_tag("Open Dta", ("Open Data", "Open Dta"))
    assert assessment.verdict == "repeated"
    assert "already one of your tags" in assessment.message
    assert assessment.neighbour == ""


def test_chosen_tags_are_assessed_by_reach():
    crowded = assess_tag("Programming")
    assert crowded.verdict == "crowded"
    assert crowded.neighbour
    assert reach_of(crowded.neighbour) < crowded.reach
    narrow = assess_tag("pair programming")
    assert (narrow.verdict, narrow.neighbour) == ("niche", "Programming")
    # A wider tag with room comes before a crowded one.
    assert assess_tag("R Programming").neighbour == "R"
    assert assess_tag("Python").verdict == "ok"
    unknown = assess_tag("Kombucha Brewing Diaries")
    assert unknown.verdict == "unknown"
    assert "2020 snapshot" in unknown.message


def test_a_tag_the_list_lacks_keeps_its_place_and_gets_a_listed_part_beside_it():
    """The list lacks a fifth of Medium's tags: "Python Programming" may be real, so a part
    with room goes after it ("Python"), never a crowded one in its place ("Programming")."""
    unknown = assess_tag("Python Programming")
    assert unknown.verdict == "unknown"
    assert (unknown.neighbour, unknown.place) == ("Python", "after")


def test_a_narrow_tag_beside_one_with_readers_keeps_its_place():
    beside = assess_tag("Distributed Teams", ["Distributed Teams", "Remote Working"])
    assert beside.verdict == "niche"
    assert beside.neighbour == ""  # no "Try Team" for the post's own subject
    assert "‘Remote Working’ beside it reaches more" in beside.message
    # Beside another narrow tag it still offers a wider one.
    assert assess_tag("pair programming", ["pair programming", "Mob Programming"]).neighbour


def test_a_narrow_tag_alone_is_not_offered_its_generic_head_word():
    alone = assess_tag("Distributed Teams")
    assert alone.verdict == "niche"
    assert alone.neighbour == ""  # "Team" would swap the subject for a generic word
    assert assess_tag("Pair Programming").neighbour == "Programming"  # a topic of its own
    assert assess_tag("Kanban Board").neighbour == "Kanban"  # the name it holds


def test_a_crowded_tag_already_narrowed_by_a_chosen_one_gets_no_neighbour():
    alone = assess_tag("Programming", ["Programming"])
    assert alone.verdict == "crowded"
    assert alone.neighbour
    beside = assess_tag("Programming", ["Programming", "Pair Programming"])
    assert beside.verdict == "crowded"
    assert beside.neighbour == ""


def test_a_crowded_tag_beside_a_specific_one_is_named_as_the_reach_it_adds():
    alone = assess_tag("Web Development", ["Web Development", "Programming"])
    assert alone.message.endswith("a story sinks fast there.")  # both crowded
    mixed = assess_tag("Web Development", ["ImageMagick", "Web Development"])
    assert mixed.verdict == "crowded"
    assert mixed.message.endswith("alone; beside ‘ImageMagick’ it adds reach.")


def test_a_narrower_neighbour_fits_the_post_and_a_new_tag_offers_only_real_tags():
    on_pairing = assess_tag("Programming", topics=("pair programming", "pairing", "bugs"))
    assert on_pairing.neighbour == "Pair Programming"
    on_git = assess_tag("Programming", topics=("git bisect", "commit", "debugging"))
    assert on_git.neighbour == ""  # no narrower Programming tag whose words the post uses
    assert assess_tag("Slow Travel", ["Travel"]).neighbour == ""  # "Slow" is no topic
    # Words of two key phrases are no phrase the post writes: a code-review post's "culture"
    # and "code changes" make no Culture Change.
    on_review = assess_tag("Culture", topics=("code review culture", "code changes", "review"))
    assert on_review.neighbour == ""


def test_a_note_quotes_the_tag_as_the_writer_spelled_it():
    assert assess_tag("JavaScript").message.startswith("‘JavaScript’ is crowded (136,902 stories)")
    assert assess_tag("JavaScript").tag == "JavaScript"
    # Other words for a tag ("ML") are not its spelling: the note names the tag it counted.
    assert assess_tag("ML").message.startswith("‘Machine Learning’ is crowded")


def test_a_crowded_tag_never_names_an_unlisted_tag_as_its_partner():
    chosen = ["Productivity", "Multitasking", "Focus", "Mindfulness"]
    assert all(reach_of(tag) == 0 for tag in chosen[1:])  # the unlisted note names them
    note = assess_tag("Productivity", chosen)
    assert note.verdict == "crowded"
    assert note.message.endswith("alone; beside a specific tag that readers follow, it adds reach.")
    listed = assess_tag("Productivity", ["Multitasking", "Productivity", "Distraction"])
    assert listed.message.endswith("alone; beside ‘Distraction’ it adds reach.")
