"""Light and dark: follow the system's colour scheme unless the writer picked one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.resources import resource_path


def resolve_theme(choice: str) -> str:
    """``light`` or ``dark``: ``system`` asks Qt for the desktop's scheme (light if unknown)."""
    if choice in ("light", "dark"):
        return choice
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def dark_palette() -> QPalette:
    """Fusion's palette in dark greys, for the widgets the stylesheet does not colour."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#232428",
        roles.WindowText: "#e3e3e3",
        roles.Base: "#1e1f22",
        roles.AlternateBase: "#2a2b2f",
        roles.ToolTipBase: "#2a2b2f",
        roles.ToolTipText: "#ececec",
        roles.PlaceholderText: "#8c8e93",
        roles.Text: "#e3e3e3",
        roles.Button: "#2f3034",
        roles.ButtonText: "#e3e3e3",
        roles.BrightText: "#ffffff",
        roles.Highlight: "#2f6b35",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#7ab8ef",
        roles.Mid: "#3a3c41",
        roles.Dark: "#18191b",
        roles.Light: "#45474d",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        palette.setColor(disabled, role, QColor("#6d6f74"))
    return palette


def apply_theme(app: QApplication, choice: str) -> str:
    """Colour the whole application; returns the theme applied (``light`` or ``dark``)."""
    theme = resolve_theme(choice)
    sheet = resource_path("styles", "clapwise.qss").read_text(encoding="utf-8")
    if theme == "dark":
        palette = dark_palette()
        dark = resource_path("styles", "clapwise-dark.qss").read_text(encoding="utf-8")
        # Images in the sheet are named from the styles folder, wherever it is installed.
        sheet += "\n" + dark.replace("{styles}", resource_path("styles").as_posix())
    else:
        palette = app.style().standardPalette()
    app.setProperty("clapwiseTheme", theme)
    # Each change re-styles every widget (tens of milliseconds in the full window): at
    # start-up the light theme is already the one configure_application set.
    if app.palette() != palette:
        app.setPalette(palette)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    return theme


def current_theme() -> str:
    app = QApplication.instance()
    theme = app.property("clapwiseTheme") if app is not None else None
    return theme if theme in ("light", "dark") else "light"
