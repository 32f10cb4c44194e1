"""Medium tags for a story: the rules a tag's name follows, the verdict on a chosen tag, and
suggestions ranked by a model fitted on writers' own choices.

``names`` (length, normalising, repeats), ``history`` (the writer's past tags), ``slips``
(misspelt tags), ``verdict`` (crowded, narrow, a neighbour), ``features`` (candidates and their
evidence), ``model`` (the fitted ranking), ``ballot`` and ``sources`` (credit from the text and
from history) and ``suggestions`` (the five to offer).
"""
