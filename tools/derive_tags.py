"""Derive Medium's tag vocabulary with reach from ../shared/data/medium_tags.csv.gz, and the
grammar words of other languages from wordfreq.

    python -m tools.derive_tags

Writes ``resources/keywords/medium_tags.tsv``: one real Medium tag a line, as Medium writes it
in URLs (``machine-learning``), a tab, and how many stories carried it when crawled (its reach),
most used first. Tags carried by fewer than ``MIN_STORIES`` stories are left out: the long tail
of the crawl is mostly one-off spellings and spam, and a tag almost nobody follows is no help
to a writer.

Writes ``resources/keywords/person_names.txt``: the first names of the 1990 US census (about
5,200, shipped in the ``names`` package) and those of Faker's locales written in Latin letters
("Dmitri", "Chinedu", "Priya"; Faker is MIT-licensed) that are rare as English words (both
tool-time dependencies), so that a person written about often ("Annalee") is not offered as a
new tag.

Writes ``resources/keywords/verb_forms.txt`` and ``verb_bases.txt``: the English words that
are only ever verbs, inflected ("told", "taught", "deploys", plus the simple past of any verb
English writes less often than the verb: "drove") and in their base form ("convince",
"deploy"), from the lemma table of the ``lemminflect`` package (MIT licence; a tool-time
dependency). No "-ing" forms: they name activities ("Gardening"). A verb is no new tag, and an
inflected one ends no key phrase. From the same table, ``modifier_words.txt``: the words read only
as adjectives or adverbs ("easy", "bad"), no key phrase alone, and ``ing_nouns.txt``: the
words ending in "-ing" that are no verb's "-ing" form ("morning", "string") or are nouns
first ("evening", "shopping"), so no sign of a verb-led phrase.

Also writes ``resources/keywords/other_grammar_words.txt``: the most common words of every
language wordfreq knows other than English (their grammar words: "der", "und", "de", "la"), so
that a post in another language does not get them as tags. Needs only the installed wordfreq.
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from pathlib import Path

from app.document.medium_limits import MAX_TAG_LENGTH

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "medium_tags.csv.gz"
TARGET = ROOT / "resources" / "keywords" / "medium_tags.tsv"
GRAMMAR_TARGET = ROOT / "resources" / "keywords" / "other_grammar_words.txt"
NAMES_TARGET = ROOT / "resources" / "keywords" / "person_names.txt"
VERBS_TARGET = ROOT / "resources" / "keywords" / "verb_forms.txt"
VERB_BASES_TARGET = ROOT / "resources" / "keywords" / "verb_bases.txt"
#: Readings in lemminflect's lemma table that make a word form a verb.
VERB_READINGS = frozenset({"verb", "aux"})
MODIFIERS_TARGET = ROOT / "resources" / "keywords" / "modifier_words.txt"
ING_NOUNS_TARGET = ROOT / "resources" / "keywords" / "ing_nouns.txt"
#: An "-ing" word with a noun reading of itself is a noun first ("evening", "shopping") when
#: English writes it this much more often (in Zipf) than any past form of its verb ("evened").
ING_NOUN_MIN_LEAD = 1.0
#: Readings that make a word form a quality of something else rather than a thing.
MODIFIER_READINGS = frozenset({"adj", "adv"})
#: The census files of first names inside the ``names`` package.
NAME_FILES = ("dist.female.first", "dist.male.first")
#: Faker's first names of other countries count only below this English Zipf frequency: its
#: lists hold words too ("Hope", "Summer", "Said"), and a common word is no sure name.
WORLD_NAME_MAX_ZIPF = 3.0
#: The attributes of a Faker person provider that list first names.
FAKER_FIRST_NAMES = ("first_names", "first_names_male", "first_names_female")
MIN_STORIES = 50
#: The most common words of each language that count as its grammar words (further down the
#: lists of smaller languages come content words: "france", "malaysia", "budapest").
GRAMMAR_TOP = 30
# A slug Medium would accept: lower-case letters and digits in hyphen-separated words.
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def read_vocabulary(source: Path = SOURCE) -> list[tuple[str, int]]:
    """(slug, stories) of every usable tag, most used first, ties by name."""
    with gzip.open(source, "rt", encoding="utf-8", newline="") as handle:
        rows = [
            (row["tag"].strip(), int(float(row["stories"] or 0))) for row in csv.DictReader(handle)
        ]
    kept = {
        slug: stories
        for slug, stories in rows
        if stories >= MIN_STORIES
        and _SLUG_RE.match(slug)
        and len(slug) <= MAX_TAG_LENGTH
        and any(c.isalpha() for c in slug)
    }
    return sorted(kept.items(), key=lambda item: (-item[1], item[0]))


def other_grammar_words(top: int = GRAMMAR_TOP) -> list[str]:
    """The ``top`` most common words of every wordfreq language but English, lower case,
    letters only, that are not among English's own ``top`` (sorted)."""
    import wordfreq

    english = set(wordfreq.top_n_list("en", top))
    words: set[str] = set()
    for language in sorted(wordfreq.available_languages()):
        if language != "en":
            words.update(w for w in wordfreq.top_n_list(language, top) if w.isalpha())
    return sorted(words - english)


