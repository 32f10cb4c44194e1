"""Rich text for Medium: only the elements Medium keeps, flat lists, two heading sizes."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from app.publishing.medium import (
    ALLOWED_TAGS,
    BIG_HEADING_TAG,
    SMALL_HEADING_TAG,
    ImageRef,
    medium_clipboard,
)
from tests.publishing.export_strategies import document

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.md"))


class _Structure(HTMLParser):
    """Every start tag with its attributes, and the nesting of list items."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.max_list_depth = 0
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in {"br", "hr", "img"}:
            self.open.append(tag)
        depth = sum(1 for name in self.open if name in {"ul", "ol"})
        self.max_list_depth = max(self.max_list_depth, depth)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.open[-1:] == [tag], f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def _structure(fragment: str) -> _Structure:
    parser = _Structure()
    parser.feed(fragment)
    parser.close()
    assert not parser.open, f"unclosed: {parser.open}"
    return parser


def _assert_medium_safe(fragment: str) -> _Structure:
    parsed = _structure(fragment)
    for tag, attrs in parsed.tags:
        assert tag in ALLOWED_TAGS, tag
        assert set(attrs) <= ALLOWED_TAGS[tag], (tag, attrs)
        if tag == "a":
            assert attrs["href"].startswith(("http://", "https://", "mailto:"))
        if tag == "img":
            assert attrs["src"].startswith(("http://", "https://"))
    assert parsed.max_list_depth <= 1, "lists are flat"
    return parsed


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_clipboard_uses_only_what_medium_keeps(path):
    clip = medium_clipboard(path.read_text(encoding="utf-8"), subtitle="Sub")
    parsed = _assert_medium_safe(clip.html)
    assert {tag for tag, _ in parsed.tags}.isdisjoint({"table", "sup", "h2", "h4", "h5", "h6"})
    assert not re.search(r"</?[a-z][^>]*>", clip.text), "plain text carries no tags"
    big, small = BIG_HEADING_TAG, SMALL_HEADING_TAG
    assert clip.html.startswith(f"<{big}>")
    assert f"</{big}><{small}>Sub</{small}>" in clip.html, "subtitle right under the title"


def test_headings_map_to_medium_sizes():
    body = "# Title\n\n*The subtitle*\n\n## Big\n\n### Small\n\n#### Smaller\n\nText."
    clip = medium_clipboard(body)
    big, small = BIG_HEADING_TAG, SMALL_HEADING_TAG
    assert clip.html == (
        f"<{big}>Title</{big}><{small}>The subtitle</{small}><{big}>Big</{big}>"
        f"<{small}>Small</{small}><{small}>Smaller</{small}><p>Text.</p>"
    )
    assert clip.text == "Title\n\nThe subtitle\n\nBig\n\nSmall\n\nSmaller\n\nText.\n"


def test_title_and_subtitle_arguments_lead_the_story():
    clip = medium_clipboard("Body **bold** and *em*.", title="T & Co", subtitle="Sub <x>")
    big, small = BIG_HEADING_TAG, SMALL_HEADING_TAG
    assert clip.html == (
        f"<{big}>T &amp; Co</{big}><{small}>Sub &lt;x&gt;</{small}>"
        "<p>Body <strong>bold</strong> and <em>em</em>.</p>"
    )


def test_tables_become_lists_or_preformatted_text():
    body = "| Tool | Speed |\n|---|---|\n| vim | fast |\n"
    as_list = medium_clipboard(body)
    assert as_list.html == "<ul><li><strong>vim</strong> — Speed: fast</li></ul>"
    as_code = medium_clipboard(body, tables_as_code=True)
    assert as_code.html == "<pre>Tool | Speed\n-----+------\nvim  | fast</pre>"


def test_sub_points_stay_in_their_step_and_footnotes_are_numbered_notes():
    body = "1. one[^n]\n   - sub\n   - more\n2. two\n\n[^n]: A note."
    clip = medium_clipboard(body)
    assert clip.html == (
        "<ol><li>one[1]<br>- sub<br>- more</li><li>two</li></ol><hr><p>[1] A note.</p>"
    )
    assert clip.text == "1. one[1]\n   - sub\n   - more\n2. two\n\n* * *\n\n[1] A note.\n"


