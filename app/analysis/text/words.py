"""Word tokens of prose: the words of a string, and the form used to look them up."""

from __future__ import annotations

import re
import unicodedata

import regex

#: A web address's last part ("github.com"): the name before it stays a word of its own.
DOMAIN_ENDINGS = "com|org|net|gov|edu|io|dev|co|uk|ly|me|app|info"
#: A full stop inside a name, before a short lower-case ending that ends no web address:
#: "Node.js", "fast.ai", "setup.py".
DOTTED_NAME_JOINER = rf"\.(?!(?:{DOMAIN_ENDINGS})\b)(?=[a-z]{{2,3}}\b)"
#: A slash between two capital letters, each a word alone: "A/B", "I/O".
LETTER_PAIR_JOINER = r"(?<=\b[A-Z])/(?=[A-Z]\b)"


# Combining marks (accents typed as a letter and a mark, "re\u0301sume\u0301") belong to the
# word before them. Python's ``re`` does not count them as word characters; the ``regex``
# module does, at about half the speed, so it scans only text that holds one.
_COMBINING_MARK = regex.compile(r"\p{M}")


def has_combining_marks(text: str) -> bool:
    """True when ``text`` holds a combining mark (Unicode category M)."""
    return not text.isascii() and _COMBINING_MARK.search(text) is not None


class WordScanner:
    """Words of letters or digits joined by single ``joiners`` characters ("don't", "well-known").

    ``pattern`` is the exact pattern (underscore excluded, so snake_case never reads as prose).
    Text without an underscore, where ``\\w`` is exactly its letter-or-digit class, is scanned
    with a plain ``\\w`` twin with possessive repeats: about a third faster, the same words.
    With ``dotted_names``, a name with an inner full stop ("Node.js") or a slash between two
    capitals ("A/B") is one word. Text with
    combining marks is scanned by the ``regex`` twin, whose ``\\w`` includes them.
    """

    def __init__(self, joiners: str, dotted_names: bool = False) -> None:
        joiner = f"[{re.escape(joiners)}]"
        if dotted_names:
            joiner = f"(?:{joiner}|{DOTTED_NAME_JOINER}|{LETTER_PAIR_JOINER})"
        self.pattern = re.compile(rf"[^\W_]+(?:{joiner}[^\W_]+)*")
        self._plain = re.compile(rf"\w++(?:{joiner}\w++)*+")
        self._split = re.compile(f"({self.pattern.pattern})")
        self._plain_split = re.compile(f"({self._plain.pattern})")
        self._marked = regex.compile(self.pattern.pattern)
        self._marked_split = regex.compile(self._split.pattern)

    def findall(self, text: str) -> list[str]:
        """The words of ``text`` in order."""
        if has_combining_marks(text):
            return list(self._marked.findall(text))
        return (self.pattern if "_" in text else self._plain).findall(text)

    def split(self, text: str) -> list[str]:
        """Gaps and words in turn, starting and ending with a gap: [gap, word, ..., gap]."""
        if has_combining_marks(text):
            return list(self._marked_split.split(text))
        return (self._split if "_" in text else self._plain_split).split(text)


# Letters or digits, joined by an apostrophe, hyphen or an inner full stop ("don't",
# "well-known", "U.S", "3.5").
_WORDS = WordScanner("'’.-")
WORD_RE = _WORDS.pattern

# Words that open a noun phrase: articles, demonstratives, possessives, quantifiers ("a sinking
# fund", "my learning curve"); an "-ing" word right after one modifies a noun, not a verb.
DETERMINERS = frozenset(
    {
        "a", "an", "the", "no", "one", "some", "each", "every", "this", "that", "these",
        "those", "my", "your", "our", "their", "his", "her", "its",
    }
)  # fmt: skip
#: The determiners that make the next word a thing or a noun ("an Apple keynote", "a commit"):
#: articles and possessives. Not those that are also conjunctions or pronouns ("said that
#: Xiaoling", "told her Xiaoling"), which a name or a verb may follow.
NOUN_MARKS = DETERMINERS - {"that", "her", "one", "no", "some"}
#: Plural nouns that measure a span of time or count occasions ("three years", "ten times").
TIME_SPANS = frozenset(
    {
        "seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades",
        "centuries", "times",
    }
)  # fmt: skip
#: Numbers written as words that count more than one ("sixty people", "a dozen eggs").
COUNT_WORDS = frozenset(
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "million", "billion", "dozen",
    }
)  # fmt: skip
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def words(text: str) -> list[str]:
    """The words of ``text`` in order (``WORD_RE.findall``, faster)."""
    return _WORDS.findall(text)


def normalize(word: str) -> str:
    """Lower case with straight apostrophes, accents composed (NFC): the form of every lookup."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", word)
    return word.translate(APOSTROPHES).lower()


#: An acronym of two to five capitals, with a plural "s" if any ("API", "LLMs", "URLs").
ACRONYM_RE = re.compile(r"[A-Z]{2,5}s?")


def singular_acronym(word: str) -> str:
    """An acronym's plural without its "s" ("LLMs" -> "LLM"); any other word as it is. Stemmers
    leave the "s" of "APIs" and "CPUs", taking them for words like "axis" and "bus"."""
    if len(word) > 2 and word[-1] == "s" and ACRONYM_RE.fullmatch(word):
        return word[:-1]
    return word


def has_letters(word: str) -> bool:
    """True for words such as "cat" or "4th", False for "2024" or "3.5"."""
    return any(char.isalpha() for char in word)
