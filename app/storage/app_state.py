"""Small key/value facts the app remembers across restarts."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from app.storage.models import AppState

LAST_DRAFT = "last_draft_id"


class AppStateRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, key: str, default: str = "") -> str:
        with self._sessions() as session:
            row = session.get(AppState, key)
            return row.value if row else default

    def set(self, key: str, value: str) -> None:
        with self._sessions.begin() as session:
            session.merge(AppState(key=key, value=value))

    def get_int(self, key: str) -> int | None:
        value = self.get(key)
        return int(value) if value.lstrip("-").isdigit() else None