def test_a_footnote_reads_as_a_numbered_note_after_the_story():
    body = (
        "It took two days to fix them all[^1], and it was worth every minute.\n\n"
        "Leave a response with your numbers.\n\n"
        "[^1]: Most of the fixes were one line: a fixed name replaced by `tmp_path`.\n"
    )
    clip = medium_clipboard(body)
    _assert_medium_safe(clip.html)
    assert clip.html == (
        "<p>It took two days to fix them all[1], and it was worth every minute.</p>"
        "<p>Leave a response with your numbers.</p><hr>"
        "<p>[1] Most of the fixes were one line: a fixed name replaced by "
        "<code>tmp_path</code>.</p>"
    )
    assert clip.text.endswith(
        "Leave a response with your numbers.\n\n* * *\n\n"
        "[1] Most of the fixes were one line: a fixed name replaced by tmp_path.\n"
    )


def test_a_caption_goes_with_its_picture_and_into_the_upload_placeholder():
    body = (
        '![A bar chart](images/suite.png "Suite duration per week")\n\n'
        "![A dog](https://example.com/dog.png)\n*Photo: **Ana***\n\n"
        "![A cat](cat.png)\n_The cat, asleep_\n"
    )
    clip = medium_clipboard(body)
    _assert_medium_safe(clip.html)
    assert clip.html == (
        "<p><strong>[Upload image here: A bar chart (images/suite.png). "
        "Caption: Suite duration per week]</strong></p>"
        '<figure><img src="https://example.com/dog.png" alt="A dog">'
        "<figcaption>Photo: Ana</figcaption></figure>"
        "<p><strong>[Upload image here: A cat (cat.png). Caption: The cat, asleep]</strong></p>"
    )
    assert clip.text == (
        "[Upload image here: A bar chart (images/suite.png). Caption: Suite duration per week]"
        "\n\n[Image: A dog. Caption: Photo: Ana]\n\n"
        "[Upload image here: A cat (cat.png). Caption: The cat, asleep]\n"
    )


def test_links_quotes_code_and_rules():
    body = (
        "See [docs](https://example.com/a?b=1&c=2), [mail](mailto:a@b.example), "
        "[local](notes.md) and [bad](javascript:alert(1)).\n\n"
        "> Quoted *line*\n> continues\n\n---\n\nInline `x<y` and\n\n```\nif a < b:\n    pass\n```\n"
    )
    clip = medium_clipboard(body)
    _assert_medium_safe(clip.html)
    assert '<a href="https://example.com/a?b=1&amp;c=2">docs</a>' in clip.html
    assert '<a href="mailto:a@b.example">mail</a>' in clip.html
    assert "local and" in clip.html
    assert "notes.md" not in clip.html
    assert "javascript" not in clip.html.replace("[bad](javascript:alert(1))", "")
    assert "<blockquote>Quoted <em>line</em> continues</blockquote><hr>" in clip.html
    assert "<code>x&lt;y</code>" in clip.html
    assert "<pre>if a &lt; b:\n    pass</pre>" in clip.html
    assert "docs (https://example.com/a?b=1&c=2)" in clip.text


def test_raw_html_keeps_its_text_only():
    clip = medium_clipboard(
        "<div>Kept <b>text</b></div>\n\n<script>alert(1)</script>\n\nEnd <i>x</i>."
    )
    _assert_medium_safe(clip.html)
    assert clip.html == "<p>Kept text</p><p>End x.</p>"


def test_images_remote_become_figures_local_must_be_uploaded():
    body = (
        'Intro\n\n![Chart](https://example.com/chart.png "Sales in 2024")\n\n'
        "Text with ![inline](./shots/one.png) image\nand ![two](C:\\pics\\two.jpg).\n\n"
        "![embedded](data:image/png;base64,AAAA)\n"
    )
    clip = medium_clipboard(body)
    _assert_medium_safe(clip.html)
    assert (
        '<figure><img src="https://example.com/chart.png" alt="Chart">'
        "<figcaption>Sales in 2024</figcaption></figure>"
    ) in clip.html
    assert "[Upload image here: inline (./shots/one.png)]" in clip.html
    assert clip.images_to_upload == (
        ImageRef("inline", "./shots/one.png", 5),
        ImageRef("two", "C:\\pics\\two.jpg", 6),
        ImageRef("embedded", "data:image/png;base64,AAAA", 8),
    )


def test_image_lines_count_front_matter():
    body = "---\ntitle: x\n---\n\n# T\n\n![a](a.png)\n"
    assert medium_clipboard(body).images_to_upload == (ImageRef("a", "a.png", 7),)


def test_smart_punctuation_is_optional():
    plain = medium_clipboard('He said "hi" -- twice...')
    smart = medium_clipboard('He said "hi" -- twice...', smart_punctuation=True)
    assert plain.text == 'He said "hi" -- twice...\n'
    assert smart.text == "He said “hi” — twice…\n"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=document())
def test_generated_articles_give_medium_safe_html(source):
    clip = medium_clipboard(source, title="T", subtitle="S")
    _assert_medium_safe(clip.html)
