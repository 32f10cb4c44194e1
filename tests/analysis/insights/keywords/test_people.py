"""People are found by the words around their names, not by a list of names."""

from __future__ import annotations

import pytest

from app.analysis.engine.analyzer import Analyzer, analyze
from app.analysis.insights.keywords.people import people_in, things_in
from app.analysis.insights.tags.history import TagHistory
from app.analysis.insights.tags.suggestions import suggest_tags


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Grandmother Xiaoling kept every letter.", ("xiaoling",)),
        ("Oluwaseun said the rice must rest.", ("oluwaseun",)),
        ("“Wait,” said Oluwaseun.", ("oluwaseun",)),
        ("Dr. Okafor’s clinic opened at nine.", ("okafor",)),
        ("My friend Priya laughed.", ("priya",)),
        ("He said no, and she asked why.", ()),  # pronouns are nobody's names
        ("The Rust compiler refused my program.", ()),
        ("no capitals here at all", ()),
    ],
)
def test_people_are_found_by_their_cues(text, people):
    assert people_in(text) == people


STORY = """# Letters From My Grandmother

Grandmother Xiaoling wrote me a letter every week for twenty years. Xiaoling never missed one.

Xiaoling kept copies of her letters in a tin box. When I asked Xiaoling why, she laughed.

Letters take time. Xiaoling believed that time spent on letters was never wasted. Her letters
taught me patience, and her letters taught me to write.

Each letter opened with the weather in her village and closed with a question for me. Xiaoling
wanted an answer to every question, so I wrote back every Sunday, at first because I had to and
later because I wanted to.

The tin box sits on my desk now. I read one of her letters each morning before work, and I
still answer the questions Xiaoling asked, in letters of my own that nobody will read. Some
mornings the answer takes a page; some mornings it takes the whole hour before work.
"""


def test_a_person_named_by_cues_is_no_tag_nor_the_focus_keyphrase():
    report = analyze(STORY)
    keywords = report.keywords
    assert "xiaoling" in keywords.people
    assert "Xiaoling" in [k.phrase for k in keywords.extracted]  # her name keeps its capital
    assert keywords.suggested_keyphrase  # long enough to be given one, and not her name
    assert "xiaoling" not in keywords.suggested_keyphrase.lower()
    prose = "\n".join(report.block_texts)
    suggestions = suggest_tags(
        keywords.extracted, TagHistory(), (), title=report.title, text=prose, people=keywords.people
    )
    assert not [s.tag for s in suggestions if "xiaoling" in s.tag.lower()]


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("Every part of an Apple keynote is planned.", ("apple",)),
        ("The Health app and their Watch sync.", ("health", "watch")),
        ("Apple said women.", ()),
        ("THE Rust compiler", ("rust",)),  # the determiner in any case, the word capitalised
        ("the apple tree", ()),  # a common noun in lower case is no name of anything
        ("This Is It", ()),  # title case: grammar words are nobody's names
        ("I knew that Xiaoling had folded it. I told her Xiaoling was right.", ()),
    ],
)
def test_capitalised_words_after_a_determiner_name_things(text, things):
    assert things_in(text) == things


COMPANY = """# Hey Orchardly, cycle tracking is not just for women

Orchardly said "women" on stage, and every news story repeated it. Orchardly is a big company.

Every part of an Orchardly keynote is planned, so the word was chosen. Orchardly could have said
"people who menstruate" and lost nothing.

I hope Orchardly fixes the wording before the feature ships. Orchardly has the reach to change
how millions of people talk about periods.
"""


def test_a_company_that_speaks_is_no_person_when_the_text_also_writes_it_as_a_thing():
    report = analyze(COMPANY)
    keywords = report.keywords
    assert "orchardly" not in keywords.people
    prose = "\n".join(report.block_texts)
    suggestions = suggest_tags(
        keywords.extracted, TagHistory(), (), title=report.title, text=prose, people=keywords.people
    )
    assert "Orchardly" in [s.tag for s in suggestions]


def test_a_person_stays_a_person_when_another_word_follows_a_determiner():
    keywords = analyze(STORY + "\nThe Letters of Xiaoling are a family treasure.\n").keywords
    assert "xiaoling" in keywords.people


def test_editing_away_the_thing_makes_the_speaker_a_person_again_as_a_fresh_analysis_does():
    analyzer = Analyzer()
    analyzer.analyze(COMPANY)
    edited = COMPANY.replace("an Orchardly keynote", "a keynote")
    incremental = analyzer.analyze(edited).keywords
    assert "orchardly" in incremental.people
    assert incremental == Analyzer().analyze(edited).keywords
    restored = analyzer.analyze(COMPANY).keywords
    assert "orchardly" not in restored.people
