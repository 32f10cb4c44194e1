"""Find misspelled words in prose and turn them into findings with ranked corrections."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from itertools import compress

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.spelling.context import (
    MAX_WORD_LENGTH,
    drops_its_g,
    has_foreign_letters,
    is_abbreviation,
    is_bare_contraction,
    is_coinage,
    is_foreign,
    is_name,
)
from app.analysis.rules.spelling.edits import one_edit
from app.analysis.rules.spelling.lexicon import Lexicon, lexicon
from app.analysis.rules.spelling.suggest import Suggester, Suggestions
from app.analysis.rules.spelling.tokens import (
    Token,
    has_skip_marks,
    iter_plain_word_runs,
    iter_word_runs,
    plain_word_runs,
    word_parts,
)
from app.analysis.rules.spelling.variants import american_forms
from app.analysis.text.words import normalize

RULE = "spelling"

# What may follow an apostrophe on a correct word: writer's, they're, could've, she'll, I'd,
# I'm. The dictionary lists many such forms itself; these cover the rest (names, new words).
_CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m"})
_NEGATION = "n't"
# Productive prefixes: a known word behind one is a known word (pretrained, unnormalized,
# multiclass), as is a regular plural (boxplots), unless the whole is a slip of another known
# word ("prepaired", "lates").
_PREFIXES = ("anti", "de", "multi", "non", "over", "pre", "re", "un", "under")
_MIN_STEM = 5
_ISH_MIN_STEM = 4  # "hackish"
# A plural made by adding -s alone: not after s, x, z, ch, sh or a consonant + y ("familys").
_REGULAR_PLURAL_RE = re.compile(r"(?<![sxz])(?<!ch|sh)(?<![^aeiou]y)s$")
# The forms of a word ending in a consonant and "y" ("proxy": "proxied", "proxies", "proxying").
_Y_FORM_RE = re.compile(r"(?<=[^aeiouy])(?:ied|ies|ying)$")
_HYPHEN = "-"
# Caches are dropped when they grow past this many entries (a long session of varied drafts).
_CACHE_LIMIT = 50_000
_SUGGESTION_CACHE_LIMIT = 5_000
# Different misspelled words one analysis ranks corrections for (see SuggestionBudget); real
# posts have a few dozen at most.
MAX_SUGGESTED_WORDS = 100
# A neighbouring word for context: letters with inner apostrophes.
_NEIGHBOUR_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)*)[ \t]+\Z")
_CONTEXT_CHARS = 64

# A verdict on one word run: the spans of its misspelled parts (empty when it is all correct).
Spans = tuple[tuple[int, int], ...]


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


class SuggestionBudget:
    """How many different misspelled words one analysis ranks corrections for.

    A search takes milliseconds; a file of thousands of different unknown words (a word list,
    another language, a corrupted export) would take minutes. Past ``limit`` words the
    findings stand without corrections; a word already searched keeps getting them.
    """

    def __init__(self, limit: int = MAX_SUGGESTED_WORDS) -> None:
        self._limit = limit
        self._words: set[str] = set()

    def allows(self, word: str) -> bool:
        key = word.lower()
        if key in self._words:
            return True
        if len(self._words) >= self._limit:
            return False
        self._words.add(key)
        return True


class SpellingChecker:
    """Flags unknown words and suggests corrections.

    ``personal_words`` (the writer's dictionary) and ``ignored_words`` (ignored in this draft)
    are never flagged, whatever their case; personal words are also offered as corrections.
    British spellings are accepted unless ``accept_british`` is False. The dictionary loads on
    first use (about 0.15 s); results are cached per distinct word (the dictionary's verdicts
    for all checkers, since the writer's own words can only make a word correct), so instances
    are cheap to keep and safe to share between threads.
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
        self._accepted = self._personal | self._ignored
        # Verdicts for this checker's own words; without any, the shared verdicts are the answer.
        self._verdicts: dict[str, Spans] = {}
        self._table: dict[str, Spans] = {}  # the verdicts last used: shared or this checker's
        self._suggestions: dict[tuple[str, str, str, int], tuple[str, ...]] = {}
        self._lexicon: Lexicon | None = None
        self._suggester: Suggester | None = None
        self._lock = threading.Lock()

    @property
    def personal_words(self) -> frozenset[str]:
        """The writer's dictionary, normalised (lower case, straight apostrophes)."""
        return self._personal

    @property
    def ignored_words(self) -> frozenset[str]:
        """The words ignored in this draft, normalised."""
        return self._ignored

    @property
    def accept_british(self) -> bool:
        return self._accept_british

    # Checking -------------------------------------------------------------------------------

    def is_correct(self, word: str) -> bool:
        """True when one word (no hyphen) is known, or is not a word the checker looks at."""
        return not self._misspelled_spans(word)

    def misspellings(self, text: str, runs: Sequence[str] | None = None) -> list[Token]:
        """The misspelled words of ``text`` in order, with offsets into ``text``.

        ``text`` is one block of prose. Names (capitalised inside a sentence, and no slip of a
        common word), coinages (long words no dictionary word is one edit from) and
        abbreviations (long words without a vowel) are not misspellings, and nothing is in a
        block written in another language (see ``context``). ``runs`` are the text's word
        runs as ``plain_word_runs`` finds them, when the caller already has them; they are
        used only when the text has nothing to skip.
        """
        found = self._unknown_words(text, runs)
        if not found:
            return found
        words_in_block = [match.group(1) for match in iter_word_runs(text) if match.group(1)]
        if is_foreign(words_in_block, len(found)):
            return []
        words = self._get_lexicon()
        return [
            token
            for token in map(_composed, found)
            if not is_name(text, token.start, token.word, words)
            and not is_abbreviation(token.word)
            and not has_foreign_letters(token.word)
            and not drops_its_g(text, token.end, token.word, words)
            and not (is_coinage(token.word, words) and self._may_be_coinage(token.word))
        ]

    def _may_be_coinage(self, word: str) -> bool:
        # A writer who chose American spellings wants "cheque" flagged, however rare "check"-like
        # words near it are.
        return self._accept_british or not _is_british(self._get_lexicon(), normalize(word))

    def _unknown_words(self, text: str, runs: Sequence[str] | None) -> list[Token]:
        if runs is None or has_skip_marks(text):
            runs = plain_word_runs(text)
        if runs is None:  # URLs, code, tags...: match run by run
            return self._misspellings_of_matches(text)
        verdicts = self._table
        try:
            looked_up = list(map(verdicts.__getitem__, runs))
        except KeyError:  # words not looked up before
            verdicts = self._verdicts_for(runs)
            looked_up = list(map(verdicts.__getitem__, runs))
        found: list[Token] = []
        if not any(looked_up):  # most prose: nothing to place
            return found
        # The same scan again, placing only the runs with a misspelled part.
        matches = zip(iter_plain_word_runs(text), looked_up, strict=True)
        for match, spans in compress(matches, looked_up):
            base, run = match.start(), match.group()
            found.extend(Token(base + start, base + end, run[start:end]) for start, end in spans)
        return found

    def _misspellings_of_matches(self, text: str) -> list[Token]:
        found: list[Token] = []
        for match in iter_word_runs(text):
            run = match.group(1)
            if run is None:
                continue
            spans = self._table.get(run)
            if spans is None:
                spans = self._verdicts_for([run])[run]
            if spans:
                base = match.start(1)
                found.extend(
                    Token(base + start, base + end, run[start:end]) for start, end in spans
                )
        return found

    def _verdicts_for(self, runs: Sequence[str]) -> dict[str, Spans]:
        """Verdicts holding every one of ``runs`` (computed for the new ones)."""
        shared = _shared_verdicts(self._get_lexicon(), self._accept_british, runs)
        if not self._accepted:
            self._table = shared
            return shared
        verdicts = self._verdicts
        new = set(runs).difference(verdicts)
        if new:
            if len(verdicts) + len(new) > _CACHE_LIMIT:
                verdicts = self._verdicts = {}
                new = set(runs)
            for run in new:
                # Own words only ever make words correct, so only runs the shared verdict
                # flags need a second look.
                spans = shared[run]
                if spans:
                    spans = tuple(span for span in spans if not self._known(_part(run, span)))
                verdicts[run] = spans
        self._table = verdicts
        return verdicts

    def findings(
        self,
        text: str,
        *,
        with_suggestions: bool = True,
        runs: Sequence[str] | None = None,
        budget: SuggestionBudget | None = None,
    ) -> list[Finding]:
        """One ``spelling`` finding per misspelled word.

        With ``with_suggestions=False`` the findings carry no corrections, which keeps a check of
        a long draft to a few tens of milliseconds; the editor can then call ``suggest`` (with
        ``neighbours``) for the word the writer is looking at. ``runs`` is as for
        :meth:`misspellings`; ``budget``, shared by the calls of one analysis, bounds how many
        different words get corrections.
        """
        findings = []
        for token in self.misspellings(text, runs):
            replacements: tuple[str, ...] = ()
            if with_suggestions and (budget is None or budget.allows(token.word)):
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

    def _misspelled_spans(self, run: str) -> Spans:
        """Spans of the parts of one word run that are not known words."""
        return _unknown_parts(run, self._known)

    def _known(self, word: str) -> bool:
        """Is a lower-case word with straight apostrophes correct?"""
        return _is_known(self._get_lexicon(), word, self._accepted, self._accept_british)


# Verdicts of the shared dictionary alone, per setting of accept_british, for every checker:
# a draft's words are looked up once per process, not once per checker. Replaced (never
# cleared in place, as another thread may be reading it) when it grows past the limit.
_shared: dict[bool, tuple[Lexicon, dict[str, Spans]]] = {}
_shared_lock = threading.Lock()
_NONE: frozenset[str] = frozenset()


def _shared_verdicts(words: Lexicon, accept_british: bool, runs: Sequence[str]) -> dict[str, Spans]:
    entry = _shared.get(accept_british)
    if entry is None or entry[0] is not words:
        entry = _shared[accept_british] = (words, {"": ()})
    verdicts = entry[1]
    new = set(runs).difference(verdicts)
    if new:
        with _shared_lock:
            if len(verdicts) + len(new) > _CACHE_LIMIT:
                verdicts = {}
                _shared[accept_british] = (words, verdicts)
                new = set(runs)
            for run in new:
                verdicts[run] = _unknown_parts(
                    run, lambda word: _is_known(words, word, _NONE, accept_british)
                )
    return verdicts


def _unknown_parts(run: str, known: Callable[[str], bool]) -> Spans:
    """Spans of the parts of ``run`` that are not ``known`` words; none when the parts of a
    hyphenated word written as one are ("take-aways": "takeaways")."""
    spans = tuple(span for span in word_parts(run) if not known(_part(run, span)))
    if spans and _HYPHEN in run and known(normalize(run.replace(_HYPHEN, ""))):
        return ()
    return spans


def _composed(token: Token) -> Token:
    """``token`` with its word's accents composed (NFC): "e" and a combining acute as "é",
    the form the dictionary, the name and coinage tests and suggestions know."""
    if token.word.isascii():
        return token
    return Token(token.start, token.end, unicodedata.normalize("NFC", token.word))


def _part(run: str, span: tuple[int, int]) -> str:
    return normalize(run[span[0] : span[1]])


def _is_known(words: Lexicon, word: str, accepted: frozenset[str], accept_british: bool) -> bool:
    """Is a lower-case word with straight apostrophes correct (``accepted``: the writer's)?"""
    if word in accepted:
        return True
    if word[-1:] in "tsmdel" and is_bare_contraction(word, words):
        return False
    if word in words.frequencies:
        return True
    if word in words.web:  # the web writes both spellings; it decides only where both are fine
        return accept_british or not _is_british(words, word)
    if "'" in word:
        if word.endswith(_NEGATION) and _is_known(
            words, word[: -len(_NEGATION)], accepted, accept_british
        ):
            return True
        stem, _, clitic = word.rpartition("'")
        return (
            clitic in _CLITICS and bool(stem) and _is_known(words, stem, accepted, accept_british)
        )
    if not word.isascii():  # naïve, façade: the dictionary may list them without accents
        plain = _without_accents(word)
        if plain != word and _is_known(words, plain, accepted, accept_british):
            return True
    if accept_british and _is_british(words, word):
        return True
    return _is_derived(words, word)


def _is_british(words: Lexicon, word: str) -> bool:
    return word in words.british or any(form in words.frequencies for form in american_forms(word))


def _is_derived(words: Lexicon, word: str) -> bool:
    """A known word with "-ish", behind a productive prefix, its regular plural, a known verb
    with "-able" (behind a prefix or not), or a form of a word ending in a consonant and "y";
    no slip of another word."""
    if word in words.typos:
        return False
    frequencies = words.frequencies
    if word.endswith("ish") and len(word) - 3 >= _ISH_MIN_STEM and word[:-3] in frequencies:
        # "hackish", "smallish": a known word and "-ish" is no slip of a word one edit away
        # ("hawkish").
        return True
    stem = next(
        (
            word[len(prefix) :]
            for prefix in _PREFIXES
            if word.startswith(prefix) and word[len(prefix) :] in frequencies
        ),
        None,
    )
    if stem is None and _REGULAR_PLURAL_RE.search(word) and _is_listed(words, word[:-1]):
        stem = word[:-1]
    if stem is None and word.endswith("able"):  # "trackable", "untrackable": a verb + "-able"
        verb = word[:-4]
        bare = next((verb[len(p) :] for p in _PREFIXES if verb.startswith(p)), verb)
        stem = next((v for v in (verb, bare) if v in frequencies), None)
    y_root = ""  # "prox" of "proxied": the stem's other forms ("proxies") are no slips of it
    y_form = _Y_FORM_RE.search(word) if stem is None else None
    if y_form and word[: y_form.start()] + "y" in frequencies:
        y_root = word[: y_form.start()]
        stem = y_root + "y"
    if stem is None or not _MIN_STEM <= len(stem) <= MAX_WORD_LENGTH:
        return False
    return not any(
        edited != stem
        and edited[:1] == word[:1]
        and edited in frequencies
        and not (y_root and edited.startswith(y_root))
        for edited in one_edit(word)
    )


def _without_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _is_listed(words: Lexicon, word: str) -> bool:
    return word in words.frequencies or word in words.web
