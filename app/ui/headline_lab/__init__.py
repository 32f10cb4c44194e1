"""The headline lab: a dock of title ideas for the open draft, scored, starred, compared."""

from app.ui.headline_lab.compare_dialog import CompareDialog
from app.ui.headline_lab.lab import HeadlineLab

__all__ = ["CompareDialog", "HeadlineLab"]
