"""Timing helpers for ``make bench``: interleaved runs, medians, percentiles, table rows."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable

Row = tuple[str, str, str]  # measure, median, notes (anchor, ratio, budget)


def interleaved(actions: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Median seconds of each action, run in turn ``rounds`` times (A B A B ...), so that a
    busy moment on the machine hits the scenario and its anchor alike."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(rounds):
        for name, action in actions.items():
            gc.collect()
            start = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def budget(value: float, limit: float, unit: str = "ms") -> str:
    scale = 1000 if unit == "ms" else 1
    shown = f"{limit * scale:g} {unit}"
    return f"budget {shown} -> {'met' if value <= limit else 'MISSED'}"


def versus(value: float, anchor: float, anchor_name: str) -> str:
    """The ratio of a figure to its anchor's, e.g. "x1.9 raw sqlite3 (12.0 ms)"."""
    ratio = value / anchor if anchor > 0 else float("inf")
    return f"x{ratio:.2f} {anchor_name} ({ms(anchor)})"


def print_table(rows: list[Row]) -> None:
    width = max(len(row[0]) for row in rows)
    print(f"{'measure'.ljust(width)}  {'median':>14}  anchor / budget")
    for name, value, note in rows:
        print(f"{name.ljust(width)}  {value:>14}  {note}", flush=True)
