"""Reading Medium's account export ("Download your information": a zip with ``posts/*.html``).

Each post file holds the title (``h1.p-name``), the subtitle (``section[data-field=subtitle]``),
the body (``section[data-field=body]``), the publishing time (``time.dt-published``, absent for
drafts) and the canonical link (``a.p-canonical``). The body becomes plain Markdown: headings,
paragraphs, lists, quotes, code blocks, bold, italics, inline code, links (``[text](https://…)``,
so the writer's sources survive the move) and pictures with their captions (``![alt](src
"caption")``, so the read time counts them as Medium does); embeds are dropped.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from types import MappingProxyType

from app.session.plan.medium_markup import (
    INLINE_MARKERS,
    LINK_SCHEMES,
    escaped,
    image,
    linked,
    marked,
)

MAX_POST_BYTES = 5_000_000  # a post larger than this is not a Medium post


class MediumExportError(ValueError):
    """The file is not a Medium export that can be read; the message says why."""


@dataclass(frozen=True, slots=True)
class ExportedPost:
    file: str
    title: str
    subtitle: str
    body: str  # Markdown
    published_at: datetime | None  # local time; None for a draft
    canonical_url: str

    @property
    def is_draft(self) -> bool:
        return self.published_at is None


BLOCKS = MappingProxyType(
    {
        "p": "",
        "h1": "# ",
        "h2": "## ",
        "h3": "## ",
        "h4": "### ",
        "li": "",
        "pre": "",
        "blockquote": "> ",
    }
)
SKIPPED = frozenset({"iframe", "script", "style", "noscript"})
VOID = frozenset({"img", "br", "hr", "meta", "link", "input", "source", "wbr"})


class _PostParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.subtitle = ""
        self.published = ""
        self.canonical = ""
        self.blocks: list[tuple[str, str]] = []  # (tag, Markdown)
        self._field: str | None = None  # "title", "subtitle" or "body"
        self._field_depth = 0
        self._depth = 0
        self._skip_depth: int | None = None
        self._block: list[str] | None = None
        self._block_tag = ""
        self._prefix = ""
        self._lists: list[str] = []
        self._text: list[str] = []
        self._link: tuple[int, str] | None = None  # where its text starts in the block; target
        self._marks: list[tuple[str, int]] = []  # open bold/italics/code: tag, where text starts
        self._figure: list[str] | None = None  # a picture's src, alt and caption while open

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        classes = found.get("class", "").split()
        if tag not in VOID:
            self._depth += 1
        if tag in SKIPPED and self._skip_depth is None:
            self._skip_depth = self._depth
        if tag == "time" and "dt-published" in classes:
            self.published = found.get("datetime", "")
        if tag == "a" and "p-canonical" in classes:
            self.canonical = found.get("href", "")
        if self._field is None:
            if tag == "h1" and "p-name" in classes:
                self._field, self._text = "title", []
            elif tag == "section" and found.get("data-field") in ("subtitle", "body"):
                self._field, self._text = found["data-field"], []
            if self._field is not None:
                self._field_depth = self._depth
            return
        if self._field != "body" or self._skip_depth is not None:
            if tag == "br" and self._block is not None:
                self._block.append("\n")
            return
        if tag == "figure" and self._block is None and self._figure is None:
            self._figure = ["", "", ""]
        elif tag == "img":
            self._image(found)
        elif self._figure is not None:
            return  # a caption's own markup (links, emphasis) is not kept in the title
        elif tag in ("ul", "ol"):
            self._lists.append(tag)
        elif tag in BLOCKS and self._block is None:
            self._block, self._block_tag = [], tag
            if tag == "li":
                self._prefix = "1. " if self._lists and self._lists[-1] == "ol" else "- "
            else:
                self._prefix = BLOCKS[tag]
        elif tag == "br" and self._block is not None:
            self._block.append("\n" if self._block_tag == "pre" else " ")
        elif tag == "a" and self._block is not None and self._block_tag != "pre":
            href = found.get("href", "").strip()
            if self._link is None and href.lower().startswith(LINK_SCHEMES):
                self._link = (len(self._block), href)
        elif tag in INLINE_MARKERS and self._block is not None and self._marks_allowed():
            self._marks.append((tag, len(self._block)))

    def _marks_allowed(self) -> bool:
        """Nothing is marked, nor escaped, in a code block or inside inline code: Markdown
        would show the asterisks and backslashes."""
        inside_code = any(INLINE_MARKERS[open_tag] == "`" for open_tag, _start in self._marks)
        return self._block_tag != "pre" and not inside_code

    def _image(self, found: dict[str, str]) -> None:
        """A picture: kept with its caption when the figure closes, or in place in a line."""
        src, alt = found.get("src", ""), found.get("alt", "")
        if self._figure is not None:
            if not self._figure[0]:
                self._figure[:2] = [src, alt]
        elif self._block is not None and self._block_tag != "pre":
            self._block.append(image(src, alt, ""))
        elif self._block is None and (markdown := image(src, alt, "")):
            self.blocks.append(("figure", markdown))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self._field == "body" and self._skip_depth is None:
            if tag == "figure" and self._figure is not None:
                src, alt, caption = self._figure
                self._figure = None
                if markdown := image(src, alt, caption):  # an embed without a picture goes
                    self.blocks.append(("figure", markdown))
            elif self._figure is not None:
                pass
            elif tag in ("ul", "ol") and self._lists:
                self._lists.pop()
            elif tag == "a" and self._link is not None:
                self._finish_link()
            elif tag in INLINE_MARKERS and any(open_tag == tag for open_tag, _ in self._marks):
                self._finish_mark(tag)
            elif tag == self._block_tag and self._block is not None:
                self._finish_block()
        if self._skip_depth is not None and self._depth == self._skip_depth:
            self._skip_depth = None
        if self._field is not None and self._depth == self._field_depth:
            text = " ".join("".join(self._text).split())
            if self._field == "title":
                self.title = text
            elif self._field == "subtitle":
                self.subtitle = text
            self._field = None
        self._depth -= 1

    def _finish_link(self) -> None:
        """The link's text, now complete, as ``[text](target)``."""
        assert self._link is not None
        assert self._block is not None
        start, href = self._link
        self._link = None
        self._block[start:] = [linked("".join(self._block[start:]), href)]

    def _finish_mark(self, tag: str) -> None:
        """Bold, italics or inline code around the text since the tag opened (any markup
        opened inside it and left open is closed first)."""
        assert self._block is not None
        while self._marks:
            open_tag, start = self._marks.pop()
            marker = INLINE_MARKERS[open_tag]
            piece = marked("".join(self._block[start:]), marker)
            before = self._block[start - 1] if start else ""
            if marker != "`" and piece.startswith(marker) and _ends_with_mark(before, marker):
                # Two runs side by side ("<b>bold</b><b>more</b>") are one: "**bold****more**"
                # would show its middle marks.
                self._block[start - 1] = before[: -len(marker)]
                piece = piece[len(marker) :]
            self._block[start:] = [piece]
            if open_tag == tag:
                return

    def _finish_block(self) -> None:
        assert self._block is not None
        # Markup left open by the block's end is closed, innermost first.
        while self._marks or self._link is not None:
            mark_start = self._marks[-1][1] if self._marks else -1
            if self._link is not None and self._link[0] >= mark_start:
                self._finish_link()
            else:
                self._finish_mark(self._marks[-1][0])
        raw = "".join(self._block)
        if self._block_tag == "pre":
            text = "```\n" + raw.strip("\n") + "\n```"
        else:
            text = " ".join(raw.split())
            if not text:
                self._block = None
                return
            text = self._prefix + text
        self.blocks.append((self._block_tag, text))
        self._block, self._block_tag = None, ""

    def handle_data(self, data: str) -> None:
        if self._skip_depth is not None:
            return
        if self._figure is not None:
            self._figure[2] += data  # the caption (a figure holds a picture and its caption)
            return
        if self._field in ("title", "subtitle"):
            self._text.append(data)
        elif self._field == "body" and self._block is not None:
            # The writer's asterisks and brackets are text; inside code and code blocks, too.
            self._block.append(escaped(data) if self._marks_allowed() else data)


