"""Whole-process scenarios for ``make bench``: the command line next to proselint and
write-good, and the window's first paint next to a bare PySide6 window."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tools.bench_timing import Row, budget, ms, versus

PYTHON = sys.executable
# The checkout whose app is launched (another one, e.g. an older version, for a comparison).
ROOT = Path(os.environ.get("BENCH_APP_ROOT") or Path(__file__).resolve().parents[1])
# A bare window: the least any PySide6 app pays for its first paint.
BARE_WINDOW = """
import os, sys, time
launched = float(os.environ["CLAPWISE_LAUNCH_TIME"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit("Hello"))
window.resize(1400, 900)
window.show()
def shown():
    print(f"window shown after {time.time() - launched:.3f} s", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def compile_app() -> None:
    """Byte-compile the app as installing it does (pip, PyInstaller, ``make``): with
    PYTHONDONTWRITEBYTECODE set, every launch would otherwise compile each module again."""
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "app")], check=False,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        env[variable] = str(home / variable.lower())
        (home / variable.lower()).mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def _home(folder: Path, name: str) -> Path:
    """A fresh home folder for the app's processes inside the bench's own ``folder``, which
    the bench removes when it ends."""
    home = folder / name
    home.mkdir()
    return home


def _wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)  # fmt: skip
    return time.perf_counter() - start


def _write_good() -> str | None:
    found = os.environ.get("WRITE_GOOD") or shutil.which("write-good")
    return found if found and Path(found).exists() else None


def _proselint() -> str | None:
    beside = Path(PYTHON).with_name("proselint")
    return str(beside) if beside.exists() else shutil.which("proselint")


def bench_command_line(rows: list[Row], files: dict[str, Path], rounds: int) -> None:
    """``clapwise analyze FILE --json`` as a whole process, interleaved with the anchors."""
    home = _home(files["2,000 words"].parent, "command-line")
    env = _env(home)
    anchors: dict[str, list[str]] = {"python -c pass": [PYTHON, "-c", "pass"]}
    if _proselint():
        anchors["proselint"] = [_proselint(), "check"]
    if _write_good():
        anchors["write-good"] = [_write_good()]
    for label, path in files.items():
        commands = {"clapwise": [PYTHON, "-m", "app", "analyze", str(path), "--json"]}
        commands |= {
            name: [*prefix, str(path)] if name != "python -c pass" else prefix
            for name, prefix in anchors.items()
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _round in range(rounds):
            for name, command in commands.items():
                times[name].append(_wall(command, env))
        medians = {name: statistics.median(values) for name, values in times.items()}
        note = [budget(medians["clapwise"], 0.4, "s")] if label.startswith("2,000") else []
        note += [versus(medians["clapwise"], medians[name], name) for name in anchors]
        rows.append((f"clapwise analyze --json, {label}, whole process",
                     ms(medians["clapwise"]), "; ".join(note)))  # fmt: skip
    _bench_blog(rows, env, anchors, rounds)
    if "proselint" not in anchors:
        rows.append(("    proselint not installed: pip install proselint", "", ""))
    if "write-good" not in anchors:
        rows.append(("    write-good not found: npm install write-good, WRITE_GOOD=path", "", ""))


def _bench_blog(rows: list[Row], env: dict[str, str], anchors: dict[str, list[str]],
                rounds: int) -> None:  # fmt: skip
    """A whole blog checked in one process (``clapwise analyze DIR --json``: one JSON line per
    post), next to the anchors given the same files."""
    from tools.bench_corpora import ARTICLES

    posts = sorted(str(path) for path in ARTICLES.glob("*.md"))
    commands = {"clapwise": [PYTHON, "-m", "app", "analyze", str(ARTICLES), "--json"]}
    commands |= {name: [*prefix, *posts] if name != "python -c pass" else prefix
                 for name, prefix in anchors.items()}  # fmt: skip
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _round in range(rounds):
        for name, command in commands.items():
            times[name].append(_wall(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    note = [f"{ms(medians['clapwise'] / len(posts))} a post"]
    note += [
        versus(medians["clapwise"], medians[name], name) for name in commands if name != "clapwise"
    ]
    rows.append((f"clapwise analyze DIR --json, a blog of {len(posts)} posts, one process",
                 ms(medians["clapwise"]), "; ".join(note)))  # fmt: skip


_SHOWN = re.compile(r"window shown after ([0-9.]+) s")
_ANALYSED = re.compile(r"first analysis shown after ([0-9.]+) s")


def _launch(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    env = dict(env, CLAPWISE_LAUNCH_TIME=repr(time.time()), CLAPWISE_EXIT_AFTER_START="1")
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=120, check=False)  # fmt: skip
    shown = _SHOWN.search(result.stdout)
    if shown is None:
        raise RuntimeError(f"no start-up time from {command}: {result.stderr[-500:]}")
    analysed = _ANALYSED.search(result.stdout)
    return float(shown.group(1)), float(analysed.group(1)) if analysed else None


def bench_startup(rows: list[Row], library: Path, rounds: int) -> None:
    """First paint: warm (an existing database), on a first run (migrations), with the
    10,000-draft library; each round interleaved with a bare PySide6 window."""
    home = _home(library.parent, "start-up")
    env = _env(home)
    warm = home / "warm.sqlite"
    app = [PYTHON, "-m", "app", "--db"]
    _launch([*app, str(warm)], env)  # creates and migrates: later launches are warm
    results: dict[str, list[float]] = {"bare": [], "warm": [], "first": [], "library": []}
    reports: list[float] = []
    for round_ in range(rounds):
        results["bare"].append(_launch([PYTHON, "-c", BARE_WINDOW], env)[0])
        shown, analysed = _launch([*app, str(warm)], env)
        results["warm"].append(shown)
        if analysed is not None:
            reports.append(analysed)
        results["first"].append(_launch([*app, str(home / f"first-{round_}.sqlite")], env)[0])
        results["library"].append(_launch([*app, str(library)], env)[0])
    medians = {name: statistics.median(values) for name, values in results.items()}
    bare = medians["bare"]
    rows.append(
        (
            "start-up: first paint, warm",
            ms(medians["warm"]),
            f"{budget(medians['warm'], 0.8)}; {versus(medians['warm'], bare, 'bare window')}",
        )
    )
    rows.append(
        (
            "start-up: first paint, first run (migrations)",
            ms(medians["first"]),
            f"{budget(medians['first'], 1.0)}; {versus(medians['first'], bare, 'bare window')}",
        )
    )
    rows.append(("start-up: first paint, 10,000-draft library", ms(medians["library"]),
                 versus(medians["library"], bare, "bare window")))  # fmt: skip
    if reports:
        first_report = statistics.median(reports)
        rows.append(("start-up: first report on the last draft", ms(first_report),
                     budget(first_report, 1.2)))  # fmt: skip
