"""People are found by the words around their names, not by a list of names."""

from __future__ import annotations

import pytest

from app.analysis.engine.analyzer import analyze
from app.analysis.insights.keywords.people import people_in
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
"""


def test_a_person_named_by_cues_is_no_tag_nor_the_focus_keyphrase():
    report = analyze(STORY)
    keywords = report.keywords
    assert "xiaoling" in keywords.people
    assert "Xiaoling" in [k.phrase for k in keywords.extracted]  # her name keeps its capital
    assert "xiaoling" not in (keywords.suggested_keyphrase or "").lower()
    prose = "\n".join(report.block_texts)
    suggestions = suggest_tags(
        keywords.extracted, TagHistory(), (), title=report.title, text=prose, people=keywords.people
    )
    assert not [s.tag for s in suggestions if "xiaoling" in s.tag.lower()]
