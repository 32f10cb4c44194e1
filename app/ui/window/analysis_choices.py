"""The writer's analysis choices (rules on or off, genre, keyphrase highlights), kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMainWindow

from app.analysis.engine.analyzer import Analyzer
from app.analysis.engine.settings import AnalysisSettings
from app.session import DraftSession
from app.session.preferences import Preferences
from app.ui.editor import MarkdownEditor
from app.ui.sidebar import Sidebar
from app.ui.window.storing import store_change


@dataclass(eq=False)
class AnalysisChoices:
    """Applies a choice to the analyser and the highlights, stores it, and analyses again."""

    window: QMainWindow
    analyzer: Analyzer
    preferences: Preferences
    editor: MarkdownEditor
    sidebar: Sidebar
    reanalyse: Callable[[], None]

    def settings(self, **changes: object) -> AnalysisSettings:
        """The analyser's settings with ``changes`` made."""
        current = self.analyzer.settings
        values = {
            "genre": current.genre,
            "disabled_rules": current.disabled_rules,
            "thresholds": current.thresholds,
        }
        values.update(changes)
        return AnalysisSettings(**values)  # type: ignore[arg-type]

    def rule_toggled(self, rule: str, enabled: bool) -> None:
        disabled = set(self.analyzer.settings.disabled_rules)
        (disabled.discard if enabled else disabled.add)(rule)
        frozen = frozenset(disabled)
        self.analyzer.configure(self.settings(disabled_rules=frozen))
        store_change(
            self.window, "the setting", lambda: self.preferences.set_disabled_rules(frozen)
        )
        self.editor.highlighter.set_disabled_rules(frozen)
        self.reanalyse()

    def rule_from_settings(self, rule: str, enabled: bool) -> None:
        """A rule switched in the settings dialog: the sidebar's switch follows."""
        self.rule_toggled(rule, enabled)
        self.sidebar.issues.set_disabled_rules(self.analyzer.settings.disabled_rules)

    def genre_changed(self, session: DraftSession, genre: str) -> None:
        self.analyzer.configure(self.settings(genre=genre))
        store_change(self.window, "the genre", lambda: session.set_genre(genre))
        self.reanalyse()

    def keyphrase_highlight_toggled(self, on: bool) -> None:
        store_change(
            self.window, "the setting", lambda: self.preferences.set_highlight_keyphrase(on)
        )
        self.reanalyse()
