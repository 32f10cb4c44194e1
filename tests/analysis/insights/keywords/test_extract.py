"""Keyword extraction: candidates, boilerplate, ranking and the incremental index."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.insights.keywords import (
    KeywordIndex,
    block_terms,
    extract_keyphrases,
    suggest_focus_keyphrase,
    topic_mismatch,
)
from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.extract import Keyphrase
from tools.eval_keywords import DATA, load_article


@dataclass(frozen=True)
class B:
    kind: str
    level: int
    text: str


def phrases(blocks, title="", limit=10) -> list[str]:
    return [k.phrase for k in extract_keyphrases(blocks, title, limit)]


REMOTE = [
    B("paragraph", 0, "Remote work changed how our team plans. Remote workers need clear notes."),
    B("heading", 2, "Why remote work needs writing"),
    B("paragraph", 0, "We write decisions down so remote teammates can read them later."),
    B("list_item", 0, "Keep meeting notes for remote work."),
]


def test_phrases_are_grouped_by_stem_and_shown_by_their_most_frequent_form():
    terms = block_terms("paragraph", 0, "Teams plan. The team plans. Our teams planned well.")
    by_key = {t.key: t for t in terms.terms}
    team = by_key[("team",)]
    assert team.count == 3
    assert dict(team.surfaces) == {"teams": 2, "team": 1}
    index = KeywordIndex()
    index.add(terms)
    assert index.surface(("team",)) == "teams"


def test_headings_weigh_more_than_paragraphs():
    heading = block_terms("heading", 2, "Remote work")
    paragraph = block_terms("paragraph", 0, "Remote work")
    weight = {t.key: t.weight for t in heading.terms}
    assert weight[("remot", "work")] > {t.key: t.weight for t in paragraph.terms}[("remot", "work")]


def test_the_main_topic_ranks_first_and_stopwords_never_surface():
    found = phrases(REMOTE)
    assert found[0].lower() == "remote work"
    assert not {"how", "our", "so", "them", "need"} & {w for p in found for w in p.lower().split()}


def test_a_pronoun_standing_for_a_noun_is_no_topic():
    blocks = [
        B("paragraph", 0, "Bad ideas beat the obvious ones. The obvious ones feel safe."),
        B("paragraph", 0, "Write the bad ideas down; the ones that stink lead somewhere."),
    ]
    assert "ones" not in {w for p in phrases(blocks) for w in p.lower().split()}


def test_boilerplate_never_surfaces():
    blocks = [
        B("paragraph", 0, "By Jane Doe"),
        B("paragraph", 0, "Photo by Sam Smith on Unsplash"),
        *REMOTE,
        B(
            "paragraph",
            0,
            "Read the guide at https://example.com/remote-work?ref=x or www.remote.io today.",
        ),
        B(
            "paragraph",
            0,
            'Remote work <span class="highlight" data-id="x9">tips</span> click here.',
        ),
        B(
            "paragraph",
            0,
            "Email jane.doe@example.com, and follow me on Twitter for more remote work.",
        ),
        B("paragraph", 0, "If you enjoyed this, clap and subscribe to my newsletter!"),
        B("paragraph", 0, "Source: Garden Diary by Rosa Quill, licensed CC BY-SA 4.0."),
        B("paragraph", 0, "This post is available under a Creative Commons licence."),
        B(
            "paragraph",
            0,
            "Catherine: remote work is a habit. Annalee Horne agrees with Catherine.",
        ),
    ]
    words = {w for p in phrases(blocks, limit=20) for w in p.lower().split()}
    banned = {
        "jane", "doe", "sam", "smith", "unsplash", "https", "example", "com", "www", "ref",
        "span", "class", "highlight", "data", "x9", "click", "email", "follow", "clap",
        "subscribe", "catherine", "annalee", "horne", "garden", "diary", "rosa", "quill",
        "cc", "creative", "commons", "licence",
    }  # fmt: skip
    assert not words & banned
    assert "remote work" in {p.lower() for p in phrases(blocks)}


@pytest.mark.parametrize(
    "line",
    [
        "Source: Garden Diary by Rosa Quill, licensed CC BY-SA 4.0.",
        "This post is available under a Creative Commons licence.",
        "Text licensed under the MIT licence; photos by the author.",
    ],
)
def test_a_licence_or_source_line_is_boilerplate(line):
    assert not block_terms("paragraph", 0, line).keys
    assert block_terms("paragraph", 0, "Garden diaries by Rosa Quill are lovely.").keys


def test_a_pair_that_is_mostly_a_piece_of_three_words_beside_its_neighbour_is_no_topic():
    blocks = [
        B(
            "paragraph",
            0,
            f"Open source work wore me down in year {year}. Open source work is "
            "unpaid. Open source needs people, and open source work needs rest.",
        )
        for year in range(2019, 2024)
    ]
    found = [p.lower() for p in phrases(blocks)]
    assert "open source" in found
    assert "source work" not in found  # a piece of "open source work", not a topic


MAINTAINERS = [
    B(
        "paragraph",
        0,
        f"Every open source maintainer I met in {year} was tired. Burnout hits an open "
        "source maintainer hard, and open source projects depend on rest.",
    )
    for year in range(2019, 2024)
]


def test_a_pair_written_only_inside_three_words_gives_way_to_them():
    found = [p.lower() for p in phrases(MAINTAINERS)]
    assert "open source maintainer" in found
    assert "source maintainer" not in found


def test_a_pair_the_title_writes_alone_keeps_its_place():
    found = [p.lower() for p in phrases(MAINTAINERS, title="What Source Maintainer Means")]
    assert "source maintainer" in found


def test_title_phrases_get_a_bonus():
    blocks = [
        B("paragraph", 0, "Coffee and tea. Coffee beans, tea leaves, coffee cups and tea pots."),
        B("paragraph", 0, "Tea rooms and coffee shops. Tea time."),
    ]
    assert phrases(blocks, title="")[0].lower() == "tea"
    assert phrases(blocks, title="All about coffee")[0].lower() == "coffee"


ROUTINE = [
    B("paragraph", 0, "I am not a morning person, so my morning routine matters more to me."),
    B("paragraph", 0, "The routine starts the night before. A routine needs sleep first."),
    B("heading", 2, "Step 1: sleep"),
    B("paragraph", 0, "Each morning I keep the routine short, and my morning routine holds."),
    B("paragraph", 0, "Some days the routine slips, and the morning feels long."),
]


def test_a_phrase_of_the_title_goes_before_the_word_it_holds():
    assert phrases(ROUTINE)[0] == "routine"
    found = phrases(ROUTINE, title="My Morning Routine")
    assert found[0] == "morning routine"
    assert "routine" in found  # still a key phrase, after the subject
    # Only a phrase the text writes again: a title alone names no subject.
    assert phrases(ROUTINE, title="My Slow Routine")[0] == "routine"
    once = [ROUTINE[0], *(B(b.kind, b.level, b.text.replace("morning ", "")) for b in ROUTINE[1:])]
    assert phrases(once, title="My Morning Routine")[0] == "routine"


def test_a_clause_of_the_title_names_no_subject():
    """ "Analyzing Pakistan" in the title and the text is about Pakistan: a phrase led by a
    verb gets neither the title phrase's bonus nor its place before the word it holds."""
    blocks = [
        B("paragraph", 0, "Analyzing Pakistan starts with its budget. Pakistan spends a lot."),
        B("paragraph", 0, "Pakistan grew fast. Analyzing Pakistan's growth needs the data."),
        B("paragraph", 0, "The data on Pakistan comes from the World Bank."),
    ]
    assert phrases(blocks, title="Analyzing Pakistan")[0] == "Pakistan"


