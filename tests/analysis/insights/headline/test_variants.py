"""Headline ideas from the writer's title and topic: wording, grammar, filtering and order."""

import re

import pytest

from app.analysis.insights.headline import analyze_headline, generate_variants
from app.analysis.insights.headline.title_topic import topic_from_title
from app.analysis.insights.headline.variants import MAX_CHARACTERS

# (topic, keyphrase, audience): things, activities, plurals, names, possessives, how-tos.
TOPICS = [
    ("remote work", None, "managers"),
    ("learning Rust as a Python developer", "Rust", "Python developers"),
    ("side projects", None, "new developers"),
    ("the art of saying no", None, None),
    ("  writing  ", None, None),
    ("AI coding assistants", "AI coding", "junior developers"),
    ("achieving goals", None, None),
    ("growing our newsletter", "newsletter", None),
    ("your first marathon", None, "runners"),
    ("Kubernetes", None, "platform teams"),
    ("how to learn SQL", "SQL", None),
    ("morning routines", None, None),
    ("building my own keyboard", None, None),
    ("PostgreSQL indexes", "PostgreSQL", "backend developers"),
]


def every_idea(*args, **kwargs):
    """Every idea the templates make, weak ones included: these tests are about wording."""
    return generate_variants(*args, hide_weak=False, **kwargs)


SMALL_INSIDE = re.compile(r"(?<!:)\s(?:The|A|An|Of|And|For|To|With|In|On|At|As)\s")
FIRST_PERSON = re.compile(r"\b(?:I|My|Me|Our|We)\b")


@pytest.mark.parametrize(("topic", "keyphrase", "audience"), TOPICS)
def test_variants_are_distinct_tidy_and_never_flagged(topic, keyphrase, audience):
    variants = every_idea(topic, keyphrase, audience)
    texts = [variant.text for variant in variants]
    assert len(texts) >= 5
    assert len({text.casefold() for text in texts}) == len(texts)
    assert len({variant.template for variant in variants}) >= 5
    for text in texts:
        assert text == " ".join(text.split())  # no doubled or stray spaces
        assert text[0].isupper() or text[0].isdigit()
        assert not SMALL_INSIDE.search(text), text  # small words stay lower case inside
        assert len(text) <= MAX_CHARACTERS
        report = analyze_headline(text, keyphrase)
        assert report.red_flags == (), text
        assert report.risk == "low", text


@pytest.mark.parametrize(("topic", "keyphrase", "audience"), TOPICS)
def test_no_claim_of_experience_unless_the_story_is_personal(topic, keyphrase, audience):
    for variant in every_idea(topic, keyphrase, audience):
        assert not FIRST_PERSON.search(variant.text), variant.text
    personal = every_idea(topic, keyphrase, audience, personal=True)
    assert any(variant.template == "personal story" for variant in personal)


def test_a_first_person_title_says_the_story_is_personal():
    variants = every_idea("morning routines", title="My Morning Routine")
    assert "What Morning Routines Taught Me" in {variant.text for variant in variants}


def test_gerund_topics_are_singular_and_become_how_tos():
    texts = {v.text for v in every_idea("achieving goals")}
    assert "Why Achieving Goals Is Harder Than It Looks" in texts
    assert not any(" Are " in text for text in texts)
    assert "How to Achieve Goals" in texts
    rust = {v.text for v in every_idea("learning Rust as a Python developer", "Rust")}
    assert "How to Learn Rust as a Python Developer" in rust
    assert "Common Mistakes When Learning Rust as a Python Developer" in rust
    assert not any(text.endswith("Worth It?") for text in rust)  # an activity is just done
    sql = {v.text for v in every_idea("how to learn SQL")}
    assert "How to Learn SQL" in sql
    assert "Common Mistakes When Learning SQL" in sql


def test_plurals_and_names_agree():
    plural = {v.text for v in every_idea("side projects")}
    assert "Why Side Projects Are Harder Than They Look" in plural
    thing = {v.text for v in every_idea("remote work")}
    assert "Common Mistakes with Remote Work" in thing
    assert "Why Remote Work Is Harder Than It Looks" in thing
    name = {v.text for v in every_idea("Kubernetes")}
    assert "Why Kubernetes Is Harder Than It Looks" in name


def test_no_idea_is_a_question_the_labs_own_advice_would_answer() -> None:
    """A question lost the A/B tests: the reasons ask to state the answer instead, so the lab
    never offers one ("Is Usability Testing Worth It?")."""
    for topic in ("usability testing", "side projects", "Kubernetes", "remote work"):
        assert not any(v.text.endswith("?") for v in every_idea(topic)), topic


