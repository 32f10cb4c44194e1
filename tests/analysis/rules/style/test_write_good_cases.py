"""The test cases of write-good (btford/write-good, test/basic.spec.js and README) and of the
modules it builds on (passive-voice, weasel-words, adverb-where), ported as data.

Each case gives the text and the spans write-good reports as ``(start, end)`` (its
``index`` and ``index + offset``). Our checks must report exactly those spans, except where a
case records ``ours`` and the reason we deliberately differ.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from app.analysis.rules.style import SENTENCE_DETECTORS, TEXT_DETECTORS


class Case(NamedTuple):
    text: str
    write_good: tuple[tuple[int, int], ...]
    ours: tuple[tuple[str, int, int], ...] | None = None
    why: str = ""


CASES = [
    # weasel words; "Remarkably" is an intensifier here, "few" a weasel word: same spans
    Case("Remarkably few developers write well.", ((0, 10), (11, 14))),
    # passive voice
    Case("The script was killed", ((11, 21),)),
    Case("He was judged.", ((3, 13),)),
    Case("He was\njudged.", ((3, 13),)),
    Case("She was given an apple.", ((4, 13),)),
    Case("This sentence is indeed active.", ()),
    Case("The mixture was heated to 300°C.", ((12, 22),)),
    Case("The mixture was \u200cheated to 300°C.", ((12, 23),)),
    Case("It should have been defined there.", ((15, 27),)),
    Case("I can't see a problem there that's not been defined yet.", ((39, 51),)),
    Case("Should be defined again.", ((7, 17),)),
    Case("So the cat was stolen.", ((0, 2), (11, 21))),
    # lexical illusions
    Case(
        "the the",
        ((4, 7),),
        (("repeated_word", 0, 7),),
        "we span both words, so the one-click fix (the first word alone) leaves one space",
    ),
    Case(
        "the\nthe",
        ((4, 7),),
        (("repeated_word", 0, 7),),
        "as above: both words, so the fix removes the line break too",
    ),
    Case("The the", ((4, 7),), (("repeated_word", 0, 7),), "as above; the fix keeps 'The'"),
    Case("// //", ()),
    # sentences starting with "so"
    Case("So the best thing to do is wait.", ((0, 2),)),
    Case("So?", ()),
    Case("This changes the code so that it works.", ()),
    Case("Some silly sausages start sentences stating so.", ()),
    Case("Sorry, everyone.", ()),
    Case("This is a test; so it should pass or fail.", ((16, 18),)),
    Case("\n\nSo adds no meaning.", ((2, 4),)),
    # sentences starting with "there is/are"
    Case("There is a use for this construction.", ((0, 8),)),
    Case("There are uses for this construction.", ((0, 9),)),
    Case("\n\nthere is unnecessary verbiage.", ((2, 10),)),
    # adverbs and intensifiers: one finding for "extremely", as write-good
    Case("This sentence is simply terrible", ((17, 23),)),
    Case("This sentence is extremely good.", ((17, 26),)),
    Case(
        "It has been said that few developers write well.",
        ((7, 16), (22, 25)),
        (("weasel", 0, 16), ("passive", 7, 16), ("weasel", 22, 25)),
        "we also report 'It has been said' as an unattributed claim",
    ),
    # wordy phrases, complex words and clichés
    Case("As a matter of fact, this sentence could be simpler.", ((0, 19),)),
    Case(
        "Your readers will be adversely impacted by this sentence.",
        ((31, 39),),
        (("passive", 18, 39), ("adverb", 21, 30), ("formal_word", 31, 39)),
        "adverbs may stand between 'be' and the participle of a passive, and every '-ly'"
        " adverb is reported, not only those on write-good's short list",
    ),
    Case("Writing specs puts me at loose ends.", ((22, 35),)),
    Case("", ()),
    # weasel-words and adverb-where
    Case("Everything is ok.", ()),
    Case("Allegedly, this sentence is terrible.", ((0, 9),)),
    Case("The good dog jumps over the bad cat.", ()),
    Case(
        "We are writing about things and stuff.",
        ((21, 27), (32, 37)),
        (),
        "vague nouns ('things', 'stuff') are not adverbs; no check of ours covers them",
    ),
]


def all_findings(text: str) -> list[tuple[str, int, int]]:
    found = []
    for detector in (*TEXT_DETECTORS.values(), *SENTENCE_DETECTORS.values()):
        found += [(f.rule, f.start, f.end) for f in detector(text)]
    return sorted(found, key=lambda item: (item[1], item[2]))


@pytest.mark.parametrize("case", CASES, ids=lambda case: repr(case.text[:40]))
def test_write_good_case(case: Case) -> None:
    found = all_findings(case.text)
    if case.ours is None:
        assert [(start, end) for _, start, end in found] == list(case.write_good)
    else:
        assert case.why, "a deliberate difference needs its reason"
        assert found == list(case.ours)
