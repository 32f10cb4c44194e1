"""Markdown syntax colouring plus the analysis findings, painted block by block.

Findings arrive as per-line UTF-16 spans (see ``analysis_worker``). A line's spans are used
only while its text still equals the text that was analysed, so edits never leave highlights
on the wrong characters. Each block's state stores a fingerprint of the spans it shows, which
lets a new report re-paint only the blocks whose findings changed; and since the highlighter
keeps hold of the blocks that show findings, a new report looks only at those and at the
lines it marks, never at every block of a long draft.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockUserData,
    QTextCharFormat,
    QTextDocument,
)

from app.document.front_matter import front_matter_end
from app.ui.analysis_worker import (
    SYNTAX_STATE_BITS,
    AnalysisResult,
    HighlightSpan,
    line_fingerprint,
)
from app.ui.positions import utf16_length
from app.ui.theme import PAINT_RANK, code_font, rule_format
from app.ui.theme_mode import current_theme

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_QUOTE_RE = re.compile(r"^ {0,3}>")
_LIST_RE = re.compile(r"^\s*(?:[-+*]|\d{1,9}[.)])(?=\s)")
_HR_RE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_INLINE_CODE_RE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
# Emphasis as Markdown reads it, within one line: a run of marks opens only before a word and
# closes only after one, so "Ø*** not this***" is nothing. Three marks around a text make it
# bold and italic; two may open or close beside an inner italic's mark ("**bold *and
# italic***", "***bold** then italic*"), which paints the bold part. Texts are bounded so a
# line of stray marks costs linear time.
_STRONG_EMPHASIS_RE = re.compile(
    r"(?<![*\w])(\*\*\*|___)(?=[^\s*_])(.{1,500}?)(?<=[^\s*_])\1(?![*\w])"
)
_STRONG_RE = re.compile(
    r"(?<![*_])(\*\*|__)(?=[*_]?[^\s*_])(.{1,500}?)(?:(?<=[^\s*_])|(?<=[^\s*_][*_]))\1"
)
_EMPHASIS_RE = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])(.{1,500}?)(?<=[^\s*_])\1(?![*\w])")
_LINK_RE = re.compile(r"(!?\[)([^\]\n]*)(\]\()([^)\s]*(?:\s+\"[^\"]*\")?)(\))")
_URL_RE = re.compile(r"https?://[^\s<>()]+")

# A block's state keeps, in its low bits, what the next line needs to know of the lines above
# (Qt re-highlights the next line whenever a line's state changes), and above them the
# fingerprint of the findings it shows.
_NORMAL, _IN_BACKTICK_FENCE, _IN_TILDE_FENCE, _IN_INDENTED_CODE = 0, 1, 2, 3
_BLOCK_BITS = 3  # which of those the line is in
_IN_LIST = 4  # a list item goes on: an indented line below is its paragraph, not code
_NO_PARAGRAPH = 8  # blank, a heading, a rule or a fence's end: an indented line below opens code
_IN_FRONT_MATTER = 16  # the YAML or TOML block at the top, whose fence the low bits name
_YAML_FENCE, _TOML_FENCE = 1, 2
#: Lines at the top looked through for the end of a front matter block: a longer block is
#: shown as text, and a lone "---" at the top never turns the whole story into metadata.
FRONT_MATTER_MAX_LINES = 300
_SYNTAX_SHIFT = SYNTAX_STATE_BITS
_SYNTAX_BITS = (1 << _SYNTAX_SHIFT) - 1
#: A line indented four spaces or a tab: code, unless a paragraph or a list item goes on.
_INDENTED_RE = re.compile(r"^(?: {4}|\t)")
_MUTED = "#9a9a9a"


def _color_format(
    color: str | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    monospace: bool = False,
    background: str | None = None,
    scale: float | None = None,
) -> QTextCharFormat:
    text_format = QTextCharFormat()
    if color:
        text_format.setForeground(QColor(color))
    if bold:
        text_format.setFontWeight(QFont.Weight.Bold)
    if italic:
        text_format.setFontItalic(True)
    if underline:
        text_format.setFontUnderline(True)
    if monospace:
        text_format.setFontFamilies(code_font().families())
    if background:
        text_format.setBackground(QColor(background))
    if scale:
        text_format.setProperty(QTextCharFormat.Property.FontSizeAdjustment, round(scale))
    return text_format


@dataclass(frozen=True, slots=True)
class _SyntaxColours:
    """Markdown syntax colours of one theme; headings take the editor's own text colour."""

    code: tuple[str, str]  # text, background
    fence: tuple[str, str]
    quote: str
    link: str
    list_marker: str


