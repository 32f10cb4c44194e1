"""stat snapshots: a figure not given that day is NULL, not 0

Revision ID: 0008_figures_not_given
Revises: 0007_search_story
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0008_figures_not_given"
down_revision = "0007_search_story"
branch_labels = None
depends_on = None

# Every figure but views and reads, which a snapshot always has.
FIGURES = ("claps", "fans", "responses", "member_reading_minutes", "earnings")


def _rebuild(optional: str) -> None:
    """The table again with the figures ``optional`` ("" or " NOT NULL"), as SQLite changes a
    column: a new table, the rows copied, the old one dropped. Written out rather than left to
    a batch operation, whose reflected constraints come out in no fixed order."""
    op.execute(
        "CREATE TABLE stat_snapshots_new (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tstory_id INTEGER NOT NULL, \n"
        "\ttaken_on DATE NOT NULL, \n"
        "\tviews INTEGER NOT NULL, \n"
        "\treads INTEGER NOT NULL, \n"
        f"\tclaps INTEGER{optional}, \n"
        f"\tfans INTEGER{optional}, \n"
        f"\tresponses INTEGER{optional}, \n"
        f"\tmember_reading_minutes FLOAT{optional}, \n"
        f"\tearnings FLOAT{optional}, \n"
        "\tPRIMARY KEY (id), \n"
        "\tUNIQUE (story_id, taken_on), \n"
        "\tFOREIGN KEY(story_id) REFERENCES published_stories (id) ON DELETE CASCADE\n"
        ")"
    )
    op.execute("INSERT INTO stat_snapshots_new SELECT * FROM stat_snapshots")
    op.execute("DROP TABLE stat_snapshots")
    op.execute("ALTER TABLE stat_snapshots_new RENAME TO stat_snapshots")


def upgrade() -> None:
    _rebuild("")
    # Until now a figure a file lacked, or a box left at 0, was stored as 0. These are
    # lifetime totals: a 0 after a day that had more is such a figure, not one that fell.
    for name in FIGURES:
        op.execute(
            f"UPDATE stat_snapshots SET {name} = NULL WHERE {name} = 0 AND EXISTS ("
            "SELECT 1 FROM stat_snapshots AS earlier WHERE earlier.story_id = "
            "stat_snapshots.story_id AND earlier.taken_on < stat_snapshots.taken_on"
            f" AND earlier.{name} > 0)"
        )


def downgrade() -> None:
    for name in FIGURES:
        op.execute(f"UPDATE stat_snapshots SET {name} = 0 WHERE {name} IS NULL")
    _rebuild(" NOT NULL")
