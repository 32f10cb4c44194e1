"""What one spelling slip costs: cheap for the slips people make, dear for arbitrary ones.

Every edit turns the misspelling into a candidate: deleting a letter the writer typed, inserting
one they left out, substituting one, or swapping two neighbours. Costs are in "edit units" (an
arbitrary slip costs 1). Slips are cheaper when they are what people actually do: doubling or
undoubling a letter (acommodate, usefull), dropping or confusing a vowel (intresting,
independant), confusing letters that sound alike (c/s, s/z, g/j) or sit next to each other on a
keyboard, swapping two letters (recieve, teh). The first letter is rarely wrong, so editing it
costs extra. A few multi-letter spellings of one sound (f/ph, -shun/-tion, -icly/-ically) count
as one slip.

The numbers were tuned on a development set of real misspellings that shares no misspelling
with the evaluation set in ``tests/analysis/rules/spelling/data``.
"""

from __future__ import annotations

from dataclasses import dataclass

VOWELS = frozenset("aeiou")
APOSTROPHE = "'"

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")

# Letter pairs that spell the same or a similar sound, confused in both directions.
_SOUND_ALIKE_PAIRS = (
    ("c", "s"),
    ("c", "k"),
    ("s", "z"),
    ("g", "j"),
    ("f", "v"),
    ("i", "y"),
    ("d", "t"),
    ("b", "p"),
    ("m", "n"),
    ("q", "k"),
)

# (written, meant, cost): one sound spelled with a different group of letters.
MULTI_LETTER_SLIPS: tuple[tuple[str, str, float], ...] = (
    ("f", "ph", 0.5),
    ("ph", "f", 0.5),
    ("ck", "k", 0.5),
    ("k", "ck", 0.5),
    ("c", "ck", 0.6),
    ("shun", "tion", 0.4),
    ("shon", "tion", 0.5),
    ("sion", "tion", 0.5),
    ("tion", "sion", 0.5),
    ("cion", "tion", 0.5),
    ("ea", "ee", 0.5),
    ("ee", "ea", 0.5),
    ("ou", "u", 0.6),
    ("u", "ou", 0.6),
    ("oo", "u", 0.6),
    ("u", "oo", 0.6),
    ("ks", "x", 0.5),
    ("x", "ks", 0.5),
    ("kw", "qu", 0.4),
    ("uf", "ough", 0.6),
    ("ite", "ight", 0.5),
    ("it", "ight", 0.6),
    ("cher", "ture", 0.5),
    ("ys", "ies", 0.4),
    ("fs", "ves", 0.2),  # a regular plural of "half", "shelf": as cheap as an apostrophe
    ("ies", "ys", 0.6),
    ("yed", "ied", 0.4),
    ("icly", "ically", 0.3),
    ("j", "dge", 0.6),
    ("ge", "dge", 0.5),
    ("sh", "ti", 0.7),
    ("sh", "ci", 0.7),
)


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    """Keys touching each letter key on a QWERTY keyboard (rows are staggered to the right)."""
    neighbours: dict[str, frozenset[str]] = {}
    for row_index, row in enumerate(_KEYBOARD_ROWS):
        for column, key in enumerate(row):
            near: set[str] = set()
            for other_row, columns in (
                (row_index, (column - 1, column + 1)),
                (row_index - 1, (column, column + 1)),
                (row_index + 1, (column - 1, column)),
            ):
                if 0 <= other_row < len(_KEYBOARD_ROWS):
                    keys = _KEYBOARD_ROWS[other_row]
                    near.update(keys[c] for c in columns if 0 <= c < len(keys))
            neighbours[key] = frozenset(near)
    return neighbours


def _sound_alike() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for one, other in _SOUND_ALIKE_PAIRS:
        pairs.setdefault(one, set()).add(other)
        pairs.setdefault(other, set()).add(one)
    return {letter: frozenset(others) for letter, others in pairs.items()}


KEY_NEIGHBOURS = _keyboard_neighbours()
SOUND_ALIKE = _sound_alike()
_NOTHING: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class EditCosts:
    """Costs of single slips and the weights that turn cost and word frequency into a score."""

    doubled: float = 0.112
    vowel_insert: float = 0.206
    vowel_delete: float = 0.75
    key_slip_delete: float = 0.75
    h_insert: float = 0.35
    other: float = 1.25
    vowel_substitute: float = 0.5
    sound_alike: float = 0.6
    key_slip_substitute: float = 0.65
    transpose: float = 0.25
    first_letter: float = 0.6
    apostrophe: float = 0.2
    # score = frequency_weight * log10(frequency) - cost_weight * cost
    frequency_weight: float = 0.5
    cost_weight: float = 3.0
    # Edits this cheap are followed by a second edit (distance-2 candidates).
    second_edit_limit: float = 0.75
    # Splitting a run-together pair ("alot" -> "a lot").
    split: float = 1.6


