"""What the surrounding text says about an unknown word: a name, another language, a coinage.

- A capitalised word inside a sentence is a name (Portigal, Gunicorn) unless it is one edit from
  a common word ("Healtcare" keeps its flag); short names (Saxe, Warde) are one edit from many
  common words, so a word of fewer than six letters is taken as a name all the same. At the
  start of a sentence a capitalised word is a name only when no dictionary word at all is one
  edit away (Adomavicius, not "Droping"). Right after a first name ("Tiffany Aliche") it is
  a surname, whatever common word it is one edit from.
- A long word with no dictionary word one edit away is a coinage or an identifier (upsample,
  simplexml, stinkbomb) rather than a slip, which is nearly always one edit from the word meant;
  listed misspellings keep their flag, and so does a word with a doubled letter in the wrong
  place ("begginer": two edits from "beginner", but one slip).
- A contraction written without its apostrophe ("whats", "im", "cant") is a slip, though
  dictionaries built from the web list it, when the contraction is far more common.
- A word of four letters or more without a vowel (a, e, i, o, u or y) is no English word nor
  a slip of one, which keeps its vowels: it is an abbreviation or a command (pnpm, grpc).
- A word the dictionary lacks that is written with a letter English spelling has no use for (a
  macron, a caron: "chōzu", "Plžík") is a word or name of another language, not a slip.
- A block in which many words are unknown and few are English function words (the, and, of)
  is written in another language: checking it word by word against an English dictionary only
  paints it red.
- A word the post also writes in its code (code blocks, inline code) is the name of a command,
  a package or an identifier, spelled as the code spells it ("uvicorn main:app", "go-redis"):
  the prose may name it too.
- A word the writer uses three times or more in a draft is intentional (a product, a term of
  their field): only its first use keeps a soft flag. Not so a likely slip, a listed
  misspelling or a word one plain slip (a letter doubled or undoubled, a vowel or an apostrophe
  left out, two letters swapped: see ``error_model``) from a common word: "recieve" typed four
  times is four slips, flagged at each use. Names a letter away from a common word (gunicorn,
  redis) are almost always some other edit of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import replace

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.spelling.edits import one_edit
from app.analysis.rules.spelling.error_model import moved_doublings, plain_slips
from app.analysis.rules.spelling.lexicon import Lexicon, lexicon
from app.analysis.text.words import normalize
from app.resources import word_list

# A word this frequent in the dictionary's corpus is common (about the top tenth of its words:
# "mouse" has 13,000, "paris" 1,081); a capitalised unknown word one edit from it is a slip.
COMMON_WORD_COUNT = 1_000
# A block with at least this many words, this share of them unknown and fewer than this share
# of English function words, is not English (English prose runs at 25 % function words or more).
FOREIGN_MIN_WORDS = 8
FOREIGN_SHARE = 0.35
ENGLISH_FUNCTION_SHARE = 0.1
FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "he", "i", "in", "is",
     "it", "of", "on", "or", "she", "that", "the", "they", "this", "to", "was", "we", "were",
     "with", "you"}
)  # fmt: skip
# Capitalised words shorter than this are names even when a common word is one edit away.
NAME_MIN_CHECKED_LENGTH = 6
# Words this long or longer are coinages when no dictionary word is one edit away.
COINAGE_MIN_LENGTH = 6
# Words this long or longer without a vowel are abbreviations or commands.
ABBREVIATION_MIN_LENGTH = 4
_VOWELS_AND_Y = frozenset("aeiouy")
# A contraction written without its apostrophe ("whats", "im", "cant") is a slip when the
# dictionary counts the contraction this many times as often as the bare word and the
# contraction is an everyday word. ("can't" is 390 times as common as "cant"; "hows", as in
# "the hows and whys", 160 times, stays a word, as do "wed", "ill" and "lets".)
BARE_CONTRACTION_RATIO = 200
BARE_CONTRACTION_MIN_COUNT = 100_000
# The endings a contraction adds after its apostrophe; all but "t" (don't, can't) follow a
# function word (he's, what's, I'm, you'd): after another word, "'s" is a possessive.
_CONTRACTION_ENDINGS = ("t", "s", "m", "d", "re", "ve", "ll")
# Longer than any English word: nothing is one edit from it.
MAX_WORD_LENGTH = 40
# Uses in one draft from which an unknown word is taken as the writer's own.
INTENTIONAL_USES = 3
_SENTENCE_ENDS = ".!?:;"
_OPENERS = "\"'“‘([*_—–- \t\n"
# Symbols ("So": emoji; "Sk": skin tones) and format characters (the zero-width joiner).
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cf"})


def is_capitalised(word: str) -> bool:
    """First letter upper case, the rest lower case ("Portigal", not "NASA" or "portigal")."""
    return word[:1].isupper() and word[1:] == word[1:].lower()


def _opens(char: str) -> bool:
    """A space, quote or bracket, or an emoji or other symbol (with its joiners and variation
    selectors): nothing that continues a sentence before a word ("happy. 🎉 Teh end")."""
    return (
        char in _OPENERS
        or unicodedata.category(char) in _SYMBOL_CATEGORIES
        or ("\ufe00" <= char <= "\ufe0f")
    )


def starts_sentence(text: str, start: int) -> bool:
    """True when only spaces, quotes, brackets or emoji separate ``text[start]`` from a
    sentence end."""
    position = start - 1
    while position >= 0 and _opens(text[position]):
        if text[position] == "\n" and position > 0 and text[position - 1] == "\n":
            return True  # a new paragraph
        position -= 1
    return position < 0 or text[position] in _SENTENCE_ENDS


def near_known_word(word: str, words: Lexicon, min_count: int) -> bool:
    """True when a dictionary word counted ``min_count`` times or more is one edit from ``word``.

    Always False for a "word" longer than any English one (a pasted token): its edits would
    number in the millions.
    """
    if len(word) > MAX_WORD_LENGTH:
        return False
    frequencies = words.frequencies
    return any(frequencies.get(edited, 0) >= min_count for edited in one_edit(word))


def follows_first_name(text: str, start: int) -> bool:
    """True when the word at ``start`` comes right after a capitalised first name, one space
    between ("Tiffany Aliche"; the census and Faker names of ``person_names.txt``)."""
    if start < 2 or text[start - 1] != " ":
        return False
    end = start - 1
    begin = end
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    before = text[begin:end]
    return is_capitalised(before) and before.lower() in word_list("keywords", "person_names.txt")


# An initial or a title right before a word: "P. " of "P. Stamm", "Dr. " of "Dr. Sharan" (its
# full stop ends no sentence).
_INITIAL_BEFORE_RE = re.compile(r"(?:(?<![\w.])[A-Z]|\b(?:Dr|Prof|Mr|Mrs|Ms|Mx))\. \Z")


def follows_initial(text: str, start: int) -> bool:
    """True when the word at ``start`` comes right after an initial or a title ("Dr."), one
    space between."""
    return _INITIAL_BEFORE_RE.search(text, max(0, start - 6), start) is not None


def drops_its_g(text: str, end: int, word: str, words: Lexicon) -> bool:
    """True for an "-in'" the writer spells as speech drops its g ("blowin'", "nothin'"): the
    apostrophe right after, and the "-ing" word known."""
    return (
        text[end : end + 1] in ("'", "’")
        and word.lower().endswith("in")
        and f"{word.lower()}g" in words.frequencies
    )


_WORD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]{2,}) \Z")


def follows_unknown_name(text: str, start: int, words: Lexicon) -> bool:
    """True when the word at ``start`` comes right after a capitalised word the dictionary
    lacks, one space between: a first name the name lists lack ("Malvika Sharan")."""
    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower() not in words.frequencies


# What follows a name that opens a sentence: a surname ("Hamsa Bastani"), or a comma and a
# first name, as a reference list writes it ("Bohns, Vanessa. 2017.").
_NAME_AFTER_RE = re.compile(r"(?: |, )([A-Z][a-z]+)\b")


def precedes_name(text: str, end: int, words: Lexicon) -> bool:
    """True when the word ending at ``end`` is followed by a capitalised word no dictionary
    has ("Hamsa Bastani"), or by a comma and a first name ("Bohns, Vanessa")."""
    match = _NAME_AFTER_RE.match(text, end)
    if match is None:
        return False
    after = match.group(1).lower()
    if match.group().startswith(","):
        return after in word_list("keywords", "person_names.txt")
    return after not in words.frequencies


def is_name(text: str, start: int, word: str, words: Lexicon) -> bool:
    """An unknown capitalised word that is no slip of a dictionary word (see the module)."""
    if not is_capitalised(word):
        return False
    if follows_first_name(text, start):
        return True
    plain = word.lower().replace("’", "'")
    if follows_unknown_name(text, start, words):  # a known slip ("Teh Beatles") is none
        return plain not in words.typos
    if follows_initial(text, start):  # "P. Stamm"; a known slip ("in C. Teh results") is none
        return plain not in words.typos
    if starts_sentence(text, start):
        if precedes_name(text, start + len(word), words):  # a known slip ("Teh Beatles") is none
            return plain not in words.typos
        return not near_known_word(plain, words, 1)
    return len(word) < NAME_MIN_CHECKED_LENGTH or not near_known_word(
        plain, words, COMMON_WORD_COUNT
    )


def is_bare_contraction(word: str, words: Lexicon) -> bool:
    """A contraction without its apostrophe: "whats", "im", "cant" (see BARE_CONTRACTION_RATIO)."""
    for ending in _CONTRACTION_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or not stem:
            continue
        if ending != "t" and stem not in word_list("keywords", "function_words.txt"):
            continue
        count = words.frequency(f"{stem}'{ending}")
        if count >= BARE_CONTRACTION_MIN_COUNT and count >= BARE_CONTRACTION_RATIO * max(
            1, words.frequency(word)
        ):
            return True
    return False


def is_coinage(word: str, words: Lexicon) -> bool:
    """A long unknown word that is no slip of any dictionary word, nor a listed misspelling.

    Words with an apostrophe are left to the checker: an unknown ending ("they'xq") is a slip.
    """
    plain = word.lower().replace("’", "'")
    if len(plain) < COINAGE_MIN_LENGTH or "'" in plain or plain in words.typos:
        return False
    if is_bare_contraction(plain, words):  # "wouldve": an apostrophe from "would've"
        return False
    if near_known_word(plain, words, 1) or len(plain) > MAX_WORD_LENGTH:
        return False
    return not any(moved in words.frequencies for moved in moved_doublings(plain))


def is_abbreviation(word: str) -> bool:
    """A word of ``ABBREVIATION_MIN_LENGTH`` letters or more, none of them a vowel or y."""
    plain = word.lower()
    return (
        len(plain) >= ABBREVIATION_MIN_LENGTH
        and plain.isascii()
        and plain.isalpha()
        and _VOWELS_AND_Y.isdisjoint(plain)
    )


#: Accented letters of the loanwords English writes ("café", "naïve", "façade", "piñata"): a
#: word with any other letter beyond ASCII is of another language.
_ENGLISH_ACCENTED = frozenset("àâäçèéêëîïñôöûüæœ")


def has_foreign_letters(word: str) -> bool:
    """Whether ``word`` has a letter no English spelling uses ("chōzu", "Plžík")."""
    return any(
        not char.isascii() and char.isalpha() and char.lower() not in _ENGLISH_ACCENTED
        for char in word
    )


def is_foreign(words_in_block: Sequence[str], unknown: int) -> bool:
    """True when a block of ``words_in_block`` with ``unknown`` unknown words is not English."""
    count = len(words_in_block)
    if count < FOREIGN_MIN_WORDS or unknown < FOREIGN_SHARE * count:
        return False
    english = sum(word.lower() in FUNCTION_WORDS for word in words_in_block)
    return english < ENGLISH_FUNCTION_SHARE * count


def outside_code_words(
    findings: Sequence[Finding], source: str, rule: str, code_words: Iterable[Container[str]]
) -> list[Finding]:
    """``findings`` without the ``rule`` flags of words written in the post's code.

    ``code_words`` are the lower-case words of each part of the post's code; a flagged word
    matches with its case and any clitic set aside ("Kreait's" and ``kreait``).
    """
    flagged = {
        finding.start: _without_clitic(normalize(source[finding.start : finding.end]))
        for finding in findings
        if finding.rule == rule
    }
    if not flagged:
        return list(findings)
    parts = list(code_words)
    in_code = {word for word in set(flagged.values()) if any(word in part for part in parts)}
    if not in_code:
        return list(findings)
    return [f for f in findings if f.rule != rule or flagged[f.start] not in in_code]


def _without_clitic(word: str) -> str:
    stem, apostrophe, _clitic = word.rpartition("'")
    return stem if apostrophe and stem else word


def is_likely_slip(word: str, words: Lexicon) -> bool:
    """A listed misspelling, or one plain slip from a common word ("recieve", "wich")."""
    plain = word.lower().replace("’", "'")
    if plain in words.typos:
        return True
    if len(plain) > MAX_WORD_LENGTH:
        return False
    return any(words.frequency(slip) >= COMMON_WORD_COUNT for slip in plain_slips(plain))


def soften_repeated(findings: Sequence[Finding], source: str, rule: str) -> list[Finding]:
    """``findings`` with the ``rule`` flags of words used three times or more softened,
    unless the word is a likely slip (see ``is_likely_slip``).

    Such a word keeps one flag, at its first use, as information; its other uses lose theirs.
    ``source`` is the text the findings' offsets point into (the whole draft).
    """
    words = [source[f.start : f.end].lower() for f in findings if f.rule == rule]
    uses = Counter(words)
    repeated = [word for word, count in uses.items() if count >= INTENTIONAL_USES]
    if not repeated:
        return list(findings)
    slips = {word for word in repeated if is_likely_slip(word, lexicon())}
    if len(slips) == len(repeated):
        return list(findings)
    kept: list[Finding] = []
    seen: set[str] = set()
    for finding in findings:
        word = source[finding.start : finding.end].lower() if finding.rule == rule else ""
        if not word or uses[word] < INTENTIONAL_USES or word in slips:
            kept.append(finding)
        elif word not in seen:
            seen.add(word)
            kept.append(
                replace(
                    finding,
                    severity=Severity.INFO,
                    message=f'"{source[finding.start : finding.end]}" is not in the dictionary '
                    f"but used {uses[word]:,} times: correct each use if it is a typo, or add it "
                    "to your dictionary if it is right",
                )
            )
    return kept
