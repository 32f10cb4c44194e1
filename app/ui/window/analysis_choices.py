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

    # A choice that cannot be stored is said (``store_change``) and not applied: its control
    # goes back to the stored value, as "for this session only" would change back silently
    # at the next start.

    def rule_toggled(self, rule: str, enabled: bool) -> bool:
        """Switch a check on or off; False when that could not be stored."""
        disabled = set(self.analyzer.settings.disabled_rules)
        (disabled.discard if enabled else disabled.add)(rule)
        frozen = frozenset(disabled)
        store = self.preferences.set_disabled_rules
        if not store_change(self.window, "the setting", lambda: store(frozen)):
            self.sidebar.issues.set_disabled_rules(self.analyzer.settings.disabled_rules)
            return False
        self.analyzer.configure(self.settings(disabled_rules=frozen))
        self.editor.highlighter.set_disabled_rules(frozen)
        self.reanalyse()
        return True

    def rule_from_settings(self, rule: str, enabled: bool) -> bool:
        """A rule switched in the settings dialog: the sidebar's switch follows."""
        stored = self.rule_toggled(rule, enabled)
        self.sidebar.issues.set_disabled_rules(self.analyzer.settings.disabled_rules)
        return stored

    def genre_changed(self, session: DraftSession, genre: str) -> None:
        if not store_change(self.window, "the genre", lambda: session.set_genre(genre)):
            self.sidebar.readability.set_genre(self.analyzer.settings.genre)
            return
        self.analyzer.configure(self.settings(genre=genre))
        self.reanalyse()

    def keyphrase_highlight_toggled(self, on: bool) -> None:
        store = self.preferences.set_highlight_keyphrase
        if not store_change(self.window, "the setting", lambda: store(on)):
            box = self.sidebar.keyphrase.highlight
            box.blockSignals(True)
            box.setChecked(not on)
            box.blockSignals(False)
            return
        self.reanalyse()
