"""Tag suggestions: real Medium tags from the text, with reach and a reason; then history."""

from __future__ import annotations

import pytest

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.extract import Keyphrase
from app.analysis.insights.tags.ballot import capitalised_form, inner_capitals
from app.analysis.insights.tags.history import PastDraft, TagHistory
from app.analysis.insights.tags.names import normalize_tag
from app.analysis.insights.tags.suggestions import suggest_tags

DAY = 86_400.0
NOW = 1_700_000_000.0


def tags_of(suggestions):
    return [s.tag for s in suggestions]


def phrases(*texts: str) -> list[Keyphrase]:
    return [Keyphrase(text, 1.0 - 0.1 * i) for i, text in enumerate(texts)]


def suggested_for(lines: list[str], keyphrases: list[str], title: str) -> list[str]:
    """The tags suggested for a draft of these lines, key phrases (best first) and title."""
    text = "\n".join(lines)
    return tags_of(suggest_tags(phrases(*keyphrases), TagHistory(), [], title=title, text=text))


def test_the_subject_with_its_reason_and_reach():
    suggestions = suggest_tags(phrases("react hooks", "state"), TagHistory(), [])
    subject = suggestions[0]
    assert subject.tag == "React Hook"
    assert subject.reason == "the post's subject: ‘react hooks’"
    assert subject.reach > 0
    assert subject.to_dict() == {
        "tag": "React Hook",
        "score": round(subject.score, 3),
        "reason": subject.reason,
        "reach": subject.reach,
        "used_before": False,
    }


def test_a_subject_written_in_capitals_is_shown_as_medium_shows_tags():
    # The post's subject from a title set in capitals is no shouted chip.
    lines = [
        "# HYPOTHESIS TESTING",
        "A null hypothesis is what hypothesis testing sets out to reject.",
        "## TYPE II ERRORS",
        "Hypothesis testing has two kinds of error.",
    ]
    tags = suggested_for(lines, ["HYPOTHESIS TESTING", "null hypothesis"], "HYPOTHESIS TESTING")
    assert "Hypothesis Testing" in tags
    assert not [tag for tag in tags if tag.isupper()]


def test_a_doer_and_their_work_are_one_tag_named_as_more_readers_follow():
    lines = [
        "Every programmer learns Go's errors. Programming with errors as values is calm.",
        "A programmer checks each error; programming in Go makes that short.",
        "Programming is easier when a programmer writes helpers. Ask any programmer.",
    ]
    tags = suggested_for(lines, ["programmer", "error values", "programming"], "Errors in Go")
    assert "Programming" in tags
    assert "Programmer" not in tags


def test_no_substring_or_common_word_matches():
    # "Work" is not read into "working memory", nor "No Code" into a kind of code, nor a
    # journalism tag into a product name that contains "journal".
    for text in ("working memory", "a kind of code", "Journalify"):
        assert not {"Work", "No Code", "Journalism", "Journal"} & set(
            tags_of(suggest_tags(phrases(text), TagHistory(), []))
        )


def test_common_words_that_are_rarely_tags_are_not_suggested():
    assert suggest_tags(phrases("output", "type", "data"), TagHistory(), []) == ()


def test_plurals_match_but_stems_do_not():
    assert tags_of(suggest_tags(phrases("neural networks"), TagHistory(), []))[0] == (
        "Neural Networks"
    )
    assert "Imaging" not in tags_of(suggest_tags(phrases("images"), TagHistory(), []))


def test_unrelated_text_gets_no_invented_tags():
    # Words Medium has no tag for make a tag of their own only as the post's subject.
    assert suggest_tags(phrases("output", "qwzx blorf"), TagHistory(), []) == ()
    invented = suggest_tags(phrases("qwzx blorf"), TagHistory(), [])
    assert [(s.tag, s.reach) for s in invented] == [("Qwzx Blorf", 0)]


def test_title_and_text_mentions_count_with_initialisms():
    suggestions = suggest_tags(
        [],
        TagHistory(),
        [],
        title="Why I moved to React",
        text="React hooks changed how I think. AI helps me too. AI is everywhere.",
    )
    reasons = {s.tag: s.reason for s in suggestions}
    assert reasons["Artificial Intelligence"] == "the post mentions it twice"  # "AI", spelled out
    assert "React" in reasons


def test_an_initialism_written_in_passing_is_no_claim_about_the_post():
    text = "\n".join(
        [
            "Pricing is the hardest call a founder makes. We changed our pricing twice.",
            "Some tools now sell AI features on top; we price those separately.",
            "Usage-based pricing fits a product that grows with its users.",
            "Intercom charges per AI answer, which is pricing by outcome.",
        ]
    )
    suggestions = suggest_tags(
        phrases("pricing", "free tier"),
        TagHistory(),
        [],
        title="Non-obvious advice about pricing your product",
        text=text,
    )
    reasons = {s.tag: s.reason for s in suggestions}
    assert tags_of(suggestions)[0] == "Pricing"
    assert "the post is about AI" not in " ".join(reasons.values())


def test_a_tag_named_only_in_the_title_says_so():
    suggestions = suggest_tags([], TagHistory(), [], title="Why I moved to Kubernetes")
    assert [(s.tag, s.reason) for s in suggestions] == [("Kubernetes", "named in the title")]


