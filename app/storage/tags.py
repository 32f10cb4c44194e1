"""Tags on drafts and the history of every tag ever used.

Tag names arrive already normalised for display ("Machine Learning"); they are unique by their
case-folded key. History lives in ``tag_events`` and survives renames, merges and deleted
drafts: events keep the draft's title, and a deleted draft only clears the link.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, sessionmaker

from app.storage.models import Draft, DraftTag, Tag, TagEvent
from app.storage.tag_changes import TagHistoryChanges

# Medium's limit per story (``app.document.medium_limits``), kept here too: storage imports
# nothing else of the app, and a test holds the two equal.
MAX_TAGS = 5


class TooManyTagsError(ValueError):
    def __init__(self, count: int) -> None:
        super().__init__(f"Medium allows {MAX_TAGS} tags per story; {count} were given.")


@dataclass(frozen=True, slots=True)
class TagUsage:
    """One tag as the history view shows it."""

    id: int
    name: str
    uses: int  # drafts it was ever applied to
    first_used: datetime | None
    last_used: datetime | None
    drafts: tuple[str, ...]  # titles, most recent first


@dataclass(frozen=True, slots=True)
class TagApplication:
    """A tag applied to a draft at some time: the raw material for suggestions."""

    tag: str
    draft_id: int | None
    draft_title: str
    at: datetime


@dataclass(frozen=True, slots=True)
class TaggedDraft:
    """The tags a draft carried (and the latest application), with its topic if it lives."""

    draft_id: int | None
    draft_title: str  # the title when the tags were applied
    tags: tuple[str, ...]
    last_applied: datetime
    draft_exists: bool
    keyphrase: str
    title: str


def tag_key(name: str) -> str:
    return " ".join(name.split()).casefold()


_ARROW = " → "


def _old_name(detail: str, current: set[str]) -> str:
    """The old name in a rename or merge event's "old → new"; names may hold an arrow too, so
    the split is the one whose new name is a tag today (else the last arrow)."""
    parts = detail.split(_ARROW)
    splits = [(_ARROW.join(parts[:n]), _ARROW.join(parts[n:])) for n in range(1, len(parts))]
    for old, new in splits:
        if tag_key(new) in current:
            return old
    return splits[-1][0] if splits else ""


class TagRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._changes = TagHistoryChanges(sessions)
        self._names: tuple[tuple[int, int], tuple[str, ...]] | None = None  # (stamp, names)

    def history_stamp(self) -> tuple[int, int]:
        """Changes whenever a write may have changed the tag history (or the names): this
        connection's writes are counted as they happen; another program's (the command line
        tagging or importing while the window is open) show as a newer tag event."""
        with self._sessions() as session:
            newest = session.scalar(select(func.max(TagEvent.id))) or 0
        return self._changes.version, newest

    def _get_or_create(self, session: Session, name: str) -> Tag:
        """The tag ``name`` names, case aside; made if new. A tag first typed all in lower
        case ("python") takes the capitals the writer types later ("Python"), on every draft:
        the first spelling was a slip of case, not a choice."""
        key = tag_key(name)
        spelled = " ".join(name.split())
        tag = session.scalars(select(Tag).where(Tag.key == key)).first()
        if tag is None:
            tag = Tag(name=spelled, key=key)
            session.add(tag)
            session.flush()
        elif tag.name.islower() and not spelled.islower():
            tag.name = spelled
        return tag

    def draft_tags(self, draft_id: int) -> list[str]:
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(Tag.name)
                    .join(DraftTag, DraftTag.tag_id == Tag.id)
                    .where(DraftTag.draft_id == draft_id)
                    .order_by(DraftTag.position)
                )
            )

    def set_draft_tags(self, draft_id: int, names: list[str]) -> list[str]:
        """Replace the draft's tags (in order); duplicates by key are dropped. Records history."""
        unique: dict[str, str] = {}
        for name in names:
            if name.strip():
                unique.setdefault(tag_key(name), name)
        if len(unique) > MAX_TAGS:
            raise TooManyTagsError(len(unique))
        with self._sessions.begin() as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                raise LookupError(draft_id)
            current = {link.tag.key: link for link in draft.tags}
            for key, link in list(current.items()):
                if key not in unique:
                    session.add(
                        TagEvent(
                            tag_id=link.tag_id,
                            draft_id=draft_id,
                            draft_title=draft.title,
                            action="removed",
                        )
                    )
                    draft.tags.remove(link)
            for position, (key, name) in enumerate(unique.items()):
                existing = current.get(key)
                if existing is None:
                    tag = self._get_or_create(session, name)
                    link = DraftTag(tag=tag, position=position)
                    draft.tags.append(link)
                    session.add(
                        TagEvent(
                            tag_id=tag.id,
                            draft_id=draft_id,
                            draft_title=draft.title,
                            action="applied",
                        )
                    )
                else:
                    link = existing
                link.position = position
        return self.draft_tags(draft_id)

    def usage(self) -> list[TagUsage]:
        """Every tag ever applied, most used first."""
        with self._sessions() as session:
            tags = {tag.id: tag.name for tag in session.scalars(select(Tag))}
            events = session.execute(
                select(
                    TagEvent.tag_id,
                    TagEvent.draft_id,
                    TagEvent.draft_title,
                    TagEvent.at,
                    TagEvent.action,
                )
                .where(TagEvent.action.in_(("applied", "removed")))
                .order_by(TagEvent.at.desc(), TagEvent.id.desc())
            ).all()
            live_titles = dict(session.execute(select(Draft.id, Draft.title)).all())
        drafts: dict[int, dict[object, str]] = defaultdict(dict)
        decided: set[tuple[int, object]] = set()
        first: dict[int, datetime] = {}
        last: dict[int, datetime] = {}
        for tag_id, draft_id, title, at, action in events:
            identity = draft_id if draft_id is not None else ("deleted", title)
            # The newest event per draft decides: a tag taken off a draft (a typo, a second
            # thought) no longer counts as used on it.
            if (tag_id, identity) in decided:
                if action == "applied" and identity in drafts[tag_id]:
                    first[tag_id] = at
                continue
            decided.add((tag_id, identity))
            if action != "applied":
                continue
            shown = live_titles.get(draft_id, title) if draft_id is not None else title
            drafts[tag_id][identity] = shown or "Untitled"
            first[tag_id] = at
            last.setdefault(tag_id, at)
        usages = [
            TagUsage(
                tag_id,
                name,
                len(drafts[tag_id]),
                first.get(tag_id),
                last.get(tag_id),
                tuple(drafts[tag_id].values()),
            )
            for tag_id, name in tags.items()
            if drafts[tag_id]  # a tag on no draft any more is not part of the writer's history
        ]
        usages.sort(key=lambda usage: (-usage.uses, usage.name.casefold()))
        return usages

    def names(self, prefix: str = "") -> list[str]:
        """Tag names for autocompletion, most used first.

        Kept until a write may change them: the window asks on every draft it opens, and a
        large history takes tens of milliseconds to count.
        """
        stamp = self.history_stamp()  # read first: a write while counting reads again
        if self._names is None or self._names[0] != stamp:
            self._names = (stamp, tuple(usage.name for usage in self.usage()))
        key = tag_key(prefix)
        return [name for name in self._names[1] if name.casefold().startswith(key)]

    def applications(self) -> list[TagApplication]:
        """Every time a tag was applied, newest first (for tag suggestions)."""
        with self._sessions() as session:
            rows = session.execute(
                select(Tag.name, TagEvent.draft_id, TagEvent.draft_title, TagEvent.at)
                .join(Tag, Tag.id == TagEvent.tag_id)
                .where(TagEvent.action == "applied")
                .order_by(TagEvent.at.desc())
            ).all()
        return [TagApplication(*row) for row in rows]

    def applications_by_draft(self) -> list[TaggedDraft]:
        """Per draft (per title, for drafts deleted since), its tags, their latest
        application and the draft's topic while it lives.

        A live draft's tags are the ones it carries now: one taken off again (a typo, a second
        thought) is no longer used on it, as in ``usage``. A deleted draft keeps the tags its
        history applied. One aggregate query, one row per draft: the live draft's keyphrase
        and title come from the covering index, so no body is read however large the library.
        """
        statement = sql_text(
            "SELECT d.id, d.title, coalesce(max(e.at), d.updated_at),"
            " group_concat(t.name, char(31)), 1, coalesce(d.keyphrase, ''), d.title"
            " FROM draft_tags AS dt"
            " JOIN drafts AS d INDEXED BY ix_drafts_card ON d.id = dt.draft_id"
            " JOIN tags AS t ON t.id = dt.tag_id"
            " LEFT JOIN (SELECT draft_id, tag_id, max(at) AS at FROM tag_events"
            "            WHERE action = 'applied' AND draft_id IS NOT NULL"
            "            GROUP BY draft_id, tag_id) AS e"
            "   ON e.draft_id = dt.draft_id AND e.tag_id = dt.tag_id"
            " GROUP BY d.id"
            " UNION ALL"
            " SELECT e.draft_id, e.draft_title, max(e.at), group_concat(t.name, char(31)),"
            " 0, '', ''"
            " FROM (SELECT draft_id, draft_title, tag_id, max(at) AS at FROM tag_events"
            "       WHERE action = 'applied'"
            "         AND (draft_id IS NULL OR draft_id NOT IN (SELECT id FROM drafts))"
            "       GROUP BY draft_id, draft_title, tag_id) AS e"
            " JOIN tags AS t ON t.id = e.tag_id"
            " GROUP BY e.draft_id, e.draft_title"
        )
        with self._sessions() as session:
            rows = session.execute(statement).all()
        return [
            TaggedDraft(
                draft_id,
                draft_title,
                tuple(names.split("\x1f")),
                datetime.fromisoformat(last),  # stored as ISO text; parsed in C
                bool(exists),
                keyphrase,
                title,
            )
            for draft_id, draft_title, last, names, exists, keyphrase, title in rows
        ]

    def replaced_names(self) -> tuple[str, ...]:
        """The names the writer renamed or merged into another tag and has not used since
        ("Routine" after merging it into "Morning Routine"), oldest first."""
        with self._sessions() as session:
            details = session.scalars(
                select(TagEvent.detail)
                .where(TagEvent.action.in_(("renamed", "merged")))
                .order_by(TagEvent.id)
            ).all()
            current = set(session.scalars(select(Tag.key)))
        replaced: dict[str, str] = {}
        for detail in details:
            old = _old_name(detail or "", current)
            if old and tag_key(old) not in current:
                replaced.setdefault(tag_key(old), old)
        return tuple(replaced.values())

    def rename(self, tag_id: int, new_name: str) -> None:
        """Rename a tag everywhere; renaming onto an existing tag merges the two."""
        key = tag_key(new_name)
        with self._sessions.begin() as session:
            tag = session.get(Tag, tag_id)
            if tag is None:
                raise LookupError(tag_id)
            existing = session.scalars(select(Tag).where(Tag.key == key, Tag.id != tag_id)).first()
            if existing is not None:
                self._merge(session, tag, existing)
                return
            session.add(
                TagEvent(tag_id=tag.id, action="renamed", detail=f"{tag.name}{_ARROW}{new_name}")
            )
            tag.name = " ".join(new_name.split())
            tag.key = key

    def merge(self, source_id: int, target_id: int) -> None:
        """Fold ``source`` into ``target``: drafts and history move, ``source`` disappears."""
        if source_id == target_id:
            return
        with self._sessions.begin() as session:
            source, target = session.get(Tag, source_id), session.get(Tag, target_id)
            if source is None or target is None:
                raise LookupError(source_id if source is None else target_id)
            self._merge(session, source, target)

    def _merge(self, session: Session, source: Tag, target: Tag) -> None:
        tagged = set(session.scalars(select(DraftTag.draft_id).where(DraftTag.tag_id == target.id)))
        session.execute(
            delete(DraftTag).where(
                DraftTag.tag_id == source.id, DraftTag.draft_id.in_(tagged or {-1})
            )
        )
        session.execute(
            update(DraftTag).where(DraftTag.tag_id == source.id).values(tag_id=target.id)
        )
        session.execute(
            update(TagEvent).where(TagEvent.tag_id == source.id).values(tag_id=target.id)
        )
        detail = f"{source.name}{_ARROW}{target.name}"
        session.add(TagEvent(tag_id=target.id, action="merged", detail=detail))
        session.flush()
        session.delete(source)
