"""Product names with the capitals their makers give them: "Github" is GitHub.

The names are listed in ``resources/grammar/name_capitals.txt``. A word is flagged when it is
one of them but for its capitals and starts with a capital ("Github", "Javascript",
"IPhone"): a lower-case "github" may be a command, a package or an address, and one in
capitals alone ("GITHUB") is shouting, not a slip. A name inside an address or a handle
("Github.com", "@Github", "/Github") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from app.analysis.rules.grammar.check import GrammarCheck, Hit
from app.resources import resource_path


@cache
def _names() -> dict[str, str]:
    """The listed names by their lower-case form."""
    text = resource_path("grammar", "name_capitals.txt").read_text(encoding="utf-8")
    names = (line.strip() for line in text.splitlines())
    return {name.lower(): name for name in names if name and not name.startswith("#")}


@cache
def _names_re() -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, _names()), key=len, reverse=True))
    return re.compile(rf"(?<![\w@/.-])(?:{alternatives})(?![\w@/-]|\.\w)", re.IGNORECASE)


def _find_name_capitals(text: str) -> Iterator[Hit]:
    names = _names()
    for match in _names_re().finditer(text):
        written = match.group()
        name = names[written.lower()]
        if written != name and written[0].isupper() and not written.isupper():
            yield match.start(), match.end(), (name,)


CHECKS: tuple[GrammarCheck, ...] = (
    GrammarCheck(
        "name_capitals",
        "Capitals of product names",
        "'Github', 'Javascript': a product name written with other capitals than its maker's",
        'Write "{fix}": that is how its makers write the name.',
        _find_name_capitals,
        # Most paragraphs name none of them: a search for each is quicker than the pattern.
        triggers=tuple(_names()),
    ),
)
