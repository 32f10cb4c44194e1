"""The word count of a draft, as the report counts it, without analysing anything else.

A saved draft carries the count of the text saved, so the drafts list, the calendar and
``clapwise calendar`` agree the moment it is stored, however soon the writer moves on; the
report of the last pause may be seconds behind the text. Counting alone is a parse and a
regular expression: cheap next to the save itself.
"""

from __future__ import annotations

from app.analysis.engine.bounds import analysed_length
from app.analysis.text.words import words
from app.document.front_matter import front_matter_end
from app.document.post import normalize_line_breaks
from app.document.prose import parse_prose


def count_words(source: str) -> int:
    """Words of prose in the Markdown ``source`` (code, link targets and front matter left
    out), read up to the same bound as an analysis, so the count equals ``Report.words``."""
    source = normalize_line_breaks(source)
    source = source[: analysed_length(source)]
    prose = parse_prose(source[front_matter_end(source) :])
    return sum(len(words(block.text)) for block in prose.blocks)
