"""Focus keyphrase checks and keyword extraction over plain prose strings."""

from app.analysis.insights.keywords.extract import (
    BlockTerms,
    Keyphrase,
    KeywordIndex,
    ProseBlockLike,
    Term,
    block_terms,
    extract_keyphrases,
    names_in_title,
    suggest_focus_keyphrase,
    topic_mismatch,
)
from app.analysis.insights.keywords.keyphrase import (
    Check,
    KeyphraseMatcher,
    KeyphraseReport,
    check_keyphrase,
    find_occurrences,
)

__all__ = [
    "BlockTerms",
    "Check",
    "Keyphrase",
    "KeyphraseMatcher",
    "KeyphraseReport",
    "KeywordIndex",
    "ProseBlockLike",
    "Term",
    "block_terms",
    "check_keyphrase",
    "extract_keyphrases",
    "find_occurrences",
    "names_in_title",
    "suggest_focus_keyphrase",
    "topic_mismatch",
]
