"""Knowing, without a query, whether the tag history may have changed since it was read.

Reading the whole tag history (every tag ever applied, per draft) takes a tenth of a second
in a library of thousands of drafts: too long to repeat each time a draft is opened. Every
write this database makes goes through one ``sessionmaker``, so listening to it tells when
anything the history is read from changed: tags, their events, a draft's tags, or a draft's
title or keyphrase (the topic words of its tags), or a draft created or deleted for good.
Readers keep what they read with the ``version`` it was read at and read again once it moves
(``TagRepository.history_stamp`` adds the newest tag event, for another program's writes).
"""

from __future__ import annotations

from itertools import chain

from sqlalchemy import Delete, Update, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from app.storage.models import Draft, DraftTag, Tag, TagEvent

_TAG_TABLES = frozenset({"tags", "tag_events", "draft_tags", "drafts"})
_DRAFT_TOPIC = ("title", "keyphrase")  # what the history reads of a live draft


class TagHistoryChanges:
    """A counter that moves whenever a write may change the tag history."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.version = 0
        event.listen(sessions, "after_flush", self._after_flush)
        event.listen(sessions, "do_orm_execute", self._after_statement)

    def _after_flush(self, session: Session, _context: UOWTransaction) -> None:
        # Still the state before the flush here: new, dirty and deleted are as written.
        if any(map(_touches_history, chain(session.new, session.deleted))) or any(
            _topic_changed(item) for item in session.dirty
        ):
            self.version += 1

    def _after_statement(self, state: ORMExecuteState) -> None:
        """A bulk UPDATE or DELETE (merging two tags) is no flush: its table tells."""
        statement = state.statement
        if not isinstance(statement, Update | Delete):
            return
        if getattr(statement.table, "name", None) in _TAG_TABLES:
            self.version += 1


def _touches_history(item: object) -> bool:
    return isinstance(item, Tag | TagEvent | DraftTag | Draft)


def _topic_changed(item: object) -> bool:
    if isinstance(item, Tag | TagEvent | DraftTag):
        return True
    if not isinstance(item, Draft):
        return False  # a revision, a headline idea, a setting
    attributes = inspect(item).attrs
    return any(attributes[name].history.has_changes() for name in _DRAFT_TOPIC)
