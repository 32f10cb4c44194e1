"""Tables for planning and learning: publications, submissions, published stories, their
versions and dated statistics, the posting schedule and goals. Changes go through Alembic."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models import Base, utcnow


class Publication(Base):
    """A Medium publication a writer submits to."""

    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, unique=True)  # case-folded name
    url: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")  # comma-separated
    guidelines: Mapped[str] = mapped_column(Text, default="")
    exclusive: Mapped[bool] = mapped_column(default=False)
    response_days: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Submission(Base):
    """A draft sent (or to be sent) to a publication, with the date of each status."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), index=True)
    publication_id: Mapped[int] = mapped_column(
        ForeignKey("publications.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="planned")
    planned_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)  # accepted or rejected
    published_at: Mapped[datetime | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class PublishedStory(Base):
    """A story live on Medium. The draft link is cleared (not the story) if the draft goes."""

    __tablename__ = "published_stories"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int | None] = mapped_column(
        ForeignKey("drafts.id", ondelete="SET NULL"), index=True
    )
    url: Mapped[str] = mapped_column(Text, default="")
    key: Mapped[str] = mapped_column(Text, unique=True)  # the URL without query, else the title
    title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    # False when only the day is known (a statistics file's date): published_at is midnight.
    time_known: Mapped[bool] = mapped_column(default=True, server_default=true())
    publication_id: Mapped[int | None] = mapped_column(
        ForeignKey("publications.id", ondelete="SET NULL"), default=None
    )
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated, as published
    words: Mapped[int | None] = mapped_column(Integer, default=None)
    read_minutes: Mapped[float | None] = mapped_column(Float, default=None)
    headline_score: Mapped[int | None] = mapped_column(Integer, default=None)
    reading_grade: Mapped[float | None] = mapped_column(Float, default=None)


class StoryVersion(Base):
    """A published story's title and text from ``changed_at`` on (the first: as published)."""

    __tablename__ = "story_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(
        ForeignKey("published_stories.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class StatSnapshot(Base):
    """A story's lifetime totals as Medium showed them on one day; NULL is a figure not
    given that day (a file without the column, a box left empty), never a 0."""

    __tablename__ = "stat_snapshots"
    __table_args__ = (UniqueConstraint("story_id", "taken_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("published_stories.id", ondelete="CASCADE"))
    taken_on: Mapped[date] = mapped_column(Date)
    views: Mapped[int] = mapped_column(Integer, default=0)
    reads: Mapped[int] = mapped_column(Integer, default=0)
    claps: Mapped[int | None] = mapped_column(Integer, default=None)
    fans: Mapped[int | None] = mapped_column(Integer, default=None)
    responses: Mapped[int | None] = mapped_column(Integer, default=None)
    member_reading_minutes: Mapped[float | None] = mapped_column(Float, default=None)
    earnings: Mapped[float | None] = mapped_column(Float, default=None)


class ScheduledPost(Base):
    """A draft planned for a date and time."""

    __tablename__ = "scheduled_posts"
    __table_args__ = (Index("ix_scheduled_posts_at", "scheduled_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), index=True)
    scheduled_at: Mapped[datetime] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")


class PlanGoal(Base):
    """A goal by kind: ``posts_per_week`` or ``words_per_day``."""

    __tablename__ = "plan_goals"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    target: Mapped[int] = mapped_column(Integer)
