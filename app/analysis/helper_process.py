"""A helper process that analyses part of a long draft while this process does the rest.

Python runs one thread of a process at a time, so a second core can only help from another
process. A job of many new chunks (opening a long draft, a change of dictionary that drops every
cached chunk) is split: the helper analyses the last chunks and sends their ``ChunkAnalysis``
back, equal to what this process computes (a test compares them). A keystroke's job is one
chunk and never leaves this process, where sending the work would cost more than it saves.

The helper starts on the first long job, in the background; until it is ready, and whenever it
fails or is late, this process analyses everything itself. It is a ``spawn``-ed process, not a
fork, because a GUI process has threads that a fork would copy in an unknown state.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import cast

from app.analysis.chunk_analysis import ChunkAnalysis, Detectors, analyze_chunks
from app.analysis.thresholds import Thresholds

# New chunk text (characters) from which a job is shared: about 5,000 words. Below it the
# cost of sending chunks and results (about a seventh of their analysis) eats the gain.
MIN_SHARED_CHARS = 30_000
# The helper's part of the characters: less than half, because this process must also unpack
# the helper's results.
HELPER_SHARE = 0.42
# After its own part, this process waits for the helper this long (plus twice its own time)
# before it analyses the helper's part itself.
PATIENCE_SECONDS = 2.0
# Detectors rebuilt in the helper, by recipe; a writer switches between a few dictionaries.
_BUILT_LIMIT = 8

_built: dict[Callable[[], Detectors], Detectors] = {}


def usable_cores() -> int:
    """Processor cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _start_helper() -> None:
    """Runs in the helper as it starts: load the dictionaries before the first job needs them.

    The helper's collector stays off during jobs; ``_tidy`` runs it between them, while this
    process is busy unpacking the results, instead of in the middle of the next job.
    """
    gc.disable()
    from app.analysis.detectors import default_detectors
    from app.analysis.spelling import warm_up as warm_up_spelling
    from app.analysis.syllables import warm_up as warm_up_syllables
    from app.analysis.thresholds import DEFAULT_THRESHOLDS

    warm_up_syllables()
    warm_up_spelling()
    analyze_chunks(
        ["Warm up: the draft was written quickly, and it was read."],
        default_detectors(),
        DEFAULT_THRESHOLDS,
    )
    gc.collect()


def _ready() -> bool:
    return True


def _tidy() -> None:
    gc.collect()


def _analyze_part(
    recipe: Callable[[], Detectors],
    texts: Sequence[str],
    limits: Thresholds,
    references: dict[str, str] | None,
) -> bytes:
    """Runs in the helper: ``analyze_chunks`` with the detectors the recipe builds, pickled.

    Pickled here so that the other process unpacks them in its analysing thread, where the
    collector is paused, rather than in the executor's thread at any time."""
    detectors = _built.get(recipe)
    if detectors is None:
        if len(_built) >= _BUILT_LIMIT:
            _built.clear()
        detectors = _built[recipe] = recipe()
    analysed = analyze_chunks(texts, detectors, limits, references)
    return pickle.dumps(analysed, protocol=pickle.HIGHEST_PROTOCOL)


def split_point(texts: Sequence[str], share: float) -> int:
    """The index from which the chunks hold about ``share`` of the characters (at least one
    chunk on each side when there are two or more)."""
    remaining = share * sum(map(len, texts))
    index = len(texts)
    while index > 1 and remaining > 0:
        index -= 1
        remaining -= len(texts[index])
    return max(index, 1)


class AnalysisHelper:
    """Shares long ``analyze_chunks`` jobs with a helper process; safe to call from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._ready = threading.Event()
        self._failed = False
        self._shared_jobs = 0

    @property
    def ready(self) -> bool:
        """True while the helper is running and takes work."""
        return self._ready.is_set() and not self._failed

    @property
    def shared_jobs(self) -> int:
        """How many jobs the helper has done part of."""
        return self._shared_jobs

    def start(self) -> bool:
        """Start the helper in the background; True when it was started by this call (not
        before, and not on a single-core machine, nor after a failure)."""
        with self._lock:
            if self._executor is not None or self._failed or usable_cores() < 2:
                return False
            try:
                self._executor = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_helper,
                )
                started = self._executor.submit(_ready)
            except (OSError, RuntimeError):
                self._failed = True
                return False
        started.add_done_callback(self._started)
        return True

    def _started(self, future: Future[bool]) -> None:
        if future.cancelled() or future.exception() is not None:
            self._fail()
        else:
            self._ready.set()

    def wait_until_ready(self, timeout: float) -> bool:
        """Block until the helper can take work (for benchmarks and tests)."""
        return self._ready.wait(timeout) and not self._failed

    def _fail(self) -> None:
        """Stop using the helper: from now on this process analyses everything itself."""
        self._failed = True
        self.close()

    def close(self) -> None:
        """Stop the helper process; jobs already handed over are analysed here instead."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    def analyze_chunks(
        self,
        texts: Sequence[str],
        detectors: Detectors,
        limits: Thresholds,
        references: dict[str, str] | None = None,
    ) -> list[ChunkAnalysis]:
        """``analyze_chunks``, shared with the helper when the job is long enough to gain."""
        if len(texts) < 2 or detectors.recipe is None or sum(map(len, texts)) < MIN_SHARED_CHARS:
            return analyze_chunks(texts, detectors, limits, references)
        split = split_point(texts, HELPER_SHARE)
        if split >= len(texts):
            return analyze_chunks(texts, detectors, limits, references)
        part = list(texts[split:])
        if self.start():
            # A writer with a long draft is likely to analyse it again (another dictionary,
            # another genre, reopening it): the helper starts now and, once up, analyses its
            # part of this draft once, so that its word caches are warm for the next time.
            self._submit(_analyze_part, detectors.recipe, part, limits, references)
            self._submit(_tidy)
        handed = (
            self._submit(_analyze_part, detectors.recipe, part, limits, references)
            if self.ready
            else None
        )
        if handed is None:
            return analyze_chunks(texts, detectors, limits, references)
        began = time.perf_counter()
        mine = analyze_chunks(texts[:split], detectors, limits, references)
        patience = PATIENCE_SECONDS + 2 * (time.perf_counter() - began)
        try:
            theirs = pickle.loads(cast(bytes, handed.result(timeout=patience)))
        except Exception as error:  # this process does that part too (and raises any bug here)
            if isinstance(error, TimeoutError | BrokenProcessPool | CancelledError):
                handed.cancel()
                self._fail()  # late or gone: not worth waiting for again
            theirs = analyze_chunks(part, detectors, limits, references)
        else:
            with self._lock:
                self._shared_jobs += 1
            self._submit(_tidy)
        return mine + theirs

    def _submit(self, function: Callable[..., object], *args: object) -> Future[object] | None:
        """Queue a call in the helper; None (and the helper given up) when that fails."""
        with self._lock:
            executor = self._executor
            if executor is None:
                return None
            try:
                return executor.submit(function, *args)
            except RuntimeError:  # shut down or broken (BrokenProcessPool is a RuntimeError)
                pass
        self._fail()
        return None
