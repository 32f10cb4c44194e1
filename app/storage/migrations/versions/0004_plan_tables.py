"""publications, submissions, published stories, versions, statistics, schedule and goals

Revision ID: 0004_plan
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_plan"
down_revision = "0003"
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _draft(nullable: bool, ondelete: str) -> sa.Column:
    return sa.Column(
        "draft_id",
        sa.Integer(),
        sa.ForeignKey("drafts.id", ondelete=ondelete),
        nullable=nullable,
        index=True,
    )


def upgrade() -> None:
    op.create_table(
        "publications",
        _id(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False, unique=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("guidelines", sa.Text(), nullable=False),
        sa.Column("exclusive", sa.Boolean(), nullable=False),
        sa.Column("response_days", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "submissions",
        _id(),
        _draft(False, "CASCADE"),
        sa.Column(
            "publication_id",
            sa.Integer(),
            sa.ForeignKey("publications.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("planned_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_table(
        "published_stories",
        _id(),
        _draft(True, "SET NULL"),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False, unique=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("subtitle", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column(
            "publication_id",
            sa.Integer(),
            sa.ForeignKey("publications.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("words", sa.Integer(), nullable=True),
        sa.Column("read_minutes", sa.Float(), nullable=True),
        sa.Column("headline_score", sa.Integer(), nullable=True),
        sa.Column("reading_grade", sa.Float(), nullable=True),
    )
    op.create_table(
        "story_versions",
        _id(),
        sa.Column(
            "story_id",
            sa.Integer(),
            sa.ForeignKey("published_stories.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("subtitle", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_table(
        "stat_snapshots",
        _id(),
        sa.Column(
            "story_id",
            sa.Integer(),
            sa.ForeignKey("published_stories.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("views", sa.Integer(), nullable=False),
        sa.Column("reads", sa.Integer(), nullable=False),
        sa.Column("claps", sa.Integer(), nullable=False),
        sa.Column("fans", sa.Integer(), nullable=False),
        sa.Column("responses", sa.Integer(), nullable=False),
        sa.Column("member_reading_minutes", sa.Float(), nullable=False),
        sa.Column("earnings", sa.Float(), nullable=False),
        sa.UniqueConstraint("story_id", "taken_on"),
    )
    op.create_table(
        "scheduled_posts",
        _id(),
        _draft(False, "CASCADE"),
        sa.Column("scheduled_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_scheduled_posts_at", "scheduled_posts", ["scheduled_at"])
    op.create_table(
        "plan_goals",
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("target", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "plan_goals",
        "scheduled_posts",
        "stat_snapshots",
        "story_versions",
        "published_stories",
        "submissions",
        "publications",
    ):
        op.drop_table(table)
