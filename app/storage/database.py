"""Opening the SQLite database: checks, backups, migrations, and the session factory.

WAL mode with ``synchronous=FULL`` makes each autosave a durable append; foreign keys
are on so deleting a draft cleans up after itself. Before a schema upgrade the file is copied
aside, and a damaged file is reported (never silently replaced).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.storage.head_schema import create_at_head
from app.storage.schema import SCHEMA_REVISION

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseError(Exception):
    """The database cannot be used; the message says why in words a writer understands.

    ``damaged`` only for real corruption; ``locked`` when another program holds the write
    lock (trying again may help); ``read_only`` when the file or its folder cannot be written.
    """

    def __init__(
        self,
        message: str,
        path: Path,
        damaged: bool = False,
        *,
        locked: bool = False,
        read_only: bool = False,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.damaged = damaged
        self.locked = locked
        self.read_only = read_only


_READ_ONLY = "The database at {path} cannot be written: the file or its folder is read-only."


def _access_error(path: Path, error: sqlite3.OperationalError) -> DatabaseError:
    """A lock or a permission problem, told apart from corruption by SQLite's message."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            f"The database at {path} is in use by another program.", path, locked=True
        )
    if any(word in text for word in ("readonly", "read-only", "unable to open", "permission")):
        return DatabaseError(_READ_ONLY.format(path=path), path, read_only=True)
    return DatabaseError(f"Cannot open the database at {path} ({error}).", path)


def _check_writable(path: Path, busy_timeout_ms: int) -> None:
    """Take the write lock and give it back at once: a lock or a read-only file shows now,
    with a clear message, instead of as a failed save later. A new file needs a folder it
    can be written in."""
    if not path.exists():
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise DatabaseError(
                f"The database cannot be created at {path}: the folder {path.parent} is read-only.",
                path,
                read_only=True,
            )
        return
    try:
        connection = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None)
    except sqlite3.OperationalError as error:
        raise _access_error(path, error) from None
    try:
        connection.execute("BEGIN IMMEDIATE")
        # SQLite opens a write-protected file read-only without a word, and takes the lock
        # all the same: only a write tells. This one changes nothing and is rolled back.
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        connection.execute(f"PRAGMA user_version = {version}")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        raise _access_error(path, error) from None
    finally:
        connection.close()


class DatabaseMovedError(RuntimeError):
    """The database file was deleted, moved away or replaced while it was open.

    SQLite goes on writing to the file it opened, which is no longer the one at the path (in
    WAL mode it does not notice): every write would vanish when the app closes. So a write
    is refused with this error, and the writer is told, as for a locked database.
    """


FileIdentity = tuple[int, int]  # (st_dev, st_ino)


def _file_identity(path: Path) -> FileIdentity | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


@dataclass(frozen=True)
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None  # the copy taken before this start's upgrade, if any
    identity: FileIdentity | None = None  # the file opened, as the path named it then

    def __post_init__(self) -> None:
        # Checked before every commit: one stat, a few microseconds.
        event.listen(self.sessions, "before_commit", lambda _session: self.check_file())

    def moved(self) -> bool:
        """The path no longer names the file opened (deleted, moved away, or replaced)."""
        return self.identity is not None and _file_identity(self.path) != self.identity

    def check_file(self) -> None:
        """Raise :class:`DatabaseMovedError` when the path no longer names the file opened;
        before a commit, the error rolls the transaction back."""
        if self.moved():
            raise DatabaseMovedError(f"The database file {self.path} was moved or deleted.")

    def close(self) -> None:
        self.engine.dispose()


DEFAULT_BUSY_TIMEOUT_MS = 5000  # the command line may wait; the window uses a short one


def _pragmas(busy_timeout_ms: int) -> Callable[[sqlite3.Connection, object], None]:
    def set_pragmas(connection: sqlite3.Connection, _record: object) -> None:
        cursor = connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        _use_wal(cursor, busy_timeout_ms / 1000)
        cursor.execute("PRAGMA synchronous=FULL")  # an autosave survives a power cut
        cursor.close()

    return set_pragmas


def _use_wal(cursor: sqlite3.Cursor, timeout: float) -> None:
    """Switch the database to WAL, waiting up to ``timeout`` seconds for other programs.

    Every new connection asks; only the first one to a new database (or an old one in
    another journal mode) switches it, the others find WAL already. SQLite makes the switch
    holding a read lock while it asks for the write lock, and answers "locked" at once there
    instead of waiting out the busy timeout: a second program creating the same database
    would fail on its first save. So the wait is done here.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)


def _check_file(path: Path, uri: str | None = None) -> str | None:
    """The schema revision stored in ``path`` (None for a new or empty database), read
    through ``uri`` (default: ``path`` read-only)."""
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.", path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(uri or f"file:{path}?mode=ro", uri=True)
    except sqlite3.OperationalError as error:
        raise _access_error(path, error) from None
    except sqlite3.Error as error:
        raise DatabaseError(f"Cannot open the database at {path}: {error}.", path) from None
    try:
        status = connection.execute("PRAGMA quick_check").fetchone()
        if not status or status[0] != "ok":
            raise DatabaseError(f"The database at {path} is damaged.", path, damaged=True)
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseError(f"{path} is not a Clapwise database.", path)
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError as error:
        if "malformed" in str(error).lower():
            raise DatabaseError(f"The database at {path} is damaged.", path, damaged=True) from None
        raise _access_error(path, error) from None  # a lock or permissions, not damage
    except sqlite3.DatabaseError as error:
        raise DatabaseError(
            f"The database at {path} is damaged or is not a database ({error}).",
            path,
            damaged=True,
        ) from None
    finally:
        connection.close()


def backup(path: Path, label: str) -> Path:
    """Copy the live database (WAL included) to a sibling file; returns the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; returns the new name."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    shutil.move(path, target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            shutil.move(companion, target.with_name(target.name + suffix))
    return target