def test_at_most_five_even_when_more_are_asked():
    keyphrases = phrases("python", "docker", "kubernetes", "javascript", "react", "linux")
    assert len(suggest_tags(keyphrases, TagHistory(), [], limit=10)) == 5
    assert len(suggest_tags(keyphrases, TagHistory(), [], limit=3)) == 3


def test_history_frequency_and_recency():
    history = TagHistory(
        drafts=(
            PastDraft(("Writing", "Poetry"), NOW - 2 * DAY),
            PastDraft(("Writing",), NOW - 10 * DAY),
            PastDraft(("writing", "Life"), NOW - 400 * DAY),
        ),
        now=NOW,
    )
    suggestions = suggest_tags([], history, [])
    # With nothing from the text, history alone offers the writer's staples: a tag used on
    # one story ("Poetry", "Life") is no reason to show it on an unrelated one.
    assert tags_of(suggestions) == ["Writing"]
    assert suggestions[0].reason == "used in 3 of your stories"


def test_a_tag_used_once_comes_back_beside_a_tag_it_went_with():
    history = TagHistory(
        drafts=(PastDraft(("Gardening", "Tomatoes"), NOW - 2 * DAY),),
        now=NOW,
    )
    assert tags_of(suggest_tags([], history, [])) == []
    assert tags_of(suggest_tags([], history, ["Gardening"])) == ["Tomatoes"]


def test_a_tag_of_the_writers_own_the_post_keeps_writing_is_offered():
    # "Bread" and "Baking" are real Medium tags the 2020 list lacks; the writer used each on
    # two stories, short of a staple. The post writes "bread" twice and never "baking".
    history = TagHistory(
        drafts=(
            PastDraft(("Bread", "Baking"), NOW - 2 * DAY),
            PastDraft(("Bread", "Baking"), NOW - 9 * DAY),
        ),
        now=NOW,
    )
    text = (
        "My starter is six years old.\n"
        "It has raised more bread than I can count.\n"
        "Good bread needs a lively starter and patience."
    )
    suggestions = suggest_tags([], history, [], title="Keeping a starter alive", text=text)
    offered = {s.tag: s for s in suggestions}
    assert "Baking" not in offered
    assert offered["Bread"].reason == "used in 2 of your stories; the post writes it twice"
    assert offered["Bread"].used_before
    once = "Good bread needs a lively starter."
    assert tags_of(suggest_tags([], history, [], title="Starters", text=once)) == []
    # A tag used on one story only is no habit, however often the post writes it.
    one_off = TagHistory(drafts=(PastDraft(("People", "Code"), NOW - DAY),), now=NOW)
    busy = "People bake for people. The code of a good loaf: code you can taste."
    assert tags_of(suggest_tags([], one_off, [], title="Bread", text=busy)) == []


def test_history_never_crowds_out_the_text():
    history = TagHistory(
        drafts=tuple(PastDraft(("Poetry", "Life", "Love"), NOW - DAY) for _ in range(20)),
        now=NOW,
    )
    keyphrases = phrases("python", "docker", "kubernetes", "javascript")
    suggestions = suggest_tags(keyphrases, history, [])
    assert len(suggestions) == 5
    assert set(tags_of(suggestions)[:3]) <= {"Python", "Docker", "Kubernetes", "Javascript"}
    assert sum(s.reason.startswith("used in") for s in suggestions) <= 2


def test_a_smaller_limit_keeps_the_first_of_the_five():
    history = TagHistory(
        drafts=tuple(PastDraft(("Poetry", "Life", "Love"), NOW - DAY) for _ in range(20)),
        now=NOW,
    )
    keyphrases = phrases("python", "docker", "kubernetes", "javascript")
    five = tags_of(suggest_tags(keyphrases, history, []))
    for limit in range(1, 6):
        assert tags_of(suggest_tags(keyphrases, history, [], limit=limit)) == five[:limit]


def test_history_strengthens_a_tag_the_text_supports():
    keyphrases = phrases("python", "docker", "kubernetes")
    plain = tags_of(suggest_tags(keyphrases, TagHistory(), []))
    assert sorted(plain) == ["Docker", "Kubernetes", "Python"]
    last = plain[-1]
    history = TagHistory(drafts=(PastDraft((last,), NOW - DAY),) * 3, now=NOW)
    assert tags_of(suggest_tags(keyphrases, history, []))[1] == last


def test_the_posts_subject_comes_first():
    # Medium shows the first tag most: the subject leads even when a broader tag scores more.
    suggestions = suggest_tags(phrases("pair programming"), TagHistory(), [])
    assert suggestions[0].tag == "Pair Programming"
    assert suggestions[0].reason == "the post's subject: ‘pair programming’"


def test_the_subject_keeps_a_place_however_many_broader_tags_outrank_it():
    broad = [
        "machine learning",
        "data science",
        "software development",
        "web development",
        "artificial intelligence",
        "open source",
    ]
    lines = [
        "Sweden is where I spend my days now; sweden again and sweden once more.",
        "Machine learning, software development, web development and data science all move fast.",
        "Machine learning and data science teams, software development and web development teams.",
        "Artificial intelligence too: artificial intelligence and machine learning everywhere, "
        "open source too.",
    ]
    assert suggested_for(lines, ["sweden", *broad], "An old new adventure")[0] == "Sweden"


