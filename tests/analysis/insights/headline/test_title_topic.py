"""What a title is about, read from its form or its words."""

import pytest

from app.analysis.insights.headline.title_topic import stated_topic, topic_from_title


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Pair programming: Why two heads are better than one", "Pair programming"),
        ("What I Learned From Rewriting 50 Headlines for Medium Readers", "Rewriting Headlines"),
        ("How to Bake Bread Without a Stand Mixer", "Baking Bread"),
        ("How I Learned to Write Every Day Without Burning Out", "Writing Every Day"),
        ("How I Paid Off My Debt Without Giving Up Coffee", "Debt"),
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
