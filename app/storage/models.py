"""The database schema as SQLAlchemy ORM classes. Changes go through Alembic migrations."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Draft(Base):
    __tablename__ = "drafts"
    # What a list row shows, so listing and search never read the bodies (migration 0004).
    __table_args__ = (
        Index(
            "ix_drafts_listing", "deleted_at", "updated_at", "id", "title", "word_count", "status"
        ),
        Index(
            "ix_drafts_card",
            *("id", "deleted_at", "updated_at", "title", "word_count", "status", "keyphrase"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    keyphrase: Mapped[str] = mapped_column(Text, default="")
    genre: Mapped[str] = mapped_column(String(20), default="essay")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    canonical_url: Mapped[str] = mapped_column(Text, default="")
    cursor_position: Mapped[int] = mapped_column(Integer, default=0)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    # Begun with no text in the app, so it started at 0 words and all of it is writing; an
    # imported or older draft starts at its first saved count instead (see word_counts).
    began_empty: Mapped[bool] = mapped_column(default=False, server_default=false())

    tags: Mapped[list[DraftTag]] = relationship(
        back_populates="draft", cascade="all, delete-orphan", order_by="DraftTag.position"
    )


class Revision(Base):
    """A version of a draft: kept when it is opened, then at most every 10 minutes of writing
    (the session's interval), and the text a restore or a refused save would otherwise lose."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, unique=True)  # case-folded name
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DraftTag(Base):
    __tablename__ = "draft_tags"
    __table_args__ = (UniqueConstraint("draft_id", "tag_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)

    draft: Mapped[Draft] = relationship(back_populates="tags")
    tag: Mapped[Tag] = relationship()


class TagEvent(Base):
    """Tag history: every application, removal, rename and merge, kept after drafts go."""

    __tablename__ = "tag_events"
    __table_args__ = (Index("ix_tag_events_tag_at", "tag_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"))
    draft_id: Mapped[int | None] = mapped_column(
        ForeignKey("drafts.id", ondelete="SET NULL"), index=True
    )
    draft_title: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(20))  # applied, removed, renamed, merged
    detail: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)


class HeadlineCandidate(Base):
    __tablename__ = "headline_candidates"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    template: Mapped[str] = mapped_column(String(40), default="")
    starred: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class DictionaryWord(Base):
    """The writer's personal dictionary: never flagged as misspelled, in any draft."""

    __tablename__ = "dictionary_words"

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, unique=True)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class IgnoredWord(Base):
    """ "Ignore in this draft": accepted in one draft only."""

    __tablename__ = "ignored_words"
    __table_args__ = (UniqueConstraint("draft_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    word: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text)


class AppState(Base):
    """Small facts the app must remember across restarts (the last open draft, …)."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class PromotionSnippet(Base):
    """A promotion text the writer edited for one network (x, linkedin, facebook, newsletter)."""

    __tablename__ = "promotion_snippets"
    __table_args__ = (UniqueConstraint("draft_id", "network"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    network: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
