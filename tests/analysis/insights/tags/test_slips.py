"""Misspelt tags: the Medium tag a typed one most likely meant, and what is no slip."""

from __future__ import annotations

import pytest

from app.analysis.insights.tags.slips import likely_meant
from app.analysis.insights.tags.verdict import assess_tag


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Machien Lerning", "Machine Learning"),
        ("Pyhton", "Python"),
        ("Freelancng", "Freelance"),
        ("Blockchian", "Blockchain"),  # a tag of its own, with few readers
        ("Sinking Fund", ""),
        ("Model", ""),  # one letter from "Modal" and "Modem", but a word of its own
        ("Python", ""),
        ("MachineLearning", "Machine Learning"),  # a space left out
        ("R Programming", ""),  # neither "C Programming" nor "Programming" misspelt
        ("Baking", ""),  # one letter from "Banking", but a word spelt as meant
        ("Comunication", "Communication"),  # a misspelling English writes now and then
    ],
)
def test_a_misspelt_tag_is_read_as_the_tag_meant(typed, meant):
    assert likely_meant(typed) == meant
    if meant:
        assessment = assess_tag(typed)
        assert assessment.neighbour == meant
        assert f"did you mean ‘{meant}’?" in assessment.message


def test_a_slip_for_a_small_tag_the_post_names_is_read_as_it_written_as_the_post_does():
    assert likely_meant("Imagemagik") == ""  # 84 stories: too few for any post's slip
    assert likely_meant("Imagemagik", ("images", "ImageMagick")) == "ImageMagick"
    assessment = assess_tag("Imagemagik", ("Imagemagik",), ("ImageMagick",))
    assert assessment.neighbour == "ImageMagick"
    # A phrase the post writes in lower case gives Medium's tag its capitals.
    assert likely_meant("Open Dta", ("open data",)) == "Open Data"
