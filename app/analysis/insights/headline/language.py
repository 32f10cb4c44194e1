"""Whether a title and its story are English: the lab's templates are English sentences.

A story long enough to tell is judged as the checks and the tag suggestions judge it
(:mod:`app.analysis.text.language`: its share of English grammar words). A title alone is
too short for that share ("Cómo aprender a programar en 30 días" has "a", an English word),
so it is read by its lower-case words, which are no names: when at least half of them are
words English rarely writes ("aprender", "días") or grammar words of another language ("en",
"der", "le"), the title is in that language.
"""

from __future__ import annotations

import re

from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.lexicon import function_words, other_grammar_words
from app.analysis.insights.keywords.vocabulary import words_of
from app.analysis.insights.tags.features import reads_english
from app.analysis.text.language import LANGUAGE_MIN_WORDS

#: A lower-case word English writes less often than this (Zipf) is no English word: "aprender"
#: 1.3, "días" 2.3; "sourdough" 3.0, "refactor" 2.9.
FOREIGN_WORD_ZIPF = 2.0
#: Another language's grammar word counts as foreign below this Zipf in English: "en" and "le"
#: (4.5) do, "die", "man" and "come" (5.1 and more), English words too, do not.
FOREIGN_GRAMMAR_ZIPF = 4.7
#: Lower-case words a title needs before its words can tell its language.
TITLE_MIN_LOWER_WORDS = 2
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def title_reads_foreign(title: str) -> bool:
    """Whether a title alone reads as another language than English (see the module)."""
    lower = [word for word in _LETTERS.findall(title)[1:] if word.islower()]
    if len(lower) < TITLE_MIN_LOWER_WORDS:
        return False  # Title Case or a name: too little to tell
    grammar = other_grammar_words() - function_words()
    foreign = sum(
        zipf(word) < FOREIGN_WORD_ZIPF or (word in grammar and zipf(word) < FOREIGN_GRAMMAR_ZIPF)
        for word in lower
    )
    return 2 * foreign >= len(lower)


def reads_as_english(title: str, text: str = "") -> bool:
    """Whether the story (``title`` and ``text``) is English: by its grammar words when it
    has enough words to tell, else by the title's own words."""
    story = f"{title}\n{text}"
    if len(words_of(story)) >= LANGUAGE_MIN_WORDS:
        return reads_english(story)
    return not title_reads_foreign(title)
