"""``make bench``: how fast Clapwise analyses and how smoothly the editor types.

Prints medians (and ratios to the budgets) for:
  (a) full analysis of a 2,000- and a 20,000-word article (a fresh analyser each run);
  (b) re-analysis after a one-character edit in the 20,000-word article;
  (c) textstat's 11 functions called one by one on the same plain text (the baseline);
  (d) keystroke handling in the real editor with the 20,000-word draft and all highlights on,
      and the UI-thread cost of showing a new report.

The corpus is real prose from the test data (public-domain articles and the sentences of the
passive-voice set), with no repeated paragraph. Timings are wall-clock medians of several runs.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "analysis" / "insights" / "keywords" / "data" / "articles"
SENTENCES = ROOT / "tests" / "analysis" / "rules" / "style" / "data" / "passive_sentences.tsv"


def _real_paragraphs() -> list[str]:
    """Distinct real prose: the articles' paragraphs, then the passive-voice test set's
    sentences (verbatim from published articles) five to a paragraph."""
    from app.document.chunks import front_matter_end

    paragraphs: list[str] = []
    for path in sorted(ARTICLES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(text[front_matter_end(text) :].strip().split("\n\n"))
    sentences = [
        line.split("\t", 1)[0]
        for line in SENTENCES.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    paragraphs.extend(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))
    return paragraphs


def corpus(words: int) -> str:
    """``words`` words of real prose in which no paragraph repeats.

    The analyser reuses the work for a paragraph that occurs twice, so a corpus with repeats
    would flatter it; when the real text runs out, later rounds are marked as new paragraphs.
    """
    paragraphs = _real_paragraphs()
    parts: list[str] = []
    count = 0
    round_ = 0
    while count < words:
        for paragraph in paragraphs:
            if round_ and not paragraph.startswith(("```", "#", "|", "-", "*", ">")):
                paragraph = f"{paragraph} (Round {round_ + 1}.)"
            parts.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
        round_ += 1
    return "\n\n".join(parts) + "\n"


def plain_text(markdown: str) -> str:
    """The prose our parser reads, one block per paragraph (what textstat is given)."""
    from app.document.chunks import split_chunks
    from app.document.prose import parse_prose

    blocks = [
        block.text
        for chunk in split_chunks(markdown)
        if not chunk.is_front_matter
        for block in parse_prose(chunk.text).blocks
    ]
    return "\n\n".join(blocks)


def median_time(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median and minimum seconds over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def bench_analysis(rows: list[tuple[str, str, str]]) -> dict[str, float]:
    from app.analysis.engine.analyzer import Analyzer
    from app.analysis.text.syllables import warm_up

    warm_up()
    small, large = corpus(2_000), corpus(20_000)
    first = time.perf_counter()
    Analyzer().analyze(large)
    cold = time.perf_counter() - first
    results: dict[str, float] = {}
    for name, text in (("2,000 words", small), ("20,000 words", large)):
        median, _best = median_time(lambda text=text: Analyzer().analyze(text), 7)
        results[name] = median
        rows.append((f"(a) full analysis, {name}", f"{median * 1000:.1f} ms", ""))
    rows.append(("    first run in this process (cold word caches)", f"{cold * 1000:.1f} ms", ""))

    analyzer = Analyzer()
    analyzer.analyze(large)
    middle = len(large) // 2
    edits = [large[:middle] + ch + large[middle:] for ch in "abcdefghijklmnop"]
    times = []
    for edited in edits:
        analyzer.analyze(large)
        gc.collect()
        start = time.perf_counter()
        analyzer.analyze(edited)
        times.append(time.perf_counter() - start)
    results["edit"] = statistics.median(times)

    from app.analysis.text import offline_data

    offline_data.install()
    import textstat

    plain = plain_text(large)
    functions = (
        textstat.flesch_reading_ease,
        textstat.flesch_kincaid_grade,
        textstat.gunning_fog,
        textstat.smog_index,
        textstat.coleman_liau_index,
        textstat.automated_readability_index,
        textstat.dale_chall_readability_score,
        textstat.text_standard,
        textstat.syllable_count,
        textstat.lexicon_count,
        textstat.sentence_count,
    )
    textstat.flesch_reading_ease("Warm the dictionary up.")
    runs = iter(range(1_000))

    def baseline() -> None:
        text = plain + f"\n\nRun {next(runs)}."  # a new text each time: no cached answers
        for function in functions:
            function(text)

    results["textstat"], _best = median_time(baseline, 5)
    budget_a = results["textstat"] / 2
    rows.append(
        (
            "(c) textstat's 11 functions, one by one, same text",
            f"{results['textstat'] * 1000:.1f} ms",
            "baseline",
        )
    )
    ratio = results["20,000 words"] / results["textstat"]
    verdict = "met" if results["20,000 words"] <= budget_a else "MISSED"
    rows.append(("    (a) 20,000 words / (c)", f"{ratio:.2f}", f"budget 0.50 -> {verdict}"))
    rows.append(
        (
            "(b) re-analysis after a one-character edit, 20,000 words",
            f"{results['edit'] * 1000:.1f} ms",
            f"budget 10 ms -> {'met' if results['edit'] <= 0.010 else 'MISSED'}",
        )
    )
    return results


def bench_typing(rows: list[tuple[str, str, str]]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.storage.store import open_store
    from app.ui.application import configure_application
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    folder = tempfile.mkdtemp(prefix="clapwise-bench-")
    store = open_store(Path(folder) / "bench.sqlite")
    draft = store.drafts.create(title="A long draft", body=corpus(20_000))
    store.state.set("last_draft_id", str(draft.id))
    window = MainWindow(store)
    window.resize(1400, 900)
    window.show()
    window.open_initial_draft()

    def settle(timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            app.processEvents()
            result = window.editor.result
            if (
                result is not None
                and result.snapshot.text == window.editor.text()
                and not window.controller.busy
            ):
                return
            time.sleep(0.005)
        raise RuntimeError("the analysis did not finish")

    settle()
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.document().characterCount() // 2)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    applied: list[float] = []
    original = window._show_result

    def timed_show(result: object) -> None:
        start = time.perf_counter()
        original(result)
        applied.append(time.perf_counter() - start)

    window.controller.resultReady.disconnect(window._show_result)
    window.controller.resultReady.connect(timed_show)

    # Type like a person: 60-150 ms between keys, a longer pause every dozen keys, so the
    # debounced analysis runs in the pauses and its results arrive between keystrokes.
    keystrokes: list[float] = []
    text = "the quick brown fox jumps over the lazy dog and then writes another line "
    rhythm = [0.06, 0.09, 0.12, 0.15, 0.08, 0.11]

    def idle(seconds: float) -> None:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)

    for index in range(250):
        char = text[index % len(text)]
        start = time.perf_counter()
        if index % 50 == 49:
            QTest.keyClick(window.editor, Qt.Key.Key_Return)
        else:
            QTest.keyClick(window.editor, char)
        app.processEvents()
        keystrokes.append(time.perf_counter() - start)
        idle(0.45 if index % 12 == 11 else rhythm[index % len(rhythm)])
    settle()
    window.close()
    store.close()
    p95 = percentile(keystrokes, 0.95)
    rows.append(
        (
            f"(d) keystroke in the editor, 20,000 words ({len(keystrokes)} keys), median",
            f"{statistics.median(keystrokes) * 1000:.2f} ms",
            "",
        )
    )
    rows.append(
        (
            "    95th percentile",
            f"{p95 * 1000:.2f} ms",
            f"budget 16 ms -> {'met' if p95 <= 0.016 else 'MISSED'}",
        )
    )
    if applied:
        median_ms = statistics.median(applied) * 1000
        p95_ms = percentile(applied, 0.95) * 1000
        rows.append(
            (
                f"    showing a new report on the UI thread ({len(applied)}), median / p95",
                f"{median_ms:.1f} / {p95_ms:.1f} ms",
                "",
            )
        )


def main() -> int:
    rows: list[tuple[str, str, str]] = []
    bench_analysis(rows)
    bench_typing(rows)
    width = max(len(row[0]) for row in rows)
    print(f"{'measure'.ljust(width)}  {'median':>12}  notes")
    for name, value, note in rows:
        print(f"{name.ljust(width)}  {value:>12}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
