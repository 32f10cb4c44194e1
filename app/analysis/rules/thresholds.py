"""Every number the style rules use, in one place (the README's rule table mirrors this)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Thresholds:
    # Hard sentences (Automated Readability Index per sentence, sentences of 14+ words).
    hard_sentence_min_words: int = 14
    hard_grade: float = 10.0
    very_hard_grade: float = 14.0
    # Long sentences and their share of all sentences (percent).
    long_sentence_words: int = 20
    long_share_good: float = 25.0
    long_share_poor: float = 30.0
    # Passive voice share of sentences (percent).
    passive_share_good: float = 10.0
    passive_share_poor: float = 15.0
    # Paragraphs: Medium is read on phones, where a five-sentence paragraph fills the screen.
    paragraph_max_words: int = 150
    paragraph_max_sentences: int = 4
    # Sections: words between subheadings.
    section_max_words: int = 300
    # Transition words: share of sentences (percent), judged on texts of 200+ words.
    transition_min_words: int = 200
    transition_share_good: float = 30.0
    transition_share_poor: float = 20.0
    # Consecutive sentences starting with the same word.
    repeated_start_run: int = 3


DEFAULT_THRESHOLDS = Thresholds()
