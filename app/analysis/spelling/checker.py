"""Find misspelled words in prose and turn them into findings with ranked corrections."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable

from app.analysis.findings import Finding, Severity
from app.analysis.spelling.lexicon import Lexicon, lexicon
from app.analysis.spelling.suggest import Suggester, Suggestions
from app.analysis.spelling.tokens import Token, iter_word_runs, word_parts
from app.analysis.spelling.variants import american_forms
from app.analysis.words import normalize

RULE = "spelling"

# What may follow an apostrophe on a correct word: writer's, they're, could've, she'll, I'd,
# I'm. The dictionary lists many such forms itself; these cover the rest (names, new words).
_CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m"})
_NEGATION = "n't"
# Caches are dropped when they grow past this many entries (a long session of varied drafts).
_CACHE_LIMIT = 50_000
_SUGGESTION_CACHE_LIMIT = 5_000
# A neighbouring word for context: letters with inner apostrophes.
_NEIGHBOUR_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)*)[ \t]+\Z")
_CONTEXT_CHARS = 64


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just before and after ``text[start:end]`` when only spaces separate them."""
    match = _LAST_WORD_RE.search(text, max(0, start - _CONTEXT_CHARS), start)
    before = match.group(1) if match else ""
    after = ""
    gap = end
    while gap < len(text) and text[gap] in " \t":
        gap += 1
    if gap > end:
        following = _NEIGHBOUR_RE.match(text, gap, min(len(text), gap + _CONTEXT_CHARS))
        after = following.group() if following else ""
    return before, after


class SpellingChecker:
    """Flags unknown words and suggests corrections.

    ``personal_words`` (the writer's dictionary) and ``ignored_words`` (ignored in this draft)
    are never flagged, whatever their case; personal words are also offered as corrections.
    British spellings are accepted unless ``accept_british`` is False. The dictionary loads on
    first use (about 0.15 s); results are cached per distinct word, so instances are cheap to
    keep and safe to share between threads.
    """

    def __init__(
        self,
        personal_words: Iterable[str] = (),
        ignored_words: Iterable[str] = (),
        *,
        accept_british: bool = True,
    ) -> None:
        self._personal = frozenset(normalize(word) for word in personal_words)
        self._ignored = frozenset(normalize(word) for word in ignored_words)
        self._accept_british = accept_british
        self._verdicts: dict[str, tuple[tuple[int, int], ...]] = {}
        self._suggestions: dict[tuple[str, str, str, int], tuple[str, ...]] = {}
        self._lexicon: Lexicon | None = None
        self._suggester: Suggester | None = None
        self._lock = threading.Lock()

    # Checking -------------------------------------------------------------------------------

    def is_correct(self, word: str) -> bool:
        """True when one word (no hyphen) is known, or is not a word the checker looks at."""
        return not self._misspelled_spans(word)

    def misspellings(self, text: str) -> list[Token]:
        """The misspelled words of ``text`` in order, with offsets into ``text``."""
        verdicts = self._verdicts
        found: list[Token] = []
        for match in iter_word_runs(text):
            run = match.group(1)
            if run is None:
                continue
            spans = verdicts.get(run)
            if spans is None:
                spans = self._misspelled_spans(run)
                if len(verdicts) >= _CACHE_LIMIT:
                    verdicts.clear()
                verdicts[run] = spans
            if spans:
                base = match.start(1)
                found.extend(
                    Token(base + start, base + end, run[start:end]) for start, end in spans
                )
        return found

    def findings(self, text: str, *, with_suggestions: bool = True) -> list[Finding]:
        """One ``spelling`` finding per misspelled word.

        With ``with_suggestions=False`` the findings carry no corrections, which keeps a check of
        a long draft to a few tens of milliseconds; the editor can then call ``suggest`` (with
        ``neighbours``) for the word the writer is looking at.
        """
        findings = []
        for token in self.misspellings(text):
            replacements: tuple[str, ...] = ()
            if with_suggestions:
                before, after = neighbours(text, token.start, token.end)
                replacements = tuple(self.suggest(token.word, before, after))
            findings.append(
                Finding(
                    rule=RULE,
                    start=token.start,
                    end=token.end,
                    severity=Severity.ERROR,
                    message=f'"{token.word}" may be misspelled',
                    suggestion=replacements[0] if replacements else None,
                    replacements=replacements,
                )
            )
        return findings

    # Suggestions ----------------------------------------------------------------------------

    def suggest(
        self,
        word: str,
        before: str = "",
        after: str = "",
        limit: int = 5,
        time_budget: float = 0.25,
    ) -> list[str]:
        """Up to ``limit`` corrections for ``word``, best first (see ``suggest.Suggester``)."""
        key = (word, before.lower(), after.lower(), limit)
        cached = self._suggestions.get(key)
        if cached is not None:
            return list(cached)
        result: Suggestions = self._get_suggester().suggest(
            word, before, after, limit, time_budget, extra_words=self._personal
        )
        if result.complete:  # a search cut short by its budget may do better next time
            if len(self._suggestions) >= _SUGGESTION_CACHE_LIMIT:
                self._suggestions.clear()
            self._suggestions[key] = result.words
        return list(result.words)

    # Internals ------------------------------------------------------------------------------

    def _get_lexicon(self) -> Lexicon:
        words = self._lexicon
        if words is None:
            words = self._lexicon = lexicon()
        return words

    def _get_suggester(self) -> Suggester:
        with self._lock:
            if self._suggester is None:
                self._suggester = Suggester(self._get_lexicon())
            return self._suggester

    def _misspelled_spans(self, run: str) -> tuple[tuple[int, int], ...]:
        """Spans of the parts of one word run that are not known words."""
        return tuple(
            (start, end)
            for start, end in word_parts(run)
            if not self._known(normalize(run[start:end]))
        )

    def _known(self, word: str) -> bool:
        """Is a lower-case word with straight apostrophes correct?"""
        words = self._get_lexicon()
        if word in words.frequencies or word in self._personal or word in self._ignored:
            return True
        if "'" in word:
            if word.endswith(_NEGATION) and self._known(word[: -len(_NEGATION)]):
                return True
            stem, _, clitic = word.rpartition("'")
            return clitic in _CLITICS and bool(stem) and self._known(stem)
        if not word.isascii():  # naïve, façade: the dictionary may list them without accents
            plain = _without_accents(word)
            if plain != word and self._known(plain):
                return True
        if self._accept_british:
            return word in words.british or any(
                form in words.frequencies for form in american_forms(word)
            )
        return False


def _without_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
