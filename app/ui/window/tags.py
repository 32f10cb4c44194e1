"""The open draft's tags: storing them, suggesting more, and the tag history dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMainWindow

from app.analysis.engine.report import Report
from app.analysis.insights.tags.history import TagHistory
from app.analysis.insights.tags.suggestions import TagSuggestion
from app.session import DraftSession, Workspace
from app.ui.sidebar import Sidebar
from app.ui.tag_history_dialog import TagHistoryDialog
from app.ui.tag_suggester import SuggestionRequest, TagSuggester
from app.ui.window.storing import store_change


@dataclass(eq=False)
class DraftTags:
    """The sidebar's tag field and suggestions, backed by the session and the tag history.

    The history of the other drafts (their tags and keyphrases) comes from the workspace,
    which reads it again only after a change. The suggestions are worked out off the UI
    thread (``suggester``) and shown while they are of the latest report and tags.
    """

    window: QMainWindow
    workspace: Workspace
    sidebar: Sidebar
    session: Callable[[], DraftSession | None]
    loading: Callable[[], bool]
    #: The thread the suggestions are worked out on (the analysis's).
    pool: QThreadPool
    # The latest report, which the suggestions are made from.
    report: Report | None = field(default=None, init=False)
    other_keyphrases: tuple[str, ...] = field(default=(), init=False)
    _tag_history: TagHistory = field(default_factory=TagHistory, init=False)
    _suggestions_key: object = field(default=None, init=False)
    suggester: TagSuggester = field(init=False)

    def __post_init__(self) -> None:
        self.suggester = TagSuggester(self.pool, self.window)
        self.suggester.suggestionsReady.connect(self._show)

    def changed(self, tags: list[str]) -> None:
        session = self.session()
        if session is None or self.loading():
            return
        saved: list[str] = []
        if not store_change(self.window, "your tags", lambda: saved.extend(session.set_tags(tags))):
            return
        self.sidebar.tags.set_known_tags(self.workspace.tags.names())
        if saved != tags:
            self.sidebar.tags.set_tags(saved)
        self.show_suggestions()

    def load_history(self, draft_id: int) -> None:
        """Other drafts' keyphrases and the tag history, for the draft just opened."""
        self.other_keyphrases = self.workspace.keyphrases(exclude_draft_id=draft_id)
        self._tag_history = self.workspace.tag_history(exclude_draft_id=draft_id)
        self._suggestions_key = None
        self.sidebar.tags_card.set_own_tags(
            tag for past in self._tag_history.drafts for tag in past.tags
        )

    def show_suggestions(self) -> None:
        if self.report is None:
            return
        report = self.report
        tags = tuple(self.sidebar.tags.tags())
        phrases = tuple(k.phrase for k in report.keywords.extracted)
        # Not the prose: reading it for mentions costs more each pause than a mention
        # changes; a new key phrase or code language is worth it.
        key = (
            phrases,
            report.title,
            report.subtitle,
            report.code_languages,
            tags,
            id(self._tag_history),
        )
        if key == self._suggestions_key:
            return
        self._suggestions_key = key
        self.suggester.request(SuggestionRequest(key, report, self._tag_history, tags))

    def _show(self, request: SuggestionRequest, suggestions: tuple[TagSuggestion, ...]) -> None:
        if request.key != self._suggestions_key:
            return  # the report or the tags changed while these were worked out
        phrases = tuple(k.phrase for k in request.report.keywords.extracted)
        self.sidebar.tags_card.show_suggestions(suggestions, phrases)

    def show_history_dialog(self) -> TagHistoryDialog:
        dialog = TagHistoryDialog(self.workspace.tags, self.window)
        dialog.tagsChanged.connect(self._renamed)
        dialog.show()
        return dialog

    def _renamed(self) -> None:
        session = self.session()
        if session is not None:
            self.sidebar.tags.set_tags(session.tags())
            self.load_history(session.id)
        self.sidebar.tags.set_known_tags(self.workspace.tags.names())
        self.show_suggestions()