def person_names() -> list[str]:
    """First names (lower case, letters only, sorted): the census's, from the ``names``
    package, and the rarely-a-word ones of Faker's locales."""
    from importlib.resources import files

    folder = files("names")
    found: set[str] = set()
    for name in NAME_FILES:
        for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines():
            word = line.split(" ", 1)[0].strip().lower()
            if word.isalpha():
                found.add(word)
    return sorted(found | world_names())


def world_names() -> set[str]:
    """First names of every Faker locale written in Latin letters that English rarely uses
    as words (below ``WORLD_NAME_MAX_ZIPF``), lower case."""
    import importlib
    import pkgutil
    import unicodedata

    import faker.providers.person
    import wordfreq

    found: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in FAKER_FIRST_NAMES:
            listed = vars(provider).get(attribute, ())
            if isinstance(listed, tuple | list | dict):  # some locales build it in a property
                found.update(name.lower() for name in listed if isinstance(name, str))
    return {
        name
        for name in found
        if name.isalpha()
        and all(unicodedata.name(c, "").startswith("LATIN") for c in name)
        and wordfreq.zipf_frequency(name, "en") < WORLD_NAME_MAX_ZIPF
    }


def _lemma_readings() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Each word form's readings ("verb", "noun", "adj", ...) and lemmas in lemminflect."""
    from tools.lemma_table import lemma_rows

    readings: dict[str, set[str]] = {}
    lemmas: dict[str, set[str]] = {}
    for word, reading, its_lemmas in lemma_rows():
        readings.setdefault(word, set()).add(reading)
        lemmas.setdefault(word, set()).update(its_lemmas)
    return readings, lemmas


def modifier_words() -> list[str]:
    """Words lemminflect reads only as adjectives or adverbs ("slow", "easy", "bad"; lower
    case, letters only; sorted): alone, a quality of the story's subject, never its subject."""
    readings, _lemmas = _lemma_readings()
    return sorted(
        word
        for word, kinds in readings.items()
        if kinds <= MODIFIER_READINGS and word.isalpha() and word.islower()
    )


def ing_nouns() -> list[str]:
    """Words ending in "-ing", as long as the keyword roles look at, that are no verb's "-ing"
    form in lemminflect ("string", "morning": their verb readings, if any, are of the word
    itself), or that are nouns English writes far more often than its verb's past forms
    ("evening" and "evened", "shopping" and "shopped"; not "meeting" and "met"); sorted."""
    import wordfreq
    from lemminflect import getAllInflections

    from app.analysis.insights.keywords.thresholds import ING_WORD_MIN_LENGTH
    from tools.lemma_table import lemma_rows

    ing_words: set[str] = set()
    nouns: set[str] = set()
    other_verbs: dict[str, set[str]] = {}
    for word, reading, its_lemmas in lemma_rows():
        if not (word.endswith("ing") and len(word) >= ING_WORD_MIN_LENGTH):
            continue
        if word.isalpha() and word.islower():
            ing_words.add(word)
        if reading == "noun" and word in its_lemmas:
            nouns.add(word)
        if reading in VERB_READINGS and set(its_lemmas) - {word}:
            other_verbs.setdefault(word, set()).update(set(its_lemmas) - {word})

    def past_forms(verb: str) -> list[str]:
        inflections = getAllInflections(verb, upos="VERB")
        return [form for tag in ("VBD", "VBN") for form in inflections.get(tag, ())]

    def noun_first(word: str) -> bool:
        pasts = [form for verb in other_verbs[word] for form in past_forms(verb)]
        commonest = max((wordfreq.zipf_frequency(form, "en") for form in pasts), default=0.0)
        return wordfreq.zipf_frequency(word, "en") - commonest >= ING_NOUN_MIN_LEAD

    return sorted(
        word
        for word in ing_words
        if word not in other_verbs or (word in nouns and noun_first(word))
    )


