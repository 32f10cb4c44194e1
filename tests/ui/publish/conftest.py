"""Fixtures for the publishing features: installed on the real main window, a story typed in."""

from __future__ import annotations

import pytest


@pytest.fixture
def publishing(window, wait_for_analysis):
    """The window's publishing features (installed here if the window has not done it)."""
    from app.ui.publish import install_publishing

    wait_for_analysis(window)
    return install_publishing(window)


@pytest.fixture
def open_story(qtbot, wait_for_analysis):
    """Returns a function that opens a new draft with this title, subtitle and body."""

    def open_(window, body: str, *, title: str = "", subtitle: str = "") -> None:
        window.new_draft()
        if title:
            qtbot.keyClicks(window.title_edit, title)
        if subtitle:
            qtbot.keyClicks(window.subtitle_edit, subtitle)
        window.editor.setPlainText(body)
        wait_for_analysis(window)

    return open_
