"""Turning whatever a writer types into a safe full-text query."""

from __future__ import annotations

import re
import unicodedata

# Letters and digits (any script); everything else separates terms. FTS5 operators, quotes,
# brackets and stars in the writer's text are therefore never interpreted.
_TERM_RE = re.compile(r"[^\W_]+", re.UNICODE)
#: A quoted phrase ("deep work"), or one still being typed (an opening quote to the end).
_PHRASE_RE = re.compile(r'"([^"]*)(?:"|$)')
#: Between two words or phrases, this word alone, in capitals, asks for either.
_EITHER = "OR"


def query_terms(text: str) -> list[str]:
    """The distinct words of ``text`` in order, NFKC-normalised.

    Normalising first keeps a decomposed accent ("nai" + U+0308 + "ve") inside its word, as
    the index's tokenizer does; every word is kept, however many there are.
    """
    terms = _TERM_RE.findall(unicodedata.normalize("NFKC", text))
    return list(dict.fromkeys(term.lower() for term in terms if term != _EITHER))


# A word written with a language's symbols ("C++", "C#", "F#") is a whole name, no prefix.
_NAME_WITH_SYMBOLS_RE = re.compile(r"[^\W_]+(?=\+\+|#)", re.UNICODE)
_SYMBOL_NAME_RE = re.compile(r"[^\W_]+(?:\+\+|#)(?![\w#+])", re.UNICODE)


def symbol_names(text: str) -> list[str]:
    """The names ``text`` writes with a language's symbols, lower case ("c++", "c#"): the
    index keeps only their letters ("c"), so a draft must also write them whole. A name holds
    letters, digits, "+" and "#" only: nothing SQL's LIKE reads as a wildcard."""
    found = _SYMBOL_NAME_RE.findall(unicodedata.normalize("NFKC", text))
    return list(dict.fromkeys(name.lower() for name in found))


#: Characters that belong inside an emoji: the joiner of a sequence ("👩‍💻") and the key-cap.
_EMOJI_GLUE = frozenset({"\u200d", "\u20e3"})
#: Variation selectors ask for text or emoji style; a draft may write the symbol without one.
_VARIATION_SELECTORS = frozenset({"\ufe0e", "\ufe0f"})


def _is_symbol(character: str) -> bool:
    return not character.isascii() and unicodedata.category(character) in ("So", "Sc", "Sm", "Sk")


def symbol_runs(text: str) -> list[str]:
    """The runs of symbols outside ASCII that ``text`` writes (emoji, "€", "→"), without
    variation selectors: the index has no word for them, so a draft must write them as they
    are. ASCII symbols ("$", "+") are left to the words around them."""
    runs: list[str] = []
    current = ""
    for character in unicodedata.normalize("NFC", text):
        if character in _VARIATION_SELECTORS:
            continue
        if _is_symbol(character) or (current and character in _EMOJI_GLUE):
            current += character
            continue
        if current:
            runs.append(current)
        current = ""
    if current:
        runs.append(current)
    return list(dict.fromkeys(run.strip("".join(_EMOJI_GLUE)) for run in runs))


