"""The schema revision this version of Clapwise expects (the newest Alembic migration)."""

SCHEMA_REVISION = "0005_publish_time"
