"""published stories: whether the time of day they went live is known

Revision ID: 0005_publish_time
Revises: 0004_speed
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_publish_time"
down_revision = "0004_speed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "published_stories",
        sa.Column("time_known", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    # Until now a statistics file's date without a time was stored as midnight: exactly
    # 00:00:00 is that, not a story published on the stroke of midnight.
    op.execute("UPDATE published_stories SET time_known = 0 WHERE time(published_at) = '00:00:00'")


def downgrade() -> None:
    with op.batch_alter_table("published_stories") as batch_op:
        batch_op.drop_column("time_known")
