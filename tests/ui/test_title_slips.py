"""Slips in the title and subtitle are underlined in their fields, with fixes on right-click."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from app.ui.theme import rule_format
from app.ui.write_edit import EDIT, WRITE

TITLE = "Why Its a Good Time to Recieve More"


def _wait_for_fields(qtbot, window) -> None:
    """Until a report of the title and subtitle as they read now is shown."""
    qtbot.waitUntil(
        lambda: (
            window.editor.result is not None
            and window.editor.result.snapshot.title == window.title_edit.text()
            and window.editor.result.snapshot.subtitle == window.subtitle_edit.text()
            and not window.controller.busy
        ),
        timeout=10_000,
    )


def _painted(field) -> list[tuple[int, int]]:
    ranges = field.document().firstBlock().layout().formats()
    return [(r.start, r.length) for r in ranges]


def test_title_slips_are_underlined_and_fixed_from_the_menu(qtbot, window) -> None:
    window.editor.setPlainText("A few plain words for the story.\n")
    window.title_edit.selectAll()  # typed over the sample story's title
    qtbot.keyClicks(window.title_edit, TITLE)
    _wait_for_fields(qtbot, window)
    its, recieve = TITLE.index("Its"), TITLE.index("Recieve")
    assert _painted(window.title_edit) == [(its, 3), (recieve, 7)]
    formats = window.title_edit.document().firstBlock().layout().formats()
    assert formats[0].format.underlineColor() == rule_format("its_its").underlineColor()
    assert [f.rule for f in window.title_edit.slips_at(its + 1)] == ["its_its"]
    assert window.title_edit.slips_at(its - 1) == []
    assert window.title_edit.tooltip_at(its + 1).startswith("<b>its / it&#x27;s</b>")

    menu = QMenu(window)
    spelling = [a.text() for a in window.title_edit.fix_actions(recieve + 1, menu)]
    assert spelling[0] == "Replace with “Receive”"
    assert "Add “Recieve” to dictionary" in spelling
    fixes = window.title_edit.fix_actions(its + 1, menu)
    next(a for a in fixes if a.text() == "Replace with “It's”").trigger()
    assert window.title_edit.text() == TITLE.replace("Its", "It's")
    # Edited since the analysis: no slip is shown on the wrong letters meanwhile.
    assert window.title_edit.slips_at(recieve + 2) == []
    _wait_for_fields(qtbot, window)
    assert [f.rule for f in window.title_edit.slips_at(recieve + 2)] == ["spelling"]
    assert window.title_edit.slips_at(its + 1) == []


def test_subtitle_slips_are_underlined_and_write_mode_hides_them(qtbot, window) -> None:
    window.editor.setPlainText("A few plain words for the story.\n")
    window.subtitle_edit.selectAll()
    qtbot.keyClicks(window.subtitle_edit, "Your going to love the reasons")
    _wait_for_fields(qtbot, window)
    assert _painted(window.subtitle_edit) == [(0, 4)]
    window.write_edit.set_mode(WRITE)
    assert _painted(window.subtitle_edit) == []
    assert window.subtitle_edit.slips_at(1) == []
    window.write_edit.set_mode(EDIT)
    assert _painted(window.subtitle_edit) == [(0, 4)]


def test_showing_slips_is_no_edit_of_the_field(qtbot, window) -> None:
    edits: list[str] = []
    window.title_edit.textEdited.connect(edits.append)
    window.title_edit.setText("Its a trap")
    window.title_edit.show_slips("Its a trap", ())
    window.title_edit.show_slips("Its a trap", window.title_edit.slips_at(0))
    assert edits == []
