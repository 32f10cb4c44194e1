"""The preview dock: renders off the UI thread, never fetches remote files, follows the editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

IMAGE = QTextDocument.ResourceType.ImageResource.value


def _show(qtbot, publishing) -> None:
    if not publishing.preview.isVisible():
        publishing.preview_action.trigger()
    qtbot.waitUntil(lambda: not publishing.preview.busy, timeout=10_000)


def test_preview_shows_the_story(qtbot, window, publishing, open_story) -> None:
    open_story(window, "Hello preview, **bold** words.\n", title="Shown", subtitle="Under it")
    _show(qtbot, publishing)
    text = publishing.preview.browser.toPlainText()
    assert text.startswith("Shown\nUnder it\n")
    assert "Hello preview, bold words." in text
    window.editor.setPlainText("Changed text.\n")
    qtbot.waitUntil(
        lambda: "Changed text." in publishing.preview.browser.toPlainText(), timeout=10_000
    )


def test_remote_images_are_never_requested(
    qtbot, window, publishing, open_story, tmp_path: Path
) -> None:
    local = tmp_path / "local.png"
    QImage(8, 6, QImage.Format.Format_RGB32).save(str(local))
    body = (
        "Before the pictures.\n\n"
        "![A cat](http://example.com/cat.png)\n\n"
        '<img src="https://example.com/raw.png">\n\n'
        f"![Local]({local})\n"
    )
    open_story(window, body, title="Pictures")
    _show(qtbot, publishing)
    browser = publishing.preview.browser
    assert "[Image: A cat]" in browser.toPlainText()
    assert not any("example.com" in url for url in browser.refused)
    image = browser.document().resource(IMAGE, QUrl(str(local)))
    assert isinstance(image, QImage)
    assert image.width() == 8

    # Even markup that asks for a remote image directly gets nothing.
    browser.setHtml('<p><img src="http://example.com/direct.png" width="10" height="10"></p>')
    browser.document().documentLayout().documentSize()
    browser.grab()
    assert "http://example.com/direct.png" in browser.refused
    assert browser.loadResource(IMAGE, QUrl("http://example.com/direct.png")) is None
    assert browser.loadResource(IMAGE, QUrl("https://example.com/x.png")) is None
    assert browser.loadResource(IMAGE, QUrl("file://example.com/share/x.png")) is None
    assert not browser.openLinks()
    assert not browser.openExternalLinks()


def test_renders_off_the_ui_thread_and_drops_stale_versions(
    qtbot, window, publishing, open_story
) -> None:
    open_story(window, "First.\n", title="Versions")
    _show(qtbot, publishing)
    preview = publishing.preview
    shown: list[int] = []
    preview.updated.connect(shown.append)
    for version in ("Version one.", "Version two.", "Version three."):
        preview.show_story(version + "\n", "Versions", "", None)
        assert preview.busy  # the render happens later, on the pool's thread
    qtbot.waitUntil(lambda: not preview.busy, timeout=10_000)
    assert len(shown) == 1
    text = preview.browser.toPlainText()
    assert "Version three." in text
    assert "Version one." not in text


def _long_story() -> str:
    sections = []
    # Uneven sections, and a long picture-free code block: proportional scrolling drifts here.
    for number, paragraphs in enumerate((3, 20, 2, 12, 6, 9), start=1):
        lines = "\n\n".join(
            f"Paragraph {line} of section {number} says something plain and short."
            for line in range(1, paragraphs + 1)
        )
        if number == 2:
            lines += "\n\n```\n" + "\n".join(f"code line {n}" for n in range(40)) + "\n```"
        sections.append(f"## Section {number}\n\n{lines}")
    return "Opening line.\n\n" + "\n\n".join(sections) + "\n"


def _heading_tops(browser) -> list[float]:
    document = browser.document()
    layout = document.documentLayout()
    tops = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            tops.append(layout.blockBoundingRect(block).top())
        block = block.next()
    return tops


def test_scroll_position_follows_the_editor(qtbot, window, publishing, open_story) -> None:
    body = _long_story()
    open_story(window, body, title="Long Story")
    _show(qtbot, publishing)
    editor_bar = window.editor.verticalScrollBar()
    preview_bar = publishing.preview.browser.verticalScrollBar()
    assert editor_bar.maximum() > 0
    assert preview_bar.maximum() > 0

    tops = _heading_tops(publishing.preview.browser)
    assert len(tops) == 7  # the title and six sections
    heading_line = body.split("\n").index("## Section 4")

    def top_line() -> int:
        return window.editor.cursorForPosition(
            window.editor.viewport().rect().topLeft()
        ).blockNumber()

    value = 0
    editor_bar.setValue(value)
    while top_line() < heading_line and value < editor_bar.maximum():
        value += 1
        editor_bar.setValue(value)
    assert top_line() == heading_line
    assert tops[4] < preview_bar.maximum()
    expected = tops[4]
    assert abs(preview_bar.value() - expected) <= 1

    editor_bar.setValue(editor_bar.maximum())
    assert preview_bar.value() == preview_bar.maximum()
    editor_bar.setValue(0)
    assert preview_bar.value() == 0


def test_hidden_preview_does_no_work(qtbot, window, publishing, open_story) -> None:
    open_story(window, "Nothing to render yet.\n", title="Hidden")
    assert not publishing.preview.isVisible()
    assert publishing.preview.shown_stamp == 0
    _show(qtbot, publishing)
    assert "Nothing to render yet." in publishing.preview.browser.toPlainText()


def test_in_a_narrow_window_the_drafts_list_makes_way_for_a_readable_preview(
    qtbot, window, publishing, wait_for_analysis
) -> None:
    window.resize(1280, 720)
    wait_for_analysis(window)  # the sidebar's cards at their width before the panel opens
    _show(qtbot, publishing)
    # The panel may pass 300 px for a moment before the drafts list gives way: wait for both.
    qtbot.waitUntil(
        lambda: not window.drafts.isVisible() and publishing.preview.width() >= 300,
        timeout=5_000,
    )
    assert not window.toggle_drafts.isChecked()
    assert "Drafts list" in window.statusBar().currentMessage()
    publishing.preview_action.trigger()  # closed again: the drafts list comes back
    qtbot.waitUntil(lambda: window.toggle_drafts.isChecked(), timeout=5_000)


def test_in_a_wide_window_the_preview_opens_beside_the_drafts_list(
    qtbot, window, publishing
) -> None:
    window.resize(1920, 1080)
    _show(qtbot, publishing)
    qtbot.waitUntil(lambda: publishing.preview.width() >= 450, timeout=5_000)
    assert window.drafts.isVisible()
