"""The Ready for Medium dock: refreshed as the writer types, the canonical link kept per draft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextCursor

from app.storage.store import open_store
from app.ui.publish import install_publishing
from tests.ui.contrast import contrast

BODY = (
    "The plan was approved by the board. The report was written by an intern.\n\n"
    "That is where the story ends."
)


def _status(publishing, item_id: str) -> str:
    checklist = publishing.checklist.checklist
    assert checklist is not None
    item = checklist.item(item_id)
    assert item is not None
    return item.status


def _show(publishing) -> None:
    if not publishing.checklist.isVisible():
        publishing.checklist_action.trigger()


def test_checklist_updates_after_typing(
    qtbot, window, publishing, open_story, wait_for_analysis
) -> None:
    open_story(window, BODY, title="A Plain Title")
    _show(publishing)
    dock = publishing.checklist
    assert _status(publishing, "closing") == "warn"
    assert _status(publishing, "tags") == "fail"
    assert dock.ready_label.text() == "Not ready yet"
    assert dock.rows["tags"].isVisible()
    assert "Add up to 5 tags" in dock.rows["tags"].fix.text()

    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, " What would you have done?")
    wait_for_analysis(window)
    qtbot.waitUntil(lambda: _status(publishing, "closing") == "pass", timeout=5000)

    window.sidebar.tags.add_tag("Writing")
    assert _status(publishing, "tags") == "pass"
    assert dock.checklist.ready
    # Nothing fails, but the warnings still show in the headline.
    warnings = dock.checklist.count("warn")
    assert warnings
    assert dock.ready_label.text() == f"Ready, with {warnings} suggestions to consider"
    assert dock.summary_label.text() == dock.checklist.summary


def test_canonical_link_is_stored_with_the_draft(
    qtbot, window, publishing, open_story, store, make_window, database_path
) -> None:
    open_story(window, BODY, title="First Published Elsewhere")
    window.sidebar.tags.add_tag("Writing")
    _show(publishing)
    dock = publishing.checklist
    assert _status(publishing, "canonical") == "pass"
    assert not dock.canonical_field.isEnabled()

    qtbot.mouseClick(dock.elsewhere_box, Qt.MouseButton.LeftButton)
    assert dock.elsewhere_box.isChecked()
    assert _status(publishing, "canonical") == "fail"
    assert not dock.checklist.ready

    qtbot.keyClicks(dock.canonical_field, "https://example.com/original")
    qtbot.keyClick(dock.canonical_field, Qt.Key.Key_Return)
    assert _status(publishing, "canonical") == "pass"
    draft_id = window.draft.id
    assert store.drafts.get(draft_id).canonical_url == "https://example.com/original"

    window.new_draft()  # another draft has no canonical link...
    qtbot.waitUntil(lambda: publishing.snippets.draft_id != draft_id, timeout=5000)
    assert dock.canonical_field.text() == ""
    assert not dock.elsewhere_box.isChecked()
    window.open_draft(draft_id)  # ...and the first one gets its own back
    qtbot.waitUntil(lambda: dock.canonical_field.text() != "", timeout=5000)
    assert dock.canonical_field.text() == "https://example.com/original"
    assert dock.elsewhere_box.isChecked()

    qtbot.mouseClick(dock.elsewhere_box, Qt.MouseButton.LeftButton)  # not published elsewhere
    assert store.drafts.get(draft_id).canonical_url == ""
    window.close()

    reopened = open_store(database_path)
    try:
        again = make_window(reopened)
        features = install_publishing(again)
        assert not features.checklist.elsewhere_box.isChecked()
    finally:
        again.close()
        reopened.close()


def test_clicking_an_item_jumps_to_its_first_finding(qtbot, window, publishing, open_story) -> None:
    window.sidebar.issues.toggle("passive").click()  # a deeper rule, off by default
    open_story(window, BODY, title="Passive Story")
    _show(publishing)
    assert _status(publishing, "passive") == "warn"
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    row = publishing.checklist.rows["passive"]
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    selected = window.editor.textCursor().selectedText()
    passive = [f for f in window.editor.result.report.findings if f.rule == "passive"]
    assert selected == BODY[passive[0].start : passive[0].end]
    assert window.editor.hasFocus()


def test_a_check_that_leads_to_the_text_is_reached_and_used_from_the_keyboard(
    qtbot, window, publishing, open_story
) -> None:
    window.sidebar.issues.toggle("passive").click()
    open_story(window, BODY, title="Passive Story")
    _show(publishing)
    row = publishing.checklist.rows["passive"]
    assert row.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a Tab stop
    passing = next(r for r in publishing.checklist.rows.values() if r.item.status == "pass")
    assert passing.focusPolicy() == Qt.FocusPolicy.NoFocus  # nothing to go to
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    row.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(row, Qt.Key.Key_Return)
    passive = [f for f in window.editor.result.report.findings if f.rule == "passive"]
    assert window.editor.textCursor().selectedText() == BODY[passive[0].start : passive[0].end]


def test_clicking_a_check_whose_rule_is_off_says_how_to_see_it(
    qtbot, window, publishing, open_story
) -> None:
    window.sidebar.issues.toggle("passive").setChecked(False)
    open_story(window, BODY, title="A Plain Title")
    _show(publishing)
    assert _status(publishing, "passive") == "warn"
    before = window.editor.textCursor().position()

    qtbot.mouseClick(publishing.checklist.rows["passive"], Qt.MouseButton.LeftButton)

    assert window.editor.textCursor().position() == before
    message = window.statusBar().currentMessage()
    assert "switched off" in message
    assert "Passive" in message

    window.sidebar.issues.toggle("passive").setChecked(True)
    qtbot.waitUntil(
        lambda: any(f.rule == "passive" for f in window.editor.result.report.findings),
        timeout=5000,
    )
    qtbot.mouseClick(publishing.checklist.rows["passive"], Qt.MouseButton.LeftButton)
    assert window.editor.textCursor().hasSelection()


PAIRING = (
    "Its a good way to learn. You could of done it alone, but two people see more.\n\n"
    "We quickly read the code as\nas it was written, carefully checked each line and finally "
    "shipped it. The reviews were written by the second developer, who sat beside the first "
    "one for the whole of a long and demanding afternoon of careful, collaborative work.\n\n"
    "What would you try first? Tell me in the comments."
)


def test_the_app_and_the_command_line_give_the_same_checklist(
    window, publishing, open_story, tmp_path, capsys
) -> None:
    import json

    from app.cli import main

    title = "What Pairing Taught Me"
    open_story(window, PAIRING, title=title)
    app_items = publishing.build_checklist().to_dict()["items"]
    path = tmp_path / "pairing.md"
    path.write_text(PAIRING, encoding="utf-8")
    main(["check", str(path), "--title", title, "--json"])
    cli_items = json.loads(capsys.readouterr().out)["items"]
    assert app_items == cli_items
    by_id = {item["id"]: item for item in app_items}
    assert by_id["grammar"]["status"] == "warn"
    assert by_id["adverbs"]["status"] == "skip"  # off by default in both


def test_the_headline_says_ready_only_when_nothing_is_left(qtbot) -> None:
    from app.publishing.checklist import Checklist, ChecklistItem
    from app.ui.publish.checklist_dock import ChecklistDock

    dock = ChecklistDock()
    qtbot.addWidget(dock)
    passing = ChecklistItem("tags", "Tags", "pass", "3 tags.", "Nothing to do.")
    warning = ChecklistItem("closing", "Closing", "warn", "No question.", "Ask one.")
    failing = ChecklistItem("headline", "Headline", "fail", "No title.", "Write one.")
    dock.show_checklist(Checklist((passing,)))
    assert dock.ready_label.text() == "Ready to publish"
    dock.show_checklist(Checklist((passing, warning)))
    assert dock.ready_label.text() == "Ready, with 1 suggestion to consider"
    dock.show_checklist(Checklist((passing, warning, failing)))
    assert dock.ready_label.text() == "Not ready yet"


def test_what_to_do_lines_are_readable_in_the_dark_theme(window, publishing, open_story) -> None:
    window.view_modes.set_theme("dark", remember=False)
    try:
        open_story(window, BODY, title="A Plain Title")
        _show(publishing)
        fix = publishing.checklist.rows["tags"].fix
        fix.ensurePolished()
        text = fix.palette().color(fix.foregroundRole())
        behind = fix.palette().color(QPalette.ColorRole.Window)
        assert contrast(text, behind) >= 4.5
    finally:
        window.view_modes.set_theme("light", remember=False)


def test_the_passive_line_agrees_with_the_sidebar_above_the_target(
    window, publishing, open_story
) -> None:
    from app.ui.theme import status_color

    active = " ".join(f"We met the team on day {day} and talked." for day in range(1, 16))
    body = "The plan was approved by the board. The report was written by an intern. " + active
    open_story(window, body, title="Passive Story")  # 2 of 17 sentences: 11.8%, over 10%
    _show(publishing)
    shares = window.sidebar.issues.shares.text()
    passive_line = next(line for line in shares.split("<br>") if "Passive voice" in line)
    assert status_color("ok") in passive_line
    assert "aim for 10% or less" in passive_line
    row = publishing.checklist.rows["passive"]
    assert _status(publishing, "passive") == "warn"
    assert "aim for 10% or less" in row.title.text()
    assert "Nothing to do" not in row.fix.text()
    assert "rewrite 1 passive sentence" in row.fix.text()


def test_hard_sentences_under_the_limit_name_the_highlighted_ones(
    window, publishing, open_story
) -> None:
    very_hard = (
        "I realize that I might have to open multiple tabs in my browser, answer a message from "
        "a colleague, check the calendar for the meeting that was moved, and then return to the "
        "document that I had started writing before lunch, which by then has lost its thread."
    )
    short = " ".join(f"We met the team on day {day} and talked." for day in range(1, 13))
    open_story(window, f"{very_hard} {short}", title="A Long Day")  # 1 of 13: under 10%
    _show(publishing)
    findings = window.editor.result.report.findings
    assert [f.rule for f in findings if f.rule.endswith("hard_sentence")] == ["very_hard_sentence"]
    row = publishing.checklist.rows["hard_sentences"]
    assert _status(publishing, "hard_sentences") == "pass"
    assert "Nothing to do" not in row.fix.text()
    assert row.fix.text().startswith(
        "Optional: split the 1 very hard sentence highlighted in the text"
    )


def test_a_footnote_after_the_story_is_no_closing_in_the_app_or_the_command_line(
    window, publishing, open_story, tmp_path, capsys
) -> None:
    import json

    from app.cli import main

    story = (
        "It took two days to fix them all[^1], and it was worth every minute.\n\n"
        "If you try this, leave a response with your before and after numbers.\n\n"
        "[^1]: Most of the fixes were one line: a fixed file name replaced by `tmp_path`.\n"
    )
    open_story(window, story, title="Faster Tests")
    app_items = publishing.build_checklist().to_dict()["items"]
    path = tmp_path / "faster.md"
    path.write_text(story, encoding="utf-8")
    main(["check", str(path), "--title", "Faster Tests", "--json"])
    cli_items = json.loads(capsys.readouterr().out)["items"]
    assert app_items == cli_items
    assert {item["id"]: item for item in app_items}["closing"]["status"] == "pass"
