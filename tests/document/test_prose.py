"""Markdown becomes prose: what is read counts, syntax does not, and offsets map back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.engine.analyzer import analyze
from app.document.prose import (
    is_plain_paragraph,
    parse_prose,
    parse_with_markdown_it,
    plain_paragraph,
)

PLAIN = (
    "Writers who read their drafts aloud catch clumsy sentences early. "
    "They also notice when a paragraph runs on for too long."
)


def _scores(source: str) -> tuple[int, int, float, float]:
    report = analyze(source)
    readability = report.readability
    return (
        report.words,
        report.sentences,
        readability.flesch_reading_ease,
        readability.flesch_kincaid_grade,
    )


@pytest.mark.parametrize(
    "markdown",
    [
        # A long inline link: only its text is prose.
        PLAIN.replace(
            "drafts",
            "[drafts](https://example.com/a/very/long/path/with-many-words?and=queries&x=1)",
        ),
        # Emphasis markers are not letters.
        PLAIN.replace("clumsy sentences", "**clumsy** _sentences_"),
        # A fenced code block between paragraphs is not prose.
        PLAIN + "\n\n```python\nfor each_line in open('draft.md'): print(each_line)\n```\n",
        # Nor is an image, raw HTML or a bare URL.
        PLAIN + "\n\n![A photo of a desk](desk.jpg)\n\n<div class='x'></div>\n",
        PLAIN.replace("early.", "early (see https://example.com/article-on-drafts).")
        .replace("(see ", "")
        .replace(").", "."),
        # Front matter is metadata, not prose.
        "---\ntitle: Reading aloud\ntags: [writing, editing]\n---\n" + PLAIN,
    ],
)
def test_markdown_syntax_does_not_change_scores(markdown: str) -> None:
    assert _scores(markdown) == _scores(PLAIN)


def test_inline_code_is_not_prose() -> None:
    with_code = analyze("Run `git rebase --interactive HEAD~3` before you push.")
    without = analyze("Run before you push.")
    assert with_code.words == without.words == 4


@pytest.mark.parametrize(
    "maths",
    [
        "Let $c \\ln x$ be the cost.",  # Pandoc's inline maths
        "Let $$c \\ln x$$ be the cost.",  # kramdown's
        "Let the cost be\n\n$$\nc = \\bigl(\\ln x\\bigr)\n$$\n\nnow.",  # a display block
    ],
)
def test_maths_is_not_prose(maths: str) -> None:
    report = analyze(maths)
    prose = " ".join(report.block_texts)
    assert "ln" not in prose.split()
    assert "\\" not in prose
    assert "$" not in prose
    assert not [f for f in report.findings if f.rule == "spelling"]  # "bigl" is no misspelling


def test_prices_stay_prose() -> None:
    report = analyze("It cost $5 and then $10 more.")
    assert report.block_texts == ("It cost $5 and then $10 more.",)


def test_headings_and_list_items_are_sentences_of_their_own() -> None:
    report = analyze("# A title without a full stop\n\n- first item\n- second item\n\nA line.")
    assert report.sentences == 4


def test_prose_offsets_point_at_the_source_characters() -> None:
    source = "Read *the* [fine](http://x.y/z) manual, `now`. Then &amp; again\nand again."
    parsed = parse_prose(source)
    (block,) = parsed.blocks
    assert block.text == "Read the fine manual, . Then & again and again."
    for index, char in enumerate(block.text):
        position = block.to_source(index)
        if char == " " and source[position] == "\n":
            continue
        if char == "&":
            assert source[position] == "&"
            continue
        assert source[position] == char, (index, char)


def test_a_post_written_in_html_paragraphs_is_prose_mapped_to_its_source() -> None:
    source = (
        "<!--kg-card-begin: html--><p>My grandmother loved <em>shisha</em> &amp; lemonade.</p>\n"
        '<p>She <a href="https://x.y/z">walked</a> everywhere.</p>\n'
        "<h2>Her garden</h2>\n"
        "<ul><li><p>Roses, read once.</p></li></ul>\n"
        "<script>var words = 'no prose here';</script>\n"
        "<table><tr><td><p>No prose in a table.</p></td></tr></table>\n"
        "<pre><code><p>Nor in code.</p></code></pre>\n"
    )
    blocks = parse_prose(source).blocks
    assert [(block.kind, block.level, block.text) for block in blocks] == [
        ("paragraph", 0, "My grandmother loved shisha & lemonade."),
        ("paragraph", 0, "She walked everywhere."),
        ("heading", 2, "Her garden"),
        ("list_item", 0, "Roses, read once."),
    ]
    for block in blocks:
        for index, char in enumerate(block.text):
            assert source[block.to_source(index)] == char or char == "&", (block.text, index)


def test_images_are_collected_with_alt_text() -> None:
    parsed = parse_prose('Look ![a cat](cat.png) and <img src="dog.png" alt="a dog">.')
    assert [(image.alt, image.src) for image in parsed.images] == [
        ("a cat", "cat.png"),
        ("a dog", "dog.png"),
    ]


def test_tables_are_not_prose() -> None:
    assert analyze("| a | b |\n|---|---|\n| one | two |\n").words == 0


def test_reference_links_read_as_their_text_across_chunks() -> None:
    report = analyze("See [the guide][g] today.\n\n[g]: https://example.com/guide\n")
    assert report.words == 4


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40),
            st.sampled_from(["see https://x.y/z.", "www.site.org", "  ", "\n", "word.", "3.5"]),
        ),
        max_size=12,
    ).map("".join)
)
def test_plain_paragraph_shortcut_matches_the_parser(text: str) -> None:
    """Chunks without Markdown syntax skip the parser; the prose must be identical."""
    if not is_plain_paragraph(text):
        return
    assert plain_paragraph(text) == parse_with_markdown_it(text)


def test_each_fence_names_its_language_in_lower_case() -> None:
    source = (
        "Intro.\n\n```Python title=app.py\nprint(1)\n```\n\n~~~ rust\nfn main() {}\n~~~\n\n"
        "```\nplain\n```\n\n    indented code\n\n```{r}\nx <- 1\n```\n\n```js{1,3}\nf()\n```\n\n"
        "```python:main.py\nmain()\n```\n"
    )
    parsed = parse_with_markdown_it(source)
    assert parsed.code_blocks == 7
    languages = ("python", "rust", "r", "js", "python")
    assert parsed.code_languages == languages
    assert analyze(source).code_languages == languages


def test_footnote_marks_are_no_words_and_their_definitions_no_paragraphs() -> None:
    marked = analyze("It works well.[^1] Really.\n\nThe end.\n\n[^1]: Most fixes were one line.\n")
    plain = analyze("It works well. Really.\n\nThe end.\n\nMost fixes were one line.\n")
    assert marked.block_texts[0] == "It works well. Really."
    assert (marked.words, marked.sentences) == (plain.words, plain.sentences)
    assert (marked.paragraphs, plain.paragraphs) == (2, 3)
    assert marked.last_paragraph == "The end."


def test_a_paragraph_of_template_tags_alone_is_no_prose() -> None:
    source = (
        "Before the figure.\n\n"
        '{{< figure src="welcome.png" alt="The welcome page of the site, with its menu" >}}\n\n'
        '{% include note.html content="A note in a box" %}\n\n'
        'After it, see {{< ref "post" >}} for more.\n'
    )
    texts = [block.text for block in parse_prose(source).blocks]
    assert texts == ["Before the figure.", 'After it, see {{< ref "post" >}} for more.']
