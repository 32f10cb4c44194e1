"""Derive ``resources/spelling/software_words.txt.gz``: names of software that writers about
technology put in their prose, from Debian's package archive.

    python -m tools.derive_software_words [--names FILE]

Posts about code name their tools in running text, not only in code: "I serve it with uvicorn
and install the tools with pipx; serde reads the JSON and tokio runs the loop". Many such names
are one letter from a common word (uvicorn and unicorn, tokio and tokyo, conda and condo), so
word frequencies cannot tell them from slips (``tools/derive_spelling_words.py`` leaves them
out for that reason). Debian packages the free software people write about, under names its
maintainers keep, and packages libraries for each language under the library's own name
(``python3-uvicorn``, ``librust-serde-dev``, ``node-express``). The words of those names, with
the packaging's own prefixes and suffixes removed, are accepted as words (never offered as
corrections) when they are

- lower-case ASCII letters, four to twenty of them, and
- neither a word the base dictionary or the web words already know, nor a listed frequent
  misspelling (``resources/spelling/common_typos.tsv``), nor two words of the base dictionary,
  of four letters or more, run together ("accesscontrol", "eventloop": a space left out is a
  slip to catch; "gunicorn" stays, though the web words know a "guni").

The names come from ``apt-cache pkgnames`` on the machine that runs this (Debian or Ubuntu,
with its package lists; about 64,000 names), or from ``--names``, a file of one name a line.
Only the derived list is committed.
"""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
from collections.abc import Container, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "resources" / "spelling" / "software_words.txt.gz"
#: How a package name says which language, kind or version it packages, not what it is.
_PACKAGING_WORDS = frozenset(
    {
        "bin",
        "common",
        "data",
        "dbg",
        "dbgsym",
        "dev",
        "doc",
        "docs",
        "elpa",
        "examples",
        "fonts",
        "golang",
        "java",
        "lib",
        "librust",
        "node",
        "perl",
        "php",
        "python",
        "pypy",
        "ruby",
        "rust",
        "tests",
        "tools",
        "utils",
    }
)
_WORD_RE = re.compile(r"[a-z]+")
MIN_LETTERS, MAX_LETTERS = 4, 20
#: The least letters of each known word in a pair run together (see ``is_two_words``).
RUN_TOGETHER_PART = 4


def package_names() -> list[str]:
    """The names of every package the machine's package lists know."""
    done = subprocess.run(
        ["apt-cache", "pkgnames"], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.split()


def name_words(name: str) -> list[str]:
    """The words of a package name that name software: "librust-serde-json-dev" gives
    "serde" and "json"; "python3-uvicorn" gives "uvicorn"; "libcurl4" gives "libcurl", as
    writers write it ("lib" is no prefix to cut: "libreoffice")."""
    return [word for word in _WORD_RE.findall(name) if word not in _PACKAGING_WORDS]


def is_two_words(word: str, known: Container[str]) -> bool:
    """Whether ``word`` is two ``known`` words run together ("eventloop")."""
    return any(
        word[:cut] in known and word[cut:] in known
        for cut in range(RUN_TOGETHER_PART, len(word) - RUN_TOGETHER_PART + 1)
    )


def software_words(
    names: Iterable[str], known: Container[str], typos: Container[str], base: Container[str]
) -> list[str]:
    """The words of ``names`` to accept, sorted (see the module): none ``known`` already,
    none of ``typos``, none two words of ``base`` run together."""
    found = {
        word
        for name in names
        for word in name_words(name)
        if MIN_LETTERS <= len(word) <= MAX_LETTERS and word not in known and word not in typos
    }
    return sorted(word for word in found if not is_two_words(word, base))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=Path, help="a file of package names, one a line")
    args = parser.parse_args(argv)
    from app.analysis.rules.spelling.lexicon import WEB_WORDS, EitherList, lexicon
    from app.analysis.text.word_table import WordTable

    names = args.names.read_text("utf-8").split() if args.names else package_names()
    words = lexicon()
    # The web words alone: the lexicon's own list of known words holds this file's last result.
    known = EitherList(words.frequencies, WordTable(WEB_WORDS.load()))
    accepted = software_words(names, known, words.typos, words.frequencies)
    header = (
        f"# Derived by tools/derive_software_words.py from {len(names)} Debian package names;"
        " do not edit.\n"
    )
    with gzip.open(OUTPUT, "wt", encoding="utf-8") as handle:
        handle.write(header + "".join(f"{word}\n" for word in accepted))
    print(f"{len(accepted)} words written to {OUTPUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
