"""The tags card: suggestions with reach and a reason; notes on crowded and narrow tags."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.analysis.insights.keywords.extract import Keyphrase
from app.analysis.insights.tags.history import PastDraft, TagHistory
from app.analysis.insights.tags.suggestions import TagSuggestion, suggest_tags
from app.ui.sidebar.tags_card import TagsCard, short_count


def _texts(card: TagsCard, kind, name: str) -> list[str]:
    return [widget.text() for widget in card.findChildren(kind, name)]


def test_suggestions_show_reach_and_reason(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    suggestions = suggest_tags(
        [Keyphrase("react hooks", 1.0), Keyphrase("javascript", 0.8)], TagHistory(), []
    )
    card.show_suggestions(suggestions)
    chips = _texts(card, QPushButton, "suggestionChip")
    assert chips[0] == "+ React Hook"
    assert "+ Javascript" in chips
    lines = _texts(card, QLabel, "small")
    assert any(line == "1.3k stories · the post's subject: ‘react hooks’" for line in lines)
    card.findChildren(QPushButton, "suggestionChip")[0].click()
    assert card.field.tags() == ["React Hook"]


def test_a_suggestions_reach_says_where_it_comes_from(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.show_suggestions(
        (
            TagSuggestion("React Hook", 1.0, "the post's subject: ‘react hooks’", 1_337),
            TagSuggestion("Tint Colour", 0.5, "a key phrase of the post: ‘tint colour’", 0),
        )
    )
    tips = [w.toolTip() for w in card.findChildren(QLabel, "small") if w.toolTip()]
    assert tips == [
        "1,337 stories carried ‘React Hook’ on Medium (Clapwise's list of Medium tags, a 2020"
        " snapshot).",
        "‘Tint Colour’ is not in Clapwise's list of Medium tags (a 2020 snapshot): check on"
        " Medium that readers follow it.",
    ]


def test_a_crowded_tag_offers_a_narrower_neighbour_to_add_beside_it(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.field.add_tag("Programming")
    notes = _texts(card, QLabel, "tagNote")
    assert len(notes) == 1
    assert notes[0].startswith("‘Programming’ is crowded (148,315 stories)")
    add = card.findChildren(QPushButton, "neighbourChip")
    assert len(add) == 1
    assert add[0].text().startswith("Add ")
    neighbour = add[0].text().removeprefix("Add ")
    add[0].click()
    assert card.field.tags() == [neighbour, "Programming"]  # the specific one first
    # The pair the advice asked for: the crowded tag now adds reach beside the specific one.
    qtbot.waitUntil(lambda: not card.findChildren(QPushButton, "neighbourChip"), timeout=2000)
    assert f"beside ‘{neighbour}’ it adds reach" in _texts(card, QLabel, "tagNote")[0]


def test_a_note_quotes_a_typed_tag_as_written(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    qtbot.keyClicks(card.field.input, "JavaScript")
    qtbot.keyClick(card.field.input, Qt.Key.Key_Return)
    assert card.field.tags() == ["JavaScript"]
    notes = _texts(card, QLabel, "tagNote")
    assert notes[0].startswith("‘JavaScript’ is crowded (136,902 stories)")


def test_a_narrow_tag_offers_a_broader_neighbour(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.field.add_tag("Pair Programming")
    assert _texts(card, QLabel, "tagNote") == [
        "‘Pair Programming’ is narrow (765 stories): few readers follow it; a broader tag "
        "beside it reaches more."
    ]
    assert _texts(card, QPushButton, "neighbourChip") == ["Add Programming"]
    card.findChildren(QPushButton, "neighbourChip")[0].click()
    assert card.field.tags() == ["Pair Programming", "Programming"]
    # Neither note warns any more: each tag of the pair says what the other brings.
    notes = [note for note in _texts(card, QLabel, "tagNote") if "Pair Programming" in note]
    assert notes[-2:] == [
        "‘Pair Programming’ is narrow (765 stories): few readers follow it, but "
        "‘Programming’ beside it reaches more.",
        "‘Programming’ is crowded (148,315 stories): a story sinks fast there alone; beside "
        "‘Pair Programming’ it adds reach.",
    ]


def test_with_five_tags_no_neighbour_takes_another_tags_place(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    for tag in ("Pair Programming", "Sinking Fund", "Keys", "Zettelkasten", "Machien Lerning"):
        card.field.add_tag(tag)
    qtbot.waitUntil(
        lambda: _texts(card, QPushButton, "neighbourChip") == ["Try Machine Learning"],
        timeout=2000,
    )  # a slip's neighbour still takes its place; Pair Programming's broader tag waits
    assert any("Pair Programming’ is narrow" in note for note in _texts(card, QLabel, "tagNote"))


def test_a_neighbour_is_never_a_chosen_tag_in_the_other_number(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.field.add_tag("Startup")
    assert "Add Startup Lessons" in _texts(card, QPushButton, "neighbourChip")
    card.field.add_tag("Startup Lesson")
    # The old notes are deleted once control returns to the event loop.
    qtbot.waitUntil(
        lambda: "Add Startup Lessons" not in _texts(card, QPushButton, "neighbourChip"),
        timeout=2000,
    )
    assert "Startup Lesson" in _texts(card, QLabel, "tagNote")[0]


def test_a_neighbours_button_sits_under_its_note_within_the_card(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.resize(332, 600)
    card.show()
    card.field.add_tag("Pair Programming")
    note = card.findChildren(QLabel, "tagNote")[0]
    button = card.findChildren(QPushButton, "neighbourChip")[0]
    qtbot.waitUntil(lambda: button.geometry().top() > note.geometry().bottom(), timeout=2000)
    assert note.width() > button.width()
    assert card.minimumSizeHint().width() <= 332  # nothing pushes past the card's edge


def test_a_tag_over_25_characters_is_refused_with_a_reason(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    assert not card.field.add_tag("Convolutional Neural Networks XYZ")
    assert card.field.tags() == []
    assert card.refusal.text() == (
        "“Convolutional Neural Networks XYZ” has 33 characters; Medium allows 25."
    )


def test_a_typed_tag_over_25_characters_is_refused_not_cut(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    qtbot.keyClicks(card.field.input, "Concentration in shared workplaces")
    assert card.field.input.property("tooLong")
    qtbot.keyClick(card.field.input, Qt.Key.Key_Return)
    assert card.field.tags() == []
    assert card.refusal.text() == (
        "“Concentration in shared workplaces” has 34 characters; Medium allows 25."
    )
    assert card.field.input.text() == "Concentration in shared workplaces"  # left to shorten


def test_a_refusal_keeps_the_hint_above_the_suggestions(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.show()
    card.field.add_tag("Productivity")
    card.field.add_tag("Focus")
    card.show_suggestions(suggest_tags([Keyphrase("habits", 1.0)], TagHistory(), []))
    assert card.hint.text() == "2 of 5 tags. Suggestions:"
    qtbot.keyClicks(card.field.input, "Concentration in shared places")
    qtbot.keyClick(card.field.input, Qt.Key.Key_Return)
    assert card.field.tags() == ["Productivity", "Focus"]
    # The refusal has its own line; the heading of the suggestions stays.
    assert card.hint.text() == "2 of 5 tags. Suggestions:"
    assert card.hint.isVisible()
    assert card.refusal.isVisible()
    assert card.refusal.text() == (
        "“Concentration in shared places” has 30 characters; Medium allows 25."
    )
    # Shortening the tag answers it: the refusal goes.
    qtbot.keyClick(card.field.input, Qt.Key.Key_Backspace)
    assert not card.refusal.isVisible()
    assert card.hint.text() == "2 of 5 tags. Suggestions:"


def test_short_count() -> None:
    assert [short_count(n) for n in (950, 4397, 148_315, 1_250_000)] == [
        "950",
        "4.4k",
        "148k",
        "1.2M",
    ]


def test_a_neighbour_is_never_a_tag_already_chosen(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.field.add_tag("Pair Programming")
    alone = card.findChildren(QPushButton, "neighbourChip")[0].text().removeprefix("Add ")
    card.field.add_tag(alone)

    def offered() -> list[str]:
        return [chip.text() for chip in card.findChildren(QPushButton, "neighbourChip")]

    # The old notes are deleted once control returns to the event loop.
    qtbot.waitUntil(lambda: f"Add {alone}" not in offered(), timeout=2000)
    assert len(_texts(card, QLabel, "tagNote")) == 2


def test_a_suggestion_missing_from_mediums_list_says_whose_it_is(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    used = PastDraft(("Zettelkasten Notes",), 1_700_000_000.0)
    history = TagHistory((used, used, used), 1_700_000_000.0)
    mine = suggest_tags([], history, [])
    assert [(s.tag, s.reach, s.used_before) for s in mine] == [("Zettelkasten Notes", 0, True)]
    card.show_suggestions(mine)
    assert "your tag · used in 3 of your stories" in _texts(card, QLabel, "small")

    new = TagSuggestion("Annalee", 0.5, "the post mentions it 9 times", 0, False)
    card.show_suggestions((new,))
    assert "reach unknown · the post mentions it 9 times" in _texts(card, QLabel, "small")


def test_without_suggestions_the_hint_does_not_announce_any(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.field.add_tag("Meetings")
    card.show_suggestions(())
    assert "Suggestions:" not in card.hint.text()
    assert card.hint.text().startswith("1 of 5 tags.")
    suggestions = suggest_tags([Keyphrase("react hooks", 1.0)], TagHistory(), ["Meetings"])
    card.show_suggestions(suggestions)
    assert card.hint.text() == "1 of 5 tags. Suggestions:"


ALREADY_CHOSEN = "“Journalism” is already one of this draft's tags."


def _enter_tag(qtbot, window, text: str) -> None:
    qtbot.keyClicks(window.sidebar.tags.input, text)
    qtbot.keyClick(window.sidebar.tags.input, Qt.Key.Key_Return)


def test_a_tag_already_chosen_is_refused_with_a_note_and_typing_replaces_it(
    qtbot, window, store
) -> None:
    card = window.sidebar.tags_card
    assert window.sidebar.tags.tags() == ["Blog Posts", "Journalism", "SEO"]  # the sample's
    _enter_tag(qtbot, window, "journalism")
    assert card.refusal.isVisible()
    assert card.refusal.text() == ALREADY_CHOSEN
    field = window.sidebar.tags.input
    assert field.selectedText() == field.text() == "journalism"
    _enter_tag(qtbot, window, "Python")  # replaces the refused text, not appended to it
    assert window.sidebar.tags.tags() == ["Blog Posts", "Journalism", "SEO", "Python"]
    assert store.tags.draft_tags(window.draft.id) == window.sidebar.tags.tags()
    assert field.text() == ""
    assert not card.refusal.isVisible()


def test_a_tag_already_chosen_picked_from_the_completions_is_selected_for_replacing(
    qtbot, window
) -> None:
    field = window.sidebar.tags.input
    window.activateWindow()
    field.setFocus()
    qtbot.keyClicks(field, "journ")
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.selectedText() == "Journalism", timeout=2000)
    assert window.sidebar.tags_card.refusal.text() == ALREADY_CHOSEN
    _enter_tag(qtbot, window, "Python")
    assert window.sidebar.tags.tags() == ["Blog Posts", "Journalism", "SEO", "Python"]


def test_a_hashtag_is_added_without_its_mark(qtbot, window, store) -> None:
    _enter_tag(qtbot, window, "#python")
    _enter_tag(qtbot, window, "C++")
    assert window.sidebar.tags.tags() == ["Blog Posts", "Journalism", "SEO", "python", "C++"]
    assert store.tags.draft_tags(window.draft.id) == window.sidebar.tags.tags()


def test_an_emoji_is_refused_as_a_tag_with_a_reason(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.field.input.insert("🐍")  # pasted: key clicks carry no character beyond the BMP
    qtbot.keyClick(card.field.input, Qt.Key.Key_Return)
    assert card.field.tags() == []
    assert card.refusal.text() == "“🐍” cannot be a tag: Medium tags are words."


def test_capitals_typed_later_replace_a_tag_first_typed_in_lower_case(qtbot, window, store) -> None:
    _enter_tag(qtbot, window, "  python  ")
    assert window.sidebar.tags.tags()[-1] == "python"
    other = store.drafts.create(title="Another story")
    store.tags.set_draft_tags(other.id, ["Python"])  # typed with its capital, on another draft
    assert store.tags.names("py") == ["Python"]
    assert store.tags.draft_tags(window.draft.id)[-1] == "Python"


def test_a_misspelt_tag_offers_the_tag_meant(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.field.add_tag("Machien Lerning")
    notes = _texts(card, QLabel, "tagNote")
    assert notes == [
        "‘Machien Lerning’ is not in Clapwise's list of Medium tags: did you mean "
        "‘Machine Learning’?"
    ]
    card.findChildren(QPushButton, "neighbourChip")[0].click()
    assert card.field.tags() == ["Machine Learning"]


def test_a_swapped_tag_keeps_its_place(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    for tag in ("Machien Lerning", "Python", "Sinking Fund"):
        card.field.add_tag(tag)
    chip = next(
        chip
        for chip in card.findChildren(QPushButton, "neighbourChip")
        if chip.text() == "Try Machine Learning"
    )
    chip.click()
    assert card.field.tags() == ["Machine Learning", "Python", "Sinking Fund"]


def test_tags_missing_from_mediums_list_share_one_note(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    for tag in ("Sinking Fund", "Keys", "Python"):
        card.field.add_tag(tag)
    qtbot.waitUntil(lambda: len(_texts(card, QLabel, "tagNote")) == 1, timeout=2000)
    assert _texts(card, QLabel, "tagNote") == [
        "‘Sinking Fund’ and ‘Keys’ are not in Clapwise's list of Medium tags (a 2020 "
        "snapshot): check on Medium that readers follow them."
    ]


def test_a_slip_for_a_tag_already_chosen_has_its_own_note_and_no_swap(qtbot) -> None:
    card = TagsCard()
    qtbot.addWidget(card)
    card.field.add_tag("Open Data")
    card.field.add_tag("Open Dta")
    notes = _texts(card, QLabel, "tagNote")
    assert notes == [
        "‘Open Dta’ looks like a slip for ‘Open Data’, which is already one of your tags: "
        "remove it and use the place for another."
    ]
    assert not card.findChildren(QPushButton, "neighbourChip")


def test_a_tag_of_the_writers_own_is_not_called_missing_from_mediums_list(
    qtbot, window, store
) -> None:
    """A tag the writer used on other stories is theirs: the card offers it from history and
    does not then warn that readers may not follow it."""
    past = store.drafts.create(title="Notes on notes", body="How I keep my notes.\n")
    store.tags.set_draft_tags(past.id, ["Zettelkasten Notes"])
    draft = store.drafts.create(title="A new post", body="Something else entirely.\n")
    window.open_draft(draft.id)
    card = window.sidebar.tags_card
    for tag in ("Zettelkasten Notes", "Sinking Fund"):
        card.field.add_tag(tag)
    qtbot.waitUntil(lambda: len(_texts(card, QLabel, "tagNote")) == 1, timeout=2000)
    assert _texts(card, QLabel, "tagNote") == [
        "‘Sinking Fund’ is not in Clapwise's list of Medium tags (a 2020 snapshot): check on "
        "Medium that readers follow it."
    ]


def test_a_tag_made_first_is_saved_first(qtbot, window, store) -> None:
    for tag in ("Programming", "Dataclasses"):
        _enter_tag(qtbot, window, tag)
    before = store.tags.draft_tags(window.draft.id)
    assert before[-2:] == ["Programming", "Dataclasses"]
    window.sidebar.tags_card.field.move_tag("Dataclasses", 0)
    qtbot.waitUntil(
        lambda: store.tags.draft_tags(window.draft.id)[0] == "Dataclasses", timeout=3000
    )


def _shown(card: TagsCard, kind, name: str) -> list[str]:
    return [w.text() for w in card.findChildren(kind, name) if w.isVisibleTo(card)]


def test_suggestions_and_notes_replaced_are_gone_at_once(qtbot) -> None:
    # Widgets awaiting deletion must not paint under or over the ones that replace them.
    card = TagsCard()
    qtbot.addWidget(card)
    card.show_suggestions((TagSuggestion("Flask", 1.0, "the post's subject: ‘Flask’", 1_780),))
    card.show_suggestions((TagSuggestion("WebGL", 1.0, "named in the title", 747),))
    assert _shown(card, QPushButton, "suggestionChip") == ["+ WebGL"]
    card.field.add_tag("Programming")
    assert len(_shown(card, QLabel, "tagNote")) == 1
    card.field.remove_tag("Programming")
    assert _shown(card, QLabel, "tagNote") == []
