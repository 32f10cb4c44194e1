"""Pure-Python text analysis: Markdown to prose, readability, style rules, headlines, keywords.

Nothing in this package imports Qt or SQLAlchemy.
"""
