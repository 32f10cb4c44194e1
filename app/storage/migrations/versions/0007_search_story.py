"""draft search reads the story, not its front matter

Revision ID: 0007_search_story
Revises: 0006_began_empty
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import op

revision = "0007_search_story"
down_revision = "0006_began_empty"
branch_labels = None
depends_on = None

# A body that opens with YAML ("---") or TOML ("+++") front matter is searched from the line
# after the block closes: "title" should not find every imported post. The index reads the
# view, so its snippets and highlights are cut from the same text it matched in. Only a block
# whose first closing line is the bare fence is cut; a block SQL cannot read for sure (closed
# by "...", a fence with trailing spaces, JSON, CRLF lines) is searched whole, as before.
_OPEN = "substr({b}, 1, 4) IN ('---' || char(10), '+++' || char(10))"
_AFTER_OPENING = "substr({b}, 4)"  # from the opening fence's line break on
_CLOSE = f"instr({_AFTER_OPENING}, char(10) || substr({{b}}, 1, 3) || char(10))"
_EARLIER = (  # a closing line the app reads before the bare fence ("...", "--- ")
    f"instr({_AFTER_OPENING}, char(10) || '...')",
    f"instr({_AFTER_OPENING}, char(10) || substr({{b}}, 1, 3) || ' ')",
    f"instr({_AFTER_OPENING}, char(10) || substr({{b}}, 1, 3) || char(9))",
)
_CUT = " AND ".join(
    [_OPEN, f"{_CLOSE} > 0", *(f"NOT ({e} BETWEEN 1 AND {_CLOSE})" for e in _EARLIER)]
)
_STORY = f"CASE WHEN {_CUT} THEN substr({{b}}, 8 + {_CLOSE}) ELSE {{b}} END"
VIEW = "drafts_story"
FTS_TABLE = """CREATE VIRTUAL TABLE drafts_fts USING fts5(
    title, subtitle, body, content='{content}', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
)"""
TRIGGERS = (
    """CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN
        INSERT INTO drafts_fts(rowid, title, subtitle, body)
        VALUES (new.id, new.title, new.subtitle, {new});
    END""",
    """CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN
        INSERT INTO drafts_fts(drafts_fts, rowid, title, subtitle, body)
        VALUES ('delete', old.id, old.title, old.subtitle, {old});
    END""",
    """CREATE TRIGGER drafts_fts_update AFTER UPDATE OF title, subtitle, body ON drafts BEGIN
        INSERT INTO drafts_fts(drafts_fts, rowid, title, subtitle, body)
        VALUES ('delete', old.id, old.title, old.subtitle, {old});
        INSERT INTO drafts_fts(rowid, title, subtitle, body)
        VALUES (new.id, new.title, new.subtitle, {new});
    END""",
)


def story(body: str) -> str:
    """The SQL expression for the story in ``body`` (a column), without front matter."""
    return _STORY.format(b=body)


def _recreate_index(content: str, body_of: Callable[[str], str]) -> None:
    for name in ("drafts_fts_update", "drafts_fts_delete", "drafts_fts_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS drafts_fts")
    op.execute(FTS_TABLE.format(content=content))
    for statement in TRIGGERS:
        op.execute(statement.format(new=body_of("new.body"), old=body_of("old.body")))
    op.execute("INSERT INTO drafts_fts(drafts_fts) VALUES ('rebuild')")


def upgrade() -> None:
    columns = f"id, title, subtitle, {story('body')} AS body"
    op.execute(f"CREATE VIEW {VIEW} AS SELECT {columns} FROM drafts")
    _recreate_index(VIEW, story)


def downgrade() -> None:
    _recreate_index("drafts", lambda body: body)
    op.execute(f"DROP VIEW IF EXISTS {VIEW}")