GERMAN = [
    B("paragraph", 0, "Every spring bulb at the nursery has a German name and a Latin name."),
    B("paragraph", 0, "The spring bulb labels give the German name first, the Latin one small."),
    B("paragraph", 0, "My German grows slowly: gardening has a language of its own."),
    B("paragraph", 0, "Each spring bulb I plant teaches me one more word of that language."),
]


def test_the_title_names_the_subject_among_the_first_key_phrases():
    """The text writes "German" and "language", never the two together, and its rarest
    words lead; the title says what the post is about."""
    assert "German Language" not in phrases(GERMAN)
    found = extract_keyphrases(GERMAN, "Challenges with the German Language", 10)
    assert [k.phrase for k in found[:2]] == ["spring bulb", "German Language"]
    assert found[1].placed_by_title
    assert found[1].uses == 0
    assert not any(k.placed_by_title for k in found[2:])
    # A title whose words the text does not write names nothing; one that ends on a verb or
    # an adjective names at most the word before it.
    assert not any(k.placed_by_title for k in extract_keyphrases(GERMAN, "Notes on Pottery"))
    placed = [
        k.phrase for k in extract_keyphrases(GERMAN, "Language Complete") if k.placed_by_title
    ]
    assert placed == ["language"]
    # An everyday word alone names no subject: "little" in "So Little".
    little = [*GERMAN, B("paragraph", 0, "A little name, a little more each day.")]
    assert not any(k.placed_by_title for k in extract_keyphrases(little, "So Little"))


