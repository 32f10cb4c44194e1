"""The checklist's model: an item's verdict, the whole list and its ready state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.document.wording import plural

Status = Literal["pass", "warn", "fail", "skip"]
STATUSES: tuple[Status, ...] = ("pass", "warn", "fail", "skip")


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One check: its id, a short label, the verdict, what was found and what to do.

    ``rules`` names the findings the item is about, so a click can jump to them. A ``fix``
    that says to switch a check on says where in the app; ``options`` are the command line's
    way ("--rule adverb"), which the command line says instead.
    """

    id: str
    label: str
    status: Status
    detail: str
    fix: str
    rules: tuple[str, ...] = ()
    options: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "label": self.label,
            "status": self.status,
            "detail": self.detail,
            "fix": self.fix,
            "rules": list(self.rules),
            "options": self.options,
        }


@dataclass(frozen=True, slots=True)
class Checklist:
    items: tuple[ChecklistItem, ...]

    @property
    def ready(self) -> bool:
        """Nothing fails (warnings are advice)."""
        return all(item.status != "fail" for item in self.items)

    def count(self, status: Status) -> int:
        return sum(item.status == status for item in self.items)

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    @property
    def summary(self) -> str:
        fails, warns, skips = self.count("fail"), self.count("warn"), self.count("skip")
        advice = f", {plural(warns, 'suggestion')}" if warns else ""
        if fails:
            return f"Not ready yet: {plural(fails, 'thing')} to fix{advice}."
        # Every figure out of all the checks, so they add up to the list below it: "15 of 17"
        # (the checks that ran) read as if a check were missing.
        skipped = f", {skips:,} skipped" if skips else ""
        checks = plural(len(self.items), "check")
        return f"Ready for Medium: {self.count('pass')} of {checks} pass{advice}{skipped}."

    def to_dict(self) -> dict[str, object]:
        return {
            "ready": self.ready,
            "summary": self.summary,
            "counts": {status: self.count(status) for status in STATUSES},
            "items": [item.to_dict() for item in self.items],
        }
