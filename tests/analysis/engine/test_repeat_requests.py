"""Re-analysis costs: an unchanged request reuses its report; link definitions stay keyed."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

from app.analysis.engine.analyzer import Analyzer
from app.analysis.engine.chunks import Detectors
from app.analysis.engine.detectors import default_detectors
from app.analysis.rules.findings import Finding

TEXT = (
    "# Notes on writing\n\nRead [the guide][g] before you start. It is very very useful.\n\n"
    "A second paragraph that is really quite plain.\n\n[g]: https://example.org/guide\n"
)


def test_the_same_request_returns_the_same_report() -> None:
    analyzer = Analyzer()
    first = analyzer.analyze(TEXT, keyphrase="writing")
    assert analyzer.analyze(TEXT, keyphrase="writing") is first
    assert analyzer.analyze(TEXT, keyphrase="guide") is not first


def test_new_settings_or_detectors_analyse_again() -> None:
    analyzer = Analyzer()
    first = analyzer.analyze(TEXT)
    rules = {finding.rule for finding in first.findings}
    assert "intensifier" in rules
    analyzer.configure(replace(analyzer.settings, disabled_rules=frozenset({"intensifier"})))
    second = analyzer.analyze(TEXT)
    assert second is not first
    assert "intensifier" not in {finding.rule for finding in second.findings}


def test_edits_give_the_report_of_a_fresh_analysis() -> None:
    analyzer = Analyzer()
    analyzer.analyze(TEXT)
    for edited in (
        TEXT.replace("plain", "plainly obvious"),
        TEXT.replace("https://example.org/guide", "https://example.org/other"),
        TEXT + "\n[h]: https://example.org/h\n",
        TEXT,
    ):
        assert analyzer.analyze(edited).to_dict() == Analyzer().analyze(edited).to_dict()


def test_new_settings_never_wait_for_an_analysis_under_way() -> None:
    """The window configures the analyser when a draft opens; an analysis of the last draft
    still running on the worker thread must not freeze it."""
    started, release = threading.Event(), threading.Event()

    def slow_detector(sentence: str) -> list[Finding]:
        started.set()
        release.wait(5)
        return []

    analyzer = Analyzer(detectors=Detectors(sentence=(slow_detector,)))
    worker = threading.Thread(target=analyzer.analyze, args=(TEXT,))
    worker.start()
    assert started.wait(5)
    begun = time.perf_counter()
    wanted = replace(analyzer.settings, disabled_rules=frozenset({"intensifier"}))
    analyzer.configure(wanted, detectors=default_detectors())
    waited = time.perf_counter() - begun
    release.set()
    worker.join(5)
    assert waited < 1.0
    assert analyzer.settings is wanted  # what the window reads back at once
    report = analyzer.analyze(TEXT)  # the next analysis uses what was configured
    assert "intensifier" not in {finding.rule for finding in report.findings}
