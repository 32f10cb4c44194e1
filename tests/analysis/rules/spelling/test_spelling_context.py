"""What the surrounding text excuses: names, coinages, other languages, a writer's own words."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.spelling import RULE, SpellingChecker
from app.analysis.rules.spelling.context import soften_repeated, starts_sentence


def _flag(source: str, word: str, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = source.index(word, start + 1)
    return Finding(RULE, start, start + len(word), Severity.ERROR, f'"{word}" may be misspelled')


def test_a_word_used_three_times_keeps_one_soft_flag_at_its_first_use() -> None:
    source = "Gunicorn runs it. Then gunicorn restarts, and GUNICORN logs. One typo: teh."
    flags = [_flag(source, "Gunicorn"), _flag(source, "gunicorn"), _flag(source, "GUNICORN")]
    flags.append(_flag(source, "teh"))
    other = Finding("adverb", 0, 3, Severity.INFO, "an adverb")
    kept = soften_repeated([other, *flags], source, RULE)
    assert kept[0] is other
    assert [(f.start, f.severity) for f in kept[1:]] == [
        (flags[0].start, Severity.INFO),
        (flags[3].start, Severity.ERROR),
    ]
    assert "used 3 times" in kept[1].message
    # A slip made three times is still a slip: the note does not only say to accept it.
    assert "correct each use if it is a typo" in kept[1].message


def test_a_slip_used_three_times_or_more_is_flagged_at_every_use() -> None:
    """A plain slip of a common word ("recieve": two letters swapped) is a typo however often
    it is typed; a name used as often ("tokko", a tool no word list knows) keeps one soft flag."""
    source = (
        "We recieve mail. You recieve it too, they recieve more and I recieve less.\n\n"
        "Then tokko starts, tokko forks and tokko logs.\n"
    )
    flags = [f for f in analyze(source).findings if f.rule == RULE]
    slips = [f for f in flags if source[f.start : f.end] == "recieve"]
    assert len(slips) == 4
    assert {f.severity for f in slips} == {Severity.ERROR}
    assert {f.message for f in slips} == {'"recieve" may be misspelled'}
    names = [f for f in flags if source[f.start : f.end] == "tokko"]
    assert [f.severity for f in names] == [Severity.INFO]


def test_a_moved_double_letter_or_a_dropped_vowel_is_a_slip_at_every_use() -> None:
    for slip, uses in (("tommorow", 3), ("intresting", 3)):
        source = f"It was {slip}. Yes, {slip} again, and {slip} once more."
        flags = [f for f in analyze(source).findings if f.rule == RULE]
        assert [source[f.start : f.end] for f in flags] == [slip] * uses, slip


def test_words_used_twice_keep_their_flags() -> None:
    source = "Teh cat and teh dog."
    flags = [_flag(source, "Teh"), _flag(source, "teh")]
    assert soften_repeated(flags, source, RULE) == flags


def test_sentence_starts_after_stops_quotes_and_new_paragraphs() -> None:
    text = 'One. "Two" and\n\nThree (Four'
    assert starts_sentence(text, 0)
    assert starts_sentence(text, text.index("Two"))
    assert starts_sentence(text, text.index("Three"))
    assert not starts_sentence(text, text.index("and"))
    assert not starts_sentence(text, text.index("Four"))


def test_an_emoji_between_sentences_leaves_the_next_word_at_a_sentence_start() -> None:
    for emoji in ("🎉", "👨‍👩‍👧", "👍🏽", "❤️"):
        text = f"The team was happy. {emoji} Teh end, said the {emoji} Portigal team."
        assert starts_sentence(text, text.index("Teh"))
        assert not starts_sentence(text, text.index("Portigal"))
        assert [t.word for t in SpellingChecker().misspellings(text)] == ["Teh"]


def test_a_misspelt_name_at_a_sentence_start_is_flagged_when_a_word_is_one_edit_away() -> None:
    checker = SpellingChecker()
    assert [t.word for t in checker.misspellings("Wekipedia says so. Adomavicius agrees.")] == [
        "Wekipedia"
    ]


def _spelled(source: str) -> list[str]:
    return [source[f.start : f.end] for f in analyze(source).findings if f.rule == RULE]


def test_a_word_the_post_writes_in_its_code_is_not_flagged_in_its_prose() -> None:
    # Tools no word list knows, each a letter from a word (software Debian packages, such as
    # uvicorn or serde, are known words).
    prose = "We serve it with plumbr and parse with tokko-flaskr; teh rest is plain.\n"
    assert _spelled(prose) == ["plumbr", "tokko", "flaskr", "teh"]
    block = prose + "\n```sh\npip install plumbr\ncargo add tokko flaskr\nplumbr main:app\n```\n"
    assert _spelled(block) == ["teh"]
    # Inline code counts too, in a paragraph of its own or in the same one, and in a list.
    inline = prose + "\nRun `plumbr main:app` with `tokko-flaskr` at hand.\n"
    assert _spelled(inline) == ["teh"]
    listed = "- Install it with `pipz install black`\n- then pipz runs it.\n"
    assert _spelled(listed) == []
    assert _spelled("- Install it with pip\n- then pipz runs it.\n") == ["pipz"]


def test_code_excuses_a_word_with_a_clitic_and_in_any_case_but_not_other_slips() -> None:
    source = "Kreait's library is here. The kreait client recieve calls.\n\n`kreait/firebase`\n"
    assert _spelled(source) == ["recieve"]
