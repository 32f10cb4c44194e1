"""The schema revision this version of Clapwise expects (the newest Alembic migration)."""

SCHEMA_REVISION = "0008_figures_not_given"
