"""Settings: look and writing (theme, font, line width, autosave), checks, dictionary, storage.

Every change applies at once and is remembered; the dialog only displays and forwards, through
the callbacks the window gives it.

A setting that cannot be stored (another program holds the database, the disk is full) is not
applied either: the status bar names it and says why, and its control goes back to the value
stored. Applying it "for this session only" would show a font or a width that quietly changes
back at the next start, long after the sentence that explained it has gone; what the dialog
shows is what Clapwise will start with, and trying again once the database is free is one
click away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.analysis.insights.readability import GENRE_TARGETS
from app.analysis.rules.catalog import RULES
from app.document.text_files import TextFileError, read_text_file
from app.document.wording import plural
from app.publishing.files import write_text_atomic
from app.session.personal_dictionary import PersonalDictionary
from app.session.preferences import AUTOSAVE_CHOICES, LINE_RANGE, Preferences
from app.ui.steady_combo import SteadyComboBox
from app.ui.view_modes import THEME_NAMES
from app.ui.window.storing import store_change


@dataclass(frozen=True)
class SettingsActions:
    """What the dialog asks the window to do when a setting changes."""

    set_theme: Callable[[str], bool]  # False when the theme could not be stored
    set_rule: Callable[[str, bool], bool]  # False when the choice could not be stored
    disabled_rules: Callable[[], frozenset[str]]
    set_font: Callable[[QFont], None]
    set_line_characters: Callable[[int], None]
    set_autosave: Callable[[float], None]
    dictionary_changed: Callable[[], None]
    database_path: Path
    current_font: QFont


class SettingsDialog(QDialog):
    def __init__(
        self,
        preferences: Preferences,
        dictionary: PersonalDictionary,
        actions: SettingsActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.resize(640, 560)
        self._preferences = preferences
        self._dictionary = dictionary
        self._actions = actions
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._writing_tab(), "&Writing")
        self.tabs.addTab(self._checks_tab(), "&Checks")
        self.tabs.addTab(self._dictionary_tab(), "&Dictionary")
        self.tabs.addTab(self._storage_tab(), "&Storage")
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- writing -------------------------------------------------------------------------------

    def _writing_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.theme = SteadyComboBox()
        self.theme.setAccessibleName("Theme")
        for key, name in THEME_NAMES.items():
            self.theme.addItem(name.replace("&", ""), key)
        self._theme = self._preferences.theme()
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._theme)))
        self.theme.currentIndexChanged.connect(lambda _i: self._theme_changed())
        form.addRow("&Theme", self.theme)
        self.font_choice = QFontComboBox()
        self.font_choice.setAccessibleName("Editor font")
        self._font = QFont(self._actions.current_font)  # the font stored (or the default)
        self.font_choice.setCurrentFont(self._font)
        self.font_size = QSpinBox()
        self.font_size.setAccessibleName("Editor font size")
        self.font_size.setRange(9, 28)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(round(self._font.pointSizeF()))
        row = QHBoxLayout()
        row.addWidget(self.font_choice, 1)
        row.addWidget(self.font_size)
        self.font_choice.currentFontChanged.connect(lambda _f: self._font_changed())
        self.font_size.valueChanged.connect(lambda _v: self._font_changed())
        # A row given a layout has no field for its label's shortcut: name the font box.
        font_label = QLabel("Editor &font")
        font_label.setBuddy(self.font_choice)
        form.addRow(font_label, row)
        self.line_width = QSpinBox()
        self.line_width.setAccessibleName("Line width in characters")
        self.line_width.setRange(*LINE_RANGE)
        self.line_width.setSuffix(" characters")
        self._line_characters = self._preferences.line_characters()
        self.line_width.setValue(self._line_characters)
        self.line_width.valueChanged.connect(self._line_changed)
        form.addRow("&Line width", self.line_width)
        self.autosave = SteadyComboBox()
        self.autosave.setAccessibleName("Autosave after a pause of")
        for seconds in AUTOSAVE_CHOICES:
            self.autosave.addItem(f"{seconds:g} seconds", seconds)
        self._autosave_pause = self._preferences.autosave_pause()
        self.autosave.setCurrentIndex(max(0, self.autosave.findData(self._autosave_pause)))
        self.autosave.currentIndexChanged.connect(self._autosave_changed)
        form.addRow("&Autosave after a pause of", self.autosave)
        return page

    def _theme_changed(self) -> None:
        choice = self.theme.currentData()
        if self._actions.set_theme(choice):
            self._theme = choice
        else:
            _show(self.theme, lambda: self.theme.setCurrentIndex(self.theme.findData(self._theme)))

    def _rule_switched(self, rule: str, on: bool) -> None:
        if not self._actions.set_rule(rule, on):
            box = self.rule_boxes[rule]
            _show(box, lambda: box.setChecked(not on))

    def _font_changed(self) -> None:
        font = QFont(self.font_choice.currentFont())
        font.setPointSize(self.font_size.value())
        store = partial(self._preferences.set_editor_font, font.toString())
        if store_change(self, "the editor font", store):
            self._font = font
            self._actions.set_font(font)
            return
        _show(self.font_choice, lambda: self.font_choice.setCurrentFont(self._font))
        _show(self.font_size, lambda: self.font_size.setValue(round(self._font.pointSizeF())))

    def _line_changed(self, characters: int) -> None:
        store = partial(self._preferences.set_line_characters, characters)
        if store_change(self, "the line width", store):
            self._line_characters = characters
            self._actions.set_line_characters(characters)
        else:
            _show(self.line_width, lambda: self.line_width.setValue(self._line_characters))

    def _autosave_changed(self, _index: int) -> None:
        seconds = float(self.autosave.currentData())
        store = partial(self._preferences.set_autosave_pause, seconds)
        if store_change(self, "the autosave pause", store):
            self._autosave_pause = seconds
            self._actions.set_autosave(seconds)
        else:
            shown = self.autosave.findData(self._autosave_pause)
            _show(self.autosave, lambda: self.autosave.setCurrentIndex(max(0, shown)))

    # --- checks --------------------------------------------------------------------------------

    def _checks_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel("Switch off any check you disagree with; its highlights and counts go.")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.rule_boxes: dict[str, QCheckBox] = {}
        disabled = self._actions.disabled_rules()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        for rule in RULES:
            box = QCheckBox(rule.name)
            box.setToolTip(rule.description)
            box.setAccessibleDescription(rule.description)
            box.setChecked(rule.id not in disabled)
            box.toggled.connect(lambda on, rule_id=rule.id: self._rule_switched(rule_id, on))
            self.rule_boxes[rule.id] = box
            holder_layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setAccessibleName("Checks")
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        targets = ", ".join(f"{genre} ≤ {grade:g}" for genre, grade in GENRE_TARGETS.items())
        genre = QLabel(
            f"Reading-grade targets by genre: {targets}. Choose a draft's genre in the "
            "sidebar's Readability card."
        )
        genre.setWordWrap(True)
        genre.setObjectName("muted")
        layout.addWidget(genre)
        return page

    # --- dictionary ----------------------------------------------------------------------------

    def _dictionary_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search your words")
        self.search.setAccessibleName("Search the personal dictionary")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh_words())
        layout.addWidget(self.search)
        self.words = QListWidget()
        self.words.setAccessibleName("Personal dictionary")
        self.words.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout.addWidget(self.words, 1)
        row = QHBoxLayout()
        self.new_word = QLineEdit()
        self.new_word.setPlaceholderText("A word spelling should accept")
        self.new_word.setAccessibleName("New word")
        self.new_word.returnPressed.connect(self.add_word)
        add = QPushButton("&Add")
        add.clicked.connect(lambda: self.add_word())
        self.remove_button = QPushButton("&Remove")
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        import_button = QPushButton("&Import…")
        import_button.clicked.connect(lambda: self.import_dialog())
        export_button = QPushButton("E&xport…")
        export_button.clicked.connect(lambda: self.export_dialog())
        for widget in (self.new_word, add, self.remove_button, import_button, export_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.dictionary_status = QLabel("")
        self.dictionary_status.setObjectName("muted")
        layout.addWidget(self.dictionary_status)
        self.refresh_words()
        return page

    def refresh_words(self) -> None:
        self.words.clear()
        self.words.addItems(self._dictionary.words(self.search.text()))

    def add_word(self, word: str | None = None) -> bool:
        text = self.new_word.text() if word is None else word
        added: list[bool] = []
        what = f"“{text.strip()}” in your dictionary"
        if not store_change(self, what, lambda: added.append(self._dictionary.add(text))):
            self.dictionary_status.setText("")  # the word stays in its field, to add again
            return False
        if not added[0]:
            self.dictionary_status.setText("One word at a time, without spaces.")
            return False
        self.new_word.clear()
        self.dictionary_status.setText(f"Added “{text.strip()}”.")
        self.refresh_words()
        self._actions.dictionary_changed()
        return True

    def remove_selected(self) -> None:
        for item in self.words.selectedItems():
            remove = partial(self._dictionary.remove, item.text())
            if not store_change(self, f"the removal of “{item.text()}”", remove):
                break  # the list shows the words still stored
        self.refresh_words()
        self._actions.dictionary_changed()

    def import_file(self, path: Path) -> int:
        """Add the words of a list; returns how many were new (0 when they were not stored:
        the list then shows the words that were)."""
        text = read_text_file(path)
        added: list[int] = []
        what = f"the words from {path.name}"
        stored = store_change(self, what, lambda: added.append(self._dictionary.import_text(text)))
        self.dictionary_status.setText(
            f"Imported {plural(added[0], 'new word')}." if stored else ""
        )
        self.refresh_words()
        self._actions.dictionary_changed()
        return added[0] if stored else 0

    def export_file(self, path: Path) -> None:
        write_text_atomic(path, self._dictionary.export_text())
        self.dictionary_status.setText(f"Saved to {path}.")

    def import_dialog(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, "Import words", str(Path.home()), "Word lists (*.txt *.dic);;All files (*)"
        )
        if name:
            try:
                self.import_file(Path(name))
            except TextFileError as error:
                self.dictionary_status.setText(f"Could not read the file: {error}")

    def export_dialog(self) -> None:
        name, _f = QFileDialog.getSaveFileName(
            self, "Export words", str(Path.home() / "clapwise-words.txt"), "Text (*.txt)"
        )
        if name:
            try:
                self.export_file(Path(name))
            except OSError as error:
                self.dictionary_status.setText(f"Could not write the file: {error.strerror}.")

    # --- storage -------------------------------------------------------------------------------

    def _storage_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        path = QLineEdit(str(self._actions.database_path))
        path.setReadOnly(True)
        path.setAccessibleName("Database location")
        layout.addWidget(QLabel("Your drafts, revisions, tags and settings live in:"))
        layout.addWidget(path)
        note = QLabel(
            "To keep them somewhere else (a synced folder, say), close Clapwise, move the file, "
            "and start it with <nobr><code>clapwise --db NEW_PATH</code></nobr> or set the "
            "<code>CLAPWISE_DB</code> environment variable. Clapwise copies the file aside "
            "before upgrading it."
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(note)
        layout.addStretch(1)
        return page


def _show(control: QWidget, set_value: Callable[[], object]) -> None:
    """Put the stored value back in ``control`` without storing it again."""
    blocker = QSignalBlocker(control)
    set_value()
    blocker.unblock()


def stored_font(preferences: Preferences) -> QFont | None:
    """The editor font the writer chose, or None for the default serif."""
    description = preferences.editor_font()
    if not description:
        return None
    font = QFont()
    return font if font.fromString(description) else None
