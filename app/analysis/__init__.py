"""Pure-Python text analysis, in layers that import only downwards.

``text`` (words, sentences, counts, formulas) <- ``rules`` (findings, style, spelling) <-
``insights`` (readability, headline, keywords, tags) <- ``engine`` (the incremental analyser
and its Report). Nothing in this package imports Qt, SQLAlchemy or the layers above it.
"""
