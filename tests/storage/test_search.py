"""Searching drafts: any input is safe, words match as prefixes, accents do not matter."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.document.front_matter import front_matter_end
from app.storage.search import MATCH_CLOSE, MATCH_OPEN, fts_query, mark_first_match, snippet_after


@pytest.fixture
def drafts(store):
    remote = store.drafts.create(title="Remote work lessons", body="Working from home is hard.")
    cafe = store.drafts.create(title="Café culture", body="Naïve espresso tips for remote days.")
    return store, remote.id, cafe.id


def _titles(store, query: str, **options) -> list[str]:
    return [draft.title for draft in store.drafts.search(query, **options)]


def test_words_match_as_prefixes_and_without_accents(drafts) -> None:
    store, _remote, _cafe = drafts
    assert _titles(store, "rem") == ["Remote work lessons", "Café culture"]  # title ranks first
    assert _titles(store, "cafe") == ["Café culture"]
    assert _titles(store, "naive espresso") == ["Café culture"]
    assert _titles(store, "espresso lessons") == []


def test_edits_and_deletions_update_the_index(drafts) -> None:
    store, remote, _cafe = drafts
    store.drafts.save(remote, body="Now about gardening.")
    assert _titles(store, "gardening") == ["Remote work lessons"]
    assert _titles(store, "home") == []
    store.drafts.delete_forever(remote)
    assert _titles(store, "gardening") == []


def test_front_matter_is_not_searched_only_the_story(store) -> None:
    yaml = "---\ntitle: Sourdough notes\ntags: [baking]\n---\nFlour and water, then patience."
    toml = '+++\ntitle = "Kettle notes"\n+++\nBoil the water first.'
    store.drafts.create(title="Sourdough notes", body=yaml)
    kettle = store.drafts.create(title="Kettle", body=toml)
    store.drafts.create(title="Plain", body="No front matter, but the word title is here.")
    assert _titles(store, "title") == ["Plain"]
    assert _titles(store, "tags baking") == []
    assert sorted(_titles(store, "water")) == ["Kettle", "Sourdough notes"]
    assert [d.snippet for d in store.drafts.search("patience")] == [
        "Flour and water, then patience."
    ]
    # Edits and deletions remove what was indexed, front matter and all.
    store.drafts.save(kettle.id, body='+++\ntitle = "Kettle notes"\n+++\nSteep the leaves.')
    assert _titles(store, "boil") == []
    assert _titles(store, "steep") == ["Kettle"]
    store.drafts.delete_forever(kettle.id)
    assert _titles(store, "steep") == []
    assert _titles(store, "water") == ["Sourdough notes"]


BODIES = [
    "---\nk: v\n---\nStory",
    "---\n---\nThe sourdough starter\n\n---\n\nBake",  # empty block, a rule in the story
    "---\nk: v\n...\nStory\n\n---\nMore",  # closed by "...": searched whole
    "---\nk: v\n--- \nStory\n\n---\nMore",  # a fence with a trailing space: whole
    "+++\nt = 1\n+++\nStory",
    "---\n\nIntro\n\n---\n\nRest",  # the app reads a block here too
    "---\r\nk: v\r\n---\r\nStory",  # CRLF: whole
    '{\n"a": 1\n}\nStory',  # JSON: whole
    "\ufeff---\nk: v\n---\nStory",
    "---\nk: v\n---",
    "No front matter at all",
    "",
]


@pytest.mark.parametrize("body", BODIES)
def test_the_searched_story_is_the_body_or_exactly_what_follows_its_front_matter(
    store, database_path, body: str
) -> None:
    store.drafts.create(title="T", body=body)
    with sqlite3.connect(database_path) as connection:
        (searched,) = connection.execute("SELECT body FROM drafts_story").fetchone()
    story = body[front_matter_end(body) :]
    assert searched == body or searched.lstrip("\n") == story.lstrip("\n")


def test_a_story_after_empty_front_matter_is_searched_whole(store) -> None:
    store.drafts.create(title="Bread", body=BODIES[1])
    assert _titles(store, "sourdough") == ["Bread"]
    assert _titles(store, "bake") == ["Bread"]


def test_trash_is_searched_separately(drafts) -> None:
    store, remote, _cafe = drafts
    store.drafts.trash(remote)
    assert _titles(store, "remote") == ["Café culture"]
    assert _titles(store, "remote", trashed=True) == ["Remote work lessons"]


@pytest.mark.parametrize(
    "query",
    ['"', "*", "AND", "NEAR(", "remote OR", "-remote", "title:remote", "'; DROP TABLE drafts;--",
     "😀", "(((", "^", "\\", "", "   "],
)  # fmt: skip
def test_strange_queries_never_fail(drafts, query: str) -> None:
    store, _remote, _cafe = drafts
    store.drafts.search(query)
    assert store.drafts.count() == 2


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(drafts, text: str) -> None:
    store, _remote, _cafe = drafts
    results = store.drafts.search(text)
    assert len(results) <= 2
    query = fts_query(text)
    assert query is None or query.count('"') % 2 == 0


def test_a_snippet_cut_after_front_matter_starts_at_the_story() -> None:
    block = '---\ntitle: "\x02Sourdough\x03 notes"\n---\n'
    start = len(block) - 2  # where the story starts in the text without marks
    long_story = "Flour and water. " * 100 + "Then the \x02sourdough\x03 rose overnight at last."
    assert snippet_after(block + long_story, start) == (
        "…water. Then the sourdough rose overnight at last."
    )
    assert snippet_after(block + "Only the title matched here.", start) == (
        "Only the title matched here."
    )
    assert snippet_after(block, start) == ""
    words = " ".join(f"w{number}" for number in range(30))
    assert snippet_after(block + words, start) == " ".join(words.split()[:12]) + "…"


def test_a_very_long_draft_gets_a_snippet_around_the_first_word_found(store) -> None:
    filler = "Plain words about the weather and the sea. " * 2_000  # past the index's snippets
    store.drafts.create(title="Logbook", body=filler + "Then the Café opened at dawn. " + filler)
    # Front matter closed by "...", which the index reads as story: the snippet skips it.
    yaml = "---\ntitle: Naïve notes\n...\n" + filler + "A naïve espresso."
    store.drafts.create(title="Notes", body=yaml)
    [logbook] = store.drafts.search("cafe opened")
    assert logbook.snippet == "…sea. Then the Café opened at dawn. Plain words about the weather…"
    [notes] = store.drafts.search("naive", story_start=front_matter_end)
    assert notes.snippet == "…the sea. A naïve espresso."
    assert [d.snippet for d in store.drafts.search("zephyr")] == []
    # A word found only in the title: the story's first words.
    [only_title] = store.drafts.search("logbook")
    assert only_title.snippet == "Plain words about the weather and the sea. Plain words about the…"


def _marked(text: str, terms: list[str], start: int = 0) -> str:
    marked = mark_first_match(text, terms, start)
    return marked[marked.index(MATCH_OPEN) + 1 : marked.index(MATCH_CLOSE)]


def test_the_first_word_found_is_marked_as_the_index_would_match_it() -> None:
    assert _marked("Another theory: the Café", ["the"]) == "theory"  # a word's start only
    assert _marked("Another theory: the Café", ["cafe"]) == "Café"  # accents and case aside
    assert _marked("Naïve ideas", ["naive"]) == "Naïve"
    assert _marked("Then Việt Nam tonight", ["viet"]) == "Việt"
    assert _marked("Then nai\u0308ve tonight", ["naive"]) == "nai\u0308ve"  # decomposed
    assert _marked("tea, then tea", ["tea"], start=3) == "tea"
    assert mark_first_match("nothing here", ["zephyr"]) == "nothing here"
    # Wherever a slice of a long text ends, the word across it is found whole.
    for lead in range(65_530, 65_540):
        assert _marked("x" * lead + " espressos now", ["espresso"]) == "espressos"


def test_long_and_short_snippets_find_the_same_accented_words(store) -> None:
    """What the index finds in a long body, its snippet shows, as a short body's does."""
    filler = "Plain words about the weather and the sea. " * 600
    for word, query in [
        ("Việt", "viet"),
        ("Nguyễn", "nguyen"),
        ("nai\u0308ve", "naive"),
        ("Ṭhe ṛain", "rain"),
        ("Ærø", "ærø"),
    ]:
        short = store.drafts.create(title="Short", body=f"Then {word} tonight.")
        long = store.drafts.create(title="Long", body=filler + f"Then {word} tonight. " + filler)
        found = {draft.id: draft.snippet for draft in store.drafts.search(query)}
        assert set(found) >= {short.id, long.id}, word
        assert "Then" in found[short.id], word
        assert "Then" in found[long.id], word
        store.drafts.delete_forever(short.id)
        store.drafts.delete_forever(long.id)


