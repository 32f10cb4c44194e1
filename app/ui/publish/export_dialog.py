"""Export Markdown… / Export HTML…: options, Medium fixes, a file name, an atomic write."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.document.front_matter import unreadable_front_matter
from app.publishing import (
    FIXES,
    CompatIssue,
    ExportWriteError,
    export_html,
    export_markdown,
    medium_issues,
    write_text_atomic,
)
from app.publishing.smart_punctuation import smarten
from app.ui.busy import busy_cursor

MARKDOWN = "md"
HTML = "html"
TABLES_AS_CODE = "tables_as_code"
_EXTENSIONS = {MARKDOWN: ".md", HTML: ".html"}
_FILTERS = {MARKDOWN: "Markdown (*.md)", HTML: "Web page (*.html)"}
_SLUG_RE = re.compile(r"[^\w]+")
# An apostrophe inside a word joins it: "don't" is "dont", never "don-t".
_APOSTROPHE_RE = re.compile(r"(?<=\w)['’](?=\w)")
_MOST_SLUG = 60  # characters of the title in a suggested file name
_EXTENSION_RE = re.compile(r"\.\w{1,10}")  # ".md", ".txt"; not ". Who" in "Dr. Who"
_KIND_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class StoryParts:
    """What an export is made of: the open draft as the writer sees it."""

    body: str
    title: str = ""
    subtitle: str = ""
    tags: tuple[str, ...] = ()
    canonical_url: str = ""


def render_export(
    story: StoryParts,
    format: str,
    *,
    front_matter: bool = False,
    smart_punctuation: bool = False,
    fixes: Iterable[str] = (),
) -> str:
    """The exported text: polished Markdown, or a standalone HTML page."""
    chosen = tuple(fixes)
    if format == MARKDOWN:
        return export_markdown(
            story.body,
            title=story.title,
            subtitle=story.subtitle,
            tags=story.tags,
            canonical_url=story.canonical_url,  # the draft's: empty when the writer has none
            front_matter=front_matter,
            smart_punctuation=smart_punctuation,
            fixes=chosen,
        )
    title, subtitle, body = story.title, story.subtitle, story.body
    if chosen or smart_punctuation:
        body = export_markdown(
            body, title=title, subtitle=subtitle, smart_punctuation=smart_punctuation, fixes=chosen
        )
        if smart_punctuation:
            title, subtitle = smarten(title), smarten(subtitle)
    return export_html(body, title=title, subtitle=subtitle)


def unreadable_note(body: str, format: str) -> str:
    """What the export does with front matter it cannot read; "" when there is none to say."""
    unreadable = unreadable_front_matter(body)
    if unreadable is None:
        return ""
    said = (
        f"The {unreadable.format.name} front matter at the top of the story could not be read "
        f"({unreadable.reason})"
    )
    if format == MARKDOWN:
        return (
            f"{said}. With front matter ticked it is copied as written, without the draft's "
            "title, subtitle and tags; unticked, it is left out."
        )
    return f"{said}; like any front matter, it is left out of the page."


def suggested_name(title: str, format: str) -> str:
    """The title as a file name, cut after a whole word: "how-i-write-for.html"."""
    slug = _SLUG_RE.sub("-", _APOSTROPHE_RE.sub("", title.strip().lower())).strip("-_")
    if len(slug) > _MOST_SLUG:
        end = slug.rfind("-", 0, _MOST_SLUG + 1)
        slug = slug[:end] if end > 0 else slug[:_MOST_SLUG]  # one long word: cut it
    return (slug.strip("-_") or "untitled-story") + _EXTENSIONS[format]


def export_path(typed: str, format: str, title: str) -> Path:
    """The file a typed path names: inside a folder, the suggested name; a name without an
    extension ("noext", "Dr. Who") gets the format's, so the file opens as what it is."""
    path = Path(typed).expanduser()
    if typed.endswith(("/", os.sep)) or path.is_dir():
        return path / suggested_name(title, format)
    if _EXTENSION_RE.fullmatch(path.suffix):
        return path
    return path.with_name(path.name + _EXTENSIONS[format])