_SYNTAX_COLOURS = {
    "light": _SyntaxColours(
        code=("#7a3e9d", "#f3f1f5"),
        fence=("#5a5a5a", "#f6f6f6"),
        quote="#555555",
        link="#1a6fb3",
        list_marker="#1a8917",
    ),
    "dark": _SyntaxColours(
        code=("#d3a8f0", "#2c2d31"),
        fence=("#c4c4c4", "#26272b"),
        quote="#b4b6bb",
        link="#7ab8ef",
        list_marker="#6fd06c",
    ),
}


def _front_matter_fence(line: str) -> int:
    """Which front matter fence ``line`` is (0 for none): "---" (YAML) or "+++" (TOML)."""
    stripped = line.lstrip("\ufeff").rstrip(" \t")
    return _YAML_FENCE if stripped == "---" else _TOML_FENCE if stripped == "+++" else 0


@cache
def _syntax_formats(theme: str = "light") -> dict[str, QTextCharFormat]:
    colours = _SYNTAX_COLOURS.get(theme, _SYNTAX_COLOURS["light"])
    code, code_background = colours.code
    fence, fence_background = colours.fence
    return {
        "heading1": _color_format(None, bold=True, scale=2),
        "heading2": _color_format(None, bold=True, scale=1),
        "heading": _color_format(None, bold=True),
        "marker": _color_format(_MUTED),
        "strong": _color_format(None, bold=True),
        "strong_emphasis": _color_format(None, bold=True, italic=True),
        "emphasis": _color_format(None, italic=True),
        "code": _color_format(code, monospace=True, background=code_background),
        "fence": _color_format(fence, monospace=True, background=fence_background),
        "quote": _color_format(colours.quote, italic=True),
        "link_text": _color_format(colours.link, underline=True),
        "url": _color_format(_MUTED),
        "list": _color_format(colours.list_marker, bold=True),
    }


