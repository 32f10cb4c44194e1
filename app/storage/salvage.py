"""Bringing back what can still be read from a damaged database into a fresh one.

A damaged SQLite file is rarely damaged all through: a bad page loses the rows stored on it,
and every other page still reads. So the copy goes table by table and row by row, in rowid
order; when a page cannot be read, rowids are tried one by one past it and the scan resumes
at the first row that reads. Ids are copied as they were, so tags, revisions and the rest
still point at their drafts; a row whose parent was lost is dropped, or kept without the
link when the link is optional (a tag's history names its draft by title too). A draft whose
row was lost but whose revisions read is rebuilt from the newest of them, so only the edits
made after that revision are gone.

SQLite's own recovery (the shell's ``.recover``) is not reachable from Python's ``sqlite3``
module, and its output is a dump with a "lost and found" table rather than rows of a known
schema; reading through SQL keeps the copy to rows that are whole.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.sql.schema import ScalarElementColumnDefault

from app.storage.models import Draft

DRAFTS = "drafts"
REVISIONS = "revisions"
#: What a rebuilt draft takes from its newest revision: the text and when it was written.
_FROM_REVISION = ("draft_id", "title", "subtitle", "body", "word_count", "created_at")
# How far past a bad page rowids are tried, one by one, before the rest of a table is given
# up: a page holds a few rows, a run of deleted drafts leaves gaps, and a probe is a seek.
PROBE_SPAN = 100_000
_NOT_COPIED = ("alembic_version",)  # the fresh database is at the newest schema already


@dataclass(frozen=True)
class Salvage:
    """What came back: drafts copied, and drafts known to have existed that could not be
    read (known from the readable indexes and from rows that point at them)."""

    drafts_recovered: int
    drafts_lost: int
    drafts_from_revisions: int = 0  # of the recovered, rebuilt from their newest revision


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _open_damaged(path: Path) -> sqlite3.Connection:
    """Read-only, so the damaged copy is kept exactly as it was. Text with a garbled byte is
    still brought back, with a replacement character where the byte was."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    return connection


def _tables(target: sqlite3.Connection) -> list[str]:
    """The fresh database's tables in the order they were made, parents before children;
    full-text indexes are left out (the drafts' insert trigger fills them again)."""
    rows = target.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, _sql in rows
        if name not in _NOT_COPIED
        and name not in virtual
        and not any(name.startswith(table + "_") for table in virtual)
    ]


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({_quote(table)})")]


def _probe(
    source: sqlite3.Connection, table: str, select: str, after: int
) -> tuple[Any, ...] | None:
    """The first row past ``after`` that reads, trying rowids one by one (None when none
    does within reach)."""
    try:
        top = source.execute(f"SELECT max(rowid) FROM {_quote(table)}").fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    last = after + PROBE_SPAN if not isinstance(top, int) else min(top, after + PROBE_SPAN)
    for rowid in range(after + 1, last + 1):
        try:
            row = source.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None:
            return tuple(row)
    return None


def _readable_rows(source: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple]:
    """Every row of ``table`` that can be read, skipping the pages that cannot."""
    select = f"SELECT rowid, {', '.join(map(_quote, columns))} FROM {_quote(table)}"
    after: int | None = None
    while True:
        rows: list[tuple] = []
        try:
            query = select if after is None else f"{select} WHERE rowid > ?"
            cursor = source.execute(f"{query} ORDER BY rowid", () if after is None else (after,))
            for row in cursor:
                rows.append(tuple(row))
            yield from (row[1:] for row in rows)
            return
        except sqlite3.DatabaseError:
            yield from (row[1:] for row in rows)
            if rows:
                after = rows[-1][0]
            found = _probe(source, table, select, after if after is not None else 0)
            if found is None:
                return
            yield found[1:]
            after = int(found[0])