def test_a_name_written_with_symbols_is_found_whole(store) -> None:
    store.drafts.create(title="Pointers in C++", body="Why C++ keeps raw pointers around.")
    store.drafts.create(title="Coffee notes", body="Cold brew, cupping and crema.")
    store.drafts.create(title="Records in C#", body="C# records compare by value.")
    store.drafts.create(title="Capitals", body="We flew to Washington, D.C. and saw plan C.")
    store.drafts.create(title="Plain notes", body="I learned some c++ over the summer.")
    assert sorted(_titles(store, "C++")) == ["Plain notes", "Pointers in C++"]  # no lone "C"
    assert _titles(store, "c#  records") == ["Records in C#"]
    assert _titles(store, "C#") == ["Records in C#"]
    assert _titles(store, "cof") == ["Coffee notes"]  # a word as typed is still a prefix
    assert fts_query("C++ point") == '"c" AND "point"*'


def test_emoji_and_symbols_outside_ascii_are_found_as_written(store) -> None:
    store.drafts.create(title="Launch day 🚀", body="We shipped it.")
    store.drafts.create(title="Team notes", body="Pair work 👩‍💻 all week, and a ❤️ for them.")
    store.drafts.create(title="Prices", body="It costs 20 € a month, up from 15 € last year.")
    store.drafts.create(title="Plain launch", body="A launch without a rocket.")
    assert _titles(store, "🚀") == ["Launch day 🚀"]
    assert _titles(store, "launch 🚀") == ["Launch day 🚀"]
    assert _titles(store, "👩‍💻") == ["Team notes"]
    assert _titles(store, "❤") == ["Team notes"]  # with or without the emoji-style selector
    assert _titles(store, "€ month") == ["Prices"]
    assert _titles(store, "🎉") == []
    assert _titles(store, "+-*") == []


