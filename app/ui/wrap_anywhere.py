"""Writer text shown in a label that must keep its width: long words break anywhere.

A word-wrapped ``QLabel`` breaks only between words, so one unbroken run (a pasted link, a
query of "aaaa…") is as wide as the label's minimum, and the label widens its panel with every
character. A zero-width space after each character of a long run gives Qt a place to break
there, and quoting a long run shortened keeps a message about it a few lines high.
"""

from __future__ import annotations

import re

ZERO_WIDTH_SPACE = "\u200b"  # a break opportunity that takes no room and prints nothing
LONG_RUN = 24  # longer than any word; shorter runs fit any panel and stay whole (copy, tests)
QUOTE_LIMIT = 40  # characters of writer text quoted in a message before "…"

_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


def breakable(text: str) -> str:
    """``text`` with a break opportunity between the characters of every long unbroken run."""
    return _RUN.sub(lambda match: ZERO_WIDTH_SPACE.join(match.group()), text)


def shortened(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, ending in "…" when it was longer."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Tags and entities stay whole: a break inside "<span style=…>" or "&amp;" would show as text.
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")


def breakable_markup(text: str) -> str:
    """:func:`breakable` for the text of rich text (or plain text), leaving its markup whole."""
    parts = _MARKUP.split(text)
    return "".join(part if index % 2 else breakable(part) for index, part in enumerate(parts))