def test_pronouns_address_the_reader_without_clashing():
    texts = [v.text for v in every_idea("growing our newsletter", "newsletter")]
    assert "How to Grow Your Newsletter" in texts
    assert not any("Our" in text for text in texts)
    marathon = [v.text for v in every_idea("your first marathon", None, "runners")]
    assert marathon
    for text in marathon:
        assert text.count("Your") <= 1, text
        assert "for Runners" not in text  # "your" already names the reader


def test_a_keyphrase_in_the_writers_own_words_is_kept_as_written():
    """Turned to the reader, "letters from my mother" would be someone else's mother, and the
    ideas would miss the phrase the writer wants found."""
    texts = [v.text for v in every_idea("letters from my mother", "letters from my mother")]
    assert "What Letters from My Mother Taught Me" in texts
    assert not any("Your" in text for text in texts)
    assert all("Letters from My Mother" in text for text in texts)


def test_the_writers_title_is_rewritten_not_repeated():
    title = "Some Thoughts on the Art of Saying No to Really Good Opportunities at Work!"
    variants = every_idea("the art of saying no", title=title)
    by_template = {v.template: v.text for v in variants}
    assert by_template["your title, tightened"] == (
        "The Art of Saying No to Good Opportunities at Work"
    )
    assert title not in {v.text for v in variants}
    keyed = every_idea("databases", "PostgreSQL", title="Why Our Queries Got Slow")
    # "PostgreSQL: Why Our Queries Got Slow" would be told to lose its colon: not offered.
    assert "PostgreSQL: Why Our Queries Got Slow" not in {v.text for v in keyed}
    assert "A Practical Guide to Databases" in {v.text for v in keyed}
    how = every_idea("newsletters", title="Growing Our Newsletter to 10,000 Readers")
    assert "How to Grow Your Newsletter to 10,000 Readers" in {v.text for v in how}


def test_lists_promise_only_the_count_the_story_has():
    assert not any(any(char.isdigit() for char in v.text) for v in every_idea("side projects"))
    counted = {v.text for v in every_idea("side projects", points=7)}
    assert "7 Practical Tips for Side Projects" in counted


