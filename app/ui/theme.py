"""Colours and fonts: one place so the editor, legend and sidebar always agree."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCharFormat

from app.analysis.rules.catalog import RULES_BY_ID


@dataclass(frozen=True)
class RuleStyle:
    background: str | None  # a soft highlight behind the text
    underline: str | None  # an underline colour
    wavy: bool = False


# Pastel backgrounds for the rules writers fix most, underlines for the rest, so several
# findings on one sentence stay readable.
RULE_STYLES: dict[str, RuleStyle] = {
    "very_hard_sentence": RuleStyle("#f6c9c9", None),
    "hard_sentence": RuleStyle("#f9eab0", None),
    "long_sentence": RuleStyle(None, "#d9a441"),
    "passive": RuleStyle("#cdeebb", None),
    "adverb": RuleStyle("#c8e2f6", None),
    "intensifier": RuleStyle("#c8e2f6", None),
    "simpler": RuleStyle("#e5cdf0", None),
    "weasel": RuleStyle(None, "#8e6bbf"),
    "hedge": RuleStyle(None, "#8e6bbf"),
    "cliche": RuleStyle(None, "#c0622f"),
    "repeated_word": RuleStyle(None, "#d04040", wavy=True),
    "there_is": RuleStyle(None, "#3f8f8f"),
    "so_start": RuleStyle(None, "#3f8f8f"),
    "repeated_start": RuleStyle(None, "#3f8f8f"),
    "long_paragraph": RuleStyle(None, "#9a9a9a"),
    "paragraph_sentences": RuleStyle(None, "#9a9a9a"),
    "long_section": RuleStyle(None, "#9a9a9a"),
    "spelling": RuleStyle(None, "#d0302f", wavy=True),
    "keyphrase": RuleStyle("#ffe4a8", None),
}

# Which findings win where they overlap: later entries are painted over earlier ones.
PAINT_ORDER = tuple(RULE_STYLES)
PAINT_RANK = {rule: rank for rank, rule in enumerate(PAINT_ORDER)}


def rule_name(rule: str) -> str:
    info = RULES_BY_ID.get(rule)
    return info.name if info else rule.replace("_", " ").capitalize()


@cache
def rule_format(rule: str) -> QTextCharFormat:
    style = RULE_STYLES.get(rule, RuleStyle(None, "#888888"))
    text_format = QTextCharFormat()
    if style.background:
        text_format.setBackground(QColor(style.background))
    if style.underline:
        text_format.setUnderlineColor(QColor(style.underline))
        text_format.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.WaveUnderline
            if style.wavy
            else QTextCharFormat.UnderlineStyle.SingleUnderline
        )
    return text_format


def swatch_color(rule: str) -> str:
    style = RULE_STYLES.get(rule)
    if style is None:
        return "#888888"
    return style.background or style.underline or "#888888"


def editor_font() -> QFont:
    """A calm serif for long-form writing, falling back to the system's."""
    families = set(QFontDatabase.families())
    for family in ("Charter", "Georgia", "Source Serif 4", "Noto Serif", "DejaVu Serif", "Serif"):
        if family in families:
            font = QFont(family)
            break
    else:
        font = QFont()
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(12.5)
    return font


def code_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    return font


ACCENT = "#1a8917"  # Medium's green
TEXT_MUTED = "#6b6b6b"
GOOD = "#1a8917"
OK = "#b7791f"
POOR = "#c53030"


def status_color(status: str) -> str:
    return {"good": GOOD, "ok": OK, "poor": POOR}.get(status, TEXT_MUTED)