def test_a_post_about_a_doer_is_offered_the_field_more_readers_follow():
    lines = [
        "A product manager decides what to build next.",
        "As a product manager I talk to users every week; a product manager listens.",
    ]
    suggestions = suggest_tags(
        phrases("product manager"), TagHistory(), [], title="", text="\n".join(lines)
    )
    assert suggestions[0].tag == "Product Management"
    assert (
        suggestions[0].reason
        == "the field of ‘Product Manager’ (the post's subject: ‘product manager’)"
    )


def test_current_tags_are_left_out_and_drive_cooccurrence():
    history = TagHistory(
        drafts=(
            PastDraft(("Startup", "Entrepreneurship"), NOW - DAY),
            PastDraft(("Startup", "Entrepreneurship", "Venture Capital"), NOW - DAY),
            PastDraft(("Cooking",), NOW - DAY),
        ),
        now=NOW,
    )
    suggestions = suggest_tags([], history, ["startup"])
    assert "Startup" not in tags_of(suggestions)
    assert suggestions[0].tag == "Entrepreneurship"
    # The chip as written, and how often the two went together.
    assert suggestions[0].reason == "you used it with ‘startup’ on 2 of your stories"
    once = suggest_tags([], TagHistory(drafts=history.drafts[1:], now=NOW), ["startup"])
    assert once[0].reason == "you used it with ‘startup’ once"


def test_similar_past_drafts_lend_their_tags():
    history = TagHistory(
        drafts=(
            PastDraft(("Kombucha Brewing",), NOW - DAY, ("kombucha", "fermentation jars")),
            PastDraft(("Knitting",), NOW - DAY, ("wool", "needles")),
        ),
        now=NOW,
    )
    suggestions = suggest_tags(phrases("fermentation", "kombucha"), history, [])
    assert "Kombucha Brewing" in tags_of(suggestions)
    assert "used on a similar story of yours" in {s.reason for s in suggestions}


def test_tags_nested_in_a_better_one_give_way_to_other_sides_of_the_story():
    text = "Docker. " * 6 + "Docker Compose. " * 4 + "Nginx. " * 3
    suggestions = tags_of(suggest_tags([], TagHistory(), [], text=text, title="Docker at work"))
    assert suggestions[0] == "Docker"
    assert suggestions[1] == "Nginx"  # the other side of the story before the nested tag
    assert {"Docker", "Docker Compose"} <= set(suggestions)


def test_the_broader_tag_inside_a_better_one_keeps_its_place():
    # Writers pair a subject with its broader tag: "Programming" after "Pair Programming"
    # is the tag with readers, not a repeat to push behind a tag the post names in passing.
    lines = [
        "We tried pair programming on Kubernetes for a month. Pair programming changed how we"
        " review code.",
        "Programming alone felt slower after that, Kubernetes or not.",
    ]
    suggested = suggested_for(lines, ["pair programming", "programming"], "Pair Programming")
    assert suggested[:3] == ["Pair Programming", "Programming", "Kubernetes"]


def test_a_word_written_only_inside_a_suggested_tag_is_no_tag_of_its_own():
    text = "\n".join(
        [
            "Machine learning starts with data. Machine learning models need clean data.",
            "Most machine learning projects fail on data, not on machine learning itself.",
            "Machine learning rewards patience.",
        ]
    )
    title = "What Machine Learning Needs"
    keyphrases = phrases("machine learning", "data")
    suggestions = tags_of(suggest_tags(keyphrases, TagHistory(), [], title=title, text=text))
    assert "Machine Learning" in suggestions
    assert "Learning" not in suggestions
    # Written on its own as well, the word is a candidate again.
    alone = text + "\nLearning never stops: learning is a habit, and learning takes time."
    again = suggest_tags(keyphrases, TagHistory(), [], title=title, text=alone)
    assert "Learning" in tags_of(again)


def test_a_word_the_title_writes_only_inside_a_medium_tag_is_no_tag_of_its_own():
    title = "Why Your Machine Learning Model Fails in Production"
    text = "Your model scored well on the validation set. Then the model met real users."
    suggestions = tags_of(suggest_tags(phrases("model"), TagHistory(), [], title=title, text=text))
    assert "Machine Learning" in suggestions
    assert "Learning" not in suggestions


def test_inside_a_phrase_medium_lacks_the_real_tag_stays():
    title = "How to Price Your First Freelance Project"
    text = "Pricing a freelance project starts with the client's budget and your hours."
    keyphrases = phrases("freelance project", "client")
    suggestions = suggest_tags(keyphrases, TagHistory(), [], title=title, text=text)
    assert "Freelance" in tags_of(suggestions)


