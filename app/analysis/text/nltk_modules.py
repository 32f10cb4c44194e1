"""The NLTK modules the analysis runs, imported without NLTK's package start-up.

``from nltk.tokenize.punkt import …`` first runs ``nltk/__init__.py``, which imports nearly
all of NLTK: parsers, classifiers, corpus readers and a downloader with its HTTP and SSL
stack. That is about 240 modules, 0.13 s and 16 MiB, a third of a command-line check, for
four modules the analysis uses: Punkt, the Snowball stemmer, VADER and the association
measures. VADER also imports ``nltk.data`` (its resource loader, which brings NLTK's grammars,
feature structures and logic: about 0.025 s) only to read a lexicon file; the app hands it the
lexicon itself, so ``nltk.data`` is stood in for too and imported only if something reads it.

Those four are imported here while their parent packages are stood in for by empty
namespaces, so only what the four modules import themselves is loaded. Then every name this
put in ``sys.modules`` is taken out again: the modules live on in the objects that use them,
and a later ``import nltk`` anywhere (textstat, a test) runs NLTK's own start-up as if nothing
had happened. An NLTK function that imports more of NLTK when called would start the whole
package then, which is correct, only slower; the analysis calls none (a test checks that).
Should a future NLTK release need more of its package start-up than this, the plain import is
used instead.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import threading
from functools import cache
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

PUNKT = "nltk.tokenize.punkt"
SNOWBALL = "nltk.stem.snowball"
VADER = "nltk.sentiment.vader"
ASSOCIATION = "nltk.metrics.association"
_MODULES = (PUNKT, SNOWBALL, VADER, ASSOCIATION)
_PACKAGES = ("nltk", "nltk.corpus", "nltk.metrics", "nltk.sentiment", "nltk.stem", "nltk.tokenize")

_lock = threading.Lock()


class _StopwordsOnFirstUse:
    """Stands in for ``nltk.corpus.stopwords``: the Snowball module imports it, but only a
    stemmer built with ``ignore_stopwords=True`` reads it (ours is not)."""

    def __getattr__(self, name: str) -> Any:
        from nltk.corpus import stopwords  # by now the real package, loaded on this first use

        return getattr(stopwords, name)


class _DataOnFirstUse(ModuleType):
    """Stands in for ``nltk.data``: VADER imports it to find its lexicon file, which the app
    reads itself (``headline.lexicon``)."""

    def __getattr__(self, name: str) -> Any:
        data = importlib.import_module("nltk.data")  # NLTK started the ordinary way
        if data is self:  # read while the stand-ins are still in place
            raise AttributeError(f"nltk.data.{name} is not loaded yet")
        return getattr(data, name)


def _stand_ins(root: str) -> dict[str, ModuleType]:
    """An empty package module for each parent package, searching the real folder, and the
    ``nltk.data`` that loads the real one on first use."""
    packages = {}
    for name in _PACKAGES:
        package = ModuleType(name)
        package.__path__ = [root + name[len("nltk") :].replace(".", "/")]
        packages[name] = package
    packages["nltk.corpus"].stopwords = _StopwordsOnFirstUse()  # type: ignore[attr-defined]
    packages["nltk.data"] = _DataOnFirstUse("nltk.data")
    packages["nltk"].data = packages["nltk.data"]  # type: ignore[attr-defined]
    return packages


def _import_without_package_start_up() -> dict[str, ModuleType]:
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("NLTK is not installed.")
    before = set(sys.modules)
    sys.modules.update(_stand_ins(next(iter(spec.submodule_search_locations))))
    try:
        return {name: importlib.import_module(name) for name in _MODULES}
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]


@cache
def _modules() -> dict[str, ModuleType]:
    with _lock:
        if "nltk" not in sys.modules:
            try:
                return _import_without_package_start_up()
            except ImportError:
                log.warning("NLTK's modules needed its package start-up", exc_info=True)
        return {name: importlib.import_module(name) for name in _MODULES}


def module(name: str) -> ModuleType:
    """One of the NLTK modules named above (``PUNKT``, ``SNOWBALL``, ``VADER``,
    ``ASSOCIATION``), imported on first use."""
    return _modules()[name]
