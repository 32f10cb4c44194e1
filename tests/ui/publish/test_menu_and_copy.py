"""The Publish menu, hidden docks that never take the cursor, and Copy for Medium."""

from __future__ import annotations

from html.parser import HTMLParser

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from app.publishing.medium import ALLOWED_TAGS
from app.ui.publish import install_publishing


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, [name for name, _value in attrs]))

    def handle_data(self, data) -> None:
        self.text.append(data)


def test_publish_menu_sits_before_help(window, publishing) -> None:
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles.index("Publish") == titles.index("Help") - 1
    entries = [action.text().replace("&", "") for action in publishing.menu.actions()]
    assert entries[:3] == ["Export Markdown…", "Export HTML…", "Copy for Medium"]
    assert {"Preview", "Ready for Medium checklist", "Promotion posts"} <= set(entries)
    assert publishing.copy_action.shortcut().toString() == "Ctrl+Shift+C"
    assert publishing.preview_action.shortcut().toString() == "Ctrl+Shift+P"
    assert install_publishing(window) is publishing  # installing twice changes nothing
    assert titles.count("Publish") == 1


def test_docks_start_hidden_and_leave_the_cursor_in_the_editor(
    qtbot, window, publishing, wait_for_analysis
) -> None:
    docks = (publishing.preview, publishing.checklist, publishing.snippets)
    assert not any(dock.isVisible() for dock in docks)
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    # The preview and the posts sit beside the writing; the checklist takes the keyboard
    # (Esc gives it back, see test_panel_keys).
    for action in (publishing.preview_action, publishing.snippets_action):
        action.trigger()
    qtbot.keyClicks(window.editor, "More words here. ")
    wait_for_analysis(window)
    qtbot.waitUntil(lambda: not publishing.preview.busy, timeout=10_000)
    assert publishing.preview.isVisible()
    assert window.editor.hasFocus()
    publishing.preview_action.trigger()
    assert not publishing.preview.isVisible()


def test_copy_for_medium_puts_supported_html_and_text_on_the_clipboard(
    qtbot, window, publishing, open_story, tmp_path
) -> None:
    picture = tmp_path / "chart.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(picture))
    body = (
        "Opening **bold** and *soft* words with a [link](https://example.com).\n\n"
        "## A section\n\n"
        "| A | B |\n| --- | --- |\n| 1 | 2 |\n\n"
        "- one\n  - nested\n\n"
        "<script>alert('x')</script>\n\n"
        f"![A chart]({picture})\n\n"
        "![Remote](https://example.com/photo.jpg)\n"
    )
    open_story(window, body, title="Copy Me", subtitle="A subtitle for the clipboard")
    publishing.copy_action.trigger()

    data = QGuiApplication.clipboard().mimeData()
    assert data.hasHtml()
    assert data.hasText()
    parser = _Tags()
    parser.feed(data.html())
    assert parser.tags
    for tag, attributes in parser.tags:
        assert tag in ALLOWED_TAGS, tag
        assert set(attributes) <= ALLOWED_TAGS[tag], (tag, attributes)
    assert parser.tags[0] == ("h1", [])
    assert "script" not in {tag for tag, _ in parser.tags}
    assert "Copy Me" in data.text()
    assert "Opening bold and soft words" in "".join(parser.text)

    notice = publishing.images_notice
    assert notice is not None
    assert notice.isVisible()
    assert not notice.isModal()
    listed = [notice.images.item(index).text() for index in range(notice.images.count())]
    assert len(listed) == 1
    assert "chart.png" in listed[0]
    assert "Copied for Medium" in window.statusBar().currentMessage()


def test_copy_without_local_images_shows_no_notice(window, publishing, open_story) -> None:
    open_story(window, "Just words, nothing to upload.\n", title="Plain")
    copied = publishing.copy_for_medium()
    assert copied.images_to_upload == ()
    assert publishing.images_notice is None
    assert QGuiApplication.clipboard().mimeData().text().startswith("Plain")


def test_the_shortcut_copies_from_the_editor(qtbot, window, publishing, open_story) -> None:
    open_story(window, "Words to paste.\n", title="By Shortcut")
    QGuiApplication.clipboard().clear()
    window.activateWindow()
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().mimeData().hasHtml(), timeout=5000)
    assert "By Shortcut" in QGuiApplication.clipboard().mimeData().html()


def test_copy_for_medium_keeps_sub_points_inside_their_numbered_step(
    window, publishing, open_story
) -> None:
    body = (
        "1. Heat the pan.\n"
        "2. Add the onions.\n"
        "   - Slice them thin.\n"
        "   - Salt them early.\n"
        "3. Serve warm.\n"
    )
    open_story(window, body, title="Onions")
    publishing.copy_action.trigger()

    data = QGuiApplication.clipboard().mimeData()
    assert (
        "<ol><li>Heat the pan.</li>"
        "<li>Add the onions.<br>- Slice them thin.<br>- Salt them early.</li>"
        "<li>Serve warm.</li></ol>"
    ) in data.html()
    assert "2. Add the onions.\n   - Slice them thin.\n   - Salt them early.\n3. Serve warm." in (
        data.text()
    )


def test_copy_for_medium_numbers_the_note_and_keeps_the_caption(
    window, publishing, open_story
) -> None:
    body = (
        '![A bar chart](images/suite.png "Suite duration per week, March to June")\n\n'
        "It took two days to fix them all[^1], and it was worth every minute.\n\n"
        "Leave a response with your before and after numbers.\n\n"
        "[^1]: Most of the fixes were one line: a fixed name replaced by `tmp_path`.\n"
    )
    open_story(window, body, title="Faster Tests")
    publishing.copy_action.trigger()

    data = QGuiApplication.clipboard().mimeData()
    placeholder = (
        "[Upload image here: A bar chart (images/suite.png). "
        "Caption: Suite duration per week, March to June]"
    )
    assert f"<p><strong>{placeholder}</strong></p>" in data.html()
    assert "<p>It took two days to fix them all[1], and it was worth every minute.</p>" in (
        data.html()
    )
    assert data.html().endswith(
        "<hr><p>[1] Most of the fixes were one line: a fixed name replaced by "
        "<code>tmp_path</code>.</p>"
    )
    assert placeholder in data.text()
    assert data.text().endswith(
        "* * *\n\n[1] Most of the fixes were one line: a fixed name replaced by tmp_path.\n"
    )


def test_the_images_notice_speaks_of_one_image_as_it(window, publishing, open_story) -> None:
    open_story(window, "Words.\n\n![A chart](chart.png)\n", title="One Picture")
    publishing.copy_action.trigger()
    message = publishing.images_notice.message.text()
    assert "One image is on this computer, not on the web, so Medium cannot copy it." in message
    assert "upload it there with Medium's + button" in message
    assert "them" not in message

    open_story(window, "Words.\n\n![A chart](chart.png)\n\n![A map](map.png)\n", title="Two")
    publishing.copy_action.trigger()
    message = publishing.images_notice.message.text()
    assert "2 images are on this computer, not on the web, so Medium cannot copy them." in message
    assert "upload them there" in message
