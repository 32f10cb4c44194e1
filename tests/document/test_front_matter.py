import datetime
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from app.document.front_matter import (
    FrontMatter,
    build_front_matter,
    front_matter_end,
    read_front_matter,
)
from app.document.tag_names import tags_in


def test_no_front_matter_says_nothing():
    assert read_front_matter("# Title\n\nBody.\n") == FrontMatter()
    assert read_front_matter("") == FrontMatter()


def test_jekyll_style_fields():
    source = (
        "---\n"
        'title: "Pair programming: Why two heads are better than one"\n'
        "description: How we pair, and why   # shown in search\n"
        "tags: [programming, 'pair programming', \"teams, remote\"]\n"
        "canonical_url: https://example.org/pairing\n"
        "layout: post\n"
        "---\n\nBody.\n"
    )
    assert read_front_matter(source) == FrontMatter(
        title="Pair programming: Why two heads are better than one",
        subtitle="How we pair, and why",
        tags=("programming", "pair programming", "teams", "remote"),  # a comma parts tags
        canonical_url="https://example.org/pairing",
    )


def test_block_lists_and_block_scalars():
    source = (
        "---\n"
        "title: It's a plain title\n"
        "subtitle: >\n"
        "  Folded onto\n"
        "  one line\n"
        "tags:\n"
        "  - Writing\n"
        "  - Writing\n"
        "  - Medium\n"
        "author:\n"
        "  name: Someone\n"
        "---\nBody\n"
    )
    matter = read_front_matter(source)
    assert matter.title == "It's a plain title"
    assert matter.subtitle == "Folded onto one line"
    assert matter.tags == ("Writing", "Medium")


def test_single_quoted_and_escaped_values():
    source = "---\ntitle: 'Don''t panic'\nsubtitle: \"A \\\"quoted\\\" word \\u00e9\"\n---\n"
    matter = read_front_matter(source)
    assert matter.title == "Don't panic"
    assert matter.subtitle == 'A "quoted" word é'


def test_nested_keys_are_not_read_as_top_level_fields():
    source = "---\nseo:\n  title: Not this\n---\nBody\n"
    assert read_front_matter(source).title == ""


text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@given(title=text, subtitle=text, tags=st.lists(text, max_size=4))
def test_reads_back_what_export_writes(title, subtitle, tags):
    block = build_front_matter(title=title, subtitle=subtitle, tags=tags)
    matter = read_front_matter(block + "\nBody\n")
    assert matter.title == title.strip()
    assert matter.subtitle == subtitle.strip()
    assert matter.tags == tuple(dict.fromkeys(tag for entry in tags for tag in tags_in(entry)))


def test_front_matter_that_is_not_yaml_gives_no_fields_and_says_why():
    # "Title: with a colon" unquoted is a YAML error, which generators refuse too.
    broken = read_front_matter("---\ntitle: Broken: colon\n---\nBody\n")
    assert replace(broken, problem="") == FrontMatter()
    assert broken.problem == (
        "its YAML front matter could not be read (line 2: mapping values are not allowed "
        "here), so its title, subtitle and tags were left out"
    )
    listed = read_front_matter("---\n- a list\n- at the top\n---\nBody\n")
    assert replace(listed, problem="") == FrontMatter()
    assert "not a list of fields" in listed.problem


def test_broken_toml_names_the_line_in_the_post() -> None:
    matter = read_front_matter('+++\ntitle = "A"\nnot toml\n+++\nBody\n')
    assert matter.title == ""
    assert matter.problem.startswith("its TOML front matter could not be read (line 3: ")


def test_readable_or_absent_front_matter_has_no_problem() -> None:
    for source in ("---\ntitle: Fine\n---\nBody", "---\n---\nBody", "Just a body", ""):
        assert read_front_matter(source).problem == ""


def test_toml_front_matter_of_hugo_and_zola() -> None:
    source = (
        "+++\n"
        'title = "Shipping a static site"\n'
        'description = "What we learned"\n'
        'tags = ["web", "hugo"]\n'
        "date = 2021-05-04T10:00:00Z\n"
        "[extra]\n"
        'title = "not this"\n'
        "+++\n\nBody.\n"
    )
    assert read_front_matter(source) == FrontMatter(
        title="Shipping a static site",
        subtitle="What we learned",
        tags=("web", "hugo"),
        date=datetime.date(2021, 5, 4),
    )
    assert source[front_matter_end(source) :] == "\nBody.\n"


def test_json_front_matter_counts_only_when_it_parses() -> None:
    source = '{\n  "title": "JSON post",\n  "tags": ["a", "b"]\n}\n\nBody.\n'
    assert read_front_matter(source).title == "JSON post"
    assert read_front_matter(source).tags == ("a", "b")
    assert front_matter_end("{\nnot json\n}\n\nBody.") == 0


def test_a_byte_order_mark_is_tolerated_by_every_format() -> None:
    for block in ('---\ntitle: "T"\n---\n', '+++\ntitle = "T"\n+++\n', '{\n"title": "T"\n}\n'):
        source = "\ufeff" + block + "\nBody."
        assert read_front_matter(source).title == "T"
        assert source[front_matter_end(source) :] == "\nBody."


def test_front_matter_nested_thousands_deep_says_nothing_and_raises_nothing() -> None:
    deep_yaml = "---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\nBody"
    deep_json = "{\n" + '"x": ' + "[" * 5000 + "]" * 5000 + "\n}\nBody"
    deep_toml = "+++\nx = " + "[" * 5000 + "]" * 5000 + "\n+++\nBody"
    for source in (deep_yaml, deep_json, deep_toml):
        matter = read_front_matter(source)
        assert replace(matter, problem="") == FrontMatter()
    assert "nested too deeply" in read_front_matter(deep_yaml).problem


def test_hashtag_marks_are_no_part_of_a_tag() -> None:
    matter = read_front_matter(
        '---\ntags: [rust, "#python", "# go", "C#", "Writing, Editing"]\n---\n'
    )
    assert matter.tags == ("rust", "python", "go", "C#", "Writing", "Editing")
    block = build_front_matter(title="T", tags=["#python", "C#"])
    assert read_front_matter(block).tags == ("python", "C#")


def test_dates_and_tag_strings() -> None:
    matter = read_front_matter("---\ndate: 2020-01-02\ntags: writing, medium tips\n---\n")
    assert matter.date == datetime.date(2020, 1, 2)
    assert matter.tags == ("writing", "medium tips")  # comma-separated
    assert read_front_matter("---\ntags: jekyll liquid\n---\n").tags == ("jekyll", "liquid")
    assert read_front_matter('---\ndate: "not a date"\n---\n').date is None