def _indexed_rowids(source: sqlite3.Connection, table: str) -> set[int]:
    """The rowids ``table``'s indexes hold, as far as they read: they live on other pages
    than the rows, so they tell which rows a bad page took."""
    found: set[int] = set()
    try:
        indexes = [row[1] for row in source.execute(f"PRAGMA index_list({_quote(table)})")]
    except sqlite3.DatabaseError:
        return found
    for index in indexes:
        try:
            for (rowid,) in source.execute(
                f"SELECT rowid FROM {_quote(table)} INDEXED BY {_quote(index)}"
            ):
                found.add(rowid)
        except sqlite3.DatabaseError:
            continue
    return found


class _Copier:
    """Copies rows into the fresh database, keeping every link consistent."""

    def __init__(self, source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        self.source = source
        self.target = target
        self.recovered: dict[str, set[int]] = {}
        self.missing: dict[str, set[object]] = {}  # parent keys rows pointed at, not found

    def copy(self, table: str) -> None:
        try:
            source_columns = set(_columns(self.source, table))
        except sqlite3.DatabaseError:
            return
        columns = [name for name in _columns(self.target, table) if name in source_columns]
        if not columns:
            return  # a table this file's (older) schema did not have yet
        links = self._links(table, columns)
        insert = (
            f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, columns))})"
            f" VALUES ({', '.join('?' for _ in columns)})"
        )
        copied = self.recovered.setdefault(table, set())
        for row in _readable_rows(self.source, table, columns):
            values = self._linked(list(row), links)
            if values is None:
                continue
            try:
                cursor = self.target.execute(insert, values)
            except sqlite3.DatabaseError:
                continue  # a garbled row that breaks a constraint
            if cursor.lastrowid is not None:
                copied.add(cursor.lastrowid)

    def _links(self, table: str, columns: list[str]) -> list[tuple[int, str, str, bool]]:
        """(column position, parent table, parent column, optional) for each foreign key."""
        optional = {
            row[1]: not row[3] for row in self.target.execute(f"PRAGMA table_info({_quote(table)})")
        }
        links = []
        for row in self.target.execute(f"PRAGMA foreign_key_list({_quote(table)})"):
            parent, column, parent_column = row[2], row[3], row[4] or "rowid"
            if column in columns:
                links.append((columns.index(column), parent, parent_column, optional[column]))
        return links

    def _linked(
        self, values: list[object], links: list[tuple[int, str, str, bool]]
    ) -> list[object] | None:
        """The row with links to lost parents cleared (or None when a link is required)."""
        for position, parent, parent_column, optional in links:
            key = values[position]
            if key is None:
                continue
            exists = self.target.execute(
                f"SELECT 1 FROM {_quote(parent)} WHERE {_quote(parent_column)} = ?", (key,)
            ).fetchone()
            if exists:
                continue
            self.missing.setdefault(parent, set()).add(key)
            if not optional:
                return None
            values[position] = None
        return values


def _draft_defaults() -> dict[str, object]:
    """What a new draft row holds where nothing says otherwise: the model's own defaults."""
    return {
        column.name: column.default.arg
        for column in Draft.__table__.columns
        if isinstance(column.default, ScalarElementColumnDefault)
    }


