"""The one model of a Markdown post: front matter, title and metadata, chunks, prose.

No Qt, no storage: analysis, publishing, import and the command line read Markdown only
through this package.
"""
