"""Focus keyphrase and tag suggestions in the sidebar of the real window."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QPushButton

from app.publishing.checklist import build_checklist
from app.ui.analysis_worker import KEYPHRASE


def _type_keyphrase(qtbot, window, keyphrase: str) -> None:
    """Type ``keyphrase`` into the card's field and wait for the report that uses it."""
    field = window.sidebar.keyphrase.field
    field.clear()
    qtbot.keyClicks(field, keyphrase)
    qtbot.waitUntil(
        lambda: (
            window.editor.result is not None
            and window.editor.result.snapshot.keyphrase == keyphrase
        ),
        timeout=10_000,
    )


def test_keyphrase_checks_follow_the_field_and_are_saved(
    qtbot, window, wait_for_analysis, store
) -> None:
    wait_for_analysis(window)
    card = window.sidebar.keyphrase
    assert card.field.text() == "headlines"
    _type_keyphrase(qtbot, window, "sidebar")
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
    assert "+ Docker" in {chip.text() for chip in chips}
    tag = chips[0].text().removeprefix("+ ")
    chips[0].click()
    assert tag in window.sidebar.tags.tags()
    assert tag in store.tags.draft_tags(window.draft.id)


def test_a_keyphrase_only_a_subheading_uses_is_reported_once(
    qtbot, window, wait_for_analysis
) -> None:
    window.new_draft()
    body = "\n\n".join(
        f"Week {week}: I set aside twenty dollars and wrote down what came in and went out. "
        "It took ten minutes on a Sunday night."
        for week in range(1, 30)
    )
    window.editor.setPlainText(f"{body}\n\n## Build a small emergency fund first\n\n{body}\n")
    card = window.sidebar.keyphrase
    _type_keyphrase(qtbot, window, "emergency fund")
    report = window.editor.result.report
    focus = report.keywords.keyphrase
    assert focus is not None
    assert focus.occurrences == 0
    # Said once and accurately: the subheading has it, the body does not.
    said = "Only a subheading uses the keyphrase; use it in the body a few times."
    assert focus.check("keyphrase_density").message == said
    assert focus.check("keyphrase_distribution") is None  # nothing to spread
    shown = card.checks.text()
    assert shown.count(said) == 1
    assert "never appears" not in shown
    checklist = build_checklist(
        report,
        title=report.title,
        subtitle="",
        tags=[],
        canonical_url="",
        first_published_elsewhere=False,
    )
    item = checklist.item("keyphrase")
    assert item is not None
    assert said in item.fix
    assert "never appears" not in item.fix


def test_suggested_tags_follow_an_edited_subtitle(qtbot, window, wait_for_analysis) -> None:
    window.new_draft()
    window.editor.setPlainText(
        "Our nightly build broke twice last week. The logs were long and the cause was small."
        "\n\nWe found the bad commit with bisect and a short script that runs the tests."
    )
    wait_for_analysis(window)

    def chips() -> set[str]:
        found = window.sidebar.tags_card.findChildren(QPushButton, "suggestionChip")
        return {chip.text() for chip in found}

    assert "+ Git" not in chips()
    qtbot.keyClicks(window.subtitle_edit, "A git bisect walkthrough")
    wait_for_analysis(window)
    assert "+ Git" in chips()


def test_the_tags_card_fits_a_new_drafts_fewer_suggestions(
    qtbot, window, wait_for_analysis
) -> None:
    card = window.sidebar.tags_card

    def settled() -> bool:
        """The chips replaced are gone and the card is as tall as what it shows needs."""
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return abs(card.height() - card.heightForWidth(card.width())) <= 1

    window.new_draft()
    window.editor.setPlainText(
        "## Shipping Python apps with Docker\n\nDocker images keep Python apps the same "
        "everywhere. A Docker image for a Python app is small, and Kubernetes runs it.\n\n"
        "Python and Docker work well together: build the Docker image once, run the Python "
        "app anywhere, on AWS or on a laptop, with GitHub Actions building each commit. "
        "Kubernetes on AWS runs what GitHub builds."  # each said twice: no passing mention
    )
    wait_for_analysis(window)
    qtbot.waitUntil(lambda: settled() and card.height() > 200, timeout=3000)  # five chips
    tall = card.height()
    window.new_draft()
    window.editor.setPlainText(
        "Bread asks for four things: flour, water, salt and time.\n\n"
        "I bake bread on Sundays. The bread keeps until Wednesday."
    )
    wait_for_analysis(window)
    # It kept the last draft's height, with blank gaps between its rows.
    qtbot.waitUntil(lambda: settled() and card.height() < tall, timeout=3000)


def test_naming_a_fences_language_brings_its_tag(qtbot, window, wait_for_analysis) -> None:
    window.new_draft()
    body = (
        "## Errors are values\n\nIn Go, a function returns an error beside its result, and the "
        "caller checks it before it goes on.\n\n```\nif err != nil {\n    return err\n}\n```\n"
    )
    window.editor.setPlainText(body)
    wait_for_analysis(window)

    def offered() -> set[str]:
        chips = window.sidebar.tags_card.findChildren(QPushButton, "suggestionChip")
        return {chip.text() for chip in chips}

    assert "+ Golang" not in offered()
    window.editor.setPlainText(body.replace("```\nif", "```go\nif"))
    wait_for_analysis(window)
    qtbot.waitUntil(lambda: "+ Golang" in offered(), timeout=3000)


def test_the_keyphrase_and_tags_come_before_the_list_of_every_writing_check(window) -> None:
    """The Writing card lists some thirty checks: below it, the tags began two screens down."""
    layout = window.sidebar.widget().layout()
    order = [
        layout.indexOf(card)
        for card in (
            window.sidebar.readability,
            window.write_edit.top_fixes,
            window.sidebar.keyphrase,
            window.sidebar.tags_card,
            window.sidebar.issues,
        )
    ]
    assert order == sorted(order)