def test_ranking_puts_usable_ideas_first():
    variants = generate_variants("remote work", "remote work", "managers")
    reports = [analyze_headline(v.text, "remote work") for v in variants]
    # Questions, which lost most A/B tests, never lead; the best idea fits a search result.
    assert not reports[0].text.endswith("?")
    assert reports[0].characters <= 60
    top_half = reports[: len(reports) // 2]
    assert min(r.overall for r in top_half) >= max(r.overall for r in reports[-2:]) - 25


def test_empty_topic_gives_no_variants():
    assert generate_variants("   ") == []


def test_a_problem_is_dealt_with_not_recommended():
    texts = {v.text for v in generate_variants("technical debt", None, "engineering managers")}
    assert "How to Deal with Technical Debt" in texts
    assert not any(text.startswith(("Practical Tips", "Is ", "Why ")) for text in texts)
    assert "Common Myths About Technical Debt" in texts
    assert "A Practical Guide to Dealing with Technical Debt" in texts


# Titles written for this test, in the forms writers use, each pasted whole into Topic.
OWN_TITLES = (
    "Pair programming: Why two heads are better than one",
    "What I Learned From Rewriting 50 Headlines for Medium Readers",
    "Why Remote Teams Need Written Decisions",
    "Notes on Side Projects",
    "How to Bake Bread Without a Stand Mixer",
    "Lessons From Teaching Kids to Code",
)


@pytest.mark.parametrize("title", OWN_TITLES)
def test_a_topic_that_is_the_whole_title_still_gives_ideas(title):
    variants = every_idea(title, title=title)  # the topic is found; how good is another test
    assert len(variants) >= 2
    assert title not in {variant.text for variant in variants}


@pytest.mark.parametrize("title", OWN_TITLES)
def test_shown_ideas_are_never_weak_unless_they_beat_the_title(title):
    own = analyze_headline(title).overall
    for variant in generate_variants("", title=title):
        report = analyze_headline(variant.text)
        assert report.band != "weak" or report.overall > own, (variant.text, report.overall)
    for variant in generate_variants(topic_from_title(title)):
        assert analyze_headline(variant.text).band != "weak", variant.text


@pytest.mark.parametrize(
    ("title", "template", "expected"),
    [
        (
            "What I Learned From Rewriting 50 Headlines for Medium Readers",
            "your title, as lessons",
            "Lessons from Rewriting 50 Headlines",
        ),
        (
            "Pair programming: why two heads are better than one",
            "your title, as one phrase",
            "Why Two Heads Are Better than One in Pair Programming",
        ),
        ("Notes on baking bread at home", "your title, in title case", None),
    ],
)
def test_the_writers_own_title_is_rewritten(title, template, expected):
    by_template = {v.template: v.text for v in every_idea("", title=title)}
    if expected is None:
        assert template in by_template
    else:
        assert by_template[template] == expected


def test_an_activity_inside_a_name_is_not_turned_into_a_how_to():
    ideas = every_idea("", title="Pair Programming for Remote Teams")
    assert not any(v.text.startswith("How to Program") for v in ideas)


def test_an_activity_the_title_steers_clear_of_is_not_turned_into_a_how_to():
    title = "How I Learned to Write Every Day Without Burning Out"
    texts = {v.text for v in every_idea("writing daily", title=title)}
    assert not any("Burn" in text for text in texts), texts
    assert "How to Write Daily" in texts
    from_title = {v.text for v in every_idea("", title=title)}
    assert not any("Burn" in text for text in from_title), from_title
    assert "Common Mistakes When Writing Every Day" in from_title


@pytest.mark.parametrize("topic", ["sinking fund", "Sinking Fund"])
def test_an_ing_word_before_a_countable_noun_names_a_thing_not_an_activity(topic):
    title = "The Sinking Fund Habit That Ended My Money Anxiety"
    for ideas in (every_idea(topic), every_idea(topic, title=title)):
        texts = {variant.text for variant in ideas}
        assert not any("Sink Fund" in text or "When Sinking" in text for text in texts), texts
        assert not any(re.search(r"\bSinking Fund\b(?!s)", text) for text in texts), texts
        assert "Common Mistakes with Sinking Funds" in texts
        assert "Why Sinking Funds Are Harder Than They Look" in texts
    # An -ing word before a plural, a name or an uncountable noun still starts an activity.
    assert "How to Bake Bread" in {variant.text for variant in every_idea("baking bread")}
    assert "How to Learn Rust" in {variant.text for variant in every_idea("learning Rust")}


@pytest.mark.parametrize(
    ("topic", "title"),
    [
        ("sinking fund", "The Sinking Fund Habit That Ended My Money Anxiety"),
        ("Polars", "Why I Moved My Data Pipelines From Pandas to Polars"),
        ("deep work", "Deep Work in an Open Office"),
        ("learning Rust", "How I Learned Rust"),
    ],
)
def test_no_idea_is_one_its_own_advice_would_rewrite(topic, title):
    ideas = generate_variants(topic, title=title, personal=True)
    assert ideas
    for variant in ideas:
        report = analyze_headline(variant.text)
        assert not any("without the colon" in reason.text for reason in report.reasons), (
            variant.text
        )
    texts = {variant.text for variant in ideas}
    assert any("My Own Experience" in text for text in texts) or any(
        "Taught Me" in text for text in texts
    ), texts


@pytest.mark.parametrize(
    ("topic", "title"),
    [
        ("sinking fund", "The Sinking Fund Habit That Ended My Money Anxiety"),
        ("Polars", "Why I Moved My Data Pipelines From Pandas to Polars"),
        ("deep work", "Deep Work in an Open Office"),
    ],
)
def test_no_idea_is_a_band_below_the_writers_title(topic, title):
    """Under a strong title, good ideas stay: the lab is never empty for a strong title."""
    order = ["weak", "fair", "good", "strong"]
    own = min(order.index(analyze_headline(title).band), order.index("good"))
    ideas = generate_variants(topic, title=title)
    assert ideas
    for variant in ideas:
        assert order.index(analyze_headline(variant.text).band) >= own, variant.text


@pytest.mark.parametrize(
    ("topic", "text", "expected"),
    [
        ("emergency fund", "I built an emergency fund.", "Emergency Funds, Explained"),
        ("shoebox", "There was a shoebox under his bed.", "What to Know About Shoeboxes"),
        ("budget", "Make a simple budget.", "What to Know About Budgets"),
        # Never counted with "a": a mass noun, a practice or a name keeps its form.
        ("code", "I wrote a lot of code.", "What to Know About Code"),
        ("remote work", "Remote work is hard.", "What to Know About Remote Work"),
        ("Python", "I wrote a Python script.", "What to Know About Python"),
    ],
)
def test_a_topic_the_story_counts_takes_a_plural(topic, text, expected):
    assert expected in {variant.text for variant in every_idea(topic, text=text)}


def test_a_noun_that_names_a_purpose_is_no_problem_to_deal_with():
    texts = {variant.text for variant in every_idea("emergency fund")}
    assert not [text for text in texts if "Deal with" in text], texts
    assert "How to Deal with Technical Debt" in {v.text for v in every_idea("technical debt")}
    assert "How to Deal with Bad Habits" in {v.text for v in every_idea("bad habits")}


def test_mistakes_and_myths_ideas_need_a_story_about_them() -> None:
    story = "Go turned ten. The ecosystem grew, and the community with it."
    texts = {v.text for v in generate_variants("ecosystem", text=story, hide_weak=False)}
    assert texts
    assert not [text for text in texts if "Mistakes" in text or "Myths" in text]
    # A word in passing is no list to promise: "wrong" or "believe" once, one mistake told.
    passing = story + " I believe we got one thing wrong, and made one mistake about it."
    texts = {v.text for v in generate_variants("ecosystem", text=passing, hide_weak=False)}
    assert not [text for text in texts if "Mistakes" in text or "Myths" in text]
    wrong = story + (
        " We made mistakes and busted a few myths about ecosystems. The first mistake was"
        " scale; the second myth was that growth is free."
    )
    texts = {v.text for v in generate_variants("ecosystem", text=wrong, hide_weak=False)}
    assert "Common Mistakes with Ecosystems" in texts or "Common Mistakes with Ecosystem" in texts
    assert [text for text in texts if text.startswith("Common Myths About Ecosystem")]


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("single-tasking", "Lessons from My Own Experience with Single-Tasking"),
        ("growing my newsletter", "Lessons from My Own Experience Growing My Newsletter"),
        ("side projects", "Lessons from My Own Experience with Side Projects"),
    ],
)
def test_the_lessons_idea_reads_as_english(topic, expected):
    """A lone activity after "Experience" read as a compound noun: "Lessons from My Own
    Experience Single-Tasking"."""
    texts = [variant.text for variant in generate_variants(topic, personal=True, hide_weak=False)]
    assert expected in texts
    assert not any(text.endswith("Experience Single-Tasking") for text in texts)


