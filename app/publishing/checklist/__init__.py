"""Ready for Medium: a pre-publish checklist built from a Report and the story's metadata.

Each item passes, warns or fails and says in one line what to do. A story is ready when no
item fails; warnings are advice. Checks that need an analysis the report does not carry
(headline score, intro, a rule the writer switched off) are marked ``skip``: never failed,
never guessed, never a pass. ``builder`` runs the checks, grouped by theme in ``titles``,
``style``, ``proofreading``, ``structure`` and ``findability``; every number they use is
in ``thresholds``.
"""

from app.publishing.checklist.builder import build_checklist
from app.publishing.checklist.model import STATUSES, Checklist, ChecklistItem, Status

__all__ = ["STATUSES", "Checklist", "ChecklistItem", "Status", "build_checklist"]