class ExportDialog(QDialog):
    """Options and a file name; ``export()`` writes the file and says how it went."""

    exported = Signal(str)  # the path written

    def __init__(
        self,
        story: StoryParts,
        format: str,
        *,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.story = story
        self.format = format
        self.issues: list[CompatIssue] = medium_issues(story.body)
        self._confirmed_path: Path | None = None
        self._syncing = False
        kind = "Markdown" if format == MARKDOWN else "HTML"
        self.setWindowTitle(f"Export {kind}")
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        intro = QLabel(
            "Save the story as a Markdown file you can keep, publish elsewhere or paste into "
            "Medium's importer."
            if format == MARKDOWN
            else "Save the story as a web page that opens in any browser."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        options = QGroupBox("Options")
        options_layout = QVBoxLayout(options)
        self.front_matter = QCheckBox(
            "Start with front matter (title, subtitle, tags, canonical link) for blog engines"
        )
        self.front_matter.setVisible(format == MARKDOWN)
        self.smart_punctuation = QCheckBox("Use curly quotes and real dashes (“like this” — and …)")
        options_layout.addWidget(self.front_matter)
        # Under the box it speaks of: what becomes of a block the export cannot read.
        self.front_matter_note = QLabel(unreadable_note(story.body, format))
        self.front_matter_note.setWordWrap(True)
        self.front_matter_note.setVisible(bool(self.front_matter_note.text()))
        options_layout.addWidget(self.front_matter_note)
        options_layout.addWidget(self.smart_punctuation)
        layout.addWidget(options)

        layout.addWidget(self._fixes_box())

        file_row = QHBoxLayout()
        self.path_field = QLineEdit(str(folder / suggested_name(story.title, format)))
        self.path_field.setAccessibleName("File to save")
        self.path_field.textEdited.connect(lambda _text: self._forget_confirmation())
        choose = QPushButton("Choose…")
        choose.clicked.connect(self.choose_file)
        file_row.addWidget(QLabel("Save as:"))
        file_row.addWidget(self.path_field, 1)
        file_row.addWidget(choose)
        layout.addLayout(file_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- Medium fixes ---------------------------------------------------------------------------

    def _fixes_box(self) -> QGroupBox:
        box = QGroupBox("Medium compatibility")
        box_layout = QVBoxLayout(box)
        self.fix_list = QListWidget()
        self.tables_as_code = QCheckBox(
            "Show tables as aligned text in a code block instead of lists"
        )
        if not self.issues:
            box_layout.addWidget(QLabel("Nothing in this story that Medium cannot show."))
            self.fix_list.setVisible(False)
        else:
            hint = QLabel("Medium cannot show everything Markdown can. Tick what to fix:")
            hint.setWordWrap(True)
            box_layout.addWidget(hint)
        for issue in self.issues:
            item = QListWidgetItem(f"Line {issue.line}: {issue.message}. Fix: {issue.fix}.")
            item.setData(_KIND_ROLE, issue.kind)
            item.setToolTip(issue.fix)
            if issue.kind in FIXES:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setText(f"Line {issue.line}: {issue.message}. {issue.fix} by hand.")
            self.fix_list.addItem(item)
        self.fix_list.setWordWrap(True)
        self.fix_list.itemChanged.connect(self._sync_kind)
        box_layout.addWidget(self.fix_list)
        self.tables_as_code.setVisible(any(issue.kind == "tables" for issue in self.issues))
        box_layout.addWidget(self.tables_as_code)
        return box

    def _sync_kind(self, changed: QListWidgetItem) -> None:
        # A fix applies to every issue of its kind, so their boxes move together.
        if self._syncing:
            return
        self._syncing = True
        try:
            kind = changed.data(_KIND_ROLE)
            state = changed.checkState()
            for index in range(self.fix_list.count()):
                item = self.fix_list.item(index)
                if item is not changed and item.data(_KIND_ROLE) == kind:
                    item.setCheckState(state)
        finally:
            self._syncing = False

    def set_fix(self, kind: str, on: bool) -> None:
        """Tick or untick every issue of ``kind``."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for index in range(self.fix_list.count()):
            item = self.fix_list.item(index)
            if item.data(_KIND_ROLE) == kind:
                item.setCheckState(state)

    def chosen_fixes(self) -> list[str]:
        chosen: set[str] = set()
        for index in range(self.fix_list.count()):
            item = self.fix_list.item(index)
            kind = item.data(_KIND_ROLE)
            if kind in FIXES and item.checkState() == Qt.CheckState.Checked:
                chosen.add(kind)
        if "tables" in chosen and self.tables_as_code.isChecked():
            chosen.discard("tables")
            chosen.add(TABLES_AS_CODE)
        return sorted(chosen)

    # --- remembered choices ---------------------------------------------------------------------

    def choices(self) -> dict[str, bool]:
        """The options a writer sets once and expects to find again next time."""
        return {
            "front_matter": self.front_matter.isChecked(),
            "smart_punctuation": self.smart_punctuation.isChecked(),
            "tables_as_code": self.tables_as_code.isChecked(),
        }

    def apply_choices(self, choices: dict[str, bool]) -> None:
        for name, box in (
            ("front_matter", self.front_matter),
            ("smart_punctuation", self.smart_punctuation),
            ("tables_as_code", self.tables_as_code),
        ):
            if name in choices:
                box.setChecked(bool(choices[name]))

    # --- the file -------------------------------------------------------------------------------

    def _forget_confirmation(self) -> None:
        self._confirmed_path = None

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, "Export to", self.path_field.text(), _FILTERS[self.format]
        )
        if path:
            chosen = export_path(path, self.format, self.story.title)
            self.path_field.setText(str(chosen))
            self._confirmed_path = chosen  # the file dialog asked about replacing it

    def set_path(self, path: str | Path) -> None:
        self.path_field.setText(str(path))
        self._forget_confirmation()

    def rendered(self) -> str:
        return render_export(
            self.story,
            self.format,
            front_matter=self.front_matter.isChecked() and self.format == MARKDOWN,
            smart_punctuation=self.smart_punctuation.isChecked(),
            fixes=self.chosen_fixes(),
        )

    def export(self) -> bool:
        """Write the file; on failure say why and keep the dialog open."""
        text = self.path_field.text().strip()
        if not text:
            QMessageBox.warning(self, "Export", "Choose where to save the file first.")
            return False
        path = export_path(text, self.format, self.story.title)
        if path.is_file() and path != self._confirmed_path:
            answer = QMessageBox.question(
                self, "Replace the file?", f"{path.name} already exists. Replace it?"
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with busy_cursor():
                write_text_atomic(path, self.rendered())
        except ExportWriteError as error:
            QMessageBox.warning(
                self,
                "Could not export",
                f"{error.strerror}. Nothing was written; choose another place to save.",
            )
            return False
        except OSError as error:  # e.g. a name the file system refuses
            QMessageBox.warning(
                self,
                "Could not export",
                f"Could not write {path}: {error.strerror or error}. Nothing was written.",
            )
            return False
        self.exported.emit(str(path))
        self.accept()
        return True


def default_folder(saved: str) -> Path:
    """The folder of the last export, else the Documents folder, else home."""
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()
