"""The plan window's tabs, in order: the Plan menu lists them without importing the window."""

TABS = ("Calendar", "Submissions", "Performance log", "Charts", "What works for you")