def test_the_first_place_goes_to_a_tag_with_readers():
    text = "\n".join(
        [
            "Your model scored well on the validation set, and then it met real users.",
            "The model drifted. The model was fine; the data was not.",
            "Retrain the model weekly.",
            "A model in production needs a monitor.",
            "Check the model before blaming it.",
            "Big data makes drift worse, and big data teams see it first.",
        ]
    )
    title = "Model Drift: Notes from a Big Data Team"
    keyphrases = phrases("model", "production", "data")
    suggestions = suggest_tags(keyphrases, TagHistory(), [], title=title, text=text)
    best = max(suggestions, key=lambda s: s.score)
    assert (best.tag, best.reach) == ("Model", 0)  # the likeliest, but Medium lacks it
    assert (suggestions[0].tag, suggestions[1].tag) == ("Big Data", "Model")
    assert suggestions[0].score >= th.TAG_KNOWN_LEAD_MIN_SHARE * best.score  # likely enough


def test_a_passing_mention_with_reach_does_not_lead_the_posts_own_subject():
    text = "\n".join(
        [
            "A sinking fund is money set aside each month for a cost you know is coming: "
            "the car's tyres, the dentist, annual software subscriptions.",
            "My sinking fund grows a little every payday, and I stopped dreading January.",
            "Each sinking fund has its own small account, so a bill never surprises me.",
        ]
    )
    keyphrases = phrases("sinking fund", "account")
    suggestions = suggest_tags(keyphrases, TagHistory(), [], title="My Sinking Fund", text=text)
    # "Software", written once inside "software subscriptions", is no tag of the post.
    assert [s.tag for s in suggestions] == ["Sinking Fund"]


def test_a_misspelt_tag_from_history_is_never_suggested():
    drafts = tuple(PastDraft(("Pyhton", "Python Tips"), NOW - DAY) for _ in range(3))
    suggestions = suggest_tags(phrases("decorators"), TagHistory(drafts, NOW), [])
    assert "Pyhton" not in tags_of(suggestions)
    assert "Python Tips" in tags_of(suggestions)  # a staple of the writer's, spelt right


def test_a_slip_from_history_for_the_posts_own_small_tag_is_not_suggested():
    drafts = tuple(PastDraft(("Imagemagik", "Photography"), NOW - DAY) for _ in range(3))
    suggestions = suggest_tags(phrases("photos"), TagHistory(drafts, NOW), ["ImageMagick"])
    assert "Imagemagik" not in tags_of(suggestions)
    assert "Photography" in tags_of(suggestions)


def test_a_licence_line_is_no_initialism_of_a_tag():
    text = "I save a little every month.\n\nThis post is licensed CC BY 4.0."
    suggestions = suggest_tags(phrases("savings"), TagHistory(), [], text=text)
    assert "Climate Change" not in tags_of(suggestions)


def test_a_dotted_name_is_the_medium_tag_without_its_dot():
    text = "Our API ran on Node.js for years.\nNode.js was quick to start, and Node.js scaled."
    suggestions = suggest_tags(phrases("Node.js"), TagHistory(), [], text=text)
    assert suggestions[0].tag == "Nodejs"  # Medium's tag "nodejs"
    assert suggestions[0].reach > 0
    assert not {"Node", "JS"} & set(tags_of(suggestions))
    assert normalize_tag("Vue.js") == "Vuejs"


def test_a_single_passing_mention_of_one_word_is_not_a_topic():
    paragraphs = [f"Paragraph {n} is about the weather in the valley." for n in range(12)]
    text = "\n".join([*paragraphs, "The notes are on GitHub."])
    assert "Github" not in tags_of(suggest_tags([], TagHistory(), [], text=text))
    assert "Machine Learning" in tags_of(
        suggest_tags([], TagHistory(), [], text="It uses machine learning.")
    )


def test_one_word_tags_medium_lacks_are_offered_once_at_most():
    text = "\n".join(
        [
            "My first marathon took five hours and many miles of training.",
            "The marathon taught me to run slow: easy miles, most of them.",
            "Every marathon plan I read said the same about miles.",
        ]
    )
    keyphrases = phrases("marathon", "miles", "training")
    suggestions = suggest_tags(keyphrases, TagHistory(), [], title="My First Marathon", text=text)
    new_one_word = [s.tag for s in suggestions if s.reach == 0 and " " not in s.tag]
    assert new_one_word == ["Marathon"]


def test_a_tag_is_shown_as_the_draft_capitalises_it():
    text = "Git keeps every commit.\nWith git bisect, Git finds the commit that broke it."
    suggestions = suggest_tags(phrases("git bisect", "git"), TagHistory(), [], text=text)
    assert "Git" in tags_of(suggestions)
    assert "GIT" not in tags_of(suggestions)
    assert capitalised_form("GIT", text) == "Git"
    assert capitalised_form("GIT", "Run git bisect, then git log.") == "Git"  # no acronym
    assert capitalised_form("GIT", "Nothing about it here.") == ""
    assert capitalised_form("UX", "Good UX is quiet. The ux team agrees.") == "UX"
    assert capitalised_form("Machine Learning", "Machine learning is old.") == ""
    # A name with its capital inside the word is written as the draft writes it.
    assert capitalised_form("Ios", "An iOS app, then another iOS release.") == "iOS"
    assert capitalised_form("Macos", "It runs on macOS.") == "macOS"


