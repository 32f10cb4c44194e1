"""lemminflect's lemma table (a tool-time dependency, MIT licence), read row by row.

word,reading,lemma[/lemma...]     e.g. "told,verb,tell"
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from importlib.resources import files


def lemma_rows() -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(word form, reading such as "verb" or "noun", its lemmas) for every row of the table."""
    table = files("lemminflect").joinpath("resources", "lemma_lu.csv.gz")
    with gzip.open(str(table), "rt", encoding="utf-8") as rows:
        for line in rows:
            word, reading, lemmas = line.rstrip("\n").split(",", 2)
            yield word, reading, tuple(lemmas.split("/"))
