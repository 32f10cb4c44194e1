"""Writing problems by rule: colour legend, count (click to jump), and an on/off switch."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QWidget

from app.analysis.engine.style_summary import Share, StyleSummary
from app.analysis.rules.catalog import RULES
from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS
from app.ui.sidebar.card import Card, label
from app.ui.theme import status_color, swatch_css


def _share_line(name: str, share: Share, target: str, too_short: str = "") -> str:
    """One share with its target; without a judgement, why not (``too_short`` for a share
    judged only from some length on)."""
    if share.status == "n/a":
        why = too_short if share.total and too_short else "no sentences yet"
        return f"{name}: — ({why})"
    dot = f"<span style='color:{status_color(share.status)}'>●</span>"
    return f"{dot} {name}: {share.percent:g}% of sentences ({target})"


# The targets come from the thresholds that judge the shares, as the checklist's do.
TRANSITIONS_FROM_WORDS = DEFAULT_THRESHOLDS.transition_min_words
LONG_TARGET = f"aim for {DEFAULT_THRESHOLDS.long_share_good:g}% or less"
PASSIVE_TARGET = f"aim for {DEFAULT_THRESHOLDS.passive_share_good:g}% or less"
TRANSITIONS_TARGET = f"aim for {DEFAULT_THRESHOLDS.transition_share_good:g}% or more"


class IssuesCard(Card):
    ruleActivated = Signal(str)  # jump to the next occurrence
    ruleToggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Writing", parent)
        self.summary = self.add(label("", name="muted"))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self._counts: dict[str, QPushButton] = {}
        self._toggles: dict[str, QCheckBox] = {}
        for row, rule in enumerate(RULES):
            toggle = QCheckBox()
            toggle.setChecked(True)
            toggle.setToolTip(f"Show or hide “{rule.name}”")
            toggle.setAccessibleName(f"Check {rule.name.lower()}")
            toggle.toggled.connect(lambda on, r=rule.id: self.ruleToggled.emit(r, on))
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(swatch_css(rule.id))
            name = QLabel(rule.name)
            name.setToolTip(rule.description)
            count = QPushButton("0")
            count.setObjectName("countButton")
            count.setCursor(Qt.CursorShape.PointingHandCursor)
            count.setToolTip(f"Jump to the next: {rule.name.lower()}")
            count.setAccessibleName(f"{rule.name}: jump to the next one")
            count.clicked.connect(lambda _checked=False, r=rule.id: self.ruleActivated.emit(r))
            grid.addWidget(toggle, row, 0)
            grid.addWidget(swatch, row, 1)
            grid.addWidget(name, row, 2)
            grid.addWidget(count, row, 3, alignment=Qt.AlignmentFlag.AlignRight)
            self._counts[rule.id] = count
            self._toggles[rule.id] = toggle
        grid.setColumnStretch(2, 1)
        self.add(grid_host)
        self.shares = self.add(label("", name="small"))

    def count_button(self, rule: str) -> QPushButton:
        return self._counts[rule]

    def toggle(self, rule: str) -> QCheckBox:
        """The switch that shows or hides ``rule``."""
        return self._toggles[rule]

    def set_disabled_rules(self, disabled: frozenset[str]) -> None:
        for rule, toggle in self._toggles.items():
            toggle.blockSignals(True)
            toggle.setChecked(rule not in disabled)
            toggle.blockSignals(False)

    def show_style(self, style: StyleSummary, total_findings: int) -> bool:
        """Show the counts and shares; False when they are those already shown."""
        switched_on = tuple(toggle.isChecked() for toggle in self._toggles.values())
        if not self.changed(style, total_findings, switched_on):
            return False
        counts = dict(style.rule_counts)
        for rule, button in self._counts.items():
            if not self._toggles[rule].isChecked():
                # A switched-off rule is not looked for: "0" would claim the text is clean.
                button.setText("off")
                button.setEnabled(False)
                continue
            count = counts.get(rule, 0)
            button.setText(str(count))
            button.setEnabled(count > 0)
        noun = "problem" if total_findings == 1 else "problems"
        self.summary.setText(f"{total_findings} {noun} highlighted in the text.")
        self.shares.setText(
            "<br>".join(
                [
                    _share_line("Long sentences", style.long_sentences, LONG_TARGET),
                    _share_line("Passive voice", style.passive_sentences, PASSIVE_TARGET),
                    _share_line(
                        "Transitions",
                        style.transition_sentences,
                        TRANSITIONS_TARGET,
                        f"judged from {TRANSITIONS_FROM_WORDS} words on",
                    ),
                ]
            )
        )
        return True
