"""File → Revisions…: the open draft's revisions beside its text, and restoring one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

from app.session import DraftSession
from app.ui.revisions_dialog import RevisionsDialog
from app.ui.window.storing import store_change


def open_revisions(
    window: QMainWindow,
    session: Callable[[], DraftSession | None],
    current_text: Callable[[], tuple[str, str, str]],
    save_now: Callable[[], bool],
    show_draft: Callable[[DraftSession], None],
) -> RevisionsDialog | None:
    """The open draft's revisions beside its current text, with one-click restore.

    ``current_text`` gives the title, subtitle and body as they read now; a restore saves the
    open draft first and shows it again with ``show_draft``.
    """
    opened = session()
    if opened is None:
        return None
    dialog = RevisionsDialog(
        opened.revisions,
        current_text,
        window,
        revision_every=opened.revision_every,
        restorable=opened.editable,
    )

    def restore(revision_id: int) -> None:
        if session() is None or not save_now():
            return
        restoring = session()  # after the save, which reloads a draft changed elsewhere
        if restoring is None:
            return
        if not store_change(
            window, "the restored version", lambda: restoring.restore_revision(revision_id)
        ):
            return
        show_draft(restoring)
        dialog.refresh()
        window.statusBar().showMessage(
            "Revision restored. The text it replaced is the newest revision.", 8000
        )

    dialog.restoreRequested.connect(restore)
    dialog.show()
    return dialog
