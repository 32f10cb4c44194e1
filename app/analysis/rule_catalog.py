"""The catalogue of writing rules: stable ids, names, what each one checks, and its style group.

Rule ids are a public contract (they appear in ``clapwise analyze --json``). The ``group``
decides how the editor paints a finding: ``sentence`` rules shade the whole sentence,
``word`` rules shade a word or phrase, ``spelling`` is underlined, ``structure`` rules
(paragraph and section length) mark the block.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.findings import Severity
from app.analysis.grammar import CHECKS as GRAMMAR_CHECKS


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    name: str
    description: str
    group: str
    severity: Severity


_W, _I, _E = Severity.WARNING, Severity.INFO, Severity.ERROR

RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        "very_hard_sentence",
        "Very hard sentences",
        "Sentences of 14+ words at reading grade 14 or above",
        "sentence",
        _E,
    ),
    RuleInfo(
        "hard_sentence",
        "Hard sentences",
        "Sentences of 14+ words at reading grade 10 to 13",
        "sentence",
        _W,
    ),
    RuleInfo("long_sentence", "Long sentences", "Sentences of more than 20 words", "sentence", _I),
    RuleInfo(
        "passive", "Passive voice", "A form of 'to be' or 'get' + a past participle", "word", _W
    ),
    RuleInfo("adverb", "Adverbs", "-ly adverbs that a stronger verb could replace", "word", _I),
    RuleInfo("intensifier", "Intensifiers", "very, really, extremely …", "word", _I),
    RuleInfo("simpler", "Simpler alternatives", "Wordy or complex phrases", "word", _I),
    RuleInfo("weasel", "Weasel words", "Vague words that dodge a claim", "word", _I),
    RuleInfo("hedge", "Hedges", "I think, perhaps, sort of …", "word", _I),
    RuleInfo("cliche", "Clichés", "Worn-out phrases", "word", _I),
    RuleInfo("repeated_word", "Repeated words", "The same word twice in a row", "word", _E),
    RuleInfo("there_is", "'There is' starts", "Sentences starting with There is/are", "word", _I),
    RuleInfo("so_start", "'So' starts", "Sentences starting with a filler 'So'", "word", _I),
    RuleInfo(
        "repeated_start",
        "Repeated sentence starts",
        "Three or more sentences in a row starting with the same word",
        "word",
        _I,
    ),
    RuleInfo("long_paragraph", "Long paragraphs", "Paragraphs over 150 words", "structure", _W),
    RuleInfo(
        "paragraph_sentences",
        "Paragraphs of many sentences",
        "More than 4 sentences: a wall of text on a phone",
        "structure",
        _I,
    ),
    RuleInfo(
        "long_section",
        "Long sections",
        "More than 300 words without a subheading",
        "structure",
        _I,
    ),
    *(RuleInfo(c.id, c.name, c.description, "word", c.severity) for c in GRAMMAR_CHECKS),
    RuleInfo("spelling", "Spelling", "Words not in the dictionary", "spelling", _E),
)

RULES_BY_ID = {rule.id: rule for rule in RULES}
RULE_IDS = frozenset(RULES_BY_ID)