def test_a_phrase_is_shown_as_the_title_writes_it_when_the_text_does_too():
    blocks = [
        B("paragraph", 0, "Reproducing research is hard. Reproducing research takes time."),
        B("paragraph", 0, "Reproducible research starts with versions of every tool."),
        B("paragraph", 0, "Reproducibility needs data, code and reproducibility checks."),
    ]
    assert "reproducing research" in phrases(blocks)
    found = phrases(blocks, title="Reproducible Research Is Still a Challenge")
    assert "reproducible research" in found
    assert "reproducing research" not in found


def test_scores_are_relative_to_the_best_phrase():
    found = extract_keyphrases(REMOTE, limit=5)
    assert found[0].score == 1.0
    assert all(a.score >= b.score for a, b in pairwise(found))


def test_the_focus_of_a_story_of_a_move_is_where_it_leads():
    ranked = [Keyphrase("pandas", 1.0), Keyphrase("Polars", 0.6), Keyphrase("query", 0.1)]
    title = "Why I Moved My Data Pipelines From Pandas to Polars"
    assert suggest_focus_keyphrase([], title, keyphrases=ranked) == "Polars"
    assert suggest_focus_keyphrase([], "Pandas and Polars", keyphrases=ranked) == "pandas"
    assert suggest_focus_keyphrase([], "From Pandas to Spark", keyphrases=ranked) == "pandas"


def test_suggest_focus_keyphrase_prefers_a_strong_multi_word_phrase():
    assert suggest_focus_keyphrase(REMOTE).lower() == "remote work"
    ranked = [Keyphrase("habits", 1.0), Keyphrase("form habits", 0.2), Keyphrase("gym", 0.1)]
    assert suggest_focus_keyphrase([], keyphrases=ranked) == "habits"
    assert suggest_focus_keyphrase([]) is None


def test_the_focus_is_the_kind_a_post_names_of_its_one_general_word():
    # "review" alone is too general to be found; the post's "peer review" is its subject.
    ranked = [Keyphrase("review", 1.0), Keyphrase("peer review", 0.34), Keyphrase("R", 0.2)]
    assert suggest_focus_keyphrase([], keyphrases=ranked) == "peer review"
    shaders = [Keyphrase("shader", 1.0), Keyphrase("WebGL", 0.3), Keyphrase("vertex shader", 0.12)]
    assert suggest_focus_keyphrase([], keyphrases=shaders) == "vertex shader"
    # Not a kind the post barely names, nor one an everyday word makes ("better algo").
    rare = [Keyphrase("review", 1.0), Keyphrase("peer review", 0.05)]
    assert suggest_focus_keyphrase([], keyphrases=rare) == "review"
    everyday = [Keyphrase("algo", 1.0), Keyphrase("better algo", 0.3)]
    assert suggest_focus_keyphrase([], keyphrases=everyday) == "algo"


def test_a_persons_first_name_is_never_the_suggested_focus_keyphrase():
    ranked = [
        Keyphrase("Annalee", 1.0),
        Keyphrase("Annalee taught", 0.9),
        Keyphrase("sourdough bread", 0.5),
        Keyphrase("bread", 0.4),
    ]
    assert suggest_focus_keyphrase([], keyphrases=ranked) == "sourdough bread"
    # A name that is also a Medium tag is a topic too.
    assert suggest_focus_keyphrase([], keyphrases=[Keyphrase("Ruby", 1.0)]) == "Ruby"


def test_topic_mismatch():
    keyphrases = extract_keyphrases(REMOTE, limit=5)
    assert topic_mismatch("Working remotely: what I learned", keyphrases) is None
    warning = topic_mismatch("My favourite soup recipes", keyphrases)
    assert warning is not None
    assert "remote work" in warning.lower()
    assert topic_mismatch("", keyphrases) is None
    assert topic_mismatch("Anything", ()) is None


ARTICLE = load_article(DATA / "articles" / "distributed-teams.md")
ARTICLE_TERMS = [block_terms(b.kind, b.level, b.text) for b in ARTICLE.blocks]