def test_a_tag_the_draft_writes_only_in_part_takes_the_capitals_it_gives_its_words():
    text = "Our GitHub Action runs nightly. The GitHub Action posts to Slack. GitHub hosts it."
    suggestions = suggest_tags(phrases("GitHub Action", "GitHub"), TagHistory(), [], text=text)
    assert "GitHub Actions" in tags_of(suggestions)
    assert "Github Actions" not in tags_of(suggestions)
    assert inner_capitals("Github Actions", text) == "GitHub Actions"
    # Capitals at a sentence's start or in shouting say nothing of a name.
    assert inner_capitals("Open Source", "OPEN source. Source maps.") == "Open Source"


def test_grammar_words_do_not_make_a_tag():
    text = "There is no code here. No code at all, no code anywhere."
    assert "No Code" not in tags_of(suggest_tags([], TagHistory(), [], text=text))


def test_a_specific_tag_lends_weight_to_the_hub_of_its_family():
    suggestions = suggest_tags(phrases("deep learning"), TagHistory(), [])
    reasons = {s.tag: s.reason for s in suggestions}
    # The two share a word; the reason says that much, not that one holds the other.
    assert (
        reasons["Machine Learning"]
        == "Medium's most used ‘… learning’ tag; the post has ‘Deep Learning’"
    )
    assert suggestions[0].tag == "Deep Learning"  # the subject stays first


def test_a_family_hub_that_only_shares_a_word_is_not_called_broader():
    reasons = {s.tag: s.reason for s in suggest_tags(phrases("data structures"), TagHistory(), [])}
    assert reasons["Data Science"] == (
        "Medium's most used ‘data …’ tag; the post has ‘Data Structures’"
    )


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "data " * 300, "Ünïcödé ✨ 🚀 naïve café", "AI. ML. NLP. UX.\n" * 20, "# 1 2 3"],
)
def test_any_text_gets_at_most_five_explained_suggestions(text):
    suggestions = suggest_tags(phrases(*text.split()[:3]), TagHistory(), [], title=text, text=text)
    assert len(suggestions) <= 5
    assert all(s.reason and s.tag for s in suggestions)


def test_a_post_in_another_language_gets_no_grammar_words_as_tags():
    text = (
        "Die Dokumente der Unternehmen werden von einer Software gelesen, und die Daten aus "
        "den Dokumenten fließen in die Systeme der Abteilungen, die sie brauchen."
    )
    suggestions = suggest_tags(phrases("Dokumente", "der", "und"), TagHistory(), [], text=text)
    assert not {"Der", "Und"} & set(tags_of(suggestions))


GRANDMOTHER = """\
# What my grandmother taught me about gardening

Annalee planted her first tomatoes in 1952, in a yard behind a bakery in Ohio. Annalee never
owned a book about gardening. She learned from the soil, from her neighbours and from failure.

When I visited, Annalee would hand me a trowel before I had taken off my coat. "Dig first,
talk later," she said. Annalee believed that compost was the whole secret of a good garden.

Every spring Annalee started seedlings on the kitchen windowsill. Her tomatoes, beans and
squash fed three families. Annalee kept notes on every harvest in a small green notebook.

Today I keep a garden of my own, and I still hear Annalee when the compost is too wet.
Gardening, for Annalee, was patience made visible.
"""


def test_a_person_written_about_often_is_no_new_tag():
    from app.commands.tags import story_suggestions

    suggested = tags_of(story_suggestions(GRANDMOTHER))
    assert "Annalee" not in suggested
    assert "Gardening" in suggested  # the post's subject still is


def test_a_country_that_is_also_a_first_name_is_a_new_tag_unless_written_as_a_person():
    from app.analysis.insights.tags.features import tag_candidates

    text = "We spent a month in India. India is loud and kind; the food of India is a joy."
    found = {c.tag.slug for c in tag_candidates(phrases("India", "food"), "Summing Up India", text)}
    assert "india" in found  # Medium's 2020 list lacks it; as a first name it is rare
    people = frozenset({"india"})  # "India Arie sang": the story writes her as a person
    found = {c.tag.slug for c in tag_candidates(phrases("India"), "", "India Arie sang.", people)}
    assert "india" not in found


def test_a_first_name_that_is_a_medium_tag_or_a_word_written_lower_case_stays_a_candidate():
    from app.analysis.insights.tags.features import tag_candidates

    found = {c.tag.slug for c in tag_candidates(phrases("Ruby", "Annalee", "rose", "dmitri"))}
    assert "ruby" in found  # Medium's tag (a language), though also a first name
    assert "rose" in found  # lower case, and common in English: the flower, not a person
    assert "annalee" not in found
    assert "dmitri" not in found  # lower-cased at a sentence start, but nobody's word


def test_a_tag_from_history_keeps_the_writers_spelling():
    history = TagHistory(
        drafts=(
            PastDraft(("JavaScript", "React"), NOW - DAY),
            PastDraft(("JavaScript", "React"), NOW - 2 * DAY),
        ),
        now=NOW,
    )
    suggestions = suggest_tags(phrases("javascript", "web apps"), history, [])
    assert "JavaScript" in tags_of(suggestions)
    assert "Javascript" not in tags_of(suggestions)
    # A tag the writer has chosen is quoted as they wrote it.
    react = suggest_tags([], history, ["JavaScript"])
    assert [(s.tag, s.reason) for s in react] == [
        ("React", "you used it with ‘JavaScript’ on 2 of your stories")
    ]


