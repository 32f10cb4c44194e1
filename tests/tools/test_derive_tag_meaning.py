"""The shipped meaning table holds what tools/derive_tag_meaning.py reads: today's words, tags."""

from __future__ import annotations

from app.analysis.insights.tags import meaning
from tools import derive_tag_meaning


def test_the_table_is_made_of_todays_words_and_tags_in_the_format_the_app_reads():
    header, _start = meaning.read_header(derive_tag_meaning.TARGET.read_bytes())
    tags = derive_tag_meaning._tags()
    assert header["tags"] == tags
    assert header["words"] == derive_tag_meaning._words(tags)
    assert header["dimensions"] == derive_tag_meaning.DIMENSIONS
    assert derive_tag_meaning.MAGIC == meaning.MAGIC