def verb_forms() -> tuple[list[str], list[str], str]:
    """Words lemminflect reads only as verbs (lower case, letters only, no "-ing" forms;
    sorted), inflected and base forms apart, and the package's copyright line. The inflected
    ones include the simple past of every verb that English writes less often than the verb
    itself, other readings or not ("drove", "broke"; "ground" is mostly a noun)."""
    from importlib.metadata import distribution

    import wordfreq
    from lemminflect import getAllInflections

    readings, lemmas = _lemma_readings()
    found = {
        word
        for word, kinds in readings.items()
        if kinds <= VERB_READINGS and word.isalpha() and word.islower() and not word.endswith("ing")
    }
    bases = {word for word in found if word in lemmas[word]}
    inflected = found - bases
    verbs = {lemma for word, kinds in readings.items() if "verb" in kinds for lemma in lemmas[word]}
    for verb in verbs:
        for past in getAllInflections(verb, upos="VERB").get("VBD", ()):
            if (
                past != verb
                and past.isalpha()
                and past.islower()
                and wordfreq.zipf_frequency(past, "en") < wordfreq.zipf_frequency(verb, "en")
            ):
                inflected.add(past)
    licence = distribution("lemminflect").read_text("LICENSE") or ""
    notice = next(line.strip() for line in licence.splitlines() if "Copyright" in line)
    return sorted(inflected), sorted(bases), notice


def _write_words(target: Path, about: str, words: list[str]) -> None:
    """``words`` one a line under a comment line saying what they are and where from."""
    header = f"# {about}. Made by tools/derive_tags.py"
    target.write_text("\n".join([header, *words]) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {target.relative_to(ROOT)}")


def main() -> int:
    inflected, bases, notice = verb_forms()
    source = f"from lemminflect's lemma table (MIT licence, {notice})"
    for words, target, what in (
        (inflected, VERBS_TARGET, "Inflected forms of verbs (told, deploys, drove)"),
        (bases, VERB_BASES_TARGET, "Base forms of verbs (convince, deploy)"),
    ):
        _write_words(target, f"{what} English uses as verbs first, {source}", words)
    _write_words(
        MODIFIERS_TARGET,
        f"Words English uses only as adjectives or adverbs (slow, easy), {source}",
        modifier_words(),
    )
    _write_words(
        ING_NOUNS_TARGET,
        f'Words ending in "-ing" that are no verb\'s "-ing" form (morning, string) or are nouns '
        f"first (evening, shopping), {source}",
        ing_nouns(),
    )
    _write_words(
        NAMES_TARGET,
        "First names of the 1990 US census (the names package), and those of Faker's locales "
        "(MIT licence) rare as English words: a capitalised one that is no "
        "Medium tag is a person, not a tag",
        person_names(),
    )
    _write_words(
        GRAMMAR_TARGET,
        f"The {GRAMMAR_TOP} most common words of each language wordfreq knows, but English's",
        other_grammar_words(),
    )
    if not SOURCE.exists():
        print(f"{SOURCE} is absent: no tag vocabulary derived.")
        return 0
    vocabulary = read_vocabulary()
    lines = [
        "# Medium tags (slug, stories carrying it; crawl of 2020). Made by tools/derive_tags.py"
    ]
    lines += [f"{slug}\t{stories}" for slug, stories in vocabulary]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(vocabulary)} tags written to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
