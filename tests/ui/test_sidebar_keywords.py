"""Focus keyphrase and tag suggestions in the sidebar of the real window."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from app.ui.analysis_worker import KEYPHRASE


def test_keyphrase_checks_follow_the_field_and_are_saved(
    qtbot, window, wait_for_analysis, store
) -> None:
    wait_for_analysis(window)
    card = window.sidebar.keyphrase
    assert card.field.text() == "headlines"
    card.field.clear()
    qtbot.keyClicks(card.field, "sidebar")
    qtbot.waitUntil(
        lambda: (
            window.editor.result is not None
            and window.editor.result.snapshot.keyphrase == "sidebar"
        ),
        timeout=10_000,
    )
    focus = window.editor.result.report.keywords.keyphrase
    assert focus is not None
    # Density counts the body ("The sidebar scores ..."); the subheading "What the sidebar
    # tells you" is checked separately but still highlighted.
    assert focus.occurrences == 1
    assert len(window.editor.result.report.keywords.keyphrase_spans) == 2
    assert focus.check("keyphrase_in_subheadings") is not None
    assert "use" in card.summary.text()
    qtbot.waitUntil(lambda: store.drafts.get(window.draft.id).keyphrase == "sidebar", timeout=5000)


def test_highlighting_the_keyphrase_marks_its_uses(qtbot, window, wait_for_analysis) -> None:
    wait_for_analysis(window)
    window.sidebar.keyphrase.highlight.setChecked(True)
    qtbot.waitUntil(
        lambda: window.editor.result is not None and window.editor.result.snapshot.show_keyphrase,
        timeout=10_000,
    )
    spans = [
        span
        for line in window.editor.result.highlights.values()
        for span in line
        if span.rule == KEYPHRASE
    ]
    assert spans
    text = window.editor.text()
    for start, end in window.editor.result.report.keywords.keyphrase_spans:
        assert "headline" in text[start:end].lower()


def test_clicking_a_suggested_tag_adds_it(qtbot, window, wait_for_analysis, store) -> None:
    window.new_draft()  # not the sample draft, whose title and subtitle are about headlines
    window.editor.setPlainText(
        "## Shipping Python apps with Docker\n\nDocker images keep Python apps the same "
        "everywhere. A Docker image for a Python app is small.\n\nPython and Docker work well "
        "together: build the Docker image once, run the Python app anywhere."
    )
    wait_for_analysis(window)
    chips = window.sidebar.tags_card.findChildren(QPushButton, "suggestionChip")
    assert chips, "a story about Python and Docker gets tag suggestions"
    assert {"+ Python", "+ Docker"} <= {chip.text() for chip in chips}
    tag = chips[0].text().removeprefix("+ ")
    chips[0].click()
    assert tag in window.sidebar.tags.tags()
    assert tag in store.tags.draft_tags(window.draft.id)