def _ends_with_mark(text: str, marker: str) -> bool:
    """Whether ``text`` ends with a closing ``marker`` and not a longer run of asterisks
    ("***" closes bold and italics together: no run to join)."""
    return text.endswith(marker) and not text.endswith("*" + marker) and len(text) > len(marker)


def _local(stamp: str) -> datetime | None:
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None, microsecond=0)


def parse_post(html: str, file: str = "") -> ExportedPost:
    parser = _PostParser()
    parser.feed(html)
    parser.close()
    blocks = list(parser.blocks)
    # Medium repeats the title (and subtitle) as the body's first blocks.
    for repeated in (parser.title, parser.subtitle):
        if blocks and repeated and blocks[0][1].lstrip("#> ").strip() == repeated:
            blocks.pop(0)
    markdown = ""
    for index, (tag, text) in enumerate(blocks):
        if index:
            markdown += "\n" if tag == "li" and blocks[index - 1][0] == "li" else "\n\n"
        markdown += text
    return ExportedPost(
        file,
        parser.title or PurePosixPath(file).stem,
        parser.subtitle,
        markdown + ("\n" if markdown else ""),
        _local(parser.published),
        parser.canonical,
    )


def read_export(path: Path) -> list[ExportedPost]:
    """Every post in the export, drafts included, in file order."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise MediumExportError(f"{path} does not exist.") from None
    except (zipfile.BadZipFile, IsADirectoryError, OSError):
        raise MediumExportError(f"{path} is not a zip file (Medium's export is one).") from None
    with archive:
        names = sorted(
            info.filename
            for info in archive.infolist()
            if PurePosixPath(info.filename).parent.name == "posts"
            and info.filename.lower().endswith(".html")
            and info.file_size <= MAX_POST_BYTES
        )
        if not names:
            raise MediumExportError(f"{path} has no posts/*.html: is it Medium's export?")
        posts = []
        for name in names:
            html = archive.read(name).decode("utf-8", errors="replace")
            posts.append(parse_post(html, PurePosixPath(name).name))
    return posts
