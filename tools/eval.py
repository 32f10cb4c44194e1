"""``make eval``: every quality evaluation, one after another, each in its own process.

Each ``tools/eval_*.py`` prints its figures for the development part (what its thresholds and
lists were tuned on) and the part set aside before tuning, side by side, and says which is
which. Evaluations that need ``../shared/data`` say so and pass when it is absent.

    python -m tools.eval                 # all of them
    python -m tools.eval spelling tags   # some of them, by name
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

TOOLS = Path(__file__).resolve().parent


def evaluations() -> list[str]:
    """The names of the evaluations, ``eval_<name>.py`` in this folder."""
    return sorted(path.stem.removeprefix("eval_") for path in TOOLS.glob("eval_*.py"))


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or evaluations()
    unknown = sorted(set(names) - set(evaluations()))
    if unknown:
        print(f"unknown evaluation: {', '.join(unknown)} (known: {', '.join(evaluations())})")
        return 2
    failed: list[str] = []
    for name in names:
        print(f"\n=== {name} " + "=" * max(0, 76 - len(name)), flush=True)
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", f"tools.eval_{name}"], cwd=TOOLS.parent, check=False
        )
        print(f"--- {name}: {time.perf_counter() - started:.0f} s", flush=True)
        if result.returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
