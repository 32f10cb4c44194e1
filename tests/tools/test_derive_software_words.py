"""Which words of Debian's package names the spelling dictionary takes in."""

from __future__ import annotations

from tools.derive_software_words import name_words, software_words

BASE = frozenset({"event", "loop", "access", "control", "unicorn", "tokyo", "json"})


def test_a_package_name_gives_the_words_of_the_software_not_of_its_packaging() -> None:
    assert name_words("python3-uvicorn") == ["uvicorn"]
    assert name_words("librust-serde-json-dev") == ["serde", "json"]
    assert name_words("libreoffice-common") == ["libreoffice"]  # "lib" is no prefix to cut


def test_known_words_slips_and_words_run_together_are_left_out() -> None:
    names = [
        "python3-uvicorn",
        "librust-tokio-dev",
        "librust-serde-json-dev",
        "node-eventloop",
        "accesscontrol-tools",
        "pipx",
        "recieve-utils",
        "abc",
    ]
    accepted = software_words(names, BASE, typos={"recieve"}, base=BASE)
    # json is known already; "eventloop" and "accesscontrol" are two words without their
    # space; "recieve" is a listed misspelling; "abc" is too short to tell.
    assert accepted == ["pipx", "serde", "tokio", "uvicorn"]