def test_a_passing_mention_never_takes_the_first_place():
    text = "\n\n".join(
        [
            "Every project starts with empty screens. In project management tools the empty "
            "state is the first thing a new user sees.",
            "A good empty state explains what will appear, and offers one action. Our project "
            "had six empty states.",
            "We rewrote each empty state for the project dashboard, and the project team tested "
            "them.",
            "The empty state of the inbox now says what to do first. Each project page has one.",
        ]
    )
    suggestions = suggest_tags(
        phrases("empty state", "project", "dashboard"),
        TagHistory(),
        [],
        title="Designing Empty States",
        text=text,
    )
    assert suggestions[0].tag == "Empty State"
    assert "Project Management" in tags_of(suggestions)  # still offered, behind the subject


def test_one_word_written_once_in_passing_is_no_tag():
    text = "\n\n".join(
        [
            "Arch Linux asks you to choose everything. I chose a window manager first, and the "
            "window manager decided how the rest of the desktop would look.",
            "The window manager starts on startup; the window manager keeps its settings in "
            "one file, so the desktop looks the same on every machine.",
        ]
    )
    suggestions = suggest_tags(
        phrases("window manager", "desktop"), TagHistory(), [], title="", text=text
    )
    assert "Startup" not in tags_of(suggestions)  # "on startup": one word, once, any sense
    assert suggestions  # the post's own subject is still offered


def test_a_tag_the_title_writes_around_the_subject_word_leads_as_the_subject():
    text = "\n".join(
        [
            "I kept my job while learning. Learning at night was slow, but I was paid.",
            "Learning new skills costs time; it need not cost your savings.",
            "Most of my learning happened on weekends, a little at a time.",
        ]
    )
    title = "Don't Go Broke Learning to Code"
    suggestions = suggest_tags(
        phrases("learning", "skills"), TagHistory(), [], title=title, text=text
    )
    first = suggestions[0]
    assert (first.tag, first.reason) == (
        "Learning to Code",
        "the post's subject: ‘Learning to Code’",
    )
    assert first.reach > 0


def test_a_new_one_word_tag_inside_a_longer_tag_offered_is_left_out():
    text = "\n".join(
        [
            "Time management starts with knowing where the time goes.",
            "I logged my time for a week. Time on email was the surprise.",
            "Time management is not about doing more; time is for what matters.",
            "Time blocks on the calendar protect time for deep work.",
        ]
    )
    title = "Time Management Notes"
    keyphrases = phrases("time management", "time", "email")
    suggestions = tags_of(suggest_tags(keyphrases, TagHistory(), [], title=title, text=text))
    assert "Time Management" in suggestions
    assert "Time" not in suggestions


def test_a_new_tag_for_an_acronym_is_named_in_the_singular_as_medium_names_them():
    lines = [
        "LLMs write code now. We review what LLMs write before we merge it.",
        "Reviewers ask which LLMs a contributor used, and why.",
    ]
    suggested = suggested_for(lines, ["LLMs", "code"], "Reviewing Code Written by LLMs")
    assert "LLM" in suggested
    assert "LLMs" not in suggested


def test_a_medium_tag_few_readers_follow_holds_back_no_new_word_of_its_own():
    # "Bad Ideas" has 84 stories: "Ideas", the broad word the post keeps writing, comes too.
    lines = [
        "Every team has bad ideas. Bad ideas are where good ideas start.",
        "We wrote down ideas for an hour, and the worst ideas led to the best ones.",
        "Keep your ideas in a notebook; ideas fade fast.",
    ]
    keyphrases = ["bad ideas", "ideas", "notebook"]
    suggested = suggested_for(lines, keyphrases, "Why Bad Ideas Matter")
    assert suggested[:2] == ["Bad Ideas", "Ideas"]


def test_the_subject_is_called_the_subject_even_when_the_title_and_text_name_it_too():
    text = "\n".join(
        [
            "Bread asks for four things: flour, water, salt and time.",
            "I bake bread on Sundays. The bread keeps until Wednesday.",
            "Good bread needs a hot oven and a patient baker.",
        ]
    )
    suggestions = suggest_tags(phrases("bread", "oven"), TagHistory(), [], title="Bread", text=text)
    reasons = {s.tag: s.reason for s in suggestions}
    assert reasons["Bread"] == "the post's subject: ‘bread’"


def test_a_new_tag_is_not_offered_beside_one_that_holds_it_or_that_it_holds():
    """Two tags Medium lacks, one inside the other, are one tag twice: the shorter, the
    likelier to be a tag at all, is offered."""
    lines = [
        "COVID-19 data is messy: every country counts COVID-19 cases its own way.",
        "The COVID-19 data from hospitals lags the COVID-19 data from testing sites.",
        "Reading COVID-19 data well means knowing how COVID-19 spreads.",
    ]
    suggestions = suggested_for(
        lines, ["COVID-19 data", "COVID-19", "cases"], "What COVID-19 Data Tells Us"
    )
    assert "COVID-19" in suggestions
    assert "COVID-19 Data" not in suggestions


