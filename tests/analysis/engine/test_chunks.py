"""Chunk analysis: analysing many chunks at once gives each chunk's own analysis."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.engine.analyzer import Analyzer, analyze
from app.analysis.engine.chunks import Detectors, analyze_chunk, analyze_chunks
from app.analysis.engine.detectors import default_detectors
from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS

CHUNKS = st.sampled_from(
    [
        "# A title\n",
        "Writing every day is hard. It was recommended to me by a teacher who was admired.\n",
        "- Write first, edit later\n- The draft was written very quickly\n",
        "> So, there is a quote. It has teh typo.\n",
        "The the results were definately worth it. In conclusion, it works.",
        "```python\nprint('code')\n```\n",
        "See [the guide](https://example.com) and **read** it twice. Then read it again.",
        "",
        "... !!!",
    ]
)


@settings(max_examples=50, deadline=None)
@given(st.lists(CHUNKS, max_size=8))
def test_many_chunks_at_once_equal_one_at_a_time(texts: list[str]) -> None:
    detectors = default_detectors()
    one_by_one = [analyze_chunk(text, detectors, DEFAULT_THRESHOLDS) for text in texts]
    assert analyze_chunks(texts, detectors, DEFAULT_THRESHOLDS) == one_by_one


def test_each_chunk_keeps_its_own_findings_and_offsets() -> None:
    texts = ["# A title\n", "The the draft was written by teh team.\n", "Fine.\n"]
    title, draft, fine = analyze_chunks(texts, default_detectors(), DEFAULT_THRESHOLDS)
    assert not title.findings
    assert not fine.findings
    rules = {finding.rule for finding in draft.findings}
    assert {"repeated_word", "passive", "spelling"} <= rules
    for finding in draft.findings:
        assert 0 <= finding.start < finding.end <= len(texts[1])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBé9 .!?…-'’ʼ\"“”()\n", max_size=80))
def test_sentence_words_are_the_block_word_runs(text: str) -> None:
    """Spelling is given the words of a block's sentences: they must be its word runs."""
    from app.analysis.rules.spelling.tokens import plain_word_runs
    from app.analysis.text.counts import sentence_words_and_counts
    from app.analysis.text.sentences import split_sentences

    words = [
        word
        for start, end in split_sentences(text)
        for word in sentence_words_and_counts(text[start:end])[0]
    ]
    assert words == plain_word_runs(text)


def test_spelling_given_word_runs_finds_what_it_finds_alone() -> None:
    from app.analysis.rules.spelling import SpellingChecker

    text = "Teh draft was definately done. See http://teh.example and recieve it."
    checker = SpellingChecker()
    for runs in (None, ["Teh", "draft"]):  # runs are ignored where the text has URLs
        assert checker.findings(text, runs=runs) == checker.findings(text)
    plain = "Teh draft was definately done."
    runs = ["Teh", "draft", "was", "definately", "done"]
    assert checker.findings(plain, runs=runs) == checker.findings(plain)


_GRAMMAR_DATA = Path(__file__).parents[1] / "rules" / "grammar" / "data"
# Slips of the rules with one-click fixes outside the grammar checks' own sentences.
_OTHER_SLIPS = (
    "Run it and and read the output.",
    "In order to win, we must utilize every chance due to the fact that it helps.",
    "I will recieve the parcel tomorrow.",
    "It was a fully formed idea, and the the end came quickly.",
)


def _slips() -> list[str]:
    rows = [*_OTHER_SLIPS]
    for name in ("sentences_dev.tsv", "sentences_heldout.tsv"):
        for line in (_GRAMMAR_DATA / name).read_text(encoding="utf-8").splitlines():
            columns = line.split("\t")
            if len(columns) == 3 and columns[1] == "slip":
                rows.append(columns[2])
    return rows


def test_no_one_click_fix_deletes_inline_code() -> None:
    """Inline code put between any two words of a slip survives every fix offered."""
    analyzer = Analyzer(detectors=default_detectors(spelling_suggestions=True))
    fixes = 0
    for slip in _slips():
        for gap in (index for index, char in enumerate(slip) if char == " "):
            source = f"{slip[:gap]} `x`{slip[gap:]}"
            for finding in analyzer.analyze(source).findings:
                if finding.replacements:
                    fixes += 1
                    fixed = source[: finding.start] + finding.replacements[0]
                    fixed += source[finding.end :]
                    assert "`x`" in fixed, (finding.rule, source, fixed)
    assert fixes > 100  # the slips are still found away from the code


def test_a_slip_either_side_of_a_link_bracket_is_shown_without_a_fix() -> None:
    """The reader sees "the the", but a fix over the bracket would break the link."""
    source = "I gave a talk for the [the Open Life Program](https://example.org) last year.\n"
    [repeat] = [f for f in analyze(source).findings if f.rule == "repeated_word"]
    assert source[repeat.start : repeat.end] == "the [the"
    assert repeat.replacements == ()
    assert repeat.suggestion is not None
    assert "by hand" in repeat.suggestion


def test_two_detectors_flagging_the_same_words_for_the_same_rule_give_one_finding() -> None:
    """However many detectors report it, one problem is one highlight, one count, one fix."""

    def slip(text: str, _spans) -> list[Finding]:
        start = text.index("loose")
        return [Finding("lose_loose", start, start + 5, Severity.WARNING, "Write lose.", "lose")]

    (chunk,) = analyze_chunks(
        ["I want to loose weight.\n"], Detectors(block=(slip, slip)), DEFAULT_THRESHOLDS
    )
    assert [(f.rule, f.start, f.end) for f in chunk.findings] == [("lose_loose", 10, 15)]
