"""The ideas evaluation: its rule for an ungrammatical idea, and one line when data is absent."""

import pytest

from tools import eval_ideas as evaluation


def test_without_data_it_prints_one_line_and_succeeds(tmp_path, capsys):
    assert evaluation.main(["--data", str(tmp_path / "missing")]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "no data" in out


@pytest.mark.parametrize(
    ("idea", "title", "reason"),
    [
        ("Common Mistakes with Procrastinate", "Why Do We Procrastinate?", "head is no noun"),
        ("Father Stopped, Explained", "The Year My Father Stopped Talking", "head is no noun"),
        ("Inquiry Publishes Report, Explained", "Inquiry publishes report", "holds a finite verb"),
        ("Lessons from My Own Experience with Quit", "I Quit My Job", "holds the title's verb"),
        ("What to Know About Anyone", "Awards for Anyone", "ends on a grammar word"),
        ("A Practical Guide to Remote Work", "Notes on Remote Work", ""),
        ("A Practical Guide to Cleaning", "Obsessed With Cleaning", ""),  # a gerund
        ("Common Myths About Being Tired", "Being Tired", ""),
        ("Why Cats Enjoying Is Harder Than It Looks", "17 Cats Enjoying Things", "head is no noun"),
        ("How to Write Every Day", "What I Learned From Writing Every Day", ""),
        ("Notes on Remote Work, Tightened", "Notes on Remote Work", ""),  # no topic slot
    ],
)
def test_an_idea_is_judged_by_what_fills_its_topic_slot(idea, title, reason):
    assert evaluation.rejection(idea, title) == reason
