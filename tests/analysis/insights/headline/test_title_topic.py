"""What a title is about, read from its form or its words."""

import pytest

from app.analysis.insights.headline.title_topic import (
    stated_topic,
    story_subject,
    topic_from_title,
)


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Pair programming: Why two heads are better than one", "Pair programming"),
        ("What I Learned From Rewriting 50 Headlines for Medium Readers", "Rewriting Headlines"),
        ("How to Bake Bread Without a Stand Mixer", "Baking Bread"),
        ("How I Learned to Write Every Day Without Burning Out", "Writing Every Day"),
        ("How I Paid Off Student Debt Without Giving Up Coffee", "Student Debt"),
        # A count before the colon names its subject after it; a compound verb stays whole.
        ("Ten Years of Go: What a Decade of Open Source Taught Us", "Go"),
        ("How to Stress Test an Algorithm in Python", "Stress Testing"),
        ("How to Write Test Cases", "Writing Test Cases"),
        ("A Beginner's Guide to Indexes in SQLite", "Indexes in SQLite"),
        ("Notes on Side Projects", "Side Projects"),
        ("The Case Against Microservices", "Microservices"),
        ("Lessons From Teaching Kids to Code", "Teaching Kids"),
        # A feeling learned is about its object, even as the second of two things learned.
        ("How I Learned to Stop Worrying and Love Rust's Borrow Checker", "Rust's Borrow Checker"),
        ("How I Learned to Stop Worrying and Love the Bomb", "Bomb"),
        ("How We Learned to Design and Build Salt and Pepper Shakers", "Designing"),
        ("How We Learned to Trust Our Tests", "Tests"),
        ("How I Learned to Like Myself", "Liking Myself"),
        # Explaining is the form; what is explained is the subject.
        ("Understanding CORS", "CORS"),
        ("Understanding CORS in Five Minutes", "CORS"),
        ("CORS Explained", "CORS"),
        ("Demystifying Docker Networking", "Docker Networking"),
    ],
)
def test_a_topic_is_taken_from_the_title(title, topic):
    assert topic_from_title(title) == topic


def test_an_explained_subject_is_a_stated_topic():
    """A stated topic is not replaced by the word the story repeats most ("origins")."""
    assert stated_topic("Understanding CORS") == "CORS"
    assert stated_topic("Understanding How Browsers Render Pages") == ""


@pytest.mark.parametrize(
    "title",
    [
        "I Quit My Job to Travel the World",  # "Quit" and "Travel" are what the writer did
        "The Year My Father Stopped Talking",  # "Father Stopped" is a clause, "My Father" one
        "Why Do We Procrastinate?",  # a verb after "we"
        "Cómo aprender a programar en 30 días",  # no English words for English templates
    ],
)
def test_a_title_without_a_noun_phrase_gives_no_topic(title):
    assert topic_from_title(title) == ""


def test_a_clause_is_no_topic_but_its_subject_may_be():
    assert topic_from_title("Doctors Hate Him") == "Doctors"
    assert topic_from_title("Why I Left Google After Ten Years") == "Google"
    assert topic_from_title("Why I Moved My Data Pipelines From Pandas to Polars") != ""


QUIT = (
    "Two years ago I quit my job as an accountant and bought a one-way ticket to Lisbon.\n\n"
    "Travel did not fix my restlessness. It showed me what I wanted from work."
)
FATHER = (
    "My father was a talker. Then, the winter I turned fourteen, he stopped.\n\n"
    "Nobody in our family said the word depression. It took me twenty years to ask him "
    "what happened that winter."
)
GOOGLE = (
    "I joined Google in 2014 as a software engineer. Ten years later I handed in my badge.\n\n"
    "The work had become meetings about meetings. I now work at a ten-person startup."
)
PROCRASTINATION = (
    "We all put things off. Procrastination is not laziness: it is a way to avoid a bad "
    "mood.\n\nPeople who forgive themselves for procrastinating procrastinate less."
)


@pytest.mark.parametrize(
    ("subject", "title", "text", "expected"),
    [
        # Written where a verb goes, never where a noun goes: no topic.
        ("quit", "I Quit My Job to Travel the World", QUIT, None),
        # Named twice in passing, and not in the title: a setting, not the subject.
        ("winter", "The Year My Father Stopped Talking", FATHER, None),
        ("Google", "Why I Left Google After Ten Years", GOOGLE, None),
        # Named in every form of the word: the subject.
        ("procrastination", "Why Do We Procrastinate?", PROCRASTINATION, "procrastination"),
        (None, "Anything", PROCRASTINATION, None),
    ],
)
def test_the_texts_key_phrase_is_a_topic_only_when_the_story_treats_it(
    subject, title, text, expected
):
    assert story_subject(subject, title, text) == expected
