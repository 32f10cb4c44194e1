"""Forms of an English verb, enough to match "utilizes" and to offer "uses" in its place."""

from __future__ import annotations

from typing import NamedTuple


class VerbForms(NamedTuple):
    """The five forms of a verb: "take", "takes", "took", "taken", "taking"."""

    base: str
    third: str
    past: str
    participle: str
    ing: str


# Irregular verbs that appear as the first word of a listed phrase or of a replacement.
_IRREGULAR: dict[str, tuple[str, str, str, str]] = {
    "begin": ("begins", "began", "begun", "beginning"),
    "buy": ("buys", "bought", "bought", "buying"),
    "come": ("comes", "came", "come", "coming"),
    "do": ("does", "did", "done", "doing"),
    "find": ("finds", "found", "found", "finding"),
    "get": ("gets", "got", "got", "getting"),
    "give": ("gives", "gave", "given", "giving"),
    "go": ("goes", "went", "gone", "going"),
    "have": ("has", "had", "had", "having"),
    "hold": ("holds", "held", "held", "holding"),
    "keep": ("keeps", "kept", "kept", "keeping"),
    "know": ("knows", "knew", "known", "knowing"),
    "lead": ("leads", "led", "led", "leading"),
    "make": ("makes", "made", "made", "making"),
    "meet": ("meets", "met", "met", "meeting"),
    "put": ("puts", "put", "put", "putting"),
    "run": ("runs", "ran", "run", "running"),
    "say": ("says", "said", "said", "saying"),
    "see": ("sees", "saw", "seen", "seeing"),
    "send": ("sends", "sent", "sent", "sending"),
    "show": ("shows", "showed", "shown", "showing"),
    "spread": ("spreads", "spread", "spread", "spreading"),
    "take": ("takes", "took", "taken", "taking"),
    "tell": ("tells", "told", "told", "telling"),
    "think": ("thinks", "thought", "thought", "thinking"),
}

# Verbs that double their last consonant before "-ed" and "-ing" (stress on the last syllable).
_DOUBLES = frozenset(
    {"admit", "commit", "control", "equip", "occur", "omit", "permit", "plan", "prefer", "refer"}
    | {"regret", "stop", "submit", "transmit"}
)

_VOWELS = frozenset("aeiou")


def verb_forms(base: str) -> VerbForms:
    """All forms of ``base`` (a lower-case verb)."""
    if base in _IRREGULAR:
        return VerbForms(base, *_IRREGULAR[base])
    if base in _DOUBLES:
        stem = base + base[-1]
        return VerbForms(base, base + "s", stem + "ed", stem + "ed", stem + "ing")
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past = base + "d"
        ing = base[:-2] + "ying" if base.endswith("ie") else base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        past = base[:-1] + "ied"
        ing = base + "ing"
    else:
        past = base + "ed"
        ing = base + "ing"
    return VerbForms(base, third, past, past, ing)


def inflect_phrase(phrase: str, form: str) -> str:
    """``phrase`` with its first word put in ``form`` (a :class:`VerbForms` field name)."""
    first, _, rest = phrase.partition(" ")
    word = getattr(verb_forms(first), form)
    return f"{word} {rest}" if rest else word
