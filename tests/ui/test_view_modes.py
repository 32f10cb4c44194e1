"""Light and dark, focus mode, typewriter scrolling and full screen on the real window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QCheckBox

from app.ui.view_modes import sentence_bounds
from tests.session.db_faults import locked
from tests.ui.not_stored import said_and_logged

REPO = Path(__file__).resolve().parents[2]

# A real window on X11 (xcb), where Qt binds no key to full screen: the writer presses F11.
_PRESS_F11_ON_X11 = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from app.session import Workspace
from app.storage.store import open_store
from app.ui.application import configure_application
from app.ui.main_window import MainWindow
configure_application(app)
window = MainWindow(Workspace(open_store(Path(sys.argv[1]))))
window.show()
window.open_initial_draft()
window.activateWindow()
QTest.qWaitForWindowActive(window)
QTest.keyClick(window.editor, Qt.Key.Key_F11)
QTest.qWait(100)
print(app.platformName(), window.isFullScreen(), window.menuBar().isVisible())
window.close()
window.controller.wait_for_idle()
"""


def test_sentence_bounds_find_the_sentence_under_the_cursor() -> None:
    text = "First one. Second “quoted.” Third?"
    assert sentence_bounds(text, 2) == (0, 11)
    assert text[slice(*sentence_bounds(text, 14))] == "Second “quoted.” "
    assert text[slice(*sentence_bounds(text, len(text)))] == "Third?"


def test_dark_theme_is_remembered_and_colours_the_editor(qtbot, make_window, store) -> None:
    window = make_window(store)
    light = window.editor.palette().base().color().lightness()
    window.view_modes.theme_actions["dark"].trigger()
    qtbot.wait(50)
    assert window.preferences.theme() == "dark"
    assert QApplication.instance().property("clapwiseTheme") == "dark"
    editor_background = window.editor.grab().toImage().pixelColor(5, 5)
    assert editor_background.lightness() < 80 < light
    window.close()
    again = make_window(store)
    assert again.view_modes.theme_actions["dark"].isChecked()
    again.view_modes.theme_actions["light"].trigger()
    assert again.editor.grab().toImage().pixelColor(5, 5).lightness() > 200


def test_a_view_choice_that_cannot_be_stored_is_said_and_not_applied(
    qtbot, make_window, ui_store, database_path, dialogs, caplog
) -> None:
    window = make_window(ui_store)
    modes = window.view_modes
    app = QApplication.instance()
    showing = app.property("clapwiseTheme")
    assert modes.theme_actions["system"].isChecked()
    with locked(database_path):
        modes.theme_actions["dark"].trigger()
        said_and_logged(window, caplog, "the theme")
        assert modes.theme_actions["system"].isChecked()  # the menu shows what is stored
        assert app.property("clapwiseTheme") == showing
        modes.focus_actions["sentence"].trigger()
        said_and_logged(window, caplog, "the focus mode")
        assert modes.focus_actions[""].isChecked()
        assert modes.focused_range() is None
        assert window.editor.extraSelections() == []
        modes.typewriter_action.trigger()
        said_and_logged(window, caplog, "typewriter scrolling")
        assert not modes.typewriter_action.isChecked()
        assert not window.editor.centerOnScroll()
        settings = window.show_settings()
        qtbot.addWidget(settings)
        settings.theme.setCurrentIndex(settings.theme.findData("dark"))
        said_and_logged(window, caplog, "the theme")
        assert settings.theme.currentData() == "system"
        assert app.property("clapwiseTheme") == showing
    assert dialogs == []  # no "unexpected problem" box
    modes.focus_actions["sentence"].trigger()  # the lock is gone: it goes through now
    modes.typewriter_action.trigger()
    assert modes.focused_range() is not None
    assert window.editor.centerOnScroll()
    assert window.preferences.focus_mode() == "sentence"
    assert window.preferences.typewriter_scrolling()
    settings.theme.setCurrentIndex(settings.theme.findData("dark"))
    assert app.property("clapwiseTheme") == "dark"
    assert modes.theme_actions["dark"].isChecked()
    assert window.preferences.theme() == "dark"
    modes.set_theme("light", remember=False)


def test_in_the_dark_theme_a_check_box_shows_its_box_and_its_tick(qtbot, window) -> None:
    window.view_modes.theme_actions["dark"].trigger()
    window.show_headline_lab()
    box = window.headline_lab.findChild(QCheckBox)
    qtbot.waitUntil(box.isVisible, timeout=5_000)

    def brightest_in_the_box() -> tuple[int, int]:
        image = box.grab().toImage()
        side = min(18, image.width(), image.height())
        colours = [image.pixelColor(x, y) for x in range(side) for y in range(side)]
        return max(c.lightness() for c in colours), max(c.green() - c.red() for c in colours)

    outline, _green = brightest_in_the_box()
    assert outline > 100  # the window is about 35: an empty box must still be seen
    box.setChecked(True)
    _lightness, green = brightest_in_the_box()
    assert green > 60  # a ticked box is filled green
    window.view_modes.theme_actions["light"].trigger()


