"""When to save: soon after a pause, never later than a ceiling, and retries after a failure.

A debounce alone never fires for a writer who keeps typing; the ceiling bounds the typing a
crash can take to ``ceiling`` seconds. Times are plain numbers from any monotonic clock, so
the policy is tested without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PAUSE_SECONDS = 0.75  # a pause this long saves at once
CEILING_SECONDS = 2.0  # never later than this after the first unsaved change
FIRST_RETRY_SECONDS = 1.0
# A failed save is tried again after 1 s, 2 s, then every 3 s: once space comes back or a lock
# is let go, the text is stored within seconds. A failed try costs next to nothing.
MAX_RETRY_SECONDS = 3.0


@dataclass
class AutosavePolicy:
    """Tracks unsaved changes and answers "when is the next save due?"."""

    pause: float = PAUSE_SECONDS
    ceiling: float = CEILING_SECONDS
    first_retry: float = FIRST_RETRY_SECONDS
    max_retry: float = MAX_RETRY_SECONDS
    _first_change: float | None = field(default=None, init=False)
    _last_change: float | None = field(default=None, init=False)
    _retry_at: float | None = field(default=None, init=False)
    _retry_delay: float = field(default=0.0, init=False)

    @property
    def pending(self) -> bool:
        """There are changes no save has stored yet."""
        return self._first_change is not None

    def changed(self, now: float) -> None:
        if self._first_change is None:
            self._first_change = now
        self._last_change = now

    def due_at(self) -> float | None:
        """The time the next save should happen (None when nothing is unsaved)."""
        if self._first_change is None or self._last_change is None:
            return None
        if self._retry_at is not None:
            return self._retry_at
        return min(self._last_change + self.pause, self._first_change + self.ceiling)

    def delay(self, now: float) -> float | None:
        """Seconds from ``now`` until the next save (0 when overdue, None when clean)."""
        due = self.due_at()
        return None if due is None else max(0.0, due - now)

    def saved(self) -> None:
        self._first_change = self._last_change = self._retry_at = None
        self._retry_delay = 0.0

    def failed(self, now: float) -> float:
        """A save failed: the changes stay pending; returns the seconds until the retry."""
        if self._first_change is None:
            self._first_change = self._last_change = now
        self._retry_delay = min(
            self.max_retry, self._retry_delay * 2 if self._retry_delay else self.first_retry
        )
        self._retry_at = now + self._retry_delay
        return self._retry_delay