def mark_first_symbols(text: str, run: str, start: int = 0) -> str:
    """``text`` with the first ``run`` of symbols from ``start`` on between ``MATCH_OPEN`` and
    ``MATCH_CLOSE``, ready for ``snippet_after``; unchanged when it is not there."""
    found = text.find(run, start)
    if found < 0:
        return text
    end = found + len(run)
    return f"{text[:found]}{MATCH_OPEN}{text[found:end]}{MATCH_CLOSE}{text[end:]}"


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression finding drafts with every word (as a prefix), or None.

    "remote wor" becomes ``"remote"* AND "wor"*``. Words in double quotes are a phrase, found
    as written in that order (``"deep work"``; the last word is a prefix while the closing
    quote is not typed yet), and "OR" in capitals between two words or phrases finds either
    (``("rust"* OR "go"*)``). Any other syntax in the input (``NEAR(``, ``*``, ``-``,
    brackets, a stray quote) is a plain separator. A word written with a language's symbols
    is no prefix: "C++" looks for "c" (the caller then keeps the drafts that write "C++", see
    ``symbol_names``), not every word starting with "c". None means the text has no word to
    look for.
    """
    normalized = unicodedata.normalize("NFKC", text)
    names = {name.lower() for name in _NAME_WITH_SYMBOLS_RE.findall(normalized)}
    items = _items(normalized, names)
    groups: list[list[str]] = []  # each group holds the items of which one is enough
    joined = False  # the last thing read was "OR" between two items
    for index, item in enumerate(items):
        if item == _EITHER:
            between = 0 < index < len(items) - 1 and _EITHER not in items[index - 1 : index + 2 : 2]
            if between and groups:
                joined = True
                continue
            item = '"or"*'  # no operator without a word on each side: the word itself
        if joined:
            groups[-1].append(item)
        elif item not in (group[0] for group in groups if len(group) == 1):
            groups.append([item])
        joined = False
    if not groups:
        return None
    return " AND ".join(
        group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in groups
    )


def _items(text: str, names: set[str]) -> list[str]:
    """Each word (``"word"*``), phrase (``"two words"``) and "OR" of ``text``, in order; a
    word the text splits ("e-mail") is its parts, every one needed."""
    items: list[str] = []
    position = 0
    for match in _PHRASE_RE.finditer(text):
        items += _words(text[position : match.start()], names)
        terms = [term.lower() for term in _TERM_RE.findall(match.group(1))]
        closed = len(match.group(0)) > 1 and match.group(0).endswith('"')
        if terms:  # one quoted word is that word, no prefix ("art" is no "article")
            items.append(f'"{" ".join(terms)}"' + ("" if closed else "*"))
        position = match.end()
    return items + _words(text[position:], names)


def _words(text: str, names: set[str]) -> list[str]:
    items: list[str] = []
    for chunk in text.split():
        if chunk == _EITHER:
            items.append(_EITHER)
            continue
        terms = [term.lower() for term in _TERM_RE.findall(chunk)]
        parts = [f'"{term}"' if term in names else f'"{term}"*' for term in terms]
        if len(parts) > 1:
            items.append("(" + " AND ".join(dict.fromkeys(parts)) + ")")
        elif parts:
            items.append(parts[0])
    return items


# What the index's highlight() puts around each match when a snippet is cut in Python.
MATCH_OPEN, MATCH_CLOSE = "\x02", "\x03"
SNIPPET_WORDS = 12  # as many as FTS5's snippet() gives
_WORDS_BEFORE = 3  # shown before the first match, so it reads in context
_CONTEXT = 600  # characters read on either side of the match: a bounded slice of a long body
_NON_SPACE = re.compile(r"\S")
_WORD = re.compile(r"\S+")


def snippet_after(highlighted: str, start: int) -> str:
    """A snippet of ``highlighted`` (text with each match between ``MATCH_OPEN`` and
    ``MATCH_CLOSE``) from its ``start``-th plain character on: about a dozen words around
    the first match there, else the first words; "…" marks text left out on either side."""
    offset = _marked_offset(highlighted, start)
    found = highlighted.find(MATCH_OPEN, offset)
    anchor = offset if found < 0 else found
    begin = max(offset, anchor - _CONTEXT)
    lead = list(_WORD.finditer(highlighted, begin, anchor))[-_WORDS_BEFORE:] if found >= 0 else []
    first = lead[0].start() if lead else anchor
    end = anchor + _CONTEXT
    words = highlighted[first:end].split()
    text = " ".join(words[:SNIPPET_WORDS]).replace(MATCH_OPEN, "").replace(MATCH_CLOSE, "")
    if not text:
        return ""
    cut_before = _NON_SPACE.search(highlighted, offset, first) is not None
    cut_after = len(words) > SNIPPET_WORDS or _NON_SPACE.search(highlighted, end) is not None
    return ("…" if cut_before else "") + text + ("…" if cut_after else "")


# Accents fold one character for one, so offsets found in the folded text hold in the
# original, as the index (unicode61, remove_diacritics 2) ignores them: a Latin letter with
# accents becomes its plain letter ("é", "ệ"), and a combining accent written after its letter
# (decomposed text) becomes a mark the pattern steps over.
_SKIPPED = "\x01"
_LATIN_RANGES = (range(0xC0, 0x250), range(0x1E00, 0x1F00))


def _accent_folds() -> dict[int, str]:
    folds = dict.fromkeys(range(0x300, 0x370), _SKIPPED)  # the combining accents
    for block in _LATIN_RANGES:
        for code in block:
            decomposed = unicodedata.normalize("NFD", chr(code))
            if len(decomposed) > 1 and decomposed[0].isascii():
                folds[code] = decomposed[0]
    return folds


_FOLD = _accent_folds()
_FOLD_SLICE = 65_536
_FOLD_OVERLAP = 200  # a word across a slice's end is matched whole (up to this length)


def _term_pattern(term: str) -> str:
    """``term`` (folded) as a pattern that steps over combining accents between its letters."""
    return f"{_SKIPPED}*".join(re.escape(character) for character in term)


def mark_first_match(text: str, terms: list[str], start: int = 0) -> str:
    """``text`` with its first word from ``start`` on that begins with one of ``terms`` (as
    ``query_terms`` gives them; case and accents aside, as the index reads them) between
    ``MATCH_OPEN`` and ``MATCH_CLOSE``, ready for ``snippet_after``; unchanged when no word
    does."""
    folded = sorted({term.translate(_FOLD) for term in terms}, key=len, reverse=True)
    if not folded:
        return text
    pattern = re.compile(
        rf"(?<![^\W_])(?:{'|'.join(map(_term_pattern, folded))})(?:[^\W_]|{_SKIPPED})*",
        re.IGNORECASE,
    )
    # Folded a slice at a time: a common word is found in the first, and a long body is not
    # copied whole. A slice starts a character early, for the look-behind.
    for position in range(start, len(text), _FOLD_SLICE):
        begin = max(0, position - 1)
        piece = text[begin : position + _FOLD_SLICE + _FOLD_OVERLAP].translate(_FOLD)
        found = pattern.search(piece, position - begin)
        if found is not None and found.start() < position - begin + _FOLD_SLICE:
            first, last = begin + found.start(), begin + found.end()
            return f"{text[:first]}{MATCH_OPEN}{text[first:last]}{MATCH_CLOSE}{text[last:]}"
    return text


def _marked_offset(highlighted: str, start: int) -> int:
    """Where the ``start``-th character of the unmarked text is in ``highlighted``."""
    if MATCH_OPEN not in highlighted[:start]:
        return start  # no mark before it (the usual case: front matter rarely matches)
    plain = 0
    for index, character in enumerate(highlighted):
        if plain == start:
            return index
        if character not in (MATCH_OPEN, MATCH_CLOSE):
            plain += 1
    return len(highlighted)
