"""Settings the app remembers across restarts (switched-off rules, layout, folders)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.analysis.rules.catalog import DEFAULT_OFF_RULES
from app.storage.app_state import LAST_DRAFT, AppStateRepository

DISABLED_RULES = "disabled_rules"
HIGHLIGHT_KEYPHRASE = "highlight_keyphrase"
WINDOW_GEOMETRY = "window_geometry"
WINDOW_STATE = "window_state"  # which docks are open, and where
LAST_EXPORT_FOLDER = "last_export_folder"
EXPORT_CHOICES = "export_choices"  # JSON: the export dialog's options, as last used
WRITING_MODE = "writing_mode"  # "write" (no highlights) or "edit"
THEME = "theme"  # "system", "light" or "dark"
THEMES = ("system", "light", "dark")
LAST_IMPORT_FOLDER = "last_import_folder"
WORD_GOAL = "word_goal:"  # + draft id: the words the writer aims for in that draft
FOCUS_MODE = "focus_mode"  # "", "sentence" or "paragraph"
TYPEWRITER = "typewriter_scrolling"
AUTOSAVE_PAUSE = "autosave_pause"  # seconds of quiet before a save
AUTOSAVE_CHOICES = (0.75, 2.0, 5.0, 10.0, 30.0)
EDITOR_FONT = "editor_font"  # Qt's QFont.toString() of the writer's choice; "" for the default
LINE_CHARACTERS = "line_characters"  # width of the writing column, in characters
LINE_RANGE = (50, 110)
DEFAULT_LINE_CHARACTERS = 75  # about Medium's column


@dataclass(frozen=True)
class Preferences:
    state: AppStateRepository

    def disabled_rules(self) -> frozenset[str]:
        """The rules switched off: the deeper-level rules until the writer chooses."""
        default = ",".join(sorted(DEFAULT_OFF_RULES))
        return frozenset(filter(None, self.state.get(DISABLED_RULES, default).split(",")))

    def set_disabled_rules(self, rules: frozenset[str]) -> None:
        self.state.set(DISABLED_RULES, ",".join(sorted(rules)))

    def writing_mode(self) -> str:
        """ "write" or "edit" (the default: a new writer sees what Clapwise checks)."""
        return "write" if self.state.get(WRITING_MODE) == "write" else "edit"

    def set_writing_mode(self, mode: str) -> None:
        self.state.set(WRITING_MODE, mode)

    def highlight_keyphrase(self) -> bool:
        return bool(self.state.get(HIGHLIGHT_KEYPHRASE))

    def set_highlight_keyphrase(self, on: bool) -> None:
        self.state.set(HIGHLIGHT_KEYPHRASE, "1" if on else "")

    def window_layout(self) -> tuple[str, str]:
        """The window's geometry and dock state, base64 as Qt saved them ("" when unknown)."""
        return self.state.get(WINDOW_GEOMETRY), self.state.get(WINDOW_STATE)

    def set_window_layout(self, geometry: str, state: str) -> None:
        self.state.set(WINDOW_GEOMETRY, geometry)
        self.state.set(WINDOW_STATE, state)

    def last_export_folder(self) -> str:
        return self.state.get(LAST_EXPORT_FOLDER)

    def set_last_export_folder(self, folder: str) -> None:
        self.state.set(LAST_EXPORT_FOLDER, folder)

    def last_draft(self) -> int | None:
        return self.state.get_int(LAST_DRAFT)

    def set_last_draft(self, draft_id: int) -> None:
        self.state.set(LAST_DRAFT, str(draft_id))

    def theme(self) -> str:
        """ "system" (the default: follow the desktop), "light" or "dark"."""
        value = self.state.get(THEME)
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme: {theme}")
        self.state.set(THEME, theme)

    def last_import_folder(self) -> str:
        return self.state.get(LAST_IMPORT_FOLDER)

    def set_last_import_folder(self, folder: str) -> None:
        self.state.set(LAST_IMPORT_FOLDER, folder)

    def word_goal(self, draft_id: int) -> int:
        """The draft's word-count goal; 0 when none is set."""
        return self.state.get_int(f"{WORD_GOAL}{draft_id}") or 0

    def set_word_goal(self, draft_id: int, words: int) -> None:
        self.state.set(f"{WORD_GOAL}{draft_id}", str(max(0, words)) if words > 0 else "")

    def focus_mode(self) -> str:
        value = self.state.get(FOCUS_MODE)
        return value if value in ("sentence", "paragraph") else ""

    def set_focus_mode(self, mode: str) -> None:
        self.state.set(FOCUS_MODE, mode if mode in ("sentence", "paragraph") else "")

    def typewriter_scrolling(self) -> bool:
        return bool(self.state.get(TYPEWRITER))

    def set_typewriter_scrolling(self, on: bool) -> None:
        self.state.set(TYPEWRITER, "1" if on else "")

    def autosave_pause(self) -> float:
        """Seconds of quiet after typing before the draft is saved."""
        try:
            value = float(self.state.get(AUTOSAVE_PAUSE) or AUTOSAVE_CHOICES[0])
        except ValueError:
            return AUTOSAVE_CHOICES[0]
        return min(max(value, AUTOSAVE_CHOICES[0]), AUTOSAVE_CHOICES[-1])

    def set_autosave_pause(self, seconds: float) -> None:
        self.state.set(AUTOSAVE_PAUSE, f"{seconds:g}")

    def editor_font(self) -> str:
        return self.state.get(EDITOR_FONT)

    def set_editor_font(self, description: str) -> None:
        self.state.set(EDITOR_FONT, description)

    def line_characters(self) -> int:
        value = self.state.get_int(LINE_CHARACTERS) or DEFAULT_LINE_CHARACTERS
        return min(max(value, LINE_RANGE[0]), LINE_RANGE[1])

    def set_line_characters(self, characters: int) -> None:
        self.state.set(LINE_CHARACTERS, str(characters))

    def export_choices(self) -> dict[str, bool]:
        try:
            value = json.loads(self.state.get(EXPORT_CHOICES) or "{}")
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {str(key): bool(on) for key, on in value.items()}

    def set_export_choices(self, choices: dict[str, bool]) -> None:
        self.state.set(EXPORT_CHOICES, json.dumps(choices, sort_keys=True))