def test_a_new_word_written_far_more_than_the_new_phrase_holding_it_is_the_tag():
    """The product the post keeps naming is its tag, not the edition its title names once;
    one tag is offered, not both."""
    lines = [
        "Qwzxly is a marketplace theme for freelancers. Qwzxly ships with payments built in.",
        "We installed Qwzxly on a small server. Qwzxly set up the shop in ten minutes.",
        "The Qwzxly Pro Eilte edition adds messaging. Most shops need only Qwzxly itself.",
        "Qwzxly keeps orders, invoices and reviews in one place.",
    ]
    suggestions = suggested_for(
        lines,
        ["Qwzxly", "marketplace theme", "Qwzxly Pro Eilte", "freelancers"],
        "Qwzxly Pro Eilte Review",
    )
    assert suggestions[0] == "Qwzxly"
    assert "Qwzxly Pro Eilte" not in suggestions


def test_a_new_phrase_stays_before_a_word_of_it_that_is_barely_likelier():
    """At nearly equal odds the longer new name is the sharper tag: "Qwzx Bridge", not
    "Bridge"."""
    lines = [
        "The Qwzx Bridge crosses the estuary. The bridge opened in 1890, and it still stands.",
        "Walking under the bridge, you see how the bridge carries trains; the bridge hums.",
        "Painting the bridge never ends: the bridge is painted red, and the bridge shines.",
        "From the village, the bridge fills the sky, and every bridge after it looks small.",
        "The Qwzx Bridge is a bridge worth the trip.",
    ]
    suggestions = suggested_for(
        lines, ["bridge", "Qwzx Bridge", "village"], "A Morning at the Qwzx Bridge"
    )
    assert "Qwzx Bridge" in suggestions
    assert "Bridge" not in suggestions


def test_an_acronym_the_post_is_about_is_its_tag_however_often_links_write_it():
    """English text writes "https" in every link, so the word looks far commoner than the tag:
    spelt in capitals as the post's key phrase, it is a name and Medium's tag is offered."""
    text = "\n".join(
        [
            "HTTPS encrypts the connection between a browser and a website.",
            "Without HTTPS, anyone on the network can read and change a page.",
            "Every site we make uses HTTPS, with encryption on by default.",
        ]
    )
    title = "Why we use HTTPS everywhere"
    keyphrases = phrases("HTTPS", "encryption", "browser")
    https = suggest_tags(keyphrases, TagHistory(), [], title=title, text=text)[0]
    assert (https.tag, https.reason) == ("HTTPS", "the post's subject: ‘HTTPS’")
    lower = suggest_tags(phrases("output", "files"), TagHistory(), [], text="The output.")
    assert "Output" not in tags_of(lower)


def test_an_acronym_in_the_plural_is_medium_s_tag_for_it():
    text = "\n".join(
        [
            "APIs let programs talk. Good APIs are documented, and an API has endpoints.",
            "REST APIs use HTTP. We call APIs with URLs; every API call sends URLs.",
        ]
    )
    suggestions = suggest_tags(phrases("APIs", "URLs"), TagHistory(), [], title="APIs", text=text)
    assert suggestions[0].tag == "API"
    assert suggestions[0].reach > 0
    assert "APIs" not in tags_of(suggestions)


def test_a_word_in_capitals_is_no_acronym_when_it_is_a_long_word():
    """A shouting post's "OUTPUT" is the word output, no tag, as in lower case."""
    text = "THE OUTPUT OF EVERY PROGRAM MATTERS. WE MEASURE OUTPUT DAILY.\nOUTPUT IS WHAT WE SHIP."
    shouted = suggest_tags(phrases("OUTPUT", "PROGRAM"), TagHistory(), [], text=text)
    assert not {"Output", "OUTPUT"} & set(tags_of(shouted))


def test_a_new_tag_is_not_offered_beside_a_medium_tag_of_several_words_it_holds():
    """ "Remote Teams Work" is Medium's "Remote Team" and a verb: one tag, and Medium's."""
    lines = [
        "Remote teams work best with clear writing. A remote team needs rituals.",
        "Our remote teams work across time zones. Remote teams work when managers trust.",
        "A remote team that writes things down is a remote team that lasts.",
    ]
    suggestions = suggested_for(
        lines, ["remote teams work", "remote teams", "time zones"], "Making Remote Teams Work"
    )
    assert "Remote Team" in suggestions
    assert "Remote Teams Work" not in suggestions


def test_a_language_s_tag_is_shown_with_its_symbols_as_the_post_writes_it():
    text = "\n".join(
        [
            "C++ adds classes, templates and RAII to C. Modern C++ reads better than old C++.",
            "In C++ you rarely call new. Smart pointers in C++ own memory.",
        ]
    )
    suggestions = suggest_tags(
        [], TagHistory(), [], title="Modern C++ for C Programmers", text=text
    )
    cpp = next(s for s in suggestions if s.tag == "C++")
    assert cpp.reach > 0
    assert "C" not in tags_of(suggestions)


def test_a_b_testing_is_its_medium_tag_shown_as_the_post_writes_it():
    text = "We run A/B testing on every change.\nA/B testing keeps the team honest."
    suggestions = suggest_tags(
        phrases("A/B testing"), TagHistory(), [], title="What A/B Testing Taught Us", text=text
    )
    assert suggestions[0].tag == "A/B Testing"
    assert suggestions[0].reach > 0


