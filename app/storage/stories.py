"""Published stories, their versions after publishing, and their dated statistics."""

from __future__ import annotations

import builtins
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.storage.names import fold_name
from app.storage.plan_models import PublishedStory, StatSnapshot, StoryVersion
from app.storage.publications import publication_for


@dataclass(frozen=True, slots=True)
class StoryFacts:
    """What is known about a story when it is recorded; ``None`` means not measured."""

    title: str
    published_at: datetime
    url: str = ""
    subtitle: str = ""
    body: str = ""
    draft_id: int | None = None
    publication_id: int | None = None
    tags: tuple[str, ...] = ()
    words: int | None = None
    read_minutes: float | None = None
    headline_score: int | None = None
    reading_grade: float | None = None
    time_known: bool = True  # False: only the day of ``published_at`` is known


@dataclass(frozen=True, slots=True)
class StoryRecord:
    id: int
    draft_id: int | None
    url: str
    title: str
    subtitle: str
    published_at: datetime
    publication_id: int | None
    tags: tuple[str, ...]
    words: int | None
    read_minutes: float | None
    headline_score: int | None
    reading_grade: float | None
    time_known: bool = True  # False: only the day of ``published_at`` is known


@dataclass(frozen=True, slots=True)
class VersionRecord:
    id: int
    story_id: int
    title: str
    subtitle: str
    body: str
    changed_at: datetime
    note: str


# The figures a snapshot may lack: views and reads are always given.
OPTIONAL_FIGURES = ("claps", "fans", "responses", "member_reading_minutes", "earnings")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Lifetime totals of one story as Medium showed them on ``taken_on``. ``None`` is a
    figure not given that day (a file without its column, a box left empty): unknown, where a
    0 would read as a total that fell."""

    taken_on: date
    views: int = 0
    reads: int = 0
    claps: int | None = None
    fans: int | None = None
    responses: int | None = None
    member_reading_minutes: float | None = None
    earnings: float | None = None

    @property
    def read_ratio(self) -> float | None:
        return self.reads / self.views if self.views else None

    def filled_from(self, other: Snapshot) -> Snapshot:
        """These figures, with each one not given taken from ``other``."""
        missing = {name: getattr(other, name) for name in OPTIONAL_FIGURES}
        return replace(
            self, **{name: value for name, value in missing.items() if getattr(self, name) is None}
        )


@dataclass(frozen=True, slots=True)
class SnapshotRow:
    """One snapshot to import, for the story known by ``story_key`` (or made from ``facts``);
    ``publication`` names the publication a story recorded without one is put in."""

    story_key: str
    snapshot: Snapshot
    facts: StoryFacts | None = field(default=None)
    publication: str = ""


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """What an import wrote: snapshots, new stories, new publications (by name) and the
    stories recorded before that it put in a publication."""

    snapshots: int
    stories: int
    publications: tuple[str, ...] = ()
    placed: int = 0


TITLE_PREFIX = "title:"  # the key of a story known by its title alone
# Medium ends every story URL with the post's id: ".../my-title-1a2b3c4d5e6f" or "/p/1a2b3c4d5e6f".
_MEDIUM_ID = re.compile(r"(?:-|/p/)([0-9a-f]{8,12})$")


def title_key(title: str) -> str:
    """A story's identity by its title: case, spacing, quotes and dashes aside (see
    :func:`fold_name`)."""
    return TITLE_PREFIX + fold_name(title)


def url_key(url: str) -> str:
    """The same story whatever form its link takes: Medium's post id when the URL has one,
    else the URL without scheme, "www.", query, fragment or trailing slash."""
    clean = url.strip().split("?")[0].split("#")[0].rstrip("/").casefold()
    found = _MEDIUM_ID.search(clean)
    if found:
        return "medium:" + found.group(1)
    return re.sub(r"^(https?://)?(www\.)?", "", clean)


def story_key(url: str, title: str) -> str:
    """A story's identity: its URL (see :func:`url_key`), else its title (any case)."""
    return url_key(url) if url.strip() else title_key(title)


def _story(row: PublishedStory) -> StoryRecord:
    tags = tuple(tag.strip() for tag in row.tags.split(",") if tag.strip())
    return StoryRecord(
        row.id,
        row.draft_id,
        row.url,
        row.title,
        row.subtitle,
        row.published_at,
        row.publication_id,
        tags,
        row.words,
        row.read_minutes,
        row.headline_score,
        row.reading_grade,
        row.time_known,
    )


