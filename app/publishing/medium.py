"""Rich text for pasting into Medium's editor, plus the images the writer must upload.

Medium closed its publishing API to new integrations, so a story reaches Medium by copy
and paste. Medium's paste handler keeps only a few elements and rebuilds the rest, so the
clipboard HTML uses nothing else: ``h1``/``h3`` headings, ``p``, ``strong``, ``em``,
``a href``, ``blockquote``, flat ``ul``/``ol``/``li``, ``pre`` and inline ``code``, ``hr``,
``br``, and ``figure``/``img`` (with ``figcaption`` for a captioned image) for remote images.

Headings: Medium has a big and a small heading. Its paste handler turns ``h1`` and ``h2``
into the big one and ``h3`` to ``h6`` into the small one, so big headings (the title and
``##`` sections) are written as ``h1`` and small ones (the subtitle and ``###`` sections)
as ``h3``. ``h1`` is big and ``h3`` small under every mapping reported for Medium's editor,
which ``h2`` is not.

Before conversion the draft goes through ``export_markdown`` with every Medium fix:
headings on two levels, tables as lists (or aligned text in a code block), footnotes as
numbered notes at the end, sub-points kept in their list item, maths as code. Raw HTML keeps
its text, not its tags. Medium drops pasted images that are not on the web, so local and
embedded images are listed in ``images_to_upload`` and marked in the pasted text where they
belong, with their captions (an image's title, or an italic line right under it).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from app.document.parsers import add_dialect, parse_source, source_parser
from app.publishing import compat
from app.publishing.captions import captions_plugin
from app.publishing.html import is_safe_url, url_scheme
from app.publishing.markdown import export_markdown

BIG_HEADING_TAG = "h1"
SMALL_HEADING_TAG = "h3"

#: Every tag the clipboard HTML may contain, with the attributes each may carry.
ALLOWED_TAGS: dict[str, frozenset[str]] = {
    BIG_HEADING_TAG: frozenset(),
    SMALL_HEADING_TAG: frozenset(),
    "p": frozenset(),
    "strong": frozenset(),
    "em": frozenset(),
    "a": frozenset({"href"}),
    "blockquote": frozenset(),
    "ul": frozenset(),
    "ol": frozenset(),
    "li": frozenset(),
    "pre": frozenset(),
    "code": frozenset(),
    "hr": frozenset(),
    "br": frozenset(),
    "figure": frozenset(),
    "img": frozenset({"src", "alt"}),
    "figcaption": frozenset(),
}

_WEB_SCHEMES = frozenset({"http", "https"})
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


@dataclass(frozen=True, slots=True)
class ImageRef:
    """An image Medium cannot take from the clipboard; ``line`` is 1-based in the draft."""

    alt: str
    src: str
    line: int


@dataclass(frozen=True, slots=True)
class MediumClipboard:
    """What to put on the clipboard: ``html`` as rich text and ``text`` as plain text."""

    html: str
    text: str
    images_to_upload: tuple[ImageRef, ...]


def medium_clipboard(
    body: str,
    *,
    title: str = "",
    subtitle: str = "",
    smart_punctuation: bool = False,
    tables_as_code: bool = False,
) -> MediumClipboard:
    """The draft as Medium-ready rich text and plain text."""
    fixes = set(compat.FIXES - {compat.TABLES, compat.TABLES_AS_CODE})
    fixes.add(compat.TABLES_AS_CODE if tables_as_code else compat.TABLES)
    markdown = export_markdown(
        body,
        title=title,
        subtitle=subtitle,
        smart_punctuation=smart_punctuation,
        fixes=fixes,
    )
    tree = SyntaxTreeNode(_parser().parse(markdown))
    writer = _Writer()
    writer.document(tree.children)
    return MediumClipboard(
        html="".join(writer.html),
        text="\n\n".join(writer.text).strip() + "\n" if writer.text else "",
        images_to_upload=tuple(images_to_upload(body)),
    )


def images_to_upload(body: str) -> list[ImageRef]:
    """Images in ``body`` that are not on the web (local paths, embedded data)."""
    found: list[ImageRef] = []
    for token in parse_source(body):
        if token.type == "inline" and token.children:
            _collect_images(token.children, token.map[0] + 1 if token.map else 1, found)
    return found


def _collect_images(children: list[Any], line: int, found: list[ImageRef]) -> int:
    for child in children:
        if child.type in {"softbreak", "hardbreak"}:
            line += 1
        elif child.type == "image":
            src = _as_written(str(child.attrGet("src") or ""))
            if url_scheme(src) not in _WEB_SCHEMES:
                alt = "".join(c.content for c in child.children or [] if c.type == "text")
                found.append(ImageRef(alt, src, line))
    return line


def _as_written(url: str) -> str:
    """A parsed URL as the writer typed it (the parser percent-encodes paths)."""
    return source_parser().normalizeLinkText(url)


@cache
def _parser() -> MarkdownIt:
    # Raw HTML is parsed as HTML so its tags can be dropped and its text kept.
    md = add_dialect(MarkdownIt("commonmark", {"html": True}), footnotes_at_end=True)
    md.use(captions_plugin)
    return md


class _TextOnly(HTMLParser):
    """The visible text of an HTML snippet (script and style bodies dropped)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in {"script", "style"}:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(snippet: str) -> str:
    parser = _TextOnly()
    parser.feed(snippet)
    parser.close()
    return " ".join("".join(parser.parts).split())


