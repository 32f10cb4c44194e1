"""The package contract: rule ids, finding offsets on any text, and no GUI imports."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.rules.findings import Finding
from app.analysis.rules.style import (
    RULE_IDS,
    SENTENCE_DETECTORS,
    TEXT_DETECTORS,
    find_repeated_starts,
    has_transition,
)
from app.analysis.text.words import WORD_RE

CONTRACT = {
    "passive",
    "adverb",
    "intensifier",
    "simpler",
    "formal_word",
    "weasel",
    "hedge",
    "cliche",
    "repeated_word",
    "there_is",
    "so_start",
    "repeated_start",
}

# Words the checks know, mixed with spacing, punctuation and characters whose lower case is
# longer ("İ"), so generated text reaches every branch.
_WORDS = (
    "the The was is were been being got stolen excited used to it's they're So There are"
    " very really quickly family utilize in order to at the end of the day many few I think"
    " sort of a kind of had that . , ; ? ! ’ ' - \n \u200c İ ß 2 — “ ”"
)
_TOKENS = st.sampled_from([*_WORDS.split(" "), " ", "  ", "\n"])
_TEXT = st.lists(_TOKENS, max_size=40).map(" ".join)


def test_rule_ids_are_the_contract() -> None:
    assert set(RULE_IDS) == CONTRACT
    assert len(RULE_IDS) == len(CONTRACT)


def _check(findings: list[Finding], text: str) -> None:
    for finding in findings:
        assert finding.rule in RULE_IDS
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end].strip()
        assert finding.message
        assert "\n" not in finding.message
        assert finding.suggestion


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_every_check_returns_valid_offsets(text: str) -> None:
    for detector in (*TEXT_DETECTORS.values(), *SENTENCE_DETECTORS.values()):
        _check(detector(text), text)
    assert isinstance(has_transition(text), bool)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT, max_size=6))
def test_repeated_starts_offsets_point_at_first_words(sentences: list[str]) -> None:
    block = " ".join(sentences)
    pairs = []
    position = 0
    for sentence in sentences:
        pairs.append((position, sentence))
        position += len(sentence) + 1
    findings = find_repeated_starts(pairs)
    _check(findings, block)
    first_words = set()
    for offset, sentence in pairs:
        word = WORD_RE.search(sentence)
        if word:
            first_words.add((offset + word.start(), offset + word.end()))
    assert {(finding.start, finding.end) for finding in findings} <= first_words


@given(_TEXT)
def test_replacements_have_the_case_of_the_text(text: str) -> None:
    for finding in TEXT_DETECTORS["simpler"](text):
        original = text[finding.start : finding.end]
        assert finding.replacements
        if original[:1].isupper():
            assert all(option[:1].isupper() for option in finding.replacements)


def test_package_imports_no_gui_or_database() -> None:
    code = (
        "import sys, app.analysis.rules.style as s; s.find_passive('It was done by us.');"
        "bad = [m for m in sys.modules if m.split('.')[0] in {'PySide6', 'sqlalchemy'}"
        " or m.startswith(('app.ui', 'app.storage'))]; print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