def test_focus_mode_dims_all_but_the_current_sentence(qtbot, window) -> None:
    window.editor.setPlainText("One short line. The second sentence.\n\nAnother paragraph.")
    cursor = window.editor.textCursor()
    cursor.setPosition(20)
    window.editor.setTextCursor(cursor)
    window.view_modes.focus_actions["sentence"].trigger()
    assert window.view_modes.focused_range() == (16, 36)
    dimmed = window.editor.extraSelections()
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in dimmed] == [
        (0, 16),
        (36, 56),
    ]
    window.view_modes.focus_actions["paragraph"].trigger()
    assert window.view_modes.focused_range() == (0, 36)
    window.view_modes.focus_actions[""].trigger()
    assert window.editor.extraSelections() == []
    assert window.preferences.focus_mode() == ""


def _focus_on(window, text: str, cursor_before: str) -> tuple[str, list[str]]:
    """Sentence focus with the caret just before ``cursor_before``: the bright text and the
    dimmed pieces, as the writer sees them."""
    window.editor.setPlainText(text)
    cursor = window.editor.textCursor()
    before = text[: text.index(cursor_before)]
    cursor.setPosition(len(before.encode("utf-16-le")) // 2)  # Qt counts UTF-16 units
    window.editor.setTextCursor(cursor)
    window.view_modes.focus_actions["sentence"].trigger()
    start, end = window.view_modes.focused_range()
    bright = QTextCursor(window.editor.document())
    bright.setPosition(start)
    bright.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    dimmed = [s.cursor.selectedText() for s in window.editor.extraSelections()]
    window.view_modes.focus_actions[""].trigger()
    return bright.selectedText(), dimmed


def test_focus_mode_lights_the_right_sentence_after_an_emoji(qtbot, window) -> None:
    bright, dimmed = _focus_on(window, "😀😀 One. Two three.", "wo three")
    assert bright == "Two three."
    assert dimmed == ["😀😀 One. "]


def test_focus_mode_lights_the_right_sentence_in_another_script(qtbot, window) -> None:
    text = "Привет 👋. Как дела? Всё хорошо."
    bright, dimmed = _focus_on(window, text, "ела")
    assert bright == "Как дела? "
    assert dimmed == ["Привет 👋. ", "Всё хорошо."]


def test_focus_mode_lights_the_whole_sentence_around_cjk_outside_the_bmp(qtbot, window) -> None:
    # 𠮷 (U+20BB7), as in the name 𠮷野家, takes two UTF-16 units.
    text = "We ate at 𠮷野家 in Tokyo. The 牛丼 was cheap.\n\nNext paragraph."
    bright, dimmed = _focus_on(window, text, "牛丼")
    assert bright == "The 牛丼 was cheap."
    assert dimmed == ["We ate at 𠮷野家 in Tokyo. ", "\u2029\u2029Next paragraph."]
    bright, dimmed = _focus_on(window, "𠮷野家で牛丼を食べた。\n\nNext.", "食べた")
    assert bright == "𠮷野家で牛丼を食べた。"
    assert dimmed == ["\u2029\u2029Next."]


def test_typewriter_scrolling_keeps_the_line_in_the_middle(qtbot, window) -> None:
    window.editor.setPlainText("\n".join(f"Line {n} of a long draft." for n in range(300)))
    window.view_modes.typewriter_action.trigger()
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    qtbot.wait(20)
    line = window.editor.cursorRect().center().y()
    height = window.editor.viewport().height()
    assert abs(line - height / 2) < height / 5


def test_full_screen_leaves_only_the_page(qtbot, window) -> None:
    window.view_modes.full_screen_action.trigger()
    qtbot.wait(50)
    assert not window.sidebar.isVisible()
    assert not window.drafts.isVisible()
    assert not window.menuBar().isVisible()
    assert window.editor.isVisible()
    window.view_modes.leave_full_screen.trigger()
    qtbot.wait(50)
    assert window.sidebar.isVisible()
    assert window.menuBar().isVisible()


def test_f11_enters_full_screen_and_esc_leaves_it(qtbot, window) -> None:
    action = window.view_modes.full_screen_action
    assert action.shortcuts()
    others = [a for a in window.findChildren(QAction) if a is not action]
    assert not [a.text() for a in others if set(a.shortcuts()) & set(action.shortcuts())]
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2_000)
    assert not window.menuBar().isVisible()
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2_000)
    assert window.menuBar().isVisible()


def test_esc_in_full_screen_closes_the_find_bar_first(qtbot, window) -> None:
    """The innermost thing closes first: Esc closes the Find bar, a second Esc leaves."""
    bar = window.edit_menu.find_bar
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2_000)
    qtbot.keyClick(window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert not bar.isVisible()
    assert window.isFullScreen()
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2_000)


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb for a real X11 window")
def test_f11_enters_full_screen_on_x11(tmp_path: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO))
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", _PRESS_F11_ON_X11, str(tmp_path / "db.sqlite")],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split()[-3:] == ["xcb", "True", "False"], result.stderr[-2000:]