class _Writer:
    """Walks the syntax tree once, writing the HTML and the plain text side by side."""

    def __init__(self) -> None:
        self.html: list[str] = []
        self.text: list[str] = []

    def document(self, blocks: list[SyntaxTreeNode]) -> None:
        index = 0
        if blocks and blocks[0].type == "heading" and blocks[0].tag == "h1":
            self._heading(blocks[0], BIG_HEADING_TAG)
            index = 1
            subtitle = _subtitle_emphasis(blocks[index]) if index < len(blocks) else None
            if subtitle is not None:
                markup, plain = _inline(subtitle.children)
                self.html.append(f"<{SMALL_HEADING_TAG}>{markup}</{SMALL_HEADING_TAG}>")
                self.text.append(plain)
                index += 1
        for block in blocks[index:]:
            self.block(block)

    def block(self, node: SyntaxTreeNode) -> None:
        kind = node.type
        if kind == "heading":
            level = int(node.tag[1])
            self._heading(node, BIG_HEADING_TAG if level <= 2 else SMALL_HEADING_TAG)
        elif kind == "paragraph":
            self._paragraph(node)
        elif kind in {"bullet_list", "ordered_list"}:
            self._list(node)
        elif kind == "blockquote":
            self._quote(node)
        elif kind in {"fence", "code_block", "math_block"}:
            code = node.content.rstrip("\n")
            self.html.append(f"<pre>{html.escape(code, quote=False)}</pre>")
            self.text.append(code)
        elif kind == "hr":
            self.html.append("<hr>")
            self.text.append("* * *")
        elif kind == "html_block":
            text = _html_text(node.content)
            if text:
                self.html.append(f"<p>{html.escape(text, quote=False)}</p>")
                self.text.append(text)
        else:
            for child in node.children:
                self.block(child)

    def _heading(self, node: SyntaxTreeNode, tag: str) -> None:
        markup, plain = _inline(node.children[0].children if node.children else [])
        self.html.append(f"<{tag}>{markup}</{tag}>")
        self.text.append(plain)

    def _paragraph(self, node: SyntaxTreeNode) -> None:
        children = node.children[0].children if node.children else []
        if node.tag == "figure":  # a picture and its caption (see app.publishing.captions)
            image, caption = children
            self._image(image, " ".join(_plain(caption.children).split()))
            return
        images = [child for child in children if child.type == "image"]
        prose = [child for child in children if child.type != "image"]
        markup, plain = _inline(prose)
        if plain.strip():
            self.html.append(f"<p>{markup.strip()}</p>")
            self.text.append(plain.strip())
        for image in images:
            self._image(image, str(image.attrs.get("title") or ""))

    def _image(self, node: SyntaxTreeNode, caption: str) -> None:
        src = str(node.attrs.get("src", ""))
        alt = _plain(node.children)
        # Medium shows a caption under the picture; the writer types it there after an upload.
        caption_note = f". Caption: {caption}" if caption else ""
        if url_scheme(src) in _WEB_SCHEMES and is_safe_url(src):
            figure = f'<figure><img src="{html.escape(src)}" alt="{html.escape(alt)}">'
            if caption:
                figure += f"<figcaption>{html.escape(caption, quote=False)}</figcaption>"
            self.html.append(figure + "</figure>")
            self.text.append(f"[Image: {alt or src}{caption_note}]")
            return
        note = f"[Upload image here: {alt or 'image'} ({_as_written(src)}){caption_note}]"
        self.html.append(f"<p><strong>{html.escape(note, quote=False)}</strong></p>")
        self.text.append(note)

    def _list(self, node: SyntaxTreeNode) -> None:
        ordered = node.type == "ordered_list"
        start = int(node.attrs.get("start", 1)) if ordered else 1
        tag = "ol" if ordered else "ul"
        items_html, items_text = [], []
        for number, item in enumerate(node.children, start=start):
            markup, plain = self._item(item)
            items_html.append(f"<li>{markup}</li>")
            marker = f"{number}." if ordered else "-"
            # A sub-point folded into its item is a line of its own: indent it under the item.
            plain = plain.replace("\n", "\n" + " " * (len(marker) + 1))
            items_text.append(f"{marker} {plain}")
        # Medium ignores ``start``: a list pasted as <ol> always counts from 1 there.
        self.html.append(f"<{tag}>" + "".join(items_html) + f"</{tag}>")
        self.text.append("\n".join(items_text))

    def _item(self, item: SyntaxTreeNode) -> tuple[str, str]:
        markups, plains = [], []
        for block in item.children:
            if block.type in {"paragraph", "heading"}:
                markup, plain = _inline(block.children[0].children if block.children else [])
            elif block.type in {"fence", "code_block", "math_block"}:
                code = block.content.rstrip("\n")
                markup = "<code>" + html.escape(code, quote=False).replace("\n", "<br>") + "</code>"
                plain = code
            else:
                plain = _plain_block(block)
                markup = html.escape(plain, quote=False)
            if plain.strip():
                markups.append(markup.strip())
                plains.append(plain.strip())
        return "<br>".join(markups), " ".join(plains)

    def _quote(self, node: SyntaxTreeNode) -> None:
        for child in node.children:
            if child.type == "paragraph":
                markup, plain = _inline(child.children[0].children if child.children else [])
                if plain.strip():
                    self.html.append(f"<blockquote>{markup.strip()}</blockquote>")
                    self.text.append("> " + plain.strip().replace("\n", "\n> "))
            else:
                self.block(child)


