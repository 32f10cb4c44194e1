"""Wordy phrases and their plainer replacements."""

from __future__ import annotations

import pytest

from app.analysis.rules.findings import Finding
from app.analysis.rules.style import find_formal_words, find_simpler


def every_finding(text: str) -> list[Finding]:
    """Wordy phrases and formal words alike: they share one list and its replacements."""
    return sorted([*find_simpler(text), *find_formal_words(text)], key=lambda f: f.start)


def fixes(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[f.start : f.end], f.replacements) for f in every_finding(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We utilize it.", [("utilize", ("use",))]),
        ("She utilizes it.", [("utilizes", ("uses",))]),
        ("They utilized it.", [("utilized", ("used",))]),
        ("Stop utilizing it.", [("utilizing", ("using",))]),
        ("Utilize it.", [("Utilize", ("Use",))]),
        ("UTILIZE IT", [("UTILIZE", ("USE",))]),
        ("In order to win, train.", [("In order to", ("To",))]),
        ("At this point in time we wait.", [("At this point in time", ("Now",))]),
        ("A large number of people came.", [("A large number of", ("Many",))]),
        ("We made a decision.", [("made a decision", ("decided",))]),
        ("They are making a decision.", [("making a decision", ("deciding",))]),
    ],
)
def test_replacements_follow_form_and_case(text: str, expected) -> None:
    assert fixes(text) == expected


def test_past_and_participle_of_irregular_replacements() -> None:
    assert fixes("Work commenced at nine.") == [("commenced", ("began", "started"))]
    assert fixes("Work has commenced.") == [("commenced", ("begun", "started"))]


def test_phrase_spans_line_breaks() -> None:
    text = "due to the\nfact that it rained"
    [finding] = find_simpler(text)
    assert (finding.start, finding.end) == (0, len("due to the\nfact that"))
    assert finding.replacements == ("because",)


def test_suggestion_is_the_best_replacement() -> None:
    [finding] = find_formal_words("The sale will commence at noon.")
    assert finding.replacements == ("begin", "start")
    assert finding.suggestion == "begin"
    assert finding.rule == "formal_word"
    assert finding.message == '"commence" is formal; "begin" or "start" is plainer.'
    assert find_simpler("The sale will commence at noon.") == []


def test_phrases_of_several_words_are_wordy_and_single_words_formal() -> None:
    text = "In order to commence, we wait."
    assert [(f.rule, text[f.start : f.end]) for f in every_finding(text)] == [
        ("simpler", "In order to"),
        ("formal_word", "commence"),
    ]
    assert every_finding(text)[0].message == '"In order to" is wordy; "To" is plainer.'


def test_noun_uses_are_not_inflected_as_verbs() -> None:
    # "impact" as a noun is fine; only the verb forms have a plainer word.
    assert every_finding("The impact was immediate.") == []
    assert fixes("It impacted sales.") == [("impacted", ("affected",))]


def test_words_inside_other_words_are_not_matched() -> None:
    assert every_finding("The utilizer's manual and a premium purchaser.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No plain verb makes these passives: "can be got" is not English.
        ("The value can be obtained by multiplying.", []),
        ("It was acquired last year.", []),
        ("It is possessed by few.", [("possessed", ("owned",))]),
        ("It was not ascertained.", [("ascertained", ("learned",))]),
        ("The file is utilized daily.", [("utilized", ("used",))]),
        ("The work was commenced early.", [("commenced", ("begun", "started"))]),
        # Active voice keeps its plain verb.
        ("We obtained the value.", [("obtained", ("got",))]),
        ("She has obtained it.", [("obtained", ("got",))]),
        ("They possessed it.", [("possessed", ("had", "owned"))]),
    ],
)
def test_passives_get_only_a_participle_that_fits(text: str, expected) -> None:
    assert fixes(text) == expected


def test_every_passive_replacement_is_a_participle() -> None:
    """Across the table, a fix after "was" reads as a passive: no "was got", no "was had"."""
    from app.analysis.rules.style.alternatives import alternatives

    for key, entry in alternatives().items():
        if not entry.phrase.split()[0].endswith("ed"):
            continue  # "is obtaining" -> "is getting" is fine
        for option in entry.after_be:
            first = option.split()[0]
            assert first not in {"got", "had", "get", "have"}, (key, option)