def _drafts_from_revisions(source: sqlite3.Connection, target: sqlite3.Connection) -> set[int]:
    """Rebuild each draft whose row could not be read but whose revisions can, from the
    newest of them (revisions are kept in the order they were written), under its own id so
    its revisions, tags and headlines find it; returns the ids rebuilt."""
    try:
        if not set(_FROM_REVISION) <= set(_columns(source, REVISIONS)):
            return set()
    except sqlite3.DatabaseError:
        return set()
    present = {row[0] for row in target.execute(f"SELECT id FROM {DRAFTS}")}
    newest: dict[int, tuple[Any, ...]] = {}
    first_written: dict[int, Any] = {}
    for draft_id, *text, written in _readable_rows(source, REVISIONS, list(_FROM_REVISION)):
        if isinstance(draft_id, int) and draft_id not in present:
            first_written.setdefault(draft_id, written)
            newest[draft_id] = (*text, written)
    defaults = _draft_defaults()
    listed = _listed_facts(source, set(newest))
    for draft_id, (title, subtitle, body, word_count, written) in newest.items():
        row = defaults | {
            "id": draft_id,
            "title": title or "",
            "subtitle": subtitle or "",
            "body": body or "",
            "word_count": word_count or 0,
            "created_at": first_written[draft_id],
            "updated_at": written,
            **listed.get(draft_id, {}),
        }
        target.execute(
            f"INSERT INTO {DRAFTS} ({', '.join(map(_quote, row))})"
            f" VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
    return set(newest)


#: What a draft's listing index holds beside its id, and a rebuilt draft takes from it: in the
#: trash or not, its status and keyphrase, which no revision keeps.
_LISTED = ("deleted_at", "status", "keyphrase")
_CARD_INDEX = "ix_drafts_card"


def _listed_facts(source: sqlite3.Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    """For the drafts ``ids`` whose rows were lost, what the drafts' covering index still
    says of them (it lives on other pages than the rows): a draft in the trash comes back in
    the trash. Ids the index cannot give are left out."""
    columns = ", ".join(_LISTED)
    select = f"SELECT id, {columns} FROM {DRAFTS} INDEXED BY {_CARD_INDEX}"
    found: dict[int, dict[str, Any]] = {}
    try:
        rows = source.execute(select).fetchall()
    except sqlite3.DatabaseError:
        rows = []
        for draft_id in sorted(ids):  # a bad index page: each id on its own
            try:
                rows += source.execute(f"{select} WHERE id = ?", (draft_id,)).fetchall()
            except sqlite3.DatabaseError:
                continue
    for draft_id, *values in rows:
        if draft_id in ids:
            found[draft_id] = dict(zip(_LISTED, values, strict=True))
    return found


def _tags_from_history(target: sqlite3.Connection) -> None:
    """Give a draft whose tag links were on a bad page its tags back from the tag history,
    which records each tag applied to and removed from it (merges already point it at the
    tag that stayed). A draft whose history ends with no tags gets none, as before."""
    untagged = {
        row[0]
        for row in target.execute(
            "SELECT id FROM drafts WHERE id NOT IN (SELECT draft_id FROM draft_tags)"
        )
    }
    current: dict[int, dict[int, str]] = {}  # draft -> tag -> applied at, in order applied
    for draft_id, tag_id, action, at in target.execute(
        "SELECT draft_id, tag_id, action, at FROM tag_events"
        " WHERE action IN ('applied', 'removed') AND draft_id IS NOT NULL ORDER BY id"
    ):
        if draft_id in untagged:
            tags = current.setdefault(draft_id, {})
            tags.pop(tag_id, None)
            if action == "applied":
                tags[tag_id] = at
    for draft_id, tags in current.items():
        for position, (tag_id, at) in enumerate(tags.items()):
            target.execute(
                "INSERT INTO draft_tags (draft_id, tag_id, position, added_at) VALUES (?, ?, ?, ?)",
                (draft_id, tag_id, position, at),
            )


def salvage(damaged: Path, target: Path) -> Salvage:
    """Copy every row that can still be read from ``damaged`` into the fresh database at
    ``target`` (at the newest schema, empty), in one transaction."""
    try:
        source = _open_damaged(damaged)
    except sqlite3.Error:
        return Salvage(0, 0)
    with closing(source), closing(sqlite3.connect(target, isolation_level=None)) as fresh:
        fresh.execute("PRAGMA foreign_keys = ON")
        copier = _Copier(source, fresh)
        fresh.execute("BEGIN IMMEDIATE")
        try:
            rebuilt: set[int] = set()
            for table in _tables(fresh):
                copier.copy(table)
                if table == DRAFTS:
                    rebuilt = _drafts_from_revisions(source, fresh)
            _tags_from_history(fresh)
            fresh.execute("COMMIT")
        except BaseException:
            fresh.execute("ROLLBACK")
            raise
        recovered = copier.recovered.get(DRAFTS, set()) | rebuilt
        known = _indexed_rowids(source, DRAFTS) | {
            key for key in copier.missing.get(DRAFTS, set()) if isinstance(key, int)
        }
    return Salvage(len(recovered), len(known - recovered), len(rebuilt))
