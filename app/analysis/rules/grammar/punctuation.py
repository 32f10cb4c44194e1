"""Punctuation slips in running text: a sentence run into the next with no space after its
full stop ("like WhatsApp does.However, it"), which also hides where one sentence ends."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.analysis.rules.grammar.check import GrammarCheck, Hit
from app.analysis.rules.spelling.lexicon import lexicon

# A lower-case word, a full stop and a capitalised word, both English words: not a part of a
# dotted name ("os.path.Join", "file.Name()", "example.com/About") nor an abbreviation ("e.g.").
_RUN_ON_RE = re.compile(
    r"(?<![\w.@/\\-])(?P<x>(?P<end>[a-z]{2,})\.(?P<next>[A-Z][a-z]+))(?![\w.(/@\\-])"
)


_HINT_RE = re.compile(r"[a-z]\.[A-Z]")  # a quick look first: most prose has none


def _find_missing_space(text: str) -> Iterator[Hit]:
    if not _HINT_RE.search(text):
        return
    words = lexicon().frequencies
    for match in _RUN_ON_RE.finditer(text):
        end, following = match.group("end"), match.group("next")
        if end in words and following.lower() in words:
            yield match.start("x"), match.end("x"), (f"{end}. {following}",)


CHECKS: tuple[GrammarCheck, ...] = (
    GrammarCheck(
        "missing_space",
        "Space after a full stop",
        "A sentence run into the next with no space after its full stop",
        'Put a space after the full stop: "{fix}".',
        _find_missing_space,
    ),
)
