"""HTML export and preview: safe against script injection, styled, nothing fetched."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from app.publishing.html import export_html, is_safe_url, preview_html, stylesheet

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.md"))

XSS_VECTORS = [
    "<script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script\n>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" ONERROR="alert(1)">',
    "<svg onload=alert(1)>",
    "<body onload=alert(1)>",
    "<iframe src=https://evil.example></iframe>",
    "<object data=evil.swf></object>",
    "<embed src=evil.swf>",
    "<style>body{display:none}</style>",
    "<link rel=stylesheet href=https://evil.example/x.css>",
    '<a href="javascript:alert(1)">x</a>',
    "<div style=\"background:url('javascript:alert(1)')\">x</div>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](&#x6a;avascript:alert(1))",
    "[click](&#106;&#97;vascript:alert(1))",
    "[click](java&#9;script:alert(1))",
    "[click](java%0ascript:alert(1))",
    "[click]( javascript:alert(1))",
    "[click](<javascript:alert(1)>)",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](file:///etc/passwd)",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '[x](https://ok.example "title" onmouseover="alert(1)")',
    '[x](https://ok.example "\\" onmouseover=\\"alert(1)")',
    "[x][evil]\n\n[evil]: javascript:alert(1)",
    "```html\n<script>alert(1)</script>\n```",
    '```"><script>alert(1)</script>\ncode\n```',
    "`<script>alert(1)</script>`",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "$<script>alert(1)</script>$",
    "| <script>alert(1)</script> |\n|---|\n| <img src=x onerror=alert(1)> |",
    "text[^1]\n\n[^1]: <script>alert(1)</script>",
]

FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "svg", "link", "meta", "base", "form"}
BAD_SCHEMES = {"javascript", "vbscript", "data", "file"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style_blocks = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "style":
            self.style_blocks += 1

    handle_startendtag = handle_starttag


def _collect(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


def _scheme(url: str) -> str:
    cleaned = re.sub(r"[\x00-\x20\x7f-\x9f]", "", unquote(html.unescape(url))).lower()
    match = re.match(r"([a-z][a-z0-9+.\-]*):", cleaned)
    return match.group(1) if match else ""


def _assert_safe(page: str, *, allowed_meta: int = 0) -> None:
    collector = _collect(page)
    metas = 0
    for tag, attrs in collector.tags:
        if tag == "meta" and allowed_meta:
            metas += 1
            continue
        assert tag not in FORBIDDEN_TAGS, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs or attrs["style"].startswith("text-align:"), attrs
        for name in ("href", "src"):
            value = attrs.get(name)
            if value is None:
                continue
            scheme = _scheme(value)
            if tag == "img" and scheme == "data":
                assert re.match(r"data:image/(png|gif|jpeg|webp)[;,]", value)
                continue
            assert scheme not in BAD_SCHEMES, (tag, value)
    assert metas <= allowed_meta


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_xss_vectors_do_not_survive_in_the_page(vector):
    page = export_html(f"Intro.\n\n{vector}\n\nOutro {vector}", title=vector, subtitle=vector)
    _assert_safe(page, allowed_meta=3)
    collector = _collect(page)
    assert collector.style_blocks == 1, "only the page's own stylesheet"


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_xss_vectors_do_not_survive_in_the_preview(vector):
    _assert_safe(preview_html(vector, vector, vector), allowed_meta=1)


def test_raw_html_is_shown_as_text():
    page = export_html("Hello <b>bold</b> <script>alert(1)</script>", standalone=False)
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.com", True),
        ("http://example.com/a?b=c", True),
        ("mailto:me@example.com", True),
        ("relative/path.html", True),
        ("#section", True),
        ("/root/page", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("&#x6a;avascript:alert(1)", False),
        ("java%09script:alert(1)", False),
        ("\tjavascript:alert(1)", False),
        ("vbscript:x", False),
        ("data:text/html,<script>", False),
        ("data:image/png;base64,AAAA", True),
        ("file:///etc/passwd", False),
        ("c:/Users/me/pic.png", False),
    ],
)
def test_url_allow_list(url, safe):
    assert is_safe_url(url) is safe


def test_local_files_are_allowed_only_in_the_preview():
    assert is_safe_url("file:///home/me/pic.png", allow_files=True)
    assert is_safe_url("C:/Users/me/pic.png", allow_files=True)
    assert not is_safe_url("javascript:alert(1)", allow_files=True)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_pages_are_complete_and_safe(path):
    page = export_html(path.read_text(encoding="utf-8"), title="A & B", subtitle="<i>sub</i>")
    _assert_safe(page, allowed_meta=3)
    assert page.startswith("<!DOCTYPE html>")
    assert stylesheet() in page
    assert "<title>A &amp; B</title>" in page
    assert '<h1 class="title">A &amp; B</h1>' in page
    assert '<p class="subtitle">&lt;i&gt;sub&lt;/i&gt;</p>' in page
    assert "Content-Security-Policy" in page


def test_article_css_is_medium_like():
    css = stylesheet()
    assert "max-width: 680px" in css
    assert re.search(r"body\s*{[^}]*font-family:[^;]*serif", css)
    assert "blockquote" in css
    assert "pre" in css


def test_fragment_has_no_page_around_it():
    fragment = export_html("Text", title="T", standalone=False)
    assert fragment.startswith("<article>")
    assert fragment.endswith("</article>\n")
    assert "<style>" not in fragment


def test_title_heading_in_the_body_is_not_repeated():
    page = export_html("# Same Title\n\nText.", title="Same Title")
    assert page.count("Same Title</h1>") == 1


def test_tables_strikethrough_code_and_quotes_render():
    body = "| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~old~~ new\n\n> quote\n\n```py\nx = 1\n```\n"
    page = export_html(body, standalone=False)
    assert "<table>" in page
    assert '<td style="text-align:right">2</td>' in page
    assert "<s>old</s>" in page
    assert "<blockquote>" in page
    assert '<pre><code class="language-py">x = 1\n</code></pre>' in page


def test_preview_never_references_remote_images(tmp_path):
    body = (
        "![remote](https://example.com/a.png) ![insecure](http://example.com/b.png)\n\n"
        "![local](pics/c.png) ![abs](file:///tmp/d.png) ![data](data:image/png;base64,AA)\n"
    )
    page = preview_html(body, "T", "S", base_dir=tmp_path)
    sources = [attrs.get("src") for tag, attrs in _collect(page).tags if tag == "img"]
    assert sources == [(tmp_path / "pics" / "c.png").resolve().as_uri(), "file:///tmp/d.png"]
    assert "[Image: remote]" in page
    assert "[Image: insecure]" in page
    assert "[Image: data]" in page
    assert "example.com" not in page


def test_preview_css_sticks_to_what_qt_supports():
    css = stylesheet("preview.css")
    for unsupported in ("display:", "flex", "grid", "var(", "::", ":hover", "@media", ">", "+"):
        assert unsupported not in css.split("*/", 1)[1], unsupported
    page = preview_html("Text", "Title", "Sub")
    assert css in page


def test_a_caption_shows_under_its_picture():
    body = (
        '![A bar chart](images/suite.png "Suite duration per week, March to June")\n\n'
        "![A dog](dog.png)\n*Photo: **Ana***\n\n"
        'Text with ![an icon](icon.png "Icon") inside.\n'
    )
    page = export_html(body, standalone=False)
    assert (
        '<figure><img src="images/suite.png" alt="A bar chart" />'
        "<figcaption>Suite duration per week, March to June</figcaption></figure>"
    ) in page
    assert (
        '<figure><img src="dog.png" alt="A dog" />'
        "<figcaption>Photo: <strong>Ana</strong></figcaption></figure>"
    ) in page
    # A picture inside a sentence is no figure: its title stays a title.
    assert '<p>Text with <img src="icon.png" alt="an icon" title="Icon" /> inside.</p>' in page
    assert re.search(r"figcaption\s*{[^}]*color:\s*var\(--muted\)", stylesheet())


def test_with_the_footnotes_fix_the_page_ends_with_the_numbered_notes():
    from app.publishing import export_markdown

    body = (
        "It took two days to fix them all[^1], and it was worth every minute.\n\n"
        "[^1]: Most of the fixes were one line.\n"
    )
    page = export_html(export_markdown(body, fixes=["footnotes"]), standalone=False)
    assert page == (
        "<article>\n<p>It took two days to fix them all[1], and it was worth every minute.</p>\n"
        "<hr />\n<p>[1] Most of the fixes were one line.</p>\n</article>\n"
    )


def test_the_preview_shows_a_caption_in_tags_qt_knows():
    page = preview_html('![A bar chart](suite.png "Suite duration per week")\n')
    assert (
        '<div><img src="suite.png" alt="A bar chart">'
        '<p class="caption">Suite duration per week</p></div>'
    ) in page
    assert "figure" not in page
    assert "p.caption {" in stylesheet("preview.css")