def fresh_top(indices: list[int], limit: int = 10) -> tuple:
    index = KeywordIndex()
    for i in indices:
        index.add(ARTICLE_TERMS[i])
    return index.top(ARTICLE.title, limit)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, len(ARTICLE_TERMS) - 1), unique=True, max_size=len(ARTICLE_TERMS)))
def test_removing_blocks_gives_the_same_ranking_as_never_adding_them(removed):
    index = KeywordIndex()
    for terms in ARTICLE_TERMS:
        index.add(terms)
    for i in removed:
        index.remove(ARTICLE_TERMS[i])
    kept = [i for i in range(len(ARTICLE_TERMS)) if i not in set(removed)]
    expected = fresh_top(kept)
    got = index.top(ARTICLE.title, 10)
    assert [k.phrase for k in got] == [k.phrase for k in expected]
    assert [round(k.score, 9) for k in got] == [round(k.score, 9) for k in expected]
    assert index.words == sum(ARTICLE_TERMS[i].words for i in kept)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, len(ARTICLE_TERMS) - 1)), max_size=10))
def test_ranking_after_every_edit_equals_a_fresh_index(edits):
    # Ranked between edits, the index starts from what the last ranking found.
    index = KeywordIndex()
    present = list(range(len(ARTICLE_TERMS)))
    index.add_many(ARTICLE_TERMS)
    index.top(ARTICLE.title, 10)
    for add, i in edits:
        if add:
            index.add(ARTICLE_TERMS[i])
            present.append(i)
        elif i in present:
            index.remove(ARTICLE_TERMS[i])
            present.remove(i)
        # The whole pool shows: as many phrases as the ranking looks at.
        assert index.top(ARTICLE.title, th.RERANK_POOL) == fresh_top(present, th.RERANK_POOL)


def test_editing_one_block_updates_the_index():
    index = KeywordIndex()
    for terms in ARTICLE_TERMS:
        index.add(terms)
    edited = block_terms("paragraph", 0, "Kombucha at home. " * 12)
    index.remove(ARTICLE_TERMS[3])
    index.add(edited)
    assert "kombucha" in {k.phrase.lower() for k in index.top(ARTICLE.title, 60)}
    index.remove(edited)
    index.add(ARTICLE_TERMS[3])
    assert index.top(ARTICLE.title, 10) == fresh_top(list(range(len(ARTICLE_TERMS))))


def test_block_terms_is_immutable_and_empty_for_empty_text():
    empty = block_terms("paragraph", 0, "")
    assert empty.terms == ()
    assert empty.words == 0
    index = KeywordIndex()
    index.add(empty)
    assert index.top("Title", 5) == ()


def test_adding_many_blocks_at_once_equals_adding_them_one_by_one():
    one_by_one = KeywordIndex()
    for terms in ARTICLE_TERMS:
        one_by_one.add(terms)
    at_once = KeywordIndex()
    at_once.add_many(ARTICLE_TERMS)
    assert at_once.top(ARTICLE.title, 20) == one_by_one.top(ARTICLE.title, 20)
    assert (at_once.words, len(at_once)) == (one_by_one.words, len(one_by_one))
    # Once ranked, the index keeps its grouped forms up to date: more blocks, same answers.
    edited = block_terms("heading", 2, "Distributed teams write things down")
    at_once.add_many([edited, ARTICLE_TERMS[2]])
    fresh = KeywordIndex()
    fresh.add_many([*ARTICLE_TERMS, edited, ARTICLE_TERMS[2]])
    assert at_once.top(ARTICLE.title, 20) == fresh.top(ARTICLE.title, 20)


def test_every_occurrence_weighs_at_least_a_tenth():
    """A key leaves the index when no block holds it: true only if no weight rounds to 0."""
    weights = [*th.KIND_WEIGHTS.values(), *th.HEADING_WEIGHT_BY_LEVEL.values()]
    assert min([*weights, th.HEADING_WEIGHT_OTHER]) * 10 >= 0.5


def test_in_another_language_no_key_phrase_starts_or_ends_on_its_grammar_words():
    german = (
        "Die Dokumente der Unternehmen werden von einer Software gelesen, und die Daten aus "
        "den Dokumenten fließen in die Systeme der Abteilungen. Die Dokumente der Kunden "
        "bleiben im Archiv, und die Daten der Kunden werden von der Software geprüft."
    )
    found = [phrase.lower() for phrase in phrases([B("paragraph", 0, german)])]
    assert "dokumente" in found
    grammar = {"der", "die", "und", "von", "den", "in"}
    assert not [p for p in found if p.split()[0] in grammar or p.split()[-1] in grammar]


