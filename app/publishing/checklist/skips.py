"""Items for checks that cannot judge: no text yet, no analysis, or their rule switched off."""

from __future__ import annotations

from collections.abc import Sequence

from app.publishing.checklist.model import ChecklistItem

EMPTY_DETAIL = "There is no text to check yet."
EMPTY_FIX = "Write the story; this check runs as soon as there is text."


def skip(item_id: str, label: str, detail: str, fix: str) -> ChecklistItem:
    return ChecklistItem(item_id, label, "skip", detail, fix)


_SWITCH_ON = "Switch on "
#: Where the app switches a check on; the command line names its options in its place.
IN_THE_APP = "in Settings or the sidebar's Writing card"


def _quoted_names(rules: Sequence[str]) -> str:
    from app.analysis.rules.catalog import rule_name  # at use: keeps the import light

    return " and ".join(f"“{rule_name(rule)}”" for rule in rules)


def how_to_switch_on(rules: Sequence[str]) -> str:
    names = _quoted_names(rules)
    return (
        f"{_SWITCH_ON}{names} {IN_THE_APP} to include {'it' if len(rules) == 1 else 'them'} here."
    )


def how_to_see(rules: Sequence[str]) -> str:
    """How to find the findings of ``rules``, counted though switched off."""
    return f"{_SWITCH_ON}{_quoted_names(rules)} {IN_THE_APP} to see which they are."


def switch_on_options(rules: Sequence[str]) -> str:
    """The command-line options that switch ``rules`` on."""
    return " ".join(f"--rule {rule}" for rule in rules)


def switch_on_advice(fix: str) -> str:
    """The part of ``fix`` that says which rule to switch on ("" when it says none): a check
    that passes on part of what it names still tells how to count the rest."""
    start = fix.find(_SWITCH_ON)
    return fix[start:] if start >= 0 else ""


def switched_off(item_id: str, label: str, rules: Sequence[str]) -> ChecklistItem:
    """A check whose rule is off: its findings are absent, so it cannot pass."""
    names = _quoted_names(rules)
    verb = "is" if len(rules) == 1 else "are"
    return ChecklistItem(
        item_id,
        label,
        "skip",
        f"Not checked: {names} {verb} switched off.",
        how_to_switch_on(rules),
        tuple(rules),
        switch_on_options(rules),
    )
