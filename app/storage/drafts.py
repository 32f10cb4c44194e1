"""Drafts and their revisions: create, autosave, list, trash, restore."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, delete, func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, sessionmaker

from app.storage.headlines import personal_key
from app.storage.models import AppState, Draft, Revision, utcnow
from app.storage.search import (
    MATCH_CLOSE,
    MATCH_OPEN,
    SNIPPET_WORDS,
    fts_query,
    mark_first_match,
    mark_first_symbols,
    query_terms,
    snippet_after,
    symbol_names,
    symbol_runs,
)

# Search lists the best hits only: a common word matches nearly every draft.
SEARCH_LIMIT = 50
# A longer body's snippet is cut here rather than by the index: FTS5's snippet() takes time
# growing with the square of a body's matches (a second for 200,000 characters of common
# words, twenty for a 4.7 MB paste), which would hold every search behind it.
INDEX_SNIPPET_MAX_CHARACTERS = 20_000
_IN_BATCH = 500  # values bound in one ``IN (...)``, well under SQLite's limit

# Fields the editor saves; anything else is changed through its own method.
EDITABLE_FIELDS = frozenset(
    {"title", "subtitle", "body", "keyphrase", "genre", "status", "canonical_url"}
)


class DraftNotFoundError(LookupError):
    pass


class StaleDraftError(RuntimeError):
    """The draft changed in the database since the writer's version was loaded."""


@dataclass(frozen=True, slots=True)
class DraftRecord:
    id: int
    title: str
    subtitle: str
    body: str
    keyphrase: str
    genre: str
    status: str
    canonical_url: str
    cursor_position: int
    word_count: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """What the drafts list shows."""

    id: int
    title: str
    word_count: int
    status: str
    updated_at: datetime
    deleted_at: datetime | None
    snippet: str = ""  # for a search hit: the body around the words found


@dataclass(frozen=True, slots=True)
class RevisionRecord:
    id: int
    draft_id: int
    title: str
    subtitle: str
    body: str
    word_count: int
    created_at: datetime


_SUMMARY_COLUMNS = (
    Draft.id,
    Draft.title,
    Draft.word_count,
    Draft.status,
    Draft.updated_at,
    Draft.deleted_at,
)


def _timestamp(stored: str | datetime) -> datetime:
    """A timestamp as SQLAlchemy stores it in SQLite (ISO text), parsed in C."""
    return stored if isinstance(stored, datetime) else datetime.fromisoformat(stored)


def _record(draft: Draft) -> DraftRecord:
    return DraftRecord(
        draft.id,
        draft.title,
        draft.subtitle,
        draft.body,
        draft.keyphrase,
        draft.genre,
        draft.status,
        draft.canonical_url,
        draft.cursor_position,
        draft.word_count,
        draft.created_at,
        draft.updated_at,
        draft.deleted_at,
    )


class DraftRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def create(
        self, *, title: str = "", subtitle: str = "", body: str = "", keyphrase: str = ""
    ) -> DraftRecord:
        with self._sessions.begin() as session:
            draft = Draft(title=title, subtitle=subtitle, body=body, keyphrase=keyphrase)
            draft.began_empty = not (title or subtitle or body)
            session.add(draft)
            session.flush()
            return _record(draft)

    def get(self, draft_id: int) -> DraftRecord:
        with self._sessions() as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                raise DraftNotFoundError(draft_id)
            return _record(draft)

    def find(self, draft_id: int) -> DraftRecord | None:
        try:
            return self.get(draft_id)
        except DraftNotFoundError:
            return None

    def save(
        self,
        draft_id: int,
        *,
        cursor_position: int | None = None,
        word_count: int | None = None,
        expected_updated_at: datetime | None = None,
        **fields: str,
    ) -> DraftRecord:
        """Write the editor's current state; commits at once (autosave must not be lost).

        With ``expected_updated_at``, the write is refused (:class:`StaleDraftError`) when
        someone else changed the draft since that version: nothing is overwritten silently.
        """
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        with self._sessions.begin() as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                raise DraftNotFoundError(draft_id)
            if expected_updated_at is not None and draft.updated_at != expected_updated_at:
                raise StaleDraftError(draft_id)
            changed = False
            for name, value in fields.items():
                if getattr(draft, name) != value:
                    setattr(draft, name, value)
                    changed = True
            if cursor_position is not None:
                draft.cursor_position = cursor_position
            if word_count is not None:
                draft.word_count = word_count
                if not changed:
                    _correct_newest_revision(session, draft)
            if changed:
                draft.updated_at = utcnow()
            return _record(draft)

    def list(self, *, trashed: bool = False) -> list[DraftSummary]:
        """Drafts, most recently edited first; ``trashed`` lists the trash instead.

        Read straight from the covering index through the driver: a library of 10,000
        drafts is listed in about the time SQLite itself takes, not three times that.
        """
        condition = "deleted_at IS NOT NULL" if trashed else "deleted_at IS NULL"
        with self._sessions() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    "SELECT id, title, word_count, status, updated_at, deleted_at FROM drafts "
                    f"WHERE {condition} ORDER BY updated_at DESC, id DESC"
                )
                .all()
            )
        return [
            DraftSummary(
                draft_id,
                title,
                word_count,
                status,
                _timestamp(updated_at),
                _timestamp(deleted_at) if deleted_at is not None else None,
            )
            for draft_id, title, word_count, status, updated_at, deleted_at in rows
        ]

    def summary(self, draft_id: int) -> DraftSummary | None:
        """One draft as the list shows it (read from the covering index, not the body)."""
        with self._sessions() as session:
            row = session.execute(select(*_SUMMARY_COLUMNS).where(Draft.id == draft_id)).first()
        return DraftSummary(*row) if row else None

    def has_copy(self, title: str, body: str) -> bool:
        """Whether a draft outside the trash has exactly this title and text: importing the
        same file or export again must not add a second copy (a trashed one may come back)."""
        with self._sessions() as session:
            found = session.execute(
                select(Draft.id)
                .where(Draft.title == title, Draft.body == body, Draft.deleted_at.is_(None))
                .limit(1)
            ).first()
        return found is not None

    def copies(self, posts: Iterable[tuple[str, str, str]]) -> builtins.list[int | None]:
        """For each (title, subtitle, body), the id of a draft outside the trash with exactly
        that title, subtitle and text, else None: an import skips what is already in the
        library.

        Titles are looked up in the listing's covering index; only the drafts whose title
        matches have their text read, so a 5,000-draft library costs milliseconds.
        """
        wanted = builtins.list(posts)
        titles = builtins.list({title for title, _subtitle, _body in wanted})
        by_title: dict[str, builtins.list[int]] = {}
        texts: dict[int, tuple[str, str]] = {}
        with self._sessions() as session:
            for start in range(0, len(titles), _IN_BATCH):
                rows = session.execute(
                    select(Draft.id, Draft.title).where(
                        Draft.deleted_at.is_(None),
                        Draft.title.in_(titles[start : start + _IN_BATCH]),
                    )
                )
                for draft_id, title in rows:
                    by_title.setdefault(title, []).append(draft_id)
            matched = sorted(draft_id for ids in by_title.values() for draft_id in ids)
            for start in range(0, len(matched), _IN_BATCH):
                found = session.execute(
                    select(Draft.id, Draft.subtitle, Draft.body).where(
                        Draft.id.in_(matched[start : start + _IN_BATCH])
                    )
                )
                texts.update((draft_id, (subtitle, body)) for draft_id, subtitle, body in found)
        return [
            next((i for i in by_title.get(title, ()) if texts.get(i) == (subtitle, body)), None)
            for title, subtitle, body in wanted
        ]

    def topics(self) -> dict[int, tuple[str, str]]:
        """Every draft's (keyphrase, title), by id, the trash included; no body is read."""
        with self._sessions() as session:
            rows = session.execute(select(Draft.id, Draft.keyphrase, Draft.title)).all()
        return {draft_id: (keyphrase, title) for draft_id, keyphrase, title in rows}

    def keyphrases(self, *, exclude_draft_id: int | None = None) -> builtins.list[str]:
        """Focus keyphrases of drafts not in the trash."""
        with self._sessions() as session:
            rows = session.scalars(
                select(Draft.keyphrase).where(
                    Draft.deleted_at.is_(None),
                    Draft.keyphrase != "",
                    Draft.id != (exclude_draft_id if exclude_draft_id is not None else -1),
                )
            )
            return list(rows)

    def search(
        self,
        text: str,
        *,
        trashed: bool = False,
        limit: int = SEARCH_LIMIT,
        story_start: Callable[[str], int] | None = None,
    ) -> builtins.list[DraftSummary]:
        """The ``limit`` best drafts containing every word of ``text`` (as prefixes; quoted
        phrases and "OR" as ``search.fts_query`` reads them), each with a snippet of the body
        around the words found. ``story_start`` says where the story begins in a body that
        may open with front matter (the caller knows its shapes); the snippet is then cut from
        the story, never from the block before it.

        Any input is safe: words are extracted and quoted (see ``search.fts_query``). Blank
        text lists every draft; emoji and other symbols outside ASCII ("🚀", "€") must be
        written in the draft as they are; text with nothing of either ("+-*", private-use
        characters) finds nothing, rather than everything.
        """
        query = fts_query(text)
        symbols = symbol_runs(text)
        if query is None and not symbols:
            return self.list(trashed=trashed) if not text.strip() else []
        condition = "d.deleted_at IS NOT NULL" if trashed else "d.deleted_at IS NULL"
        # "C++" is "c" to the index: only drafts that write it whole (in any case) are kept.
        names = {f"name{i}": f"%{name}%" for i, name in enumerate(symbol_names(text))}
        for key in names:
            condition += (
                f" AND (d.title LIKE :{key} OR d.subtitle LIKE :{key} OR d.body LIKE :{key})"
            )
        # An emoji or "€" is no word to the index: only drafts that write it are kept.
        runs = {f"symbols{i}": run for i, run in enumerate(symbols)}
        for key in runs:
            condition += (
                f" AND (instr(d.title, :{key}) OR instr(d.subtitle, :{key}) "
                f"OR instr(d.body, :{key}))"
            )
        # Rank and cut first (the covering index answers the join); snippets are made only
        # for the rows shown. Symbols alone have no rank: the newest drafts come first.
        columns = "d.id, d.title, d.word_count, d.status, d.updated_at, d.deleted_at"
        if query is None:
            statement = (
                f"SELECT {columns} FROM drafts AS d WHERE {condition} "
                "ORDER BY d.updated_at DESC, d.id DESC LIMIT :limit"
            )
        else:
            statement = (
                f"SELECT {columns} FROM drafts_fts JOIN drafts AS d ON d.id = drafts_fts.rowid "
                f"WHERE drafts_fts MATCH :query AND {condition} "
                "ORDER BY bm25(drafts_fts, 10.0, 4.0, 1.0), d.updated_at DESC, d.id DESC "
                "LIMIT :limit"
            )
        ranked = sql_text(statement).columns(updated_at=DateTime(), deleted_at=DateTime())
        with self._sessions() as session:
            parameters = {"query": query, "limit": max(0, limit), **names, **runs}
            rows = session.execute(ranked, parameters).all()
            ids = [row[0] for row in rows]
            if query is None:
                first = symbols[0]
                snippets = self._story_snippets(
                    session, lambda body, at: mark_first_symbols(body, first, at), ids, story_start
                )
            else:
                long_ids = self._long_bodies(session, ids)
                short_ids = [draft_id for draft_id in ids if draft_id not in long_ids]
                snippets = self._snippets(session, query, short_ids, story_start)
                terms = query_terms(text)
                snippets.update(
                    self._story_snippets(
                        session,
                        lambda body, at: mark_first_match(body, terms, at),
                        long_ids,
                        story_start,
                    )
                )
        return [
            DraftSummary(row[0], row[1], row[2], row[3], row[4], row[5], snippets.get(row[0], ""))
            for row in rows
        ]

    @staticmethod
    def _snippets(
        session: Session,
        query: str,
        ids: builtins.list[int],
        story_start: Callable[[str], int] | None,
    ) -> dict[int, str]:
        if not ids:
            return {}
        # A body that may open with front matter (a fence or a brace first) comes back whole,
        # its matches marked, so the snippet can be cut after the block; others, the usual way.
        may_have_front_matter = (
            "substr(body, 1, 1) IN ('-', '+', '{', char(65279))" if story_start else "0"
        )
        statement = sql_text(
            f"SELECT rowid, snippet(drafts_fts, 2, '', '', '…', {SNIPPET_WORDS}), "
            f"CASE WHEN {may_have_front_matter} THEN "
            "highlight(drafts_fts, 2, :open, :close) END FROM drafts_fts "
            f"WHERE drafts_fts MATCH :query AND rowid IN ({_id_list(ids)})"
        )
        snippets = {}
        values = {"query": query, "open": MATCH_OPEN, "close": MATCH_CLOSE}
        for row_id, text, highlighted in session.execute(statement, values):
            start = 0
            if story_start and highlighted:
                start = story_start(highlighted.replace(MATCH_OPEN, "").replace(MATCH_CLOSE, ""))
            snippets[row_id] = " ".join(
                (snippet_after(highlighted, start) if start else text).split()
            )
        return snippets

    @staticmethod
    def _long_bodies(session: Session, ids: builtins.list[int]) -> set[int]:
        """Which of ``ids`` have a body too long for the index's snippet()."""
        if not ids:
            return set()
        statement = sql_text(
            f"SELECT id FROM drafts WHERE id IN ({_id_list(ids)}) AND length(body) > :longest"
        )
        return set(session.scalars(statement, {"longest": INDEX_SNIPPET_MAX_CHARACTERS}))

    @staticmethod
    def _story_snippets(
        session: Session,
        mark: Callable[[str, int], str],
        ids: Collection[int],
        story_start: Callable[[str], int] | None,
    ) -> dict[int, str]:
        """Snippets cut from the story the index read (``drafts_story``) around the first
        match found after its start, which ``mark`` (body, start) marks: for bodies too long
        for the index's snippet(), and for symbols the index has no word for."""
        if not ids:
            return {}
        statement = sql_text(f"SELECT id, body FROM drafts_story WHERE id IN ({_id_list(ids)})")
        snippets = {}
        for row_id, body in session.execute(statement):
            start = story_start(body) if story_start else 0
            snippets[row_id] = " ".join(snippet_after(mark(body, start), start).split())
        return snippets

    def count(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(Draft)) or 0

    def trash(self, draft_id: int) -> None:
        self._set_deleted(draft_id, utcnow())

    def restore(self, draft_id: int) -> None:
        self._set_deleted(draft_id, None)

    def _set_deleted(self, draft_id: int, when: datetime | None) -> None:
        with self._sessions.begin() as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                raise DraftNotFoundError(draft_id)
            draft.deleted_at = when

    def delete_forever(self, draft_id: int) -> None:
        """Remove a draft for good; its tag history stays (the draft link is cleared)."""
        with self._sessions.begin() as session:
            draft = session.get(Draft, draft_id)
            if draft is not None:
                session.delete(draft)
            # Per-draft lab state kept outside the draft's own rows goes with it.
            session.execute(delete(AppState).where(AppState.key == personal_key(draft_id)))

    # --- revisions ---------------------------------------------------------------------------

    def snapshot(self, draft_id: int) -> RevisionRecord | None:
        """Store the draft as a revision, as of its last save, unless the newest revision
        already equals it."""
        with self._sessions.begin() as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                raise DraftNotFoundError(draft_id)
            if _newest_revision_of(session, draft_id, draft.title, draft.subtitle, draft.body):
                return None
            revision = Revision(
                draft_id=draft_id,
                title=draft.title,
                subtitle=draft.subtitle,
                body=draft.body,
                word_count=draft.word_count,
                # Dated when this text was saved, not when it was kept: a draft opened the
                # next morning must not move yesterday's words to today in the calendar.
                created_at=draft.updated_at,
            )
            session.add(revision)
            session.flush()
            return _revision_record(revision)

    def keep_revision(
        self, draft_id: int, *, title: str, subtitle: str, body: str, word_count: int = 0
    ) -> RevisionRecord:
        """Store a version that is not (or no longer) the draft itself, e.g. a refused save
        or the text a restore replaces; the revision that holds it. A copy of the newest
        revision is not stored again, as :meth:`snapshot` does not: restoring right after a
        revision was taken would list the same text twice, a second apart."""
        with self._sessions.begin() as session:
            same = _newest_revision_of(session, draft_id, title, subtitle, body)
            if same is not None:
                return _revision_record(same)
            revision = Revision(
                draft_id=draft_id,
                title=title,
                subtitle=subtitle,
                body=body,
                word_count=word_count,
            )
            session.add(revision)
            session.flush()
            return _revision_record(revision)

    def revisions(self, draft_id: int) -> builtins.list[RevisionRecord]:
        with self._sessions() as session:
            rows = session.scalars(
                select(Revision)
                .where(Revision.draft_id == draft_id)
                .order_by(Revision.created_at.desc(), Revision.id.desc())
            ).all()
            return [_revision_record(row) for row in rows]