def _alembic_config():  # -> alembic.config.Config, imported only when a migration runs
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    known = {
        script.revision
        for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()
    }
    return revision in known


def migrate_to_head(engine: Engine) -> None:
    """Run the Alembic migrations the database behind ``engine`` has not had yet."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` and writes nothing, not even beside it.

    With nothing waiting in a write-ahead log or rollback journal, no program has the
    database open for writing (SQLite removes the log when the last one closes it), and
    ``immutable=1`` reads the file as it is: no lock, no ``-shm`` or ``-wal`` file created,
    which a folder the reader cannot write in would refuse. Otherwise ``mode=ro``, which
    reads the log too.
    """
    pending = any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))
    mode = "mode=ro" if pending else "mode=ro&immutable=1"
    return f"file:{quote(str(path))}?{mode}"


def _read_only_pragmas(busy_timeout_ms: int) -> Callable[[sqlite3.Connection, object], None]:
    def set_pragmas(connection: sqlite3.Connection, _record: object) -> None:
        cursor = connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA query_only=ON")  # a write is refused here, not half made
        cursor.close()

    return set_pragmas


def open_database_read_only(
    path: str | Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Database:
    """Open the database at ``path`` for reading only: nothing is created, upgraded or
    written, so a file or folder the user cannot write in can still be read.

    A database whose schema is older than this version's is refused (upgrading it is a
    write), with a message that says so; so is a missing or empty one.
    """
    path = Path(path).expanduser()
    if not path.exists():
        raise DatabaseError(f"There is no database at {path}.", path)
    uri = _read_only_uri(path)
    revision = _check_file(path, uri)
    if revision is None:
        raise DatabaseError(f"The database at {path} is empty: it has nothing to read.", path)
    if revision != SCHEMA_REVISION:
        if not _is_known_revision(revision):
            raise DatabaseError(
                f"The database at {path} was created by a newer version of Clapwise "
                f"(schema {revision}). Please update Clapwise to open it.",
                path,
            )
        raise DatabaseError(
            f"The database at {path} cannot be written, and it needs upgrading to this "
            f"version of Clapwise (from schema {revision}) before it can be read. Make the "
            "file and its folder writable and run the command again (the file is copied "
            "aside before the upgrade).",
            path,
            read_only=True,
        )

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=busy_timeout_ms / 1000, check_same_thread=False
        )

    engine = create_engine(f"sqlite:///{path}", creator=connect)
    event.listen(engine, "connect", _read_only_pragmas(busy_timeout_ms))
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))


def open_database(path: str | Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Database:
    """Open (creating or upgrading as needed) the database at ``path``.

    ``busy_timeout_ms`` bounds how long a statement waits for another program's lock; the
    window passes a short one so that a locked database never freezes it.
    """
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            f"Cannot create the folder {path.parent}: {error.strerror}.", path
        ) from None
    if path.is_file() and not os.access(path, os.W_OK):
        # Said before reading it: SQLite would leave -shm and -wal files beside it.
        raise DatabaseError(_READ_ONLY.format(path=path), path, read_only=True)
    revision = _check_file(path)
    _check_writable(path, busy_timeout_ms)
    backup_path = None
    if revision is not None and revision != SCHEMA_REVISION:
        if not _is_known_revision(revision):
            raise DatabaseError(
                f"The database at {path} was created by a newer version of Clapwise "
                f"(schema {revision}). Please update Clapwise to open it.",
                path,
            )
        backup_path = backup(path, f"before-upgrade-from-{revision}")
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _pragmas(busy_timeout_ms))
    try:
        if revision is None:
            create_at_head(path)
        elif revision != SCHEMA_REVISION:
            migrate_to_head(engine)
    except Exception as error:
        engine.dispose()
        # SQLAlchemy wraps SQLite's error; building the schema may raise SQLite's own.
        cause = (
            error if isinstance(error, sqlite3.OperationalError) else getattr(error, "orig", None)
        )
        if isinstance(cause, sqlite3.OperationalError):
            raise _access_error(path, cause) from error
        raise DatabaseError(f"Cannot prepare the database at {path}: {error}", path) from error
    return Database(
        path,
        engine,
        sessionmaker(engine, expire_on_commit=False),
        backup_path,
        _file_identity(path),
    )
