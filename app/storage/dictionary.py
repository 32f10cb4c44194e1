"""The personal dictionary (all drafts) and words ignored in one draft."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from app.storage.models import DictionaryWord, IgnoredWord


def word_key(word: str) -> str:
    return word.strip().replace("’", "'").casefold()


class DictionaryRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def words(self) -> list[str]:
        with self._sessions() as session:
            return list(session.scalars(select(DictionaryWord.word).order_by(DictionaryWord.key)))

    def add(self, word: str) -> None:
        key = word_key(word)
        if not key:
            return
        with self._sessions.begin() as session:
            exists = session.scalars(select(DictionaryWord).where(DictionaryWord.key == key))
            if exists.first() is None:
                session.add(DictionaryWord(word=word.strip(), key=key))

    def remove(self, word: str) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(DictionaryWord).where(DictionaryWord.key == word_key(word)))

    def ignored(self, draft_id: int) -> list[str]:
        with self._sessions() as session:
            return list(
                session.scalars(select(IgnoredWord.word).where(IgnoredWord.draft_id == draft_id))
            )

    def ignore(self, draft_id: int, word: str) -> None:
        key = word_key(word)
        if not key:
            return
        with self._sessions.begin() as session:
            exists = session.scalars(
                select(IgnoredWord).where(IgnoredWord.draft_id == draft_id, IgnoredWord.key == key)
            )
            if exists.first() is None:
                session.add(IgnoredWord(draft_id=draft_id, word=word.strip(), key=key))
