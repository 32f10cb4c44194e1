"""Tag suggestions for an analysed draft: what they are made from."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.insights.tags.history import TagHistory
from app.session.tag_suggestions import story_prose, tag_suggestions

BODY = (
    "Our nightly build broke twice last week. The logs were long and the cause was small.\n\n"
    "We found it with bisect and a short script that runs the tests.\n"
)


def test_the_subtitle_is_read_with_the_prose_as_its_opening_line() -> None:
    report = analyze(BODY, title="Finding the Bad Commit", subtitle="A git bisect walkthrough")
    prose = story_prose(report)
    assert prose.startswith("A git bisect walkthrough\n")
    assert "short script" in prose
    assert story_prose(analyze(BODY, title="Finding the Bad Commit")).startswith("Our nightly")


def test_a_tag_only_the_subtitle_names_can_be_suggested() -> None:
    without = tag_suggestions(analyze(BODY, title="Finding the Bad Commit"), TagHistory(), [])
    report = analyze(BODY, title="Finding the Bad Commit", subtitle="A git bisect walkthrough")
    with_subtitle = tag_suggestions(report, TagHistory(), [])
    assert "Git" not in [s.tag for s in without]
    assert "Git" in [s.tag for s in with_subtitle]


def test_a_tag_the_title_names_says_so_rather_than_how_often_the_text_does() -> None:
    report = analyze(BODY, title="Finding the Bad Commit with Git", subtitle="A git walkthrough")
    reasons = {s.tag: s.reason for s in tag_suggestions(report, TagHistory(), [])}
    assert reasons["Git"] == "named in the title"


LENTIL_SOUP = """\
Lentil soup was the first thing I learned to cook without a recipe card. It is cheap, it
keeps for days, and it forgives almost every mistake a tired cook can make.

## What you need

- 1 cup of red lentils, rinsed
- 1 onion, 2 carrots and 2 sticks of celery, diced
- 3 cloves of garlic
- 1 teaspoon of cumin and a pinch of smoked paprika
- 6 cups of vegetable stock
- A lemon

## How to make it

Soften the onion, carrots and celery in olive oil for ten minutes. Add the garlic and the
spices and stir for a minute, until the kitchen smells like dinner.

Tip in the lentils and the stock. Simmer for twenty minutes, until the lentils fall apart.
Red lentils cook faster than green lentils, so check the pot early.

Blend half the soup if you like it thick. Squeeze in the lemon just before serving: the
acid wakes up the lentils and the cumin.

## Keeping it

The soup keeps in the fridge for four days and freezes well. Lentil soup is better on the
second day, when the spices have settled.
"""


def test_a_new_word_left_out_as_part_of_a_longer_tag_makes_no_room_for_another() -> None:
    report = analyze(LENTIL_SOUP, title="Weeknight Lentil Soup That Tastes Like Sunday")
    tags = [s.tag for s in tag_suggestions(report, TagHistory(), [])]
    assert "Lentil Soup" in tags
    assert "Keeps" not in tags  # a verb, which took the place "Lentils" left


def test_only_the_titles_sharper_name_is_called_the_subject() -> None:
    body = (
        "I kept my job while learning. Learning at night was slow, but I was paid.\n\n"
        "Learning new skills costs time; it need not cost your savings.\n"
    )
    report = analyze(body, title="Don't Go Broke Learning to Code")
    reasons = {s.tag: s.reason for s in tag_suggestions(report, TagHistory(), [])}
    assert reasons["Learning to Code"] == "the post's subject: ‘Learning to Code’"
    assert [r for r in reasons.values() if r.startswith("the post's subject")] == [
        reasons["Learning to Code"]
    ]


GO_POST = """\
Errors are values in Go. A function returns one beside its result, and the caller checks it.

```go
result, err := parse(line)
if err != nil {
    return err
}
```

A wrapped error keeps the one it wraps, so the caller can still test for it.

```go
return fmt.Errorf("reading %s: %w", name, err)
```
"""


def test_a_draft_whose_code_is_fenced_as_go_gets_the_golang_tag() -> None:
    report = analyze(GO_POST, title="Errors Are Values")
    assert report.code_languages == ("go", "go")
    suggestions = {s.tag: s.reason for s in tag_suggestions(report, TagHistory(), [])}
    assert suggestions.get("Golang") == "the post's code is written in Go"
    unfenced = analyze(GO_POST.replace("```go", "```"), title="Errors Are Values")
    assert "Golang" not in [s.tag for s in tag_suggestions(unfenced, TagHistory(), [])]
