"""drafts list and search at library scale: covering indexes, FTS prefix indexes

Revision ID: 0004_speed
Revises: 0004_plan
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0004_speed"
down_revision = "0004_plan"
branch_labels = None
depends_on = None

# ``drafts`` stores ``body`` before ``updated_at``/``deleted_at``, so reading those from the
# table walks every row's overflow pages. Two covering indexes hold what a list row shows:
# one in list order (trash state, then newest first) and one by id (with the keyphrase), for
# joining search hits and tag history. No row is rewritten.
LIST_COLUMNS = "title, word_count, status"

# Search-as-you-type queries every word as a prefix; without prefix indexes a one- or
# two-letter prefix ("a", "th") merges thousands of term lists on every keystroke.
FTS_TABLE = """CREATE VIRTUAL TABLE drafts_fts USING fts5(
    title, subtitle, body, content='drafts', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'{options}
)"""
TRIGGERS = (
    """CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN
        INSERT INTO drafts_fts(rowid, title, subtitle, body)
        VALUES (new.id, new.title, new.subtitle, new.body);
    END""",
    """CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN
        INSERT INTO drafts_fts(drafts_fts, rowid, title, subtitle, body)
        VALUES ('delete', old.id, old.title, old.subtitle, old.body);
    END""",
    """CREATE TRIGGER drafts_fts_update AFTER UPDATE OF title, subtitle, body ON drafts BEGIN
        INSERT INTO drafts_fts(drafts_fts, rowid, title, subtitle, body)
        VALUES ('delete', old.id, old.title, old.subtitle, old.body);
        INSERT INTO drafts_fts(rowid, title, subtitle, body)
        VALUES (new.id, new.title, new.subtitle, new.body);
    END""",
)


def _recreate_index(options: str) -> None:
    for name in ("drafts_fts_update", "drafts_fts_delete", "drafts_fts_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS drafts_fts")
    op.execute(FTS_TABLE.format(options=options))
    for statement in TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO drafts_fts(drafts_fts) VALUES ('rebuild')")


def upgrade() -> None:
    op.execute(
        f"CREATE INDEX ix_drafts_listing ON drafts (deleted_at, updated_at, id, {LIST_COLUMNS})"
    )
    op.execute(
        "CREATE INDEX ix_drafts_card ON drafts "
        f"(id, deleted_at, updated_at, {LIST_COLUMNS}, keyphrase)"
    )
    _recreate_index(", prefix='1 2 3'")
    op.execute("ANALYZE drafts")


def downgrade() -> None:
    _recreate_index("")
    op.execute("DROP INDEX IF EXISTS ix_drafts_card")
    op.execute("DROP INDEX IF EXISTS ix_drafts_listing")
