"""The consensus reading grade against the genre's target, with every formula on request."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.analysis.insights.readability import GENRE_TARGETS, Readability
from app.ui.sidebar.card import Card, label
from app.ui.steady_combo import SteadyComboBox
from app.ui.theme import status_color

GENRE_NAMES = {"how-to": "How-to", "essay": "Essay", "story": "Story", "news": "News"}


class ReadabilityCard(Card):
    genreChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Readability", parent)
        self.grade = self.add(label("—", name="bigFigure"))
        self.meaning = self.add(label("", name="muted"))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Genre"))
        self.genre = SteadyComboBox()
        self.genre.setObjectName("genre")
        self.genre.setAccessibleName("Genre, which sets the target reading grade")
        for genre in GENRE_TARGETS:
            self.genre.addItem(
                f"{GENRE_NAMES[genre]} (grade ≤ {GENRE_TARGETS[genre]:g})", userData=genre
            )
        self.genre.currentIndexChanged.connect(
            lambda index: self.genreChanged.emit(self.genre.itemData(index))
        )
        layout.addWidget(self.genre, 1)
        self.add(row)
        self.target = self.add(label(""))
        self.formulas = self.add(label("", name="small"))

    def set_genre(self, genre: str) -> None:
        index = self.genre.findData(genre)
        if index >= 0 and index != self.genre.currentIndex():
            self.genre.blockSignals(True)
            self.genre.setCurrentIndex(index)
            self.genre.blockSignals(False)

    def show_readability(self, readability: Readability, words: int) -> bool:
        """Show the readability figures; False when they are those already shown."""
        if not self.changed(readability, bool(words)):
            return False
        if not words:
            self.grade.setText("—")
            self.meaning.setText("Start writing to see how easy your story is to read.")
            self.target.setText("")
            self.formulas.setText("")
            return True
        # The checklist and the command line give the same figure: one decimal, as computed.
        self.grade.setText(f"Grade {readability.grade:g} · {readability.label}")
        self.meaning.setText(readability.meaning[:1].upper() + readability.meaning[1:] + ".")
        status = "good" if readability.on_target else "poor"
        verdict = (
            "on target"
            if readability.on_target
            else "simplify: shorter sentences and plainer words bring it down"
        )
        self.target.setText(
            f"<span style='color:{status_color(status)}'>●</span> Target grade "
            f"{readability.target:g} or lower: {verdict}."
        )
        self.formulas.setText(
            f"Flesch reading ease {readability.flesch_reading_ease:.1f} · "
            f"Flesch–Kincaid {readability.flesch_kincaid_grade:.1f} · "
            f"Gunning fog {readability.gunning_fog:.1f} · SMOG {readability.smog_index:.1f} · "
            f"Coleman–Liau {readability.coleman_liau_index:.1f} · "
            f"ARI {readability.automated_readability_index:.1f} · "
            f"Dale–Chall {readability.dale_chall:.1f} · "
            f"Linsear Write {readability.linsear_write:.1f}"
        )
        return True
