"""The rules layer: findings, thresholds, style and spelling checks over prose.

Imports the text layer only (never insights or engine).
"""
