"""Alembic migrations for the Clapwise database."""