def _subtitle_emphasis(node: SyntaxTreeNode) -> SyntaxTreeNode | None:
    """The emphasis of an all-italic paragraph: the subtitle line (see app.publishing.markdown)."""
    if node.type != "paragraph" or not node.children:
        return None
    inline = [c for c in node.children[0].children if not (c.type == "text" and not c.content)]
    return inline[0] if len(inline) == 1 and inline[0].type == "em" else None


def _inline(nodes: list[SyntaxTreeNode]) -> tuple[str, str]:
    """HTML and plain text for inline nodes, using only Medium's inline elements."""
    markup: list[str] = []
    plain: list[str] = []
    for node in nodes:
        kind = node.type
        if kind == "text":
            markup.append(html.escape(node.content, quote=False))
            plain.append(node.content)
        elif kind == "softbreak":
            markup.append(" ")
            plain.append(" ")
        elif kind == "hardbreak":
            markup.append("<br>")
            plain.append("\n")
        elif kind in {"code_inline", "math_inline"}:
            markup.append(f"<code>{html.escape(node.content, quote=False)}</code>")
            plain.append(node.content)
        elif kind in {"em", "strong"}:
            inner, inner_plain = _inline(node.children)
            markup.append(f"<{kind}>{inner}</{kind}>")
            plain.append(inner_plain)
        elif kind == "link":
            inner, inner_plain = _inline(node.children)
            href = str(node.attrs.get("href", ""))
            if url_scheme(href) in _LINK_SCHEMES and is_safe_url(href):
                markup.append(f'<a href="{html.escape(href)}">{inner}</a>')
                shown = href.removeprefix("mailto:")
                plain.append(inner_plain if inner_plain == shown else f"{inner_plain} ({shown})")
            else:
                markup.append(inner)
                plain.append(inner_plain)
        elif kind == "image":
            alt = _plain(node.children)
            markup.append(html.escape(alt, quote=False))
            plain.append(alt)
        elif kind == "html_inline":
            continue  # the tag goes, the text around it stays
        else:
            inner, inner_plain = _inline(node.children)
            markup.append(inner)
            plain.append(inner_plain)
    return "".join(markup), "".join(plain)


def _plain(nodes: list[SyntaxTreeNode]) -> str:
    return _inline(nodes)[1]


def _plain_block(node: SyntaxTreeNode) -> str:
    parts = []
    for child in node.walk():
        if child.type == "inline":
            parts.append(_plain(child.children))
        elif child.type in {"fence", "code_block"}:
            parts.append(child.content.strip())
        elif child.type == "html_block":
            parts.append(_html_text(child.content))
    return " ".join(part for part in parts if part)
