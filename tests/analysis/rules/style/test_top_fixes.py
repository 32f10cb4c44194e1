"""Top fixes: the ten edits that help most, a doubled word before a wordy phrase."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.top_fixes import TOP_FIXES, top_fixes


def _finding(rule: str, start: int, end: int) -> Finding:
    return Finding(rule, start, end, Severity.INFO, "")


def test_a_doubled_word_comes_before_a_wordy_phrase() -> None:
    source = "We met in order to plan the the launch."
    report = analyze(source)
    fixes = top_fixes(report.findings, source)
    assert [fix.finding.rule for fix in fixes][:2] == ["repeated_word", "simpler"]
    assert fixes[0].excerpt == "the the"


def test_a_longer_sentence_helps_more() -> None:
    short_sentence = " ".join(["word"] * 26) + "."
    long_sentence = " ".join(["word"] * 45) + "."
    source = f"{short_sentence} {long_sentence}"
    second = len(short_sentence) + 1
    findings = [
        _finding("very_hard_sentence", 0, len(short_sentence)),
        _finding("very_hard_sentence", second, len(source)),
    ]
    fixes = top_fixes(findings, source)
    assert [fix.finding.start for fix in fixes] == [second, 0]
    assert fixes[0].excerpt.endswith("…")


def test_no_rule_crowds_out_the_others() -> None:
    source = "x" * 400
    sentences = [_finding("very_hard_sentence", n * 20, n * 20 + 19) for n in range(15)]
    wordy = [_finding("simpler", 300 + n * 10, 305 + n * 10) for n in range(3)]
    fixes = top_fixes(sentences + wordy, source)
    rules = [fix.finding.rule for fix in fixes]
    assert len(fixes) == TOP_FIXES
    assert rules.count("simpler") == 3
    assert rules.count("very_hard_sentence") == 7  # half, and the places nothing else took


def test_nothing_to_fix() -> None:
    assert top_fixes([], "") == []


def test_a_grammar_slip_comes_before_an_intensifier() -> None:
    source = "It was very good. You could of done it really well."
    report = analyze(source)
    fixes = top_fixes(report.findings, source)
    rules = [fix.finding.rule for fix in fixes]
    assert rules == ["modal_of", "intensifier", "intensifier"]


def test_an_excerpt_reads_as_text_and_ends_on_a_whole_word() -> None:
    source = "**Catherine:** We noticed that we burned out after a few long weeks of pairing."
    fixes = top_fixes([_finding("very_hard_sentence", 0, len(source))], source)
    assert fixes[0].excerpt == "Catherine: We noticed that we…"


def test_a_misspelling_or_slip_comes_before_any_long_sentence() -> None:
    """A one-click fix of a clear mistake beats advice to rewrite, however long the sentence."""
    sentence = " ".join(["word"] * 60) + "."
    source = " ".join([sentence] * 6) + " We recieve it. You could of won."
    step = len(sentence) + 1
    sentences = [
        _finding("very_hard_sentence", n * step, n * step + len(sentence)) for n in range(6)
    ]
    typo = source.index("recieve")
    slip = source.index("of won")
    findings = [
        *sentences,
        Finding("spelling", typo, typo + 7, Severity.ERROR, "Misspelled."),
        Finding("modal_of", slip, slip + 2, Severity.WARNING, "Write have.", "have", ("have",)),
    ]
    rules = [fix.finding.rule for fix in top_fixes(findings, source)]
    assert rules[:2] == ["spelling", "modal_of"]
    assert rules[2:] == ["very_hard_sentence"] * 6


def test_a_word_used_again_and_again_is_no_clear_misspelling() -> None:
    sentence = " ".join(["word"] * 60) + "."
    source = f"{sentence} Kubectl."
    soft = Finding("spelling", len(sentence) + 1, len(source) - 1, Severity.INFO, "Used 3 times.")
    fixes = top_fixes([_finding("very_hard_sentence", 0, len(sentence)), soft], source)
    assert [fix.finding.rule for fix in fixes] == ["very_hard_sentence", "spelling"]


def test_an_excerpt_never_shows_link_syntax_even_when_the_sentence_starts_in_a_link() -> None:
    long = "it was a remarkably complicated undertaking that necessitated comprehensive "
    long += "institutional restructuring, interdisciplinary collaboration and extraordinarily "
    long += "sophisticated administrative coordination across numerous organisational "
    long += "boundaries at once, whatever anyone else had expected from the committee, the "
    long += "funders or the volunteers of the project."
    source = f"Intro.\n\n[For](https://example.com/for) me, {long}\n"
    report = analyze(source)
    hard = next(f for f in report.findings if f.rule == "very_hard_sentence")
    (fix,) = top_fixes([hard], source)
    assert fix.excerpt == "For me, it was a remarkably…"
    middle = "See [the guide](https://example.com) and ![a chart](chart.png) twice."
    (fix,) = top_fixes([_finding("very_hard_sentence", 0, len(middle))], middle)
    assert fix.excerpt == "See the guide and a chart twice."


def test_a_grammar_slip_is_quoted_with_the_words_that_make_it_one() -> None:
    source = "You could of done it. Its all good. I want to loose weight."
    fixes = top_fixes(analyze(source).findings, source)
    assert [fix.excerpt for fix in fixes] == ["could of done", "Its all", "to loose weight"]


def test_entries_that_would_read_alike_quote_the_words_beside_them() -> None:
    source = "The build is very slow. We wrote a very good fix. It was quite hard."
    report = analyze(source)
    excerpts = [fix.excerpt for fix in top_fixes(report.findings, source)]
    assert "is very slow" in excerpts
    assert "a very good" in excerpts
    assert "quite" in excerpts  # read alike by none: its own word alone


def test_an_excerpt_keeps_square_brackets_that_are_no_link() -> None:
    for source, excerpt in (
        ("Then `grid[i][j]` holds it.", "Then grid[i][j] holds it."),
        ("Use a[0][1] here.", "Use a[0][1] here."),
        ("Read [the guide][ref] first.", "Read the guide first."),
    ):
        (fix,) = top_fixes([_finding("very_hard_sentence", 0, len(source))], source)
        assert fix.excerpt == excerpt
