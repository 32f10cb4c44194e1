"""The catalogue of writing rules: stable ids, names, what each one checks, and its group.

Rule ids are a public contract (they appear in ``clapwise analyze --json``). The
``description`` is what the writer reads as the rule's tooltip; one that quotes a number takes
it from the default thresholds, so the two cannot drift apart. The ``group`` says what a
finding covers: a ``sentence``, a ``word`` or phrase, a ``spelling`` slip, or a
``structure`` (a paragraph or section too long). It does not decide how a finding looks: the
editor paints each rule by its own mark (``app/ui/theme.py``).

``default_on`` is the precision budget: a rule is shown by default only when an editor, judging
its findings on real posts (``tools/eval_advice.py``), would act on most of them. The others
are a deeper level: counted in the sidebar, highlighted once the writer switches them on.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.rules.findings import Severity
from app.analysis.rules.grammar import CHECKS as GRAMMAR_CHECKS
from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS


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

_T = DEFAULT_THRESHOLDS


def _figure(value: float) -> str:
    """A threshold as a writer reads it: 18, not 18.0."""
    return f"{value:g}"


RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        "very_hard_sentence",
        "Very hard sentences",
        f"{_T.very_hard_long_words}+ words at reading grade {_figure(_T.very_hard_long_grade)}"
        " or above",
        "sentence",
        _E,
    ),
    RuleInfo(
        "hard_sentence",
        "Hard sentences",
        f"{_T.hard_sentence_min_words}+ words at reading grade {_figure(_T.hard_grade)}"
        " or above (not very hard)",
        "sentence",
        _W,
        _OFF,
    ),
    RuleInfo(
        "long_sentence",
        "Long sentences",
        f"Sentences of more than {_T.long_sentence_words} words",
        "sentence",
        _I,
        _OFF,
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
        _OFF,
    ),
    RuleInfo(
        "simpler", "Simpler alternatives", "Wordy phrases: in order to, prior to …", "word", _I
    ),
    RuleInfo(
        "formal_word",
        "Formal words",
        "One formal word for a plain one: utilize, purchase, additional …",
        "word",
        _I,
        _OFF,
    ),
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
    RuleInfo(
        "long_paragraph",
        "Long paragraphs",
        f"Paragraphs over {_T.paragraph_max_words} words",
        "structure",
        _W,
    ),
    RuleInfo(
        "paragraph_sentences",
        "Paragraphs of many sentences",
        f"More than {_T.paragraph_max_sentences} sentences in {_T.paragraph_wall_min_words}"
        " words or more: a wall of text on a phone",
        "structure",
        _I,
    ),
    RuleInfo(
        "long_section",
        "Long sections",
        f"More than {_T.section_max_words} words without a subheading"
        f" ({_T.section_max_words_with_subheadings} in a post that has some)",
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


def rule_name(rule: str) -> str:
    """The name a writer sees for ``rule``; an id the catalogue lacks still reads as words."""
    info = RULES_BY_ID.get(rule)
    return info.name if info is not None else rule.replace("_", " ").capitalize()