def test_a_clause_or_a_verb_is_no_key_phrase():
    story = [
        B("paragraph", 0, "Dmitri taught me patience. Dmitri taught me bread. I kept notes."),
        B("paragraph", 0, "Patience is slow. Bread is slow. Dmitri taught me both; I kept going."),
    ]
    found = [phrase.lower() for phrase in phrases(story)]
    assert "patience" in found
    assert not {"dmitri taught", "taught", "kept"} & set(found)


def test_a_verb_the_text_uses_as_a_verb_is_no_key_phrase_but_a_noun_use_keeps_it():
    predicting = [
        B("paragraph", 0, "We want to predict churn. Models predict badly when data drifts."),
        B("paragraph", 0, "To predict churn well, we predict weekly and compare models."),
    ]
    found = [phrase.lower() for phrase in phrases(predicting)]
    assert "models" in found
    assert "predict" not in found
    committing = [
        B("paragraph", 0, "Commit often. A commit should hold one change; commit it alone."),
        B("paragraph", 0, "We commit daily, and each commit message says why the commit exists."),
    ]
    assert "commit" in [phrase.lower() for phrase in phrases(committing)]


def test_a_word_english_makes_a_noun_too_is_no_key_phrase_where_its_past_form_says_verb():
    implementing = [
        B("paragraph", 0, "We implement the cache first. The cache was implemented in Rust."),
        B("paragraph", 0, "To implement eviction, we implemented a clock and implement it again."),
    ]
    found = [phrase.lower() for phrase in phrases(implementing)]
    assert "cache" in found
    assert "implement" not in found
    designing = [
        B("paragraph", 0, "Game design shapes play. Good design rewards players; design matters."),
        B("paragraph", 0, "Levels are designed with care, and we design them in level design."),
    ]
    assert "design" in [phrase.lower() for phrase in phrases(designing)]


def test_a_verb_made_a_noun_by_an_edit_is_ranked_as_a_fresh_analysis_ranks_it():
    first = B("paragraph", 0, "We predict churn. To predict churn, we predict weekly.")
    before = KeywordIndex()
    before.add(block_terms(first.kind, first.level, first.text))
    assert "predict" not in [k.phrase for k in before.top()]
    edited = B("paragraph", 0, "A predict step runs weekly; the predict step reads churn.")
    edited_terms = block_terms(edited.kind, edited.level, edited.text)
    before.add(edited_terms)
    fresh = KeywordIndex()
    fresh.add_many(block_terms(b.kind, b.level, b.text) for b in (first, edited))
    assert before.top() == fresh.top()
    assert "predict" in [k.phrase for k in before.top()]
    before.remove(edited_terms)
    alone = KeywordIndex()
    alone.add(block_terms(first.kind, first.level, first.text))
    assert before.top() == alone.top()
    assert "predict" not in [k.phrase for k in before.top()]


def test_a_noun_use_elsewhere_keeps_a_verb_only_word():
    blocks = [
        B("paragraph", 0, "A quick install is all it takes. The install runs in a minute."),
        B("paragraph", 0, "You install it once; we install it on every laptop we set up."),
    ]
    assert "install" in [phrase.lower() for phrase in phrases(blocks)]


def test_a_b_testing_is_one_phrase_not_a_grammar_word_and_a_letter():
    blocks = [
        B("paragraph", 0, "We run A/B testing on every change. A/B testing keeps us honest."),
        B("paragraph", 0, "Each A/B test needs a sample size chosen before it starts."),
    ]
    assert phrases(blocks, "What A/B Testing Taught Us")[0] == "A/B testing"


def test_an_indefinite_pronoun_is_no_part_of_a_phrase():
    blocks = [
        B("paragraph", 0, "When somebody joins the circle, everyone makes room for them."),
        B("paragraph", 0, "Somebody joins late, someone leaves early; everybody adapts."),
    ]
    pronouns = {"somebody", "someone", "everyone", "everybody"}
    assert not [p for p in phrases(blocks) if pronouns & set(p.split())]


def test_a_hyphenated_phrase_is_a_phrase_of_several_words_for_the_focus():
    ranked = [Keyphrase("contributors", 1.0), Keyphrase("open-source", 0.9)]
    assert suggest_focus_keyphrase([], "", keyphrases=ranked) == "open-source"
