"""Spelling: which words of the prose are misspelled, and what the writer probably meant.

- ``spelling_tokens(text)``: the words a checker should look at, with offsets.
- ``SpellingChecker(personal_words, ignored_words)``: ``misspellings(text)``, ``findings(text)``
  and ``suggest(word, before, after)`` honouring the writer's dictionary.
- ``suggest(word, before, after, limit, time_budget)``: ranked corrections from the shared
  dictionary alone.
"""

from app.analysis.rules.spelling.checker import (
    RULE,
    SpellingChecker,
    SuggestionBudget,
    neighbours,
)
from app.analysis.rules.spelling.lexicon import warm_up
from app.analysis.rules.spelling.suggest import suggest
from app.analysis.rules.spelling.tokens import Token, spelling_tokens

__all__ = [
    "RULE",
    "SpellingChecker",
    "SuggestionBudget",
    "Token",
    "neighbours",
    "spelling_tokens",
    "suggest",
    "warm_up",
]
