"""Up to five tags as chips (click to remove, right-click to move), with completion from tags
used before."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QMenu, QPushButton, QVBoxLayout, QWidget

from app.analysis.insights.tags.names import TagNameError, check_tag_name, same_tag
from app.document.medium_limits import MAX_TAG_LENGTH, MAX_TAGS
from app.document.tag_names import clean_tag, tags_in
from app.ui.discard import discard
from app.ui.flow_layout import FlowLayout


class _TagInput(QLineEdit):
    backspaceOnEmpty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspaceOnEmpty.emit()
            return
        if event.key() == Qt.Key.Key_Comma:
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)


class TagField(QWidget):
    """Emits ``tagsChanged`` with the full list whenever a tag is added or removed, and
    ``tagRefused`` with a one-line reason when a tag cannot be added."""

    tagsChanged = Signal(list)
    tagRefused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._chips_host = QWidget()
        self._chips = FlowLayout(self._chips_host)
        outer.addWidget(self._chips_host)
        self.input = _TagInput()
        self.input.setObjectName("tagInput")
        self.input.setAccessibleName("Add a tag")
        self.input.setClearButtonEnabled(True)
        # No maximum length on the field: a cut-off tag ("Concentration in shared w") is worse
        # than a refusal that says why and leaves the text to shorten.
        self.input.textChanged.connect(self._warn_when_too_long)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(completer)
        self.input.returnPressed.connect(self._commit_input)
        self.input.backspaceOnEmpty.connect(self._remove_last)
        outer.addWidget(self.input)
        self._refresh()

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_known_tags(self, names: list[str]) -> None:
        self._model.setStringList(names)

    def set_tags(self, tags: list[str]) -> None:
        """Show ``tags`` without emitting ``tagsChanged`` (a draft was opened)."""
        self._tags = list(tags)[:MAX_TAGS]
        self._refresh()

    def add_tag(self, text: str, position: int | None = None) -> bool:
        """Add ``text`` as a tag, last or at ``position``; refused, saying why, when the draft
        has Medium's five already (:meth:`_accepted` says the other reasons)."""
        if len(self._tags) >= MAX_TAGS:
            self.tagRefused.emit(_no_room([clean_tag(text)]))
            return False
        tag = self._accepted(text)
        if tag is None:
            return False
        self._tags.insert(len(self._tags) if position is None else position, tag)
        self._changed()
        return True

    def replace_tag(self, old: str, new: str) -> bool:
        """Put ``new`` in the place of ``old`` (Medium shows the first tag most); refused like
        ``add_tag`` when Medium would refuse ``new`` or it is already chosen."""
        if old not in self._tags:
            return False
        tag = self._accepted(new, replacing=old)
        if tag is None:
            return False
        self._tags[self._tags.index(old)] = tag
        self._changed()
        return True

    def _accepted(self, text: str, replacing: str | None = None) -> str | None:
        """``text`` as the tag to add, or None when it may not join the chosen ones, saying
        why (:meth:`_checked`)."""
        tag, refusal = self._checked(text, replacing)
        if refusal:
            self.tagRefused.emit(refusal)
        return tag

    def _checked(self, text: str, replacing: str | None = None) -> tuple[str | None, str]:
        """(``text`` as a tag, ""), or (None, why it may not join the chosen ones: Medium
        would refuse it, or it is one of them already, other than the tag it would replace;
        "" for a text with no name)."""
        tag = clean_tag(text)
        if not tag:
            return None, ""
        try:
            tag = check_tag_name(tag)
        except TagNameError as error:
            return None, str(error)
        chosen = self._chosen_as(tag)
        if chosen is not None and chosen != replacing:
            return None, f"“{chosen}” is already one of this draft's tags."
        return tag, ""

    def _changed(self) -> None:
        self._refresh()
        self.tagsChanged.emit(self.tags())

    def _chosen_as(self, tag: str) -> str | None:
        """The chosen tag that ``tag`` repeats (case and plurals aside: ``same_tag``), as it
        is shown; else None."""
        return next((old for old in self._tags if same_tag(old, tag)), None)

    def remove_tag(self, tag: str) -> None:
        if tag in self._tags:
            self._tags.remove(tag)
            self._changed()

    def move_tag(self, tag: str, position: int) -> None:
        """Put ``tag`` at ``position`` (Medium shows the first tag most)."""
        if tag not in self._tags:
            return
        position = max(0, min(position, len(self._tags) - 1))
        if self._tags.index(tag) != position:
            self._tags.remove(tag)
            self._tags.insert(position, tag)
            self._changed()

    def _chip_menu(self, chip: QPushButton, tag: str, point: QPoint) -> None:
        index = self._tags.index(tag)
        last = len(self._tags) - 1
        menu = QMenu(chip)
        for text, position, enabled in (
            ("Make it the first tag", 0, index > 0),
            ("Move left", index - 1, index > 0),
            ("Move right", index + 1, index < last),
        ):
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False, p=position: self.move_tag(tag, p))
        menu.addSeparator()
        menu.addAction("Remove").triggered.connect(lambda _checked=False: self.remove_tag(tag))
        menu.popup(chip.mapToGlobal(point))

    def _commit_input(self) -> None:
        listed = tags_in(self.input.text())
        if len(listed) > 1:
            self._commit_list(listed)
        elif self.add_tag(self.input.text()):
            self.input.clear()
            # Choosing from the completion list sends Return first and then writes the chosen
            # text back into the field; clear again once the completer has finished.
            QTimer.singleShot(0, self.input.clear)
        elif self._chosen_as(clean_tag(self.input.text())) is not None:
            # Nothing to fix in a repeat: the next tag typed replaces it instead of being
            # appended to it (again once a chosen completion has been written back). A tag too
            # long stays as it is, to be shortened.
            self.input.selectAll()
            QTimer.singleShot(0, self.input.selectAll)

    def commit_pending(self) -> str:
        """Add the text typed in the field but not entered, as Enter would: the writer leaves
        the draft or closes the window, and a tag half typed is kept as any field's text is.
        Returns why it could not be added ("" when it was, or when nothing was typed); the
        text then stays in the field."""
        if not clean_tag(self.input.text()):
            return ""
        reasons: list[str] = []

        def refused(reason: str) -> None:
            reasons.append(reason)

        self.tagRefused.connect(refused)
        try:
            self._commit_input()
        finally:
            self.tagRefused.disconnect(refused)
        return " ".join(reasons)

    def discard_pending(self) -> None:
        """Empty the field: another draft is shown, and what was typed was not its tag."""
        self.input.clear()

    def _commit_list(self, tags: list[str]) -> None:
        """A pasted list ("Gardening, Grief" or "#gardening #grief"): each tag added in turn.
        A repeat is dropped; the others refused stay in the field (an edit undo can take
        back); one line says why for all of them."""
        reasons: list[str] = []
        left: list[str] = []
        no_room: list[str] = []
        added = False
        for text in tags:
            if len(self._tags) >= MAX_TAGS:
                no_room.append(text)
                continue
            tag, refusal = self._checked(text)
            if tag is not None:
                self._tags.append(tag)
                added = True
            elif refusal:
                reasons.append(refusal)
                if self._chosen_as(clean_tag(text)) is None:
                    left.append(text)
        if no_room:
            reasons.append(_no_room(no_room))
        if added:
            self._changed()
        self.input.selectAll()
        self.input.insert(", ".join([*left, *no_room]))
        if reasons:  # after the edit of the field, which takes an older refusal away
            self.tagRefused.emit(" ".join(dict.fromkeys(reasons)))

    def _warn_when_too_long(self, text: str) -> None:
        length = max(map(len, tags_in(text)), default=0)  # of a pasted list, its longest
        over = length > MAX_TAG_LENGTH
        self.input.setToolTip(
            f"{length} characters: Medium allows {MAX_TAG_LENGTH}; shorten it" if over else ""
        )
        if self.input.property("tooLong") != over:
            self.input.setProperty("tooLong", over)
            self.input.style().unpolish(self.input)
            self.input.style().polish(self.input)

    def _remove_last(self) -> None:
        if self._tags:
            self.remove_tag(self._tags[-1])

    def _refresh(self) -> None:
        while self._chips.count():
            item = self._chips.takeAt(0)
            chip = item.widget() if item else None
            if chip is not None:
                discard(chip)
        for tag in self._tags:
            chip = QPushButton(f"{tag}  ✕")
            chip.setObjectName("tagChip")
            chip.setToolTip(f"Remove “{tag}”; right-click to move it")
            chip.setAccessibleName(f"Remove tag {tag}")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _checked=False, t=tag: self.remove_tag(t))
            chip.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            chip.customContextMenuRequested.connect(
                lambda point, c=chip, t=tag: self._chip_menu(c, t, point)
            )
            self._chips.addWidget(chip)
        full = len(self._tags) >= MAX_TAGS
        self.input.setEnabled(not full)
        self.input.setPlaceholderText(
            f"Medium allows {MAX_TAGS} tags" if full else "Add a tag and press Enter"
        )
        self._chips_host.setVisible(bool(self._tags))


def _no_room(tags: list[str]) -> str:
    """Why ``tags`` cannot join a draft with five."""
    quoted = " and ".join(f"“{tag}”" for tag in tags) if len(tags) < 3 else "the rest"
    one = "one" if len(tags) == 1 else "some"
    return f"Medium allows {MAX_TAGS} tags: remove {one} to add {quoted}."
