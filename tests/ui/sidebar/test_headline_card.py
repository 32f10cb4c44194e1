"""The sidebar's headline card: a band first, what would lift it, a risk line that agrees."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.analysis.insights.headline import analyze_headline
from app.analysis.insights.intro import analyze_intro
from app.ui.sidebar.headline_card import HeadlineCard

BREAK = "\u200b"  # where a label may break a long run: no part of what the writer typed


def _card(qtbot) -> HeadlineCard:
    card = HeadlineCard()
    qtbot.addWidget(card)
    return card


def test_plain_title_shows_its_band_and_how_to_lift_it(qtbot) -> None:
    card = _card(qtbot)
    report = analyze_headline("The Case Against Microservices")
    card.show_headline(report, analyze_intro("", "", None, report.text))
    assert report.band.capitalize() in card.score.text()
    assert report.lift in card.verdict.text()
    risk = card.risk.text()
    assert "Clickbait risk: low" in risk
    assert "%" not in risk  # no "low" next to a high style percentage


def test_clickbait_title_names_its_flag(qtbot) -> None:
    card = _card(qtbot)
    report = analyze_headline("You Won't Believe What This Developer Did Next")
    card.show_headline(report, analyze_intro("", "", None, report.text))
    assert "Weak" in card.score.text()
    assert "Clickbait risk: high" in card.risk.text()
    assert "red flag" in card.risk.text()
    assert "curiosity gap" in card.flags.text().lower()


def test_the_lift_is_backed_by_a_reason_on_the_card(qtbot, window, wait_for_analysis) -> None:
    """A clean how-to whose only listed reason is one to keep is told why it could do better."""
    wait_for_analysis(window)
    field = window.sidebar.keyphrase.field
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "single-tasking")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    window.title_edit.setFocus()
    window.title_edit.selectAll()
    qtbot.keyClicks(window.title_edit, "How to Return to Single-Tasking When Your Browser Owns You")
    card = window.sidebar.headline
    qtbot.waitUntil(lambda: "58 characters" in card.length.text())
    action = "say what the reader gets, with one specific detail"
    assert f"To lift it: {action}" in card.verdict.text()
    reasons = card.reasons.text().split("<br>")
    # The drawback the lift comes from is listed, saying what it found; what to do is said once.
    assert any(row.startswith("- ") and "appeal" in row for row in reasons), reasons
    assert not any(action in row for row in reasons), reasons


def test_what_to_do_is_said_once(qtbot) -> None:
    card = _card(qtbot)
    report = analyze_headline("2nd Marathon")
    card.show_headline(report, analyze_intro("", "", None, report.text))
    action = "add a specific detail"
    assert action in card.verdict.text()
    # The length line says what the length reason would: the length is said once too.
    assert card.length.text() == "12 characters, 2 words · shorter than the sweet spot of 40-60"
    assert "characters" not in card.reasons.text()
    assert action not in card.reasons.text()


def test_a_long_title_is_said_to_be_cut_once(qtbot) -> None:
    card = _card(qtbot)
    report = analyze_headline("How I Learned to Stop Worrying About Metrics and Love the Readers")
    card.show_headline(report, analyze_intro("", "", None, report.text))
    shown = " ".join([card.verdict.text(), card.length.text(), card.reasons.text()])
    assert shown.count("search results cut") == 1


def test_a_one_word_title_is_counted_in_the_singular(qtbot, window, wait_for_analysis) -> None:
    window.title_edit.setFocus()
    window.title_edit.selectAll()
    qtbot.keyClicks(window.title_edit, "Rust")
    qtbot.waitUntil(lambda: "4 characters" in window.sidebar.headline.length.text())
    assert window.sidebar.headline.length.text().startswith("4 characters, 1 word ·")


def test_a_long_unbroken_keyphrase_never_widens_the_sidebar(
    qtbot, window, wait_for_analysis
) -> None:
    """The hook tips and the keyphrase checks quote the keyphrase; a run with no spaces breaks
    anywhere instead of pushing the writing column and the drafts list aside."""
    wait_for_analysis(window)
    qtbot.wait(300)
    sidebar, drafts, width = window.sidebar.width(), window.drafts.width(), window.width()
    field = window.sidebar.keyphrase.field
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "c" * 200)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    quoted = "c" * 200
    qtbot.waitUntil(lambda: quoted in window.sidebar.headline.intro.text().replace(BREAK, ""))
    window.title_edit.setFocus()
    qtbot.keyClicks(window.title_edit, " Today")  # a new headline re-measures the card
    wait_for_analysis(window)
    qtbot.wait(300)  # the layout and the window's room for panels have taken the tips
    assert window.sidebar.width() == sidebar
    assert window.drafts.isVisible()
    assert window.drafts.width() == drafts
    assert window.width() == width


def test_the_card_names_no_hook_the_opening_lacks(qtbot, window, wait_for_analysis) -> None:
    """A greeting and a footnote mark are no bold claim and no statistic."""
    wait_for_analysis(window)
    for opening in ("Happy birthday, Go!", "An intro with a link and `code`.[^1]"):
        window.editor.setPlainText(f"{opening}\n\nA second paragraph follows here.\n")
        wait_for_analysis(window)
        qtbot.waitUntil(lambda: "no clear hook" in window.sidebar.headline.intro.text())


def test_an_empty_story_is_asked_for_words_not_for_a_hook(qtbot, window, wait_for_analysis) -> None:
    window.editor.setPlainText("")
    wait_for_analysis(window)
    intro = window.sidebar.headline.intro.text()
    assert "no opening paragraph yet" in intro
    assert "no clear hook" not in intro  # nothing written is no failed hook
    top_fixes = window.write_edit.top_fixes.summary.text()
    assert top_fixes == "The edits that would help most will show here as you write."
