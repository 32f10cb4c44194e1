"""The precision budget: which rules are highlighted by default, and the labelled data behind it."""

from __future__ import annotations

import csv
from pathlib import Path

from app.analysis.engine.analyzer import analyze
from app.analysis.engine.settings import AnalysisSettings
from app.analysis.rules.catalog import DEFAULT_OFF_RULES, RULE_IDS

ADVICE = Path(__file__).resolve().parents[4] / "tools" / "data" / "advice"


def test_rules_an_editor_rarely_acts_on_are_a_deeper_level() -> None:
    deeper = ("passive", "adverb", "hedge", "weasel", "long_sentence", "repeated_start")
    for rule in (*deeper, "intensifier", "formal_word"):
        assert rule in DEFAULT_OFF_RULES
    for rule in ("very_hard_sentence", "simpler", "repeated_word", "spelling"):
        assert rule not in DEFAULT_OFF_RULES
    assert DEFAULT_OFF_RULES <= RULE_IDS


def test_deeper_rules_still_count_when_switched_on() -> None:
    source = "# Title\n\nThe report was written quickly by the team.\n"
    shown = analyze(source, settings=AnalysisSettings(disabled_rules=DEFAULT_OFF_RULES))
    everything = analyze(source)
    assert not {f.rule for f in shown.findings} & {"passive", "adverb"}
    assert {"passive", "adverb"} <= {f.rule for f in everything.findings}
    assert everything.style.passive_sentences.count == shown.style.passive_sentences.count == 1


def test_every_label_points_at_its_text() -> None:
    labels = ADVICE / "labels.tsv"
    with labels.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows
    sources: dict[str, str] = {}
    for row in rows:
        assert row["label"] in {"useful", "pedantic", "wrong"}
        assert row["reason"]
        assert row["seen"] in {"before", "after"}
        post = ADVICE / "posts" / row["file"]
        if not post.exists():
            continue  # a post kept by its URL only
        source = sources.setdefault(row["file"], post.read_text(encoding="utf-8"))
        flagged = source[int(row["start"]) : int(row["end"])].replace("\n", " ")
        shown = row["text"].removesuffix("...")
        assert flagged.startswith(shown), row
