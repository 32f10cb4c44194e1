"""How much of a draft one analysis reads: a bound that keeps time and memory in check.

The longest stories on Medium run to about 10,000 words (60,000 characters). A file of many
megabytes is a pasted log, a book or a mistake, and analysing all of it would take minutes
and gigabytes; so an analysis reads the first ``MAX_ANALYSED_CHARACTERS`` (about 85,000
words) and the report says where it stopped. The cut falls at the last paragraph break
before the bound, else the last line break or space, so no word is cut in two.
"""

from __future__ import annotations

MAX_ANALYSED_CHARACTERS = 500_000


def analysed_length(source: str, limit: int = MAX_ANALYSED_CHARACTERS) -> int:
    """How many characters of ``source`` an analysis reads (all of it up to ``limit``)."""
    if len(source) <= limit:
        return len(source)
    near = limit // 2  # a paragraph or line break in the second half is close enough
    for separator in ("\n\n", "\n"):
        cut = source.rfind(separator, near, limit)
        if cut > 0:
            return cut + len(separator)
    cut = max(source.rfind(" ", near, limit), source.rfind("\t", near, limit))
    return cut + 1 if cut > 0 else limit