class _PaintedMarker(QTextBlockUserData):
    """Carried by a block painted with findings; it lives exactly as long as its block."""


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._result: AnalysisResult | None = None
        self._disabled_rules: frozenset[str] = frozenset()
        self._findings_visible = True
        # The blocks painted with findings, by their fragment index (a block keeps it while it
        # exists; a QTextBlock held here follows its block through edits above it), each with
        # the marker it carries: Qt deletes the marker with its block (a paragraph deleted, a
        # draft replaced by another), and a block whose marker is gone must not be touched.
        self._painted: dict[int, tuple[QTextBlock, _PaintedMarker]] = {}
        # The top line decides whether a front matter block opens there, by looking for its
        # end below: an edit among the lines it looks at can open or close the block, so the
        # top line is looked at again after such an edit (when it is a fence at all).
        self._top_pending = False
        document.contentsChange.connect(self._recheck_top)

    # --- findings ------------------------------------------------------------------------------

    def spans_for(self, block: QTextBlock) -> tuple[HighlightSpan, ...]:
        """Finding spans valid for ``block`` as it reads now."""
        result = self._result
        if result is None or not self._findings_visible:
            return ()
        number = block.blockNumber()
        spans = result.highlights.get(number, ())
        if not spans:
            return ()
        index = result.line_index
        if number >= index.line_count:
            return ()
        start = index.line_start(number)
        end = index.line_start(number + 1) - 1 if number + 1 < index.line_count else None
        if result.snapshot.text[start:end] != block.text():
            return ()
        if self._disabled_rules:
            spans = tuple(span for span in spans if span.rule not in self._disabled_rules)
        return spans

    def apply_result(self, result: AnalysisResult, *, current: bool = False) -> int:
        """Show a new report; returns how many blocks had to be re-painted.

        ``current``: the report is of the text as it reads now (no edit since the snapshot).
        """
        self._result = result
        return self._repaint_changed(current=current)

    def set_disabled_rules(self, rules: frozenset[str]) -> None:
        if rules != self._disabled_rules:
            self._disabled_rules = rules
            self._repaint_changed()

    def set_findings_visible(self, visible: bool) -> None:
        """Show or hide every finding (Write mode hides them; the syntax colours stay)."""
        if visible != self._findings_visible:
            self._findings_visible = visible
            self._repaint_changed()

    def _repaint_changed(self, *, current: bool = False) -> int:
        document = self.document()
        if document is None:
            return 0
        result = self._result
        visible = result is not None and self._findings_visible
        marked = result.highlights if result is not None and visible else {}
        # The worker's fingerprints are what each line should show when the report is of the
        # text as it reads now and shows no rule switched off since; otherwise ask spans_for.
        known = result.fingerprints if result is not None and visible and current else None
        if result is not None and not self._disabled_rules.isdisjoint(result.rules):
            known = None

        def stale(block: QTextBlock, number: int) -> bool:
            state = block.userState()
            shown = (state >> _SYNTAX_SHIFT) if state > 0 else 0
            if known is not None:
                return shown != known.get(number, 0)
            return shown != line_fingerprint(self.spans_for(block))

        # Only blocks that show findings and lines the report marks can need a repaint.
        repaint: list[tuple[int, QTextBlock]] = []
        seen: set[int] = set()
        for fragment, (block, marker) in list(self._painted.items()):
            if not shiboken6.isValid(marker) or not block.isValid():
                del self._painted[fragment]  # the block is gone with the marker Qt deleted
                continue
            number = block.blockNumber()
            seen.add(number)
            if stale(block, number):
                repaint.append((number, block))
        for number in marked:
            if number not in seen:
                block = document.findBlockByNumber(number)
                if block.isValid() and stale(block, number):
                    repaint.append((number, block))
        repaint.sort(key=lambda item: item[0])
        for _number, block in repaint:
            self.rehighlightBlock(block)
        return len(repaint)

    # --- painting ------------------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        # The first line reads as if after a blank line (-1: no line above).
        above = previous & _SYNTAX_BITS if previous >= 0 else _NO_PARAGRAPH
        layers: list[tuple[int, int, QTextCharFormat]] = []
        syntax = self._syntax(text, above, layers)
        block = self.currentBlock()
        spans = self.spans_for(block)
        self._paint(text, layers, spans)
        fingerprint = line_fingerprint(spans)
        self.setCurrentBlockState((fingerprint << _SYNTAX_SHIFT) | syntax)
        if fingerprint:
            marker = block.userData()
            if not isinstance(marker, _PaintedMarker):
                marker = _PaintedMarker()
                block.setUserData(marker)
            self._painted[block.fragmentIndex()] = (block, marker)
        else:
            self._painted.pop(block.fragmentIndex(), None)

    def _recheck_top(self, position: int, _removed: int, _added: int) -> None:
        document = self.document()
        if self._top_pending or document is None:
            return
        # Typing in the story below the lines a block could span changes nothing at the top.
        last = document.findBlockByNumber(FRONT_MATTER_MAX_LINES)
        if last.isValid() and position > last.position():
            return
        if _front_matter_fence(document.firstBlock().text()):
            self._top_pending = True
            QTimer.singleShot(0, self._rehighlight_top)

    def _rehighlight_top(self) -> None:
        self._top_pending = False
        document = self.document()
        if document is not None:
            self.rehighlightBlock(document.firstBlock())

    def _front_matter(
        self, text: str, above: int, layers: list[tuple[int, int, QTextCharFormat]]
    ) -> int | None:
        """The state of a line of the front matter block, painted as metadata (None when the
        line is not in one)."""
        block = self.currentBlock()
        if above & _IN_FRONT_MATTER:
            fence = above & _BLOCK_BITS
            closes = _front_matter_fence(text) == fence or (
                fence == _YAML_FENCE and text.rstrip() == "..."
            )
            if block.blockNumber() >= FRONT_MATTER_MAX_LINES:
                return None
            layers.append((0, len(text), _syntax_formats(current_theme())["fence"]))
            return _NO_PARAGRAPH if closes else above & (_IN_FRONT_MATTER | _BLOCK_BITS)
        fence = _front_matter_fence(text)
        if not fence or block.blockNumber() != 0:
            return None
        lines = []
        for _ in range(FRONT_MATTER_MAX_LINES):
            if not block.isValid():
                break
            lines.append(block.text())
            block = block.next()
        if not front_matter_end("\n".join(lines) + "\n"):
            return None
        layers.append((0, len(text), _syntax_formats(current_theme())["fence"]))
        return _IN_FRONT_MATTER | fence

    def _syntax(self, text: str, above: int, layers: list[tuple[int, int, QTextCharFormat]]) -> int:
        """Collect Markdown syntax layers (Python indices); returns the line's syntax state
        from that of the line ``above``."""
        front = self._front_matter(text, above, layers)
        if front is not None:
            return front
        formats = _syntax_formats(current_theme())
        fence = above & _BLOCK_BITS
        in_list = above & _IN_LIST
        blank = not text.strip()
        indented = bool(_INDENTED_RE.match(text))
        opens_code = fence == _NORMAL and above & _NO_PARAGRAPH and not in_list
        if indented and not blank and (fence == _IN_INDENTED_CODE or opens_code):
            layers.append((0, len(text), formats["fence"]))
            return _IN_INDENTED_CODE
        if fence == _IN_INDENTED_CODE:
            fence = _NORMAL  # a blank line keeps the block open for the next indented line
            if blank:
                return _IN_INDENTED_CODE | _NO_PARAGRAPH
        if fence == _NORMAL and blank:
            return in_list | _NO_PARAGRAPH  # a list goes on across blank lines
        opening = _FENCE_RE.match(text)
        if fence != _NORMAL:
            layers.append((0, len(text), formats["fence"]))
            closes = opening and (
                (fence == _IN_BACKTICK_FENCE and opening.group(1)[0] == "`")
                or (fence == _IN_TILDE_FENCE and opening.group(1)[0] == "~")
            )
            return _NO_PARAGRAPH if closes and not text.strip().strip("`~") else fence
        if opening:
            layers.append((0, len(text), formats["fence"]))
            return _IN_BACKTICK_FENCE if opening.group(1)[0] == "`" else _IN_TILDE_FENCE
        heading = _HEADING_RE.match(text)
        if heading:
            level = len(heading.group(1))
            key = "heading1" if level == 1 else "heading2" if level == 2 else "heading"
            layers.append((0, len(text), formats[key]))
            layers.append((heading.start(1), heading.end(1), formats["marker"]))
        elif _HR_RE.match(text):
            layers.append((0, len(text), formats["marker"]))
            return _NO_PARAGRAPH
        elif _QUOTE_RE.match(text):
            layers.append((0, len(text), formats["quote"]))
        list_marker = _LIST_RE.match(text)
        if list_marker and not heading:
            layers.append((list_marker.start(), list_marker.end(), formats["list"]))
        self._inline(text, layers)
        if heading:
            return _NO_PARAGRAPH
        if list_marker:
            return _IN_LIST
        # An item's indented paragraph, or a line run on from it, keeps the list going; a
        # heading or a paragraph of its own after a blank line ends it.
        goes_on = in_list and (indented or not above & _NO_PARAGRAPH)
        return _IN_LIST if goes_on else _NORMAL

    def _inline(self, text: str, layers: list[tuple[int, int, QTextCharFormat]]) -> None:
        formats = _syntax_formats(current_theme())
        code_ranges = []
        for match in _INLINE_CODE_RE.finditer(text):
            layers.append((match.start(), match.end(), formats["code"]))
            code_ranges.append((match.start(), match.end()))

        def in_code(position: int) -> bool:
            return any(start <= position < end for start, end in code_ranges)

        emphasis = (
            (_STRONG_EMPHASIS_RE, "strong_emphasis"),
            (_STRONG_RE, "strong"),
            (_EMPHASIS_RE, "emphasis"),
        )
        both: list[tuple[int, int]] = []  # "***text***": no bold or italic run inside it
        for pattern, key in emphasis:
            for match in pattern.finditer(text):
                if in_code(match.start()) or any(
                    start < match.end() and match.start() < end for start, end in both
                ):
                    continue
                if key == "strong_emphasis":
                    both.append(match.span())
                layers.append((match.start(), match.end(), formats[key]))
                marker = len(match.group(1))
                layers.append((match.start(), match.start() + marker, formats["marker"]))
                layers.append((match.end() - marker, match.end(), formats["marker"]))
        for match in _LINK_RE.finditer(text):
            if in_code(match.start()):
                continue
            layers.append((match.start(2), match.end(2), formats["link_text"]))
            layers.append((match.start(1), match.end(1), formats["marker"]))
            layers.append((match.start(3), match.end(5), formats["url"]))
        for match in _URL_RE.finditer(text):
            if not in_code(match.start()):
                layers.append((match.start(), match.end(), formats["url"]))

    def _paint(
        self,
        text: str,
        layers: list[tuple[int, int, QTextCharFormat]],
        spans: tuple[HighlightSpan, ...],
    ) -> None:
        """Compose syntax (Python indices) and finding spans (UTF-16) and apply them."""
        ascii_text = text.isascii()
        units: list[tuple[int, int, int, QTextCharFormat]] = []  # (start, end, rank, format)
        for order, (start, end, text_format) in enumerate(layers):
            if end > start:
                if not ascii_text:
                    start, end = utf16_length(text[:start]), utf16_length(text[:end])
                units.append((start, end, order - 1000, text_format))
        theme = current_theme()
        for span in spans:
            rank = PAINT_RANK.get(span.rule, len(PAINT_RANK))
            marked = rule_format(span.rule, theme)
            units.append((span.column, span.column + span.length, rank, marked))
        if not units:
            return
        if len(units) == 1:
            start, end, _rank, text_format = units[0]
            self.setFormat(start, end - start, text_format)
            return
        boundaries = sorted({point for unit in units for point in unit[:2]})
        units.sort(key=lambda unit: unit[2])
        for left, right in itertools.pairwise(boundaries):
            covering = [unit[3] for unit in units if unit[0] <= left and unit[1] >= right]
            if not covering:
                continue
            if len(covering) == 1:
                self.setFormat(left, right - left, covering[0])
                continue
            composed = QTextCharFormat(covering[0])
            for text_format in covering[1:]:
                composed.merge(text_format)
            self.setFormat(left, right - left, composed)
