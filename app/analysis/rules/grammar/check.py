"""What a grammar check is: a rule id, what it is called, and a function from prose to hits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from app.analysis.rules.findings import Finding, Severity

# A spot to fix: ``text[start:end]`` and what to put there, best first.
Hit = tuple[int, int, tuple[str, ...]]
Finder = Callable[[str], Iterator[Hit]]
# Chooses the replacements for one match (empty: the match is not a slip after all).
Fixer = Callable[[re.Match[str], str], tuple[str, ...]]

APOSTROPHE = "['’]"
# Where a clause starts, to be read case-insensitively: a text's start, punctuation, a line
# break or a conjunction ("… and he have", "When it rain").
CLAUSE_START = (
    r"(?:^|[.!?:;,\"“(]\s*|\n\s*|\b(?:and|but|so|because|if|when|whenever|then|yes|no|well|oh|"
    r"now|once|since|after|before|until|unless|while|though|although)\s+)"
)
# The prepositions that open a sentence's phrase of time or place ("By noon", "After a run").
OPENING_PREPOSITIONS = r"(?:by|at|in|on|after|before|since|until|during|within|over|for|without)"


@dataclass(frozen=True, slots=True)
class GrammarCheck:
    """One grammar check. ``message`` says what to do; ``{found}`` and ``{fix}`` are filled in."""

    id: str
    name: str
    description: str
    message: str
    find: Finder
    severity: Severity = Severity.WARNING
    # Lower-case words one of which every hit contains: a text with none of them is skipped
    # without running the check's patterns (most paragraphs hold none).
    triggers: tuple[str, ...] = ()

    def may_apply(self, lowered: str) -> bool:
        """Whether the check can find anything in a text whose lower-case form is ``lowered``."""
        return not self.triggers or any(word in lowered for word in self.triggers)

    def findings(self, text: str) -> list[Finding]:
        """One finding per span: two of the check's patterns that match the same words ("to
        loose weight") give one finding, with the fixes of both, first found first."""
        fixes: dict[tuple[int, int], tuple[str, ...]] = {}
        for start, end, replacements in self.find(text):
            known = fixes.get((start, end), ())
            fixes[start, end] = known + tuple(r for r in replacements if r not in known)
        found = []
        for (start, end), replacements in fixes.items():
            fix = replacements[0]
            found.append(
                Finding(
                    rule=self.id,
                    start=start,
                    end=end,
                    severity=self.severity,
                    message=self.message.format(found=text[start:end], fix=fix),
                    suggestion=fix,
                    replacements=replacements,
                )
            )
        return found


def cased_like(original: str, replacement: str) -> str:
    """``replacement`` with the capital first letter of ``original`` when it has one."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def phrase_finder(pattern: str, fix: str | Fixer, flags: int = re.IGNORECASE) -> Finder:
    """Hits where ``pattern`` matches; the span is its group ``x`` (or the whole match).

    ``fix`` is the replacement (cased like the text it replaces) or a function choosing them.
    """
    compiled = re.compile(pattern, flags)

    def find(text: str) -> Iterator[Hit]:
        for match in compiled.finditer(text):
            group = "x" if "x" in compiled.groupindex else 0
            start, end = match.span(group)
            if callable(fix):
                replacements = fix(match, text)
            else:
                replacements = (cased_like(match.group(group), fix),)
            if replacements:
                yield start, end, replacements

    return find


def previous_word(text: str, position: int) -> str:
    """The word just before ``position`` (lower case), if only spaces separate them."""
    match = _LAST_WORD_RE.search(text[max(0, position - 40) : position])
    return match.group(1).lower() if match else ""


_LAST_WORD_RE = re.compile(r"([A-Za-z]+(?:['’][A-Za-z]+)?)[ \t]+\Z")


_STRAIGHT_IN_WORD_RE = re.compile(r"(?<=\w)'(?=\w)")
_CURLY_IN_WORD_RE = re.compile(r"(?<=\w)’(?=\w)")


def in_writers_apostrophes(findings: Sequence[Finding], source: str) -> list[Finding]:
    """``findings`` whose fixes ("It's") write their apostrophes as ``source`` mostly does.

    A draft whose apostrophes inside words are mostly curly ("I’m") gets curly ones in every
    fix, its message and suggestion included; any other draft keeps the straight ones.
    """
    if "’" not in source or not any("'" in r for f in findings for r in f.replacements):
        return list(findings)
    curly = len(_CURLY_IN_WORD_RE.findall(source))
    if curly <= len(_STRAIGHT_IN_WORD_RE.findall(source)):
        return list(findings)
    return [
        replace(
            f,
            message=_STRAIGHT_IN_WORD_RE.sub("’", f.message),
            suggestion=f.suggestion and _STRAIGHT_IN_WORD_RE.sub("’", f.suggestion),
            replacements=tuple(r.replace("'", "’") for r in f.replacements),
        )
        if any("'" in r for r in f.replacements)
        else f
        for f in findings
    ]