DEFAULT_COSTS = EditCosts()


def delete_cost(word: str, index: int, costs: EditCosts) -> float:
    """Cost of removing ``word[index]``: the writer typed a letter too many."""
    letter = word[index]
    before = word[index - 1] if index else ""
    after = word[index + 1] if index + 1 < len(word) else ""
    if letter in (before, after):
        cost = costs.doubled
    elif letter in VOWELS:
        cost = costs.vowel_delete
    elif letter == APOSTROPHE:
        cost = costs.apostrophe
    elif before in KEY_NEIGHBOURS.get(letter, _NOTHING) or after in KEY_NEIGHBOURS.get(
        letter, _NOTHING
    ):
        cost = costs.key_slip_delete
    else:
        cost = costs.other
    return cost + costs.first_letter if index == 0 else cost


def insert_cost(word: str, index: int, letter: str, costs: EditCosts) -> float:
    """Cost of inserting ``letter`` before ``word[index]``: the writer left it out."""
    if letter == APOSTROPHE:
        return costs.apostrophe
    if (index and word[index - 1] == letter) or (index < len(word) and word[index] == letter):
        cost = costs.doubled
    elif letter in VOWELS:
        cost = costs.vowel_insert
    elif letter == "h":  # silent h: wich, rythm, tecnique
        cost = costs.h_insert
    else:
        cost = costs.other
    return cost + costs.first_letter if index == 0 else cost


def substitute_cost(word: str, index: int, letter: str, costs: EditCosts) -> float:
    """Cost of replacing ``word[index]`` with ``letter``."""
    written = word[index]
    if written in VOWELS and letter in VOWELS:
        cost = costs.vowel_substitute
    elif letter in SOUND_ALIKE.get(written, _NOTHING):
        cost = costs.sound_alike
    elif letter in KEY_NEIGHBOURS.get(written, _NOTHING):
        cost = costs.key_slip_substitute
    else:
        cost = costs.other
    return cost + costs.first_letter if index == 0 else cost


def transpose_cost(index: int, costs: EditCosts) -> float:
    """Cost of swapping ``word[index]`` and ``word[index + 1]``."""
    return costs.transpose + costs.first_letter / 2 if index == 0 else costs.transpose


# The slips writers make most, each cheaper than any other the model knows: a letter doubled
# or undoubled, a vowel, a silent h or an apostrophe left out, two neighbours swapped.
PLAIN_SLIP_COST = 0.35


def plain_slips(
    word: str, costs: EditCosts = DEFAULT_COSTS, limit: float = PLAIN_SLIP_COST
) -> set[str]:
    """Strings one plain slip (costing ``limit`` or less) from ``word``, and those where a
    doubled letter moved ("begginer" for "beginner", "ocassion" for "occasion")."""
    found: set[str] = set()
    length = len(word)
    for i in range(length):
        if delete_cost(word, i, costs) <= limit:
            found.add(word[:i] + word[i + 1 :])
    for i in range(length - 1):
        if word[i] != word[i + 1] and transpose_cost(i, costs) <= limit:
            found.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    if limit >= min(costs.vowel_substitute, costs.sound_alike, costs.key_slip_substitute):
        for i in range(length):
            for letter in substitution_letters(word[i]):
                if substitute_cost(word, i, letter, costs) <= limit:
                    found.add(word[:i] + letter + word[i + 1 :])
    for i in range(length + 1):
        letters = set(VOWELS) | {"h", APOSTROPHE} | set(word[max(0, i - 1) : i + 1])
        for letter in letters:
            if insert_cost(word, i, letter, costs) <= limit:
                found.add(word[:i] + letter + word[i:])
    found |= moved_doublings(word)
    found.discard(word)
    return found


def moved_doublings(word: str) -> set[str]:
    """Strings where one doubled letter of ``word`` is single and another letter doubled
    instead ("begginer" gives "beginner"): two edits, but one slip."""
    found: set[str] = set()
    for i in range(len(word) - 1):
        if word[i] == word[i + 1]:
            undoubled = word[:i] + word[i + 1 :]
            found.update(
                undoubled[: j + 1] + undoubled[j:] for j in range(len(undoubled)) if j != i
            )
    found.discard(word)
    return found


def substitution_letters(letter: str) -> frozenset[str]:
    """Letters a writer plausibly typed ``letter`` for: vowels, sound-alikes, neighbouring keys."""
    plausible = SOUND_ALIKE.get(letter, _NOTHING) | KEY_NEIGHBOURS.get(letter, _NOTHING)
    if letter in VOWELS:
        plausible |= VOWELS
    return plausible - {letter}


def restricted_distance(first: str, second: str, limit: int) -> int:
    """Optimal-string-alignment distance, or ``limit + 1`` once it must exceed ``limit``."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous_previous: list[int] = []
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, b in enumerate(second, 1):
            cost = 0 if a == b else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                value = min(value, previous_previous[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]