def test_a_symbol_found_alone_gets_a_snippet_around_it(store) -> None:
    words = " ".join(f"word{i}" for i in range(60))
    store.drafts.create(title="Long", body=f"{words} The rocket 🚀 flew. {words}")
    (found,) = store.drafts.search("🚀")
    assert "🚀" in found.snippet
    assert found.snippet.startswith("…")


def test_words_in_quotes_are_a_phrase_and_or_finds_either(store) -> None:
    store.drafts.create(title="Deep work", body="Deep work needs long quiet mornings.")
    store.drafts.create(title="Work notes", body="The work went deep into the night.")
    store.drafts.create(title="Rust notes", body="Ownership in Rust, explained slowly.")
    store.drafts.create(title="Go notes", body="Goroutines and channels.")
    store.drafts.create(title="Gallery notes", body="An article about nothing much.")
    assert sorted(_titles(store, "deep work")) == ["Deep work", "Work notes"]
    assert _titles(store, '"deep work"') == ["Deep work"]  # the words together, in that order
    assert _titles(store, '"work deep"') == []
    assert _titles(store, '"deep wo') == ["Deep work"]  # the closing quote not typed yet
    assert sorted(_titles(store, "rust OR goroutines")) == ["Go notes", "Rust notes"]
    assert _titles(store, "rust or goroutines") == []  # in lower case, "or" is a word
    assert _titles(store, "art") == ["Gallery notes"]  # "article", as a prefix
    assert _titles(store, '"art"') == []  # one quoted word is that word
    assert sorted(_titles(store, '"deep work" OR ownership')) == ["Deep work", "Rust notes"]
    assert fts_query('"deep work" OR rust notes') == '("deep work" OR "rust"*) AND "notes"*'
    assert fts_query("OR") == '"or"*'  # no operator without a word on each side
