"""Derive ``resources/grammar/past_bases.tsv``: the simple pasts ending in "-ed" and their verbs.

    python -m tools.derive_past_bases

After "didn't", "doesn't" or "did you" a verb takes its bare form ("didn't want", not "didn't
wanted"); the grammar check needs that bare form. The table comes from lemminflect's lemma
table and inflections (MIT licence): every simple past ending in "-ed" ("wanted", "tried",
"stopped", "fed") of a verb English writes often enough to slip on (Zipf 2.5 or more), with that
verb. A word that is itself some verb's base form ("need", "shed", "embed") is left out.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "resources" / "grammar" / "past_bases.tsv"
#: A verb rarer than this is too rare to be written after "didn't" by mistake.
MIN_VERB_ZIPF = 2.5


def past_bases() -> dict[str, str]:
    """Each "-ed" simple past and its verb (the commonest, when several verbs share it)."""
    import wordfreq
    from lemminflect import getAllInflections

    from tools.lemma_table import lemma_rows

    verbs: dict[str, set[str]] = {}
    bases: set[str] = set()
    for word, reading, lemmas in lemma_rows():
        if reading != "verb" or not (word.isalpha() and word.islower()):
            continue
        if word in lemmas:
            bases.add(word)
        elif word.endswith("ed"):
            verbs.setdefault(word, set()).update(lemmas)
    table: dict[str, str] = {}
    for past, lemmas in sorted(verbs.items()):
        if past in bases:
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


def main() -> None:
    table = past_bases()
    lines = [
        "# Derived by tools/derive_past_bases.py from lemminflect (MIT licence); do not edit.",
        "# <simple past ending in -ed><TAB><its verb>",
        *(f"{past}\t{verb}" for past, verb in table.items()),
    ]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table):,} pasts -> {OUTPUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
