"""The text layer: words, syllables, sentences, counts and the readability formulas.

The bottom of the analysis: it imports nothing above it (rules, insights, engine).
"""
