"""The spelling dictionary's actions: add a word, ignore one in this draft, rebuild the checker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMainWindow

from app.analysis.engine.analyzer import Analyzer
from app.analysis.engine.chunks import Detectors
from app.analysis.engine.detectors import default_detectors
from app.analysis.rules.spelling import SpellingChecker
from app.session import DraftSession
from app.ui.spelling_service import SpellingService
from app.ui.window.storing import store_change


def spelling_detectors(checker: SpellingChecker) -> Detectors:
    # Corrections are ranked only when the writer right-clicks a word.
    return default_detectors(checker, spelling_suggestions=False)


@dataclass(eq=False)
class SpellingDictionary:
    """Keeps the analyser's spelling checker in step with the dictionary and the open draft."""

    window: QMainWindow
    session: Callable[[], DraftSession | None]
    spelling: SpellingService
    analyzer: Analyzer
    reanalyse: Callable[[], None]

    def reload(self) -> None:
        """Rebuild the checker from the personal dictionary and this draft's ignored words."""
        session = self.session()
        if session is None:
            return
        checker = session.spelling_checker()
        self.spelling.checker = checker
        self.analyzer.configure(detectors=spelling_detectors(checker))

    def add(self, word: str) -> None:
        self._change(
            "the word",
            lambda session: session.add_to_dictionary(word),
            f"“{word}” added to your dictionary.",
        )

    def ignore(self, word: str) -> None:
        self._change(
            "the ignored word",
            lambda session: session.ignore_word(word),
            f"“{word}” is ignored in this draft.",
        )

    def _change(self, what: str, write: Callable[[DraftSession], object], done: str) -> None:
        """Store a word, then check the text again with it."""
        session = self.session()
        if session is None:
            return
        if not store_change(self.window, what, lambda: write(session)):
            return
        self.reload()
        self.window.statusBar().showMessage(done, 4000)
        self.reanalyse()

    def edited(self) -> None:
        """The settings dialog changed the personal dictionary."""
        self.reload()
        self.reanalyse()
