"""drafts: whether a draft was begun empty in the app (everything in it was written here)

Revision ID: 0006_began_empty
Revises: 0005_publish_time
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_began_empty"
down_revision = "0005_publish_time"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing drafts stay unmarked: nothing stored tells a draft begun empty from an
    # imported one, and counting an import as writing would be worse than missing a day.
    op.add_column(
        "drafts",
        sa.Column("began_empty", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("drafts") as batch_op:
        batch_op.drop_column("began_empty")