def _snapshot(row: StatSnapshot) -> Snapshot:
    return Snapshot(
        row.taken_on,
        row.views,
        row.reads,
        row.claps,
        row.fans,
        row.responses,
        row.member_reading_minutes,
        row.earnings,
    )


class StoryRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def _add(self, session: Session, facts: StoryFacts) -> PublishedStory:
        row = PublishedStory(
            draft_id=facts.draft_id,
            url=facts.url.strip(),
            key=story_key(facts.url, facts.title),
            title=facts.title,
            subtitle=facts.subtitle,
            published_at=facts.published_at,
            time_known=facts.time_known,
            publication_id=facts.publication_id,
            tags=", ".join(facts.tags),
            words=facts.words,
            read_minutes=facts.read_minutes,
            headline_score=facts.headline_score,
            reading_grade=facts.reading_grade,
        )
        session.add(row)
        session.flush()
        session.add(
            StoryVersion(
                story_id=row.id,
                title=facts.title,
                subtitle=facts.subtitle,
                body=facts.body,
                changed_at=facts.published_at,
                note="as published",
            )
        )
        return row

    def add(self, facts: StoryFacts) -> StoryRecord:
        """Record a published story; a story with the same URL (or title) is an error."""
        with self._sessions.begin() as session:
            if story_key(facts.url, facts.title) in self._recorded(session):
                raise ValueError(f"{facts.url or facts.title} is already recorded as published.")
            return _story(self._add(session, facts))

    def add_many(self, stories: Sequence[StoryFacts]) -> int:
        """Record stories not yet known (by URL or title) in one transaction; returns how many."""
        added = 0
        with self._sessions.begin() as session:
            known = self._recorded(session)
            for facts in stories:
                key = story_key(facts.url, facts.title)
                if key not in known:
                    self._add(session, facts)
                    known.add(key)
                    added += 1
        return added

    def set_url(self, story_id: int, url: str) -> StoryRecord:
        """Give a recorded story its link (or take it away: the story is then known by its
        title); a link another story already has is a ValueError, nothing changed."""
        with self._sessions.begin() as session:
            row = session.get(PublishedStory, story_id)
            if row is None:
                raise LookupError(f"No published story {story_id}.")
            key = story_key(url, row.title)
            taken = session.scalars(
                select(PublishedStory.title).where(
                    PublishedStory.key == key, PublishedStory.id != story_id
                )
            ).first()
            if taken is not None:
                raise ValueError(f"That link is already the link of “{taken}”.")
            row.url, row.key = url.strip(), key
            return _story(row)

    def get(self, story_id: int) -> StoryRecord:
        with self._sessions() as session:
            row = session.get(PublishedStory, story_id)
            if row is None:
                raise LookupError(f"No published story {story_id}.")
            return _story(row)

    def list(self) -> builtins.list[StoryRecord]:
        with self._sessions() as session:
            rows = session.scalars(
                select(PublishedStory).order_by(PublishedStory.published_at, PublishedStory.id)
            )
            return [_story(row) for row in rows]

    def for_draft(self, draft_id: int) -> StoryRecord | None:
        with self._sessions() as session:
            row = session.scalars(
                select(PublishedStory).where(PublishedStory.draft_id == draft_id)
            ).first()
            return _story(row) if row else None

    @staticmethod
    def _recorded(session: Session) -> set[str]:
        """Every story's key, a story known by its title keyed as :func:`title_key` keys it
        now: an older version's key folds only case and spacing."""
        return {
            title_key(title) if key.startswith(TITLE_PREFIX) else key
            for key, title in session.execute(select(PublishedStory.key, PublishedStory.title))
        }

    def keys(self) -> dict[str, int]:
        """Every name a story can be found by: its key, and its title when no other story
        has the same one."""
        with self._sessions() as session:
            return self._keys(session)

    def _keys(self, session: Session) -> dict[str, int]:
        rows = session.execute(
            select(PublishedStory.key, PublishedStory.id, PublishedStory.title)
        ).all()
        titles = Counter(title_key(title) for _, _, title in rows)
        found = {title_key(title): id_ for _, id_, title in rows if titles[title_key(title)] == 1}
        found.update({key: id_ for key, id_, _ in rows})
        return found

    # --- versions ------------------------------------------------------------------------------

    def add_version(
        self,
        story_id: int,
        *,
        title: str,
        subtitle: str,
        body: str,
        changed_at: datetime,
        note: str = "",
        measured: StoryFacts | None = None,
    ) -> VersionRecord:
        """A change made after publishing; the story shows the new title from now on."""
        with self._sessions.begin() as session:
            row = session.get(PublishedStory, story_id)
            if row is None:
                raise LookupError(f"No published story {story_id}.")
            row.title, row.subtitle = title, subtitle
            if measured is not None:
                row.words = measured.words
                row.read_minutes = measured.read_minutes
                row.headline_score = measured.headline_score
                row.reading_grade = measured.reading_grade
            version = StoryVersion(
                story_id=story_id,
                title=title,
                subtitle=subtitle,
                body=body,
                changed_at=changed_at,
                note=note,
            )
            session.add(version)
            session.flush()
            return VersionRecord(
                version.id, story_id, title, subtitle, body, changed_at, version.note
            )

    def versions(self, story_id: int) -> builtins.list[VersionRecord]:
        with self._sessions() as session:
            rows = session.scalars(
                select(StoryVersion)
                .where(StoryVersion.story_id == story_id)
                .order_by(StoryVersion.changed_at, StoryVersion.id)
            )
            return [
                VersionRecord(
                    row.id,
                    row.story_id,
                    row.title,
                    row.subtitle,
                    row.body,
                    row.changed_at,
                    row.note,
                )
                for row in rows
            ]

    # --- statistics ----------------------------------------------------------------------------

    def record(self, story_id: int, snapshot: Snapshot) -> None:
        """Store a snapshot; one per story and day, so a second one that day replaces the
        figures it gives."""
        self.import_rows([], {story_id: [snapshot]})

    def import_rows(
        self, rows: Sequence[SnapshotRow], by_id: dict[int, builtins.list[Snapshot]] | None = None
    ) -> ImportCounts:
        """All snapshots in one transaction (stories and publications created as needed):
        nothing is half-done."""
        created: set[int] = set()
        publications: list[str] = []
        placed = 0
        written = 0
        with self._sessions.begin() as session:
            known = self._keys(session)
            pending: list[tuple[int, Snapshot]] = []
            for row in rows:
                story_id = known.get(row.story_key)
                if story_id is None:
                    if row.facts is None:
                        raise LookupError(f"No published story {row.story_key}.")
                    story_id = self._add(session, row.facts).id
                    known[row.story_key] = story_id
                    created.add(story_id)
                story = session.get_one(PublishedStory, story_id)
                if row.publication.strip() and story.publication_id is None:
                    # A file never moves a story from the publication it is recorded in.
                    publication, new = publication_for(session, row.publication)
                    story.publication_id = publication.id
                    publications += [publication.name] if new else []
                    placed += story_id not in created
                pending.append((story_id, row.snapshot))
            for story_id, snapshots in (by_id or {}).items():
                if session.get(PublishedStory, story_id) is None:
                    raise LookupError(f"No published story {story_id}.")
                pending.extend((story_id, snapshot) for snapshot in snapshots)
            existing = {
                (row.story_id, row.taken_on): row
                for row in session.scalars(
                    select(StatSnapshot).where(
                        StatSnapshot.story_id.in_({story_id for story_id, _ in pending} or {-1})
                    )
                )
            }
            for story_id, snapshot in pending:
                target = existing.get((story_id, snapshot.taken_on))
                if target is None:
                    target = StatSnapshot(story_id=story_id, taken_on=snapshot.taken_on)
                    session.add(target)
                    existing[(story_id, snapshot.taken_on)] = target
                # A figure not given leaves the one stored for that day alone.
                target.views, target.reads = snapshot.views, snapshot.reads
                for name in OPTIONAL_FIGURES:
                    if (value := getattr(snapshot, name)) is not None:
                        setattr(target, name, value)
                written += 1
        return ImportCounts(written, len(created), tuple(publications), placed)

    def snapshots(self) -> dict[int, builtins.list[Snapshot]]:
        """Every story's snapshots, oldest first."""
        found: dict[int, list[Snapshot]] = {}
        with self._sessions() as session:
            rows = session.scalars(
                select(StatSnapshot).order_by(StatSnapshot.story_id, StatSnapshot.taken_on)
            )
            for row in rows:
                found.setdefault(row.story_id, []).append(_snapshot(row))
        return found
