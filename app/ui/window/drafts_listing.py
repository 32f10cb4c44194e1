"""What the drafts list shows: filled at the first open, searched off the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

from app.session import Workspace
from app.ui.drafts_loader import DraftsLoader
from app.ui.drafts_panel import DraftsPanel


class DraftsListing:
    """Keeps the drafts panel's rows in step with the workspace and the open draft."""

    def __init__(
        self,
        window: QMainWindow,
        panel: DraftsPanel,
        workspace: Workspace,
        current: Callable[[], int | None],
    ) -> None:
        self.loader = DraftsLoader(workspace, window)
        self._panel = panel
        self._workspace = workspace
        self._current = current
        self._listed = False  # the drafts list is filled at the first open

    def search(self, query: str) -> None:
        self.loader.load_later(query, self._panel.showing_trash)

    def refresh(self) -> None:
        listed = self.loader.load_now(self._panel.query, self._panel.showing_trash)
        self._panel.show_drafts(listed, self._current())
        self._listed = True

    def show_listing(self, query: str, trash: bool, listed: list) -> None:
        if query == self._panel.query and trash == self._panel.showing_trash:
            self._panel.show_drafts(listed, self._current())

    def update_row(self, draft_id: int, *, current: bool = False) -> None:
        """One draft's row in the list follows a save or an open; the list is not rebuilt."""
        if not self._listed:
            self.refresh()
            return
        summary = self._workspace.draft_summary(draft_id)
        if summary is not None:
            self._panel.update_draft(summary, current=current)