def _newest_revision_of(
    session: Session, draft_id: int, title: str, subtitle: str, body: str
) -> Revision | None:
    """The draft's newest revision when it holds exactly this title, subtitle and body."""
    latest = session.scalars(
        select(Revision).where(Revision.draft_id == draft_id).order_by(Revision.id.desc()).limit(1)
    ).first()
    if latest is not None and (latest.title, latest.subtitle, latest.body) == (
        title,
        subtitle,
        body,
    ):
        return latest
    return None


def _correct_newest_revision(session: Session, draft: Draft) -> None:
    """A revision taken before the analysis caught up with its text holds the count of an
    older text; the draft's corrected count is that revision's too while their texts agree."""
    latest = session.scalars(
        select(Revision).where(Revision.draft_id == draft.id).order_by(Revision.id.desc()).limit(1)
    ).first()
    if latest is None or latest.word_count == draft.word_count:
        return
    if (latest.title, latest.subtitle, latest.body) == (draft.title, draft.subtitle, draft.body):
        latest.word_count = draft.word_count


def _revision_record(revision: Revision) -> RevisionRecord:
    return RevisionRecord(
        revision.id,
        revision.draft_id,
        revision.title,
        revision.subtitle,
        revision.body,
        revision.word_count,
        revision.created_at,
    )


def _id_list(ids: Iterable[int]) -> str:
    """Draft ids as a list SQL can read inline (each an int, so nothing else gets in)."""
    return ", ".join(str(int(draft_id)) for draft_id in ids)
