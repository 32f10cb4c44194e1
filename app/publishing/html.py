"""HTML export: a standalone, readable page, and a preview Qt's rich-text engine can show.

Safety comes from escaping, not from cleaning: the parser runs with raw HTML switched off
(``html=False``), so every tag a draft contains (``<script>``, ``<ScRiPt>``, ``<img
onerror=…>``, ``<iframe>``, ``<style>`` …) reaches the page as visible text, never as
markup. The only tags and attributes in the output are the ones the Markdown renderer
writes itself, with escaped values. Link and image URLs pass an allow-list of schemes
(http, https, mailto, relative paths; images may also be PNG/GIF/JPEG/WebP data URLs)
checked after entity decoding, percent decoding and removal of the control characters
and spaces browsers ignore, so ``&#x6a;avascript:`` or ``java&#9;script:`` never become
links. The standalone page also carries a Content-Security-Policy that forbids scripts and
lets the story's own images load, remote or beside the page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from markdown_it import MarkdownIt

from app.document.parsers import add_dialect
from app.publishing.captions import FigureTags, captions_plugin
from app.publishing.markdown import strip_front_matter, strip_title_block
from app.resources import resource_path

_SCHEME_RE = re.compile(r"([a-z][a-z0-9+.\-]*):")
_IGNORED_IN_URLS_RE = re.compile(r"[\x00-\x20\x7f-\x9f]+")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_DATA_IMAGE_RE = re.compile(r"data:image/(?:png|gif|jpeg|webp)[;,]")

# Images the story links by a relative path ("images/cat.png") load from where the page is:
# 'self' when it is served, file: when it is opened from disk. Scripts stay forbidden.
_CSP = "default-src 'none'; img-src 'self' file: http: https: data:; style-src 'unsafe-inline'"
# Qt's rich text knows no <figure> (its picture would join the paragraph above) or <figcaption>.
_QT_FIGURE = FigureTags(figure="div", caption="p", caption_class="caption")
# Every check (spelling, grammar, readability) is for English, so an exported story is English:
# the language lets a browser, a screen reader and Medium's importer read it as such.
LANGUAGE = "en"


def url_scheme(url: str) -> str | None:
    """The scheme a browser would see in ``url`` (lower case), or None for a relative URL."""
    cleaned = _IGNORED_IN_URLS_RE.sub("", unquote(html.unescape(url))).lower()
    match = _SCHEME_RE.match(cleaned)
    return match.group(1) if match else None


def is_safe_url(url: str, *, allow_files: bool = False) -> bool:
    """Whether ``url`` may appear in an ``href`` or ``src`` of exported HTML."""
    scheme = url_scheme(url)
    if scheme is None or scheme in _SAFE_SCHEMES:
        return True
    if scheme == "data":
        cleaned = _IGNORED_IN_URLS_RE.sub("", unquote(html.unescape(url))).lower()
        return bool(_DATA_IMAGE_RE.match(cleaned))
    # "c:" is a Windows drive, not a scheme; files only make sense in the local preview.
    return allow_files and (scheme == "file" or len(scheme) == 1)


def _configure(md: MarkdownIt, *, allow_files: bool) -> MarkdownIt:
    add_dialect(md, footnotes_at_end=True)
    md.validateLink = lambda url: is_safe_url(url, allow_files=allow_files)  # type: ignore[method-assign]
    return md


@cache
def _export_parser() -> MarkdownIt:
    md = _configure(MarkdownIt("commonmark", {"html": False}), allow_files=False)
    return md.use(captions_plugin)


@cache
def _preview_parser() -> MarkdownIt:
    md = _configure(MarkdownIt("commonmark", {"html": False}), allow_files=True)
    md.use(captions_plugin, _QT_FIGURE)
    md.add_render_rule("image", _preview_image)
    md.add_render_rule("link_open", _preview_link_open)
    return md


@cache
def stylesheet(name: str = "article.css") -> str:
    """A stylesheet from ``resources/export``."""
    return resource_path("export", name).read_text(encoding="utf-8")


def render_body(body: str, *, title: str = "", subtitle: str = "") -> str:
    """The draft's body as an HTML fragment (no title block), raw HTML escaped."""
    content = strip_title_block(strip_front_matter(body), title=title, subtitle=subtitle)
    return _export_parser().render(content)


def export_html(body: str, *, title: str = "", subtitle: str = "", standalone: bool = True) -> str:
    """The story as HTML: a whole page with the stylesheet, or the ``<article>`` alone."""
    article = _article(render_body(body, title=title, subtitle=subtitle), title, subtitle)
    if not standalone:
        return article
    page_title = html.escape(" ".join(title.split()) or "Untitled story")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{LANGUAGE}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{page_title}</title>\n"
        f"<style>\n{stylesheet()}</style>\n"
        "</head>\n<body>\n"
        f"{article}"
        "</body>\n</html>\n"
    )


def preview_html(
    body: str, title: str = "", subtitle: str = "", *, base_dir: Path | None = None
) -> str:
    """A page for ``QTextBrowser``: Qt-friendly CSS, nothing fetched from the network.

    Remote images become a placeholder; local images stay, relative paths resolved
    against ``base_dir`` when given.
    """
    content = strip_title_block(strip_front_matter(body), title=title, subtitle=subtitle)
    env = {"base_dir": base_dir}
    rendered = _preview_parser().render(content, env)
    return (
        '<html>\n<head>\n<meta charset="utf-8">\n'
        f"<style>\n{stylesheet('preview.css')}</style>\n"
        "</head>\n<body>\n"
        f"{_article(rendered, title, subtitle)}"
        "</body>\n</html>\n"
    )


def _article(rendered: str, title: str, subtitle: str) -> str:
    header = []
    title = " ".join(title.split())
    subtitle = " ".join(subtitle.split())
    if title:
        header.append(f'<h1 class="title">{html.escape(title)}</h1>\n')
    if subtitle:
        header.append(f'<p class="subtitle">{html.escape(subtitle)}</p>\n')
    return "<article>\n" + "".join(header) + rendered + "</article>\n"


def _preview_link_open(
    renderer: Any, tokens: Sequence[Any], idx: int, options: Any, env: dict[str, Any]
) -> str:
    # Local files are fine as images in the preview, but not as links to click.
    token = tokens[idx]
    scheme = url_scheme(str(token.attrGet("href") or ""))
    if scheme is not None and (scheme == "file" or len(scheme) == 1):
        token.attrs.pop("href", None)
    return str(renderer.renderToken(tokens, idx, options, env))


def _preview_image(
    renderer: Any, tokens: Sequence[Any], idx: int, options: Any, env: dict[str, Any]
) -> str:
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    alt = renderer.renderInlineAsText(token.children or [], options, env)
    scheme = url_scheme(src)
    if scheme is not None and scheme != "file" and len(scheme) > 1:
        # Remote (or embedded) images would make the preview fetch or decode: show a label.
        label = alt or (src if scheme != "data" else "embedded image")
        return f'<span class="image-placeholder">[Image: {html.escape(label)}]</span>'
    base_dir = env.get("base_dir")
    if base_dir is not None and scheme is None:
        src = (Path(base_dir) / unquote(src)).resolve().as_uri()
    title = token.attrGet("title")
    title_attr = f' title="{html.escape(str(title))}"' if title else ""
    return f'<img src="{html.escape(src)}" alt="{html.escape(alt)}"{title_attr}>'
