"""Colours and fonts: one place so the editor, legend and sidebar always agree."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCharFormat

from app.analysis.rules.grammar import ALL_CHECKS as GRAMMAR_CHECKS


@dataclass(frozen=True)
class RuleStyle:
    background: str | None  # a soft highlight behind the text
    underline: str | None  # an underline colour
    line: str = "solid"  # the underline: solid, dash, dot or wave
    bold: bool = False
    dark_underline: str | None = None  # the underline on the dark page, when not the same


# Each rule class has its own look. Hues come from the Okabe-Ito palette, chosen to stay
# apart for the common kinds of colour blindness, and no two rules share both a hue and a
# kind of mark (background, solid, dashed, dotted or wavy line), so a writer who cannot tell
# two hues apart still tells the marks apart. Backgrounds go to the rules shown by default
# that writers fix most; several findings on one sentence stay readable.
VERMILLION, ORANGE, YELLOW = "#D55E00", "#E69F00", "#F0E442"
SKY_BLUE, BLUE, BLUISH_GREEN, REDDISH_PURPLE = "#56B4E9", "#0072B2", "#009E73", "#CC79A7"
GREY = "#9a9a9a"
# Spelling's wave is a thin line, drawn over the vermillion tint of a very hard sentence too:
# vermillion deepened until the wave stands out on that tint as on the page; on the dark page,
# where the tints are deepened, a light red does.
DEEP_RED, LIGHT_RED = "#B3261E", "#FFC0B8"
RULE_STYLES: dict[str, RuleStyle] = {
    "very_hard_sentence": RuleStyle("#f7c9b6", None),  # vermillion tint
    "hard_sentence": RuleStyle("#f8f0a6", None),  # yellow tint
    "long_sentence": RuleStyle(None, ORANGE, "dash"),
    "passive": RuleStyle("#c4e6dc", None),  # bluish-green tint
    "adverb": RuleStyle(None, BLUE, "dot"),
    "intensifier": RuleStyle("#cfe4f7", None),  # sky-blue tint
    "simpler": RuleStyle("#eed6e8", None),  # reddish-purple tint
    "formal_word": RuleStyle(None, REDDISH_PURPLE, "dot"),  # the wordy phrases' hue
    "weasel": RuleStyle(None, REDDISH_PURPLE, "dash"),
    "hedge": RuleStyle(None, SKY_BLUE, "dash"),
    "cliche": RuleStyle(None, VERMILLION, "solid"),
    "repeated_word": RuleStyle(None, ORANGE, "wave"),
    "there_is": RuleStyle(None, BLUISH_GREEN, "solid"),
    "so_start": RuleStyle(None, BLUISH_GREEN, "dash"),
    "repeated_start": RuleStyle(None, BLUISH_GREEN, "dot"),
    "long_paragraph": RuleStyle(None, GREY, "solid"),
    "paragraph_sentences": RuleStyle(None, GREY, "dash"),
    "long_section": RuleStyle(None, GREY, "dot"),
    "spelling": RuleStyle(None, DEEP_RED, "wave", dark_underline=LIGHT_RED),
    # Grammar slips share one look, as in word processors: a blue wavy line.
    **{check.id: RuleStyle(None, BLUE, "wave") for check in GRAMMAR_CHECKS},
    # The focus keyphrase is not a problem: Medium's green, bold and underlined, never a
    # background that could pass for the yellow of a hard sentence.
    "keyphrase": RuleStyle(None, "#1a8917", "solid", bold=True),
}

# Which findings win where they overlap: later entries are painted over earlier ones.
PAINT_ORDER = tuple(RULE_STYLES)
PAINT_RANK = {rule: rank for rank, rule in enumerate(PAINT_ORDER)}

_LINES = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
}


@cache
def rule_format(rule: str, theme: str = "light") -> QTextCharFormat:
    """How a rule's findings look in the editor, in the ``theme`` ("light" or "dark")."""
    style = RULE_STYLES.get(rule, RuleStyle(None, "#888888"))
    text_format = QTextCharFormat()
    if style.background:
        if theme == "dark":
            # The same hue, deepened toward the dark page, under the theme's own light ink.
            text_format.setBackground(_blend(style.background, DARK_PAGE, 0.6))
        else:
            text_format.setBackground(QColor(style.background))
    if style.underline:
        dark = theme == "dark" and style.dark_underline
        text_format.setUnderlineColor(QColor(style.dark_underline if dark else style.underline))
        text_format.setUnderlineStyle(_LINES[style.line])
    if style.bold:
        text_format.setFontWeight(QFont.Weight.Bold)
    return text_format


DARK_PAGE = "#1e1f22"  # the editor's background in the dark theme


def _blend(colour: str, toward: str, share: float) -> QColor:
    """``colour`` moved ``share`` of the way to ``toward``."""
    a, b = QColor(colour), QColor(toward)
    return QColor(
        round(a.red() + (b.red() - a.red()) * share),
        round(a.green() + (b.green() - a.green()) * share),
        round(a.blue() + (b.blue() - a.blue()) * share),
    )


def swatch_color(rule: str) -> str:
    style = RULE_STYLES.get(rule)
    if style is None:
        return "#888888"
    return style.background or style.underline or "#888888"


def swatch_css(rule: str) -> str:
    """A legend swatch that shows the mark itself: a filled square or a line of the style."""
    style = RULE_STYLES.get(rule)
    if style is None or style.background:
        return f"background:{swatch_color(rule)}; border-radius:3px; border:1px solid #ddd;"
    border = {"dash": "dashed", "dot": "dotted"}.get(style.line, "solid")
    width = 2 if style.line in ("solid", "wave") else 3
    line = f"{width}px {border} {style.underline}"
    return f"background:transparent; border:none; border-bottom:{line};"


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


TEXT_MUTED = "#6b6b6b"
GOOD = "#1a8917"
OK = "#b7791f"
POOR = "#c53030"


#: Muted text on the dark theme's cards (as its style sheet writes QLabel#muted).
DARK_TEXT_MUTED = "#b4b6bb"


def muted_color(theme: str) -> str:
    """Muted text that stays readable on the ``theme``'s cards ("light" or "dark")."""
    return DARK_TEXT_MUTED if theme == "dark" else TEXT_MUTED


def status_color(status: str) -> str:
    return {"good": GOOD, "ok": OK, "poor": POOR}.get(status, TEXT_MUTED)
