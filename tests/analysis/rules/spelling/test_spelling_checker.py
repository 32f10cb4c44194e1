"""Which words the checker flags, and the findings it makes of them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.rules.findings import Severity
from app.analysis.rules.spelling import RULE, SpellingChecker, Token, neighbours, spelling_tokens
from app.analysis.rules.spelling.context import is_coinage, is_foreign, is_name
from app.analysis.rules.spelling.lexicon import lexicon
from app.analysis.rules.spelling.tokens import iter_word_runs

DATA = Path(__file__).resolve().parent / "data" / "misspellings.tsv"


@pytest.fixture(scope="module")
def checker() -> SpellingChecker:
    return SpellingChecker()


def flagged(checker: SpellingChecker, text: str) -> list[str]:
    return [token.word for token in checker.misspellings(text)]


def test_flags_misspellings_with_their_offsets(checker: SpellingChecker) -> None:
    text = "I will recieve the package tomorow, said teh courier."
    tokens = checker.misspellings(text)
    assert [t.word for t in tokens] == ["recieve", "tomorow", "teh"]
    for token in tokens:
        assert text[token.start : token.end] == token.word


def test_correct_prose_is_not_flagged(checker: SpellingChecker) -> None:
    text = (
        "Writing every day is hard. I published my first story on Medium last week, and "
        "it reached three thousand readers — far more than I expected."
    )
    assert checker.misspellings(text) == []


def test_the_words_of_writers_about_work_and_tech_are_known(checker: SpellingChecker) -> None:
    # Words from public-domain 18F posts that the library's dictionary lacks.
    text = (
        "At the hackathon, the devs refactored the codebase in a short timeframe, and the "
        "standups, the kanban board and the searchable metadata kept the walkthrough on "
        "track, etc. The cofounders wrote a readme about the gameplay and its lifecycle."
    )
    assert flagged(checker, text) == []


def test_software_named_in_running_text_is_known_and_a_slip_beside_it_is_not(
    checker: SpellingChecker,
) -> None:
    # Each a letter from a common word (unicorn, tokyo, condo), written without code marks.
    text = (
        "I serve the app with uvicorn behind gunicorn, install tools with pipx and keep data "
        "work in conda; serde reads the JSON, tokio runs the loop and errors go to stdout. "
        "We will recieve the logs tomorow."
    )
    assert flagged(checker, text) == ["recieve", "tomorow"]


@pytest.mark.parametrize(
    "text",
    [
        "The writer's desk and the writers' room.",
        "The writer’s desk and the writers’ room.",
        "I don't know; they're sure it's fine and we'd go.",
        "I don’t know; they’re sure it’s fine and we’d go.",
        "You could've asked. She shouldn't wait. He'll come. I'm here. I'd say so.",
        "It’s five o’clock and the editor's notes aren’t ready.",
        "Medium's editors and Python's users.",
    ],
)
def test_possessives_and_contractions_are_never_flagged(
    checker: SpellingChecker, text: str
) -> None:
    assert checker.misspellings(text) == []


def test_a_misspelled_possessive_is_flagged_whole(checker: SpellingChecker) -> None:
    assert flagged(checker, "The writter's desk and the writter’s chair.") == [
        "writter's",
        "writter’s",
    ]


def test_an_apostrophe_does_not_excuse_an_unknown_ending(checker: SpellingChecker) -> None:
    assert flagged(checker, "Then they'xq left.") == ["they'xq"]


def test_personal_and_ignored_words_are_never_flagged_whatever_their_case() -> None:
    text = "Blorp and blorp beat zorbl and ZORBL's rivals; blorp's editor agrees."
    plain = SpellingChecker()
    assert set(flagged(plain, text)) == {"Blorp", "blorp", "zorbl", "blorp's"}
    own = SpellingChecker(personal_words=["BLORP"], ignored_words=["Zorbl"])
    assert flagged(own, text) == []


def test_personal_words_are_offered_as_corrections() -> None:
    checker = SpellingChecker(personal_words=["Quillify"])
    assert checker.suggest("quilliffy")[0] == "quillify"
    assert SpellingChecker().suggest("quilliffy")[:1] != ["quillify"]


def test_british_spellings_are_accepted_unless_turned_off() -> None:
    text = "My favourite colour, the centre of the organisation, travelled; a cheque."
    assert SpellingChecker().misspellings(text) == []
    assert flagged(SpellingChecker(), "fourty untill arguement generataed") == [
        "fourty",
        "untill",
        "arguement",
        "generataed",
    ]
    american = SpellingChecker(accept_british=False)
    assert flagged(american, text) == ["favourite", "colour", "centre", "organisation", "cheque"]


def test_accented_words_known_without_accents_are_accepted(checker: SpellingChecker) -> None:
    assert checker.misspellings("A naïve façade at the café.") == []


def test_a_word_with_letters_english_does_not_use_is_another_languages(
    checker: SpellingChecker,
) -> None:
    # A romanised Japanese term was offered "chez"; a slip beside it keeps its flag.
    text = "I gave them a demo of chōzu, then a smørrebrød. The cafés recieve guests."
    assert flagged(checker, text) == ["recieve"]


def test_a_known_word_with_ish_is_a_word(checker: SpellingChecker) -> None:
    # "hackish" was offered "hawkish"; a slip of a listed word keeps its flag.
    assert flagged(checker, "It sounds hackish and smallish, and it is a childsh joke.") == [
        "childsh"
    ]


def test_offsets_after_emoji(checker: SpellingChecker) -> None:
    text = "🎉🎉 Big news 😀👍🏽 we recieve awards"
    (token,) = checker.misspellings(text)
    assert token == Token(text.index("recieve"), text.index("recieve") + len("recieve"), "recieve")


def test_nearly_every_misspelling_of_the_evaluation_set_is_unknown(
    checker: SpellingChecker,
) -> None:
    """The words from the web the dictionary takes in leave real misspellings unknown."""
    lines = DATA.read_text("utf-8").splitlines()
    wrong = [line.split("\t")[0] for line in lines if line[:1] != "#"]
    assert len(wrong) > 300
    missed = [word for word in wrong if checker.is_correct(word)]
    assert len(missed) <= 0.04 * len(wrong)


def test_well_known_misspellings_stay_flagged_though_frequent_on_the_web(
    checker: SpellingChecker,
) -> None:
    text = "Then I recieve it, definately, from teh seperate desk where it occured untill now."
    assert flagged(checker, text) == [
        "recieve", "definately", "teh", "seperate", "occured", "untill",
    ]  # fmt: skip


def test_modern_words_of_technology_and_the_web_are_known(checker: SpellingChecker) -> None:
    text = "Resize the filename, then blog about the meetup, overfitting and a preprint."
    assert checker.misspellings(text) == []


def test_the_words_of_medium_tags_that_are_no_misspelling_are_known(
    checker: SpellingChecker,
) -> None:
    """Each is a letter from a far more common word (reds, axis, rebate, jupiter)."""
    text = "Cache it in redis, fetch with axios, rebase the branch and open jupyter."
    assert checker.misspellings(text) == []
    # A tag that misspells a more popular one stays a misspelling ("engineering-mangement").
    assert flagged(checker, "Our engineering mangement is flat.") == ["mangement"]


def test_a_capitalised_word_inside_a_sentence_is_a_name(checker: SpellingChecker) -> None:
    assert flagged(checker, "We met Portigal and Garklavs at Screenhero.") == []


def test_a_surname_after_a_first_name_is_a_name(checker: SpellingChecker) -> None:
    # "Aliche" is one edit from "alice"; after a first name it is a surname all the same.
    assert flagged(checker, "I read a blog post by Tiffany Aliche last year.") == []
    assert flagged(checker, "I read a blog post by the Aliche team.") == ["Aliche"]


def test_a_surname_after_an_initial_is_a_name_and_a_known_slip_is_not(
    checker: SpellingChecker,
) -> None:
    # "Stamm" is one edit from "stamp"; after "P." it is a surname all the same.
    assert flagged(checker, "Edited by H. Osterer and P. Stamm in 2009.") == []
    assert flagged(checker, "We wrote it in C. Teh results were good.") == ["Teh"]


def test_a_surname_after_a_title_or_a_first_name_no_dictionary_has_is_a_name(
    checker: SpellingChecker,
) -> None:
    # "Sharan" is one edit from "Saharan"; after "Dr." or "Malvika" it is a surname.
    assert flagged(checker, "We met Dr. Sharan at the event.") == []
    assert flagged(checker, "Thanks to Malvika Sharan for the talk.") == []
    assert flagged(checker, "We met the Sharan team.") == ["Sharan"]
    assert flagged(checker, "Thanks to Malvika Teh for the talk.") == ["Teh"]


def test_a_word_that_drops_its_g_before_an_apostrophe_is_speech_not_a_slip(
    checker: SpellingChecker,
) -> None:
    assert flagged(checker, "The wind was blowin’ and nothin' helped.") == []
    assert flagged(checker, "The wind was blowin hard.") == ["blowin"]


def test_a_name_opening_a_sentence_before_a_surname_or_a_first_name_is_a_name(
    checker: SpellingChecker,
) -> None:
    # "Hamsa" is one edit from "hams", "Bohns" from "bohs"; "Bastani" is in no dictionary and
    # "Vanessa" is a first name, as a reference list writes them.
    assert flagged(checker, "Hamsa Bastani led the study.") == []
    assert flagged(checker, "1. Bohns, Vanessa. 2017. Review of a study.") == []
    # A known slip stays one; before a dictionary word the word is checked as before.
    assert flagged(checker, "Teh Beatles played.") == ["Teh"]
    assert flagged(checker, "Hamsa Street is long.") == ["Hamsa"]


def test_a_hyphenated_word_whose_parts_make_a_known_word_is_a_word(
    checker: SpellingChecker,
) -> None:
    assert flagged(checker, "Three key take-aways and a well-knwon fact.") == ["knwon"]


def test_a_misspelling_in_a_title_case_heading_keeps_its_flag(checker: SpellingChecker) -> None:
    # Before a product's name no dictionary has, a slip is no first name.
    assert flagged(checker, "## Recieve Grafana Alerts") == ["Recieve"]
    assert flagged(checker, "We are Deploying Accross Kubernetes Clusters.") == ["Accross"]


def test_a_known_word_behind_de_or_re_is_a_word(checker: SpellingChecker) -> None:
    assert flagged(checker, "We deduplicated the rows and reindexed the table.") == []
    assert flagged(checker, "I will recieve it and deffinitely reply.") == [
        "recieve",
        "deffinitely",
    ]


def test_a_capitalised_slip_of_a_common_word_is_still_flagged(checker: SpellingChecker) -> None:
    assert flagged(checker, "We improved Healtcare for everyone.") == ["Healtcare"]
    assert flagged(checker, "Droping the table was a mistake.") == ["Droping"]


def test_a_long_word_no_known_word_is_near_is_a_coinage(checker: SpellingChecker) -> None:
    assert flagged(checker, "We upsample it with simplexml and a stinkbomb.") == []
    assert flagged(checker, "It was a perfoming metaphore.") == ["perfoming", "metaphore"]


def test_a_long_word_without_a_vowel_is_an_abbreviation(checker: SpellingChecker) -> None:
    assert flagged(checker, "Install it with pnpm, call it over grpc, and Pnpm is done.") == []
    # Short ones may be slips of short words ("whn", "thw"); a slip keeps a vowel.
    assert flagged(checker, "It ran whn we called thw pnmp script.") == ["whn", "thw"]
    assert flagged(checker, "It ran when we called the pnpn scrpit.") == ["scrpit"]


def test_a_doubled_letter_in_the_wrong_place_is_a_slip(checker: SpellingChecker) -> None:
    """Two edits from the word meant, but one slip: no coinage, nor a word of the web."""
    text = "As a begginer, on this ocassion, I found it neccesary to write."
    assert flagged(checker, text) == ["begginer", "ocassion", "neccesary"]


def test_a_contraction_without_its_apostrophe_is_a_slip(checker: SpellingChecker) -> None:
    text = "Im sure of whats next: hes here, shes there and we cant wait, so wouldve been fine."
    assert flagged(checker, text) == ["Im", "whats", "hes", "shes", "cant", "wouldve"]
    assert checker.suggest("im")[0] == "I'm"
    assert checker.suggest("Im")[0] == "I'm"
    assert checker.suggest("whats")[0] == "what's"
    # Words in their own right, more common than the contraction is rare beside them.
    text = "I was ill, lets say, the day we wed; well, its hows and whys were won over the wont."
    assert flagged(checker, text) == []


def test_a_block_in_another_language_is_not_checked(checker: SpellingChecker) -> None:
    text = "Bu yazıda iki popüler kazıma yazılımı olan araçları karşılaştıracağım ve anlatacağım."
    assert checker.misspellings(text) == []


def test_findings_carry_rule_severity_message_and_ranked_replacements(
    checker: SpellingChecker,
) -> None:
    text = "Teh results were definately worth it."
    first, second = checker.findings(text)
    assert (first.rule, first.start, first.end, first.severity) == (RULE, 0, 3, Severity.ERROR)
    assert first.message == '"Teh" may be misspelled'
    assert first.suggestion == "The"
    assert first.replacements[0] == "The"
    assert second.suggestion == "definitely"
    assert 1 <= len(second.replacements) <= 5
    assert len(set(second.replacements)) == len(second.replacements)


def test_findings_without_suggestions_have_none(checker: SpellingChecker) -> None:
    (finding,) = checker.findings("They recieve it.", with_suggestions=False)
    assert (finding.start, finding.end) == (5, 12)
    assert finding.suggestion is None
    assert finding.replacements == ()


def test_neighbours_are_the_adjacent_words_on_the_same_line() -> None:
    text = "I ate an aple today."
    start = text.index("aple")
    assert neighbours(text, start, start + 4) == ("an", "today")
    assert neighbours("Aple, then", 0, 4) == ("", "")


PIECES = [
    "recieve", "teh", "Quillify", "quillify's", "Zorblat", "colour", "naïve", "the", "writer's",
    "don't", "well-known", "https://x.y/teh", "`teh`", "#teh", "mp3", "—", "😀", "e-mail",
    "zorblat-free", ".", ",", "\n", "U.S.", "they'xq", "fourty",
]  # fmt: skip
SENTENCES = st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(SENTENCES)
def test_verdicts_shared_between_checkers_change_nothing(text: str) -> None:
    """Each checker gives the answers of a word-by-word check with its own dictionary, less
    the names and coinages the context excuses."""
    words = lexicon()
    for checker in (
        SpellingChecker(),
        SpellingChecker(personal_words=["Quillify"], ignored_words=["zorblat"]),
        SpellingChecker(accept_british=False),
    ):
        unknown = [
            Token(token.start, token.end, token.word)
            for token in spelling_tokens(text)
            if not checker.is_correct(token.word)
        ]
        runs = [match.group(1) for match in iter_word_runs(text) if match.group(1)]
        expected = [
            token
            for token in unknown
            if not is_name(text, token.start, token.word, words)
            and not is_coinage(token.word, words)
        ]
        if is_foreign(runs, len(unknown)):
            expected = []
        assert checker.misspellings(text) == expected
        assert checker.misspellings(text) == expected  # and again, from the cache


def test_corrections_are_ranked_for_a_bounded_number_of_different_words() -> None:
    from app.analysis.rules.spelling import SuggestionBudget

    checker = SpellingChecker()
    budget = SuggestionBudget(limit=2)
    text = "I recieve a wierd goverment. Recieve it."
    findings = checker.findings(text, budget=budget)
    corrected = {text[f.start : f.end]: f.replacements for f in findings}
    assert set(corrected) == {"recieve", "wierd", "goverment", "Recieve"}
    assert corrected["recieve"]
    assert corrected["wierd"]
    assert corrected["goverment"] == ()  # past the budget: flagged, without corrections
    assert corrected["Recieve"]  # a word already searched keeps its corrections


def test_the_regular_forms_of_dictionary_words_are_words(checker: SpellingChecker) -> None:
    assert checker.is_correct("attaches")  # though "attacks" is twenty times as frequent
    assert not checker.is_correct("controled")  # a variant spelling is no preferred form
    # The forms of a word ending in a consonant and "y"; not those of a word no one writes.
    assert all(checker.is_correct(word) for word in ("proxied", "proxies", "proxying"))
    assert not any(checker.is_correct(word) for word in ("copyed", "ocupied", "buryied"))
    # A known verb with "-able", behind a prefix or not; not a slip of a listed "-able" word.
    assert all(checker.is_correct(word) for word in ("trackable", "rebootable", "unfixable"))
    assert not any(checker.is_correct(word) for word in ("forgetable", "noticable"))


@pytest.mark.parametrize("word", ["résumé", "naïve", "fiancée", "crème brûlée"])
def test_a_word_with_combining_accents_is_checked_as_its_composed_form(word: str) -> None:
    decomposed = unicodedata.normalize("NFD", word)
    assert decomposed != word
    assert SpellingChecker().misspellings(f"Send the {decomposed} today.") == []


def test_a_slip_with_combining_accents_is_flagged_whole() -> None:
    text = "Meet the fiance\u0301ee today."
    [token] = SpellingChecker().misspellings(text)
    assert text[token.start : token.end] == "fiance\u0301ee"
    assert token.word == "fiancéee"  # composed, as suggestions and messages need it
