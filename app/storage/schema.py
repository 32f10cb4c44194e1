"""The schema revision this version of Clapwise expects (the newest Alembic migration)."""

SCHEMA_REVISION = "0006_began_empty"
