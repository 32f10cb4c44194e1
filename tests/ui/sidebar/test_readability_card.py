"""The readability card gives the grade with the same figure as the checklist."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.publishing.checklist import build_checklist
from app.ui.sidebar.readability_card import ReadabilityCard

TEXT = (
    "Pair programming asks two developers to share one keyboard for an afternoon. "
    "The navigator reads ahead, questions assumptions and keeps the larger design in view, "
    "while the driver concentrates on the line being written. Teams that try it report fewer "
    "defects, although the practice demands considerable patience from everybody involved."
)


def test_the_card_and_the_checklist_give_the_same_grade(qtbot) -> None:
    report = analyze(TEXT)
    card = ReadabilityCard()
    qtbot.addWidget(card)
    card.show_readability(report.readability, report.words)
    grade = f"{report.readability.grade:g}"
    assert card.grade.text() == f"Grade {grade} · {report.readability.label}"
    checklist = build_checklist(
        report, title="", subtitle="", tags=(), canonical_url="", first_published_elsewhere=False
    )
    item = checklist.item("readability")
    assert item is not None
    assert f"Reading grade {grade} " in item.detail