# Uses in which the plain word of a former entry would change the meaning or the grammar.
MEANING_CHANGED_BY_A_FIX = (
    "On behalf of the entire team, thank you.",  # "For the entire team"
    "At the time of writing, the API is in beta.",  # "Now" is when the reader reads
    "I will go whether or not it rains.",  # "whether it rains" is not a sentence
    "It is small in relation to its size.",  # "about its size"
    "Take the derivative with respect to x.",  # "about x"
    "She applied for permanent residence.",  # "permanent home"
    "We use email as a means of communication.",  # "to communication"
    "Pods get a grace period before termination.",  # "before end"
    "There are a growing number of packages.",  # "more packages" do not grow
    "We anticipate handling more requests.",  # "expect handling"
    "We frequently read the tests, as they often show the API.",  # "often ... often"
    "There are an increasing number of libraries.",  # "more libraries" do not grow
    "We reached the server utilization we wanted.",  # a measure, not a use
    "We were able to talk with her on Friday.",  # one time, not an ability: not "could"
    "Five categories, approximately ordered as follows.",  # "about" only before an amount
    "The much anticipated release is out.",  # an adjective: not "much expected"
    "The peaks are so numerous and steep that no one climbs them all.",  # "so many and steep"
    "Computers weren't as numerous, and software came on disks.",  # "weren't as many"
    "We had the aforementioned trouble again.",  # "the this trouble"
    "It was at a sufficient zoom level.",  # "a enough zoom level"
    "What can we do as individuals and as a community?",  # the writer's contrast
    "Thanks to Kari for facilitating the meeting.",  # a role, not help
    "We were having a discussion about it.",  # "discussing about it"
    "I struck a balance in the amount of time I spend.",  # "for" only before an amount
    "I gained an appreciation for the purpose of hackathons.",  # the "for" is the noun's
)


@pytest.mark.parametrize(
    ("text", "replacements"),
    [
        ("A significant amount of non-technical people agree.", ("A lot of",)),  # "much people"
        ("It creates a great deal of overhead, political concerns and tension.", ("a lot of",)),
        ("It creates a great deal of friction.", ("a lot of", "much")),
    ],
)
def test_an_amount_is_much_only_before_a_mass_noun(text: str, replacements: tuple) -> None:
    [finding] = every_finding(text)
    assert finding.replacements == replacements


@pytest.mark.parametrize("text", MEANING_CHANGED_BY_A_FIX)
def test_no_replacement_that_changes_the_meaning(text: str) -> None:
    assert every_finding(text) == []


def test_after_a_demonstrative_additional_is_extra_not_more() -> None:
    [finding] = find_formal_words("The cost of maintaining these additional nodes is low.")
    assert finding.replacements == ("extra",)


def test_a_verb_before_an_ing_object_is_swapped_only_for_one_that_takes_it() -> None:
    [finding] = find_formal_words("We will commence working at nine.")
    assert finding.replacements == ("begin", "start")
    [finding] = find_formal_words("We anticipate problems.")
    assert finding.replacements == ("expect",)


def test_a_plain_word_the_phrase_itself_holds_is_still_offered() -> None:
    [finding] = find_simpler("In order to win, we go to the park.")
    assert finding.replacements == ("To",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("News reaches new hires over a period of time via email.", ("over time",)),
        ("We stayed for a period of time in Rome.", ("for a while", "for a time")),
        ("We stayed for a period of three months.", ("for",)),
    ],
)
def test_a_period_of_time_gives_way_to_the_idiom_around_it(text: str, expected: tuple) -> None:
    [finding] = find_simpler(text)
    assert finding.replacements == expected


@pytest.mark.parametrize(
    "text",
    [
        "You need it to fix filters and also have the ability to see what is excluded.",
        "Users will have the ability to export their drafts.",
        "We want to have the ability to export.",
    ],
)
def test_can_is_offered_only_where_a_subject_stands_before_it(text: str) -> None:
    assert find_simpler(text) == []
    [finding] = find_simpler("We have the ability to export our drafts.")
    assert finding.replacements == ("can",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We sent a check in the amount of $40.", ("for",)),
        ("We keep logs for the purpose of debugging.", ("for", "to")),
        ("For the purpose of this article, assume one server.", ("For", "To")),
        ("It says something along the lines of the old motto.", ("like",)),
        ("The vast majority of our users stay.", ("Most of",)),
    ],
)
def test_an_amount_and_a_purpose_are_still_offered_plain_words(text: str, expected) -> None:
    [finding] = find_simpler(text)
    assert finding.replacements == expected
