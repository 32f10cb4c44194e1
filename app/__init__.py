"""Clapwise: an offline writing assistant for Medium writers."""

__version__ = "0.1.0"
