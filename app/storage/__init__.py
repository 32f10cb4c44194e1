"""Drafts, revisions, tags, headline ideas and the personal dictionary in SQLite (SQLAlchemy).

Nothing here imports Qt. Repositories hand out plain frozen records, never live ORM objects,
so the UI can keep them across threads and sessions.
"""
