"""The insights layer: readability, read time, intro, headline, keywords and tags.

Imports the text and rules layers (never the engine).
"""