def test_ideas_name_the_focus_keyphrase_the_writer_set():
    """Beside a topic that does not name it ("origins"), ideas are built on the keyphrase,
    and those come first: an idea without it would be told to put it in."""
    texts = [v.text for v in generate_variants("origins", "CORS", title="Understanding CORS")]
    assert "A Practical Guide to CORS" in texts
    named = ["CORS" in text for text in texts]
    assert named[0]
    assert named == sorted(named, reverse=True), texts


def test_an_acronym_ending_in_s_is_one_thing():
    texts = [variant.text for variant in generate_variants("CORS", "CORS")]
    assert "Why CORS Is Harder Than It Looks" in texts
    assert not any("CORS Are" in text for text in texts)


@pytest.mark.parametrize(
    ("title", "unwanted"),
    [
        ("I Quit My Job to Travel the World", "Quit"),
        ("The Year My Father Stopped Talking", "Father Stopped"),
        ("Why Do We Procrastinate?", "with Procrastinate"),
        ("Doctors Hate Him", "Doctors Hate"),
    ],
)
def test_ideas_never_put_a_verb_or_a_clause_where_a_topic_goes(title, unwanted):
    texts = [variant.text for variant in every_idea("", title=title)]
    assert not [text for text in texts if unwanted in text], texts


def test_a_topic_the_story_only_mentions_gives_no_ideas():
    """ "Google" in a resignation essay is where the writer worked, not what the story
    teaches: no "A Practical Guide to Google"."""
    story = (
        "I joined Google in 2014 as a software engineer. Ten years later I handed in my "
        "badge.\n\nThe work had become meetings about meetings. I sleep better now."
    )
    title = "Why I Left Google After Ten Years"
    for topic in ("", "Google"):
        texts = [v.text for v in generate_variants(topic, title=title, text=story)]
        assert not [text for text in texts if "Google" in text and title != text], texts
    # Without a story yet, the title's word is all there is to go on.
    assert "A Practical Guide to Google" in {v.text for v in every_idea("", title=title)}


def test_a_verb_typed_as_the_topic_fills_no_template():
    texts = [v.text for v in every_idea("procrastinate", title="Why Do We Procrastinate?")]
    assert not [text for text in texts if "Procrastinate" in text and "?" not in text], texts
    noun = {v.text for v in every_idea("procrastination", title="Why Do We Procrastinate?")}
    assert "What to Know About Procrastination" in noun


SPANISH = (
    "Aprender a programar no es fácil, pero tampoco es imposible. En este artículo te cuento "
    "cómo lo hice yo en treinta días, con una hora al día y muchas ganas de aprender."
)


@pytest.mark.parametrize("text", ["", SPANISH])
def test_a_story_in_another_language_gets_no_english_templates(text):
    title = "Cómo aprender a programar en 30 días"
    assert every_idea("", title=title, text=text) == []
    assert every_idea("programar", title=title, text=text) == []
