"""Derive the verb tables of ``resources/grammar/`` from lemminflect (MIT licence).

    python -m tools.derive_verb_tables

* ``past_bases.tsv``: every simple past ending in "-ed" ("wanted", "tried", "stopped", "fed")
  of a verb English writes often enough to slip on (Zipf 2.5 or more), with that verb. After
  "didn't", "doesn't" or "did you" a verb takes its bare form ("didn't want", not "didn't
  wanted"). A word that is itself some verb's base form ("need", "shed", "embed") is left out.
* ``present_forms.tsv``: common verbs (Zipf 3 or more) with their "-s" form and simple past,
  for "he want" ("wants", or "wanted"). Only words lemminflect reads as verbs or nouns and
  nothing else: "still", "well" and "open" are also adverbs or adjectives. Left out too: a base
  that is also some verb's past ("put", "read", "let"), and the auxiliaries and modals, which
  their own checks cover or which take no "-s" ("he need not worry").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAST_BASES = REPO / "resources" / "grammar" / "past_bases.tsv"
PRESENT_FORMS = REPO / "resources" / "grammar" / "present_forms.tsv"
#: A verb rarer than this is too rare to be written after "didn't" by mistake.
MIN_VERB_ZIPF = 2.5
#: ... and after "he" or "it", where a rarer word is more likely something else.
MIN_PRESENT_ZIPF = 3.0
_AUXILIARIES = frozenset(
    {"be", "have", "do", "can", "could", "may", "might", "must", "shall", "should", "will"}
    | {"would", "ought", "need", "dare", "used"}
)


@cache
def _readings() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Each lower-case word's readings ("verb", "noun", "adj"...) and the lemmas of its verb
    readings, in lemminflect's lemma table."""
    from tools.lemma_table import lemma_rows

    readings: dict[str, set[str]] = {}
    verb_lemmas: dict[str, set[str]] = {}
    for word, reading, lemmas in lemma_rows():
        if word.isalpha() and word.islower():
            readings.setdefault(word, set()).add(reading)
            if reading == "verb":
                verb_lemmas.setdefault(word, set()).update(lemmas)
    return readings, verb_lemmas


def past_bases() -> dict[str, str]:
    """Each "-ed" simple past and its verb (the commonest, when several verbs share it)."""
    import wordfreq
    from lemminflect import getAllInflections

    _readings_of, verb_lemmas = _readings()
    bases = {word for word, lemmas in verb_lemmas.items() if word in lemmas}
    table: dict[str, str] = {}
    for past, lemmas in sorted(verb_lemmas.items()):
        if past in bases or not past.endswith("ed"):
            continue
        candidates = [
            lemma
            for lemma in lemmas
            if past in getAllInflections(lemma, upos="VERB").get("VBD", ())
            and wordfreq.zipf_frequency(lemma, "en") >= MIN_VERB_ZIPF
        ]
        if candidates:
            table[past] = max(candidates, key=lambda lemma: wordfreq.zipf_frequency(lemma, "en"))
    return table


def present_forms() -> dict[str, tuple[str, str]]:
    """Each common verb read only as a verb or a noun, with its "-s" form and simple past."""
    import wordfreq
    from lemminflect import getAllInflections

    readings, verb_lemmas = _readings()
    bases = sorted(word for word, lemmas in verb_lemmas.items() if word in lemmas)
    inflections = {base: getAllInflections(base, upos="VERB") for base in bases}
    pasts = {past for forms in inflections.values() for past in forms.get("VBD", ())}
    table: dict[str, tuple[str, str]] = {}
    for base in bases:
        forms = inflections[base]
        if (
            readings[base] <= {"verb", "noun"}
            and base not in _AUXILIARIES
            and base not in pasts
            and forms.get("VBZ")
            and forms.get("VBD")
            and wordfreq.zipf_frequency(base, "en") >= MIN_PRESENT_ZIPF
        ):
            table[base] = (forms["VBZ"][0], forms["VBD"][0])
    return table


def _write(target: Path, about: str, rows: list[str]) -> None:
    header = f"# Derived by tools/derive_verb_tables.py from lemminflect (MIT licence); {about}"
    target.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows):,} rows -> {target.relative_to(REPO)}")


def main() -> None:
    _write(
        PAST_BASES,
        "<simple past ending in -ed><TAB><its verb>",
        [f"{past}\t{verb}" for past, verb in past_bases().items()],
    )
    _write(
        PRESENT_FORMS,
        "<verb><TAB><its -s form><TAB><its simple past>",
        [f"{base}\t{present}\t{past}" for base, (present, past) in present_forms().items()],
    )


if __name__ == "__main__":
    main()