GO_LINES = [
    "Error handling in Go: errors are values, and a function returns one beside its result.",
    "The caller checks the error before it uses the result, every time.",
    "A wrapped error keeps the one it wraps, so the caller can still test for it.",
]


def go_post_suggestions(code_languages: list[str]):
    return suggest_tags(
        phrases("error handling", "caller"),
        TagHistory(),
        [],
        title="Errors as values",
        text="\n".join(GO_LINES),
        code_languages=code_languages,
    )


def test_the_language_of_the_fenced_code_is_offered_with_its_reason() -> None:
    plain = go_post_suggestions([])
    golang = next(s for s in go_post_suggestions(["go"]) if s.tag == "Golang")
    assert "Golang" not in tags_of(plain)
    assert golang.reason == "the post's code is written in Go"
    assert golang.reach > 0
    assert tags_of(plain)[0] == "Error Handling"
    assert golang.score >= plain[0].score  # as likely as the likeliest tag


def test_code_of_a_language_the_prose_never_names_adds_no_tag() -> None:
    assert tags_of(go_post_suggestions(["ruby"])) == tags_of(go_post_suggestions([]))


def test_no_suggestion_repeats_a_chosen_tag_in_the_other_number() -> None:
    keyphrases = phrases("headline", "readers")
    assert "Headline" in tags_of(suggest_tags(keyphrases, TagHistory(), []))
    assert not {"Headline", "Headlines"} & set(
        tags_of(suggest_tags(keyphrases, TagHistory(), ["Headlines"]))
    )


GRADIENT_DESCENT = [
    "Logistic regression fits a line that bends: a sigmoid turns the weighted sum of the"
    " features into a probability.",
    "The loss is the cross-entropy between that probability and the label. Its gradient tells"
    " each weight which way to move.",
    "Gradient descent takes small steps against the gradient. Too large a learning rate and"
    " the loss jumps; too small and training crawls.",
    "Regularization adds the squared weights to the loss, so the classifier prefers small"
    " weights and generalizes to unseen data.",
    "I trained the classifier on a dataset of ten thousand labelled emails, with a validation"
    " set held out for choosing the penalty.",
    "Accuracy on the validation set rose from 81 to 89 percent once the features were scaled"
    " and the learning rate halved.",
]


def test_a_field_the_post_never_names_is_offered_for_its_meaning_once():
    text = "\n".join(GRADIENT_DESCENT)
    keyphrases = phrases("gradient", "logistic regression", "learning rate")
    suggestions = suggest_tags(
        keyphrases, TagHistory(), [], title="Gradient Descent by Hand", text=text
    )
    by_meaning = [s for s in suggestions if s.reason.startswith("close in meaning")]
    assert [s.tag for s in by_meaning] == ["Machine Learning"]
    assert "machine learning" not in text.lower()
    quoted = by_meaning[0].reason.split("‘")[1:]
    assert len(quoted) == 2
    assert all(word.split("’")[0] in text.lower() for word in quoted)
    # Without the prose there is too little to read a meaning from.
    alone = suggest_tags(keyphrases, TagHistory(), [], title="Gradient Descent by Hand")
    assert not [s for s in alone if s.reason.startswith("close in meaning")]


def test_a_broad_tag_merely_near_every_technical_post_is_not_offered_for_its_meaning():
    # Word vectors put Machine Learning near any post on software; on a guide to accessible
    # interfaces it is far from the closest tags in meaning (interface, accessibility).
    lines = [
        "Accessibility is a team sport: designers, developers and testers each own a part of it.",
        "A custom dropdown needs keyboard support, a visible focus ring and the right ARIA roles,"
        " or a screen reader announces nothing useful.",
        "Check the color contrast of every button and label against the WCAG guidelines before"
        " the component ships.",
        "Automated audits catch missing alt text and unlabelled form fields, but only manual"
        " testing with a screen reader shows whether the interface makes sense.",
        "Write the accessibility checks into the definition of done, so no dialog or modal"
        " reaches users without them.",
    ]
    suggested = suggested_for(
        lines, ["accessibility", "screen reader", "dropdown"], "Accessibility for Teams"
    )
    assert suggested[0] == "Accessibility"
    assert "Machine Learning" not in suggested


def test_a_tag_whose_words_the_post_writes_apart_is_not_mentioned():
    # "work your way up", "balance", "years to life": Work Life Balance is written nowhere, and
    # is too far in meaning from a post on exercise to be offered for its meaning alone.
    lines = [
        "Walking after dinner is the easiest exercise to keep. Start with ten minutes and work"
        " your way up to thirty.",
        "Strength training twice a week protects the muscles and the bones, and it improves"
        " balance as we age.",
        "Aerobic exercise lowers blood pressure, helps sleep and lifts the mood.",
        "A healthy diet and daily movement add years to life, and the habit matters more than"
        " the intensity.",
    ]
    suggestions = suggest_tags(
        phrases("exercise", "muscles"),
        TagHistory(),
        [],
        title="Move Every Day",
        text="\n".join(lines),
    )
    assert "Work Life Balance" not in tags_of(suggestions)
    assert not [s for s in suggestions if "0 times" in s.reason]
