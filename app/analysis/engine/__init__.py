"""The engine: incremental analysis of a draft into one frozen Report.

The top of the analysis; it may import every layer below it.
"""
