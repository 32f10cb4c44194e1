"""The writer's own words (names, jargon) spelling never flags: list, search, import, export."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class _WordStore(Protocol):
    def words(self) -> list[str]: ...
    def add(self, word: str) -> None: ...
    def remove(self, word: str) -> None: ...


@dataclass(frozen=True)
class PersonalDictionary:
    store: _WordStore

    def words(self, query: str = "") -> list[str]:
        """Every word, alphabetically; with ``query``, those containing it (any case)."""
        needle = query.strip().casefold()
        return [word for word in self.store.words() if needle in word.casefold()]

    def add(self, word: str) -> bool:
        """Add one word (surrounding spaces dropped); False when it is empty or has spaces."""
        cleaned = word.strip()
        if not cleaned or any(character.isspace() for character in cleaned):
            return False
        self.store.add(cleaned)
        return True

    def remove(self, word: str) -> None:
        self.store.remove(word)

    def import_text(self, text: str) -> int:
        """Words from a list (one a line; ``#`` comments skipped); returns how many are new."""
        known = {word.casefold() for word in self.store.words()}
        added = 0
        for line in text.splitlines():
            word = line.split("#", 1)[0].strip()
            if word and word.casefold() not in known and self.add(word):
                known.add(word.casefold())
                added += 1
        return added

    def export_text(self) -> str:
        """One word a line, ready to import on another machine."""
        words = self.store.words()
        return "\n".join(words) + ("\n" if words else "")
