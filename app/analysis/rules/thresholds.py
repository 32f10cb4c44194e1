"""Every number the style rules use, in one place (the README's rule table mirrors this)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Thresholds:
    # Hard sentences take two signals: length and the reading grade (Automated Readability
    # Index, driven by word length) of the sentence. A short sentence of long words is not
    # hard to follow; a long one of short words is only long.
    # Very hard (shown by default): very long and not plain. The labelled set's editor
    # (`python -m tools.eval_advice`) would split most sentences from 30 words; five readers
    # of 40 more posts, judging blind, would split 28 of 173 sentences of 30 to 39 words and 57
    # of 73 longer ones, whatever their grade, so a sentence is very hard from 40 words.
    very_hard_long_words: int = 40
    very_hard_long_grade: float = 12.0
    # Hard (a deeper level): long enough and not plain.
    hard_sentence_min_words: int = 20
    hard_grade: float = 10.0
    # The message names long words as the reason only when the sentence's words average this
    # many letters (sentences of 47 Medium stories: median 4.85, 70th percentile 5.33, by
    # `python -m tools.letters_per_word`); otherwise its length alone lifts the grade.
    long_words_letters: float = 5.3
    # Grades above this (the last year of college) are said in words, not as a number.
    highest_grade_shown: int = 16
    # Long sentences and their share of all sentences (percent).
    long_sentence_words: int = 20
    long_share_good: float = 25.0
    long_share_poor: float = 30.0
    # Passive voice share of sentences (percent).
    passive_share_good: float = 10.0
    passive_share_poor: float = 15.0
    # Paragraphs: Medium is read on phones. On a 390-point-wide phone (the commonest width)
    # Medium sets 18 px text on 28 px lines in a 342 px column: about 40 characters, six or
    # seven words, a line, and some 22 lines (about 150 words) between the browser's bars and
    # Medium's. A paragraph over 150 words is more than a screen. Many sentences make a wall
    # of text only when they also fill most of the screen, some 18 lines (about 120 words):
    # four readers of real posts would split 4 of 40 such paragraphs under 120 words, and 13
    # of 24 from 120 words on. Of those from 120 words on, two later copy editors judging 24
    # posts blind would split none of 9 of 5 or 6 sentences and 3 of 5 of 7 or more.
    paragraph_max_words: int = 150
    paragraph_max_sentences: int = 6
    paragraph_wall_min_words: int = 120
    # Sections: words between subheadings. A post with none yet needs one past 400 words; in a
    # post that has some, readers of real posts would add another to 1 of 16 sections under
    # 600 words, and to 2 of 5 longer ones.
    section_max_words: int = 400
    section_max_words_with_subheadings: int = 600
    # Transition words: share of sentences (percent), judged on texts of 200+ words.
    transition_min_words: int = 200
    transition_share_good: float = 30.0
    transition_share_poor: float = 20.0
    # Consecutive sentences starting with the same word.
    repeated_start_run: int = 3


DEFAULT_THRESHOLDS = Thresholds()
