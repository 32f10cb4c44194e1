"""The catalogue of writing rules: stable ids, names, what each one checks, and its style group.

Rule ids are a public contract (they appear in ``clapwise analyze --json``). The ``group``
decides how the editor paints a finding: ``sentence`` rules shade the whole sentence,
``word`` rules shade a word or phrase, ``spelling`` is underlined, ``structure`` rules
(paragraph and section length) mark the block.

``default_on`` is the precision budget: a rule is shown by default only when an editor, judging
its findings on real posts (``tools/eval_advice.py``), would act on most of them. The others
are a deeper level: counted in the sidebar, highlighted once the writer switches them on.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.rules.findings import Severity
from app.analysis.rules.grammar import CHECKS as GRAMMAR_CHECKS


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    name: str
    description: str
    group: str
    severity: Severity
    default_on: bool = True


_W, _I, _E = Severity.WARNING, Severity.INFO, Severity.ERROR

_OFF = False  # a deeper level: counted, highlighted once switched on

RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        "very_hard_sentence",
        "Very hard sentences",
        "25+ words at reading grade 15 or above, or 30+ words at grade 12 or above",
        "sentence",
        _E,
    ),
    RuleInfo(
        "hard_sentence",
        "Hard sentences",
        "20+ words at reading grade 10 or above (not very hard)",
        "sentence",
        _W,
        _OFF,
    ),
    RuleInfo(
        "long_sentence", "Long sentences", "Sentences of more than 20 words", "sentence", _I, _OFF
    ),
    RuleInfo(
        "passive",
        "Passive voice",
        "A form of 'to be' or 'get' + a past participle",
        "word",
        _W,
        _OFF,
    ),
    RuleInfo(
        "adverb", "Adverbs", "-ly adverbs that a stronger verb could replace", "word", _I, _OFF
    ),
    RuleInfo(
        "intensifier",
        "Intensifiers",
        "very, really, extremely …, and redundant pairs (very quickly, completely finished)",
        "word",
        _I,
    ),
    RuleInfo("simpler", "Simpler alternatives", "Wordy or complex phrases", "word", _I),
    RuleInfo("weasel", "Weasel words", "Vague words that dodge a claim", "word", _I, _OFF),
    RuleInfo("hedge", "Hedges", "I think, perhaps, sort of …", "word", _I, _OFF),
    RuleInfo("cliche", "Clichés", "Worn-out phrases", "word", _I),
    RuleInfo("repeated_word", "Repeated words", "The same word twice in a row", "word", _E),
    RuleInfo(
        "there_is",
        "'There is' starts",
        "Sentences starting with There is/are",
        "word",
        _I,
        _OFF,
    ),
    RuleInfo("so_start", "'So' starts", "Sentences starting with a filler 'So'", "word", _I, _OFF),
    RuleInfo(
        "repeated_start",
        "Repeated sentence starts",
        "Three or more sentences in a row starting with the same word",
        "word",
        _I,
        _OFF,
    ),
    RuleInfo("long_paragraph", "Long paragraphs", "Paragraphs over 150 words", "structure", _W),
    RuleInfo(
        "paragraph_sentences",
        "Paragraphs of many sentences",
        "More than 4 sentences in 65 words or more: a wall of text on a phone",
        "structure",
        _I,
    ),
    RuleInfo(
        "long_section",
        "Long sections",
        "More than 400 words without a subheading",
        "structure",
        _I,
    ),
    *(RuleInfo(c.id, c.name, c.description, "word", c.severity) for c in GRAMMAR_CHECKS),
    RuleInfo("spelling", "Spelling", "Words not in the dictionary", "spelling", _E),
)

RULES_BY_ID = {rule.id: rule for rule in RULES}
RULE_IDS = frozenset(RULES_BY_ID)
# Rules off until the writer switches them on (see ``default_on``).
DEFAULT_OFF_RULES = frozenset(rule.id for rule in RULES if not rule.default_on)
