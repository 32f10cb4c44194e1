"""Chunks simple enough to read without the Markdown parser.

Most chunks of a draft are plain paragraphs; for them, the prose the parser would produce can be
built directly. Property tests compare every shortcut with ``parse_with_markdown_it``.
"""

from __future__ import annotations

import re

from markdown_it.common.utils import mdTrim

from app.document.prose_model import ParsedMarkdown, ProseBlock, ProseBuilder, code_words

# A chunk with none of these is one plain paragraph: no need to run the Markdown parser.
# The syntax, as one pattern (the reference in tests):
INLINE_SYNTAX_RE = re.compile(r"[`*_\[\]<>|~\\\x00$]|[^\S \n]|!\[|&[#A-Za-z0-9]+;|\n *\n")
BLOCK_SYNTAX_RE = re.compile(r"^(?: {4}|\t| {0,3}(?:[-+*>#=]|\d{1,9}[.)]))", re.M)
# The same checks split so that each scan is a plain character search (the regex engine skips
# ahead to candidate characters instead of trying five alternatives at every position):
# the syntax characters ("$" opens maths) and every white space but " " and "\n" (which
# covers "![" too)...
_SYNTAX_CHAR_RE = re.compile(
    "[`*_\\[\\]<>|~\\\\\x00$\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a"
    "\u2028\u2029\u202f\u205f\u3000]"
)
_ENTITY_RE = re.compile(r"&[#A-Za-z0-9]+;")
_BLANK_LINE_RE = re.compile(r"\n *\n")
# ... and block syntax at the start of the first line, then after each line break.
_FIRST_LINE_BLOCK_RE = re.compile(r"(?: {4}|\t| {0,3}(?:[-+*>#=]|\d{1,9}[.)]))")
_NEXT_LINE_BLOCK_RE = re.compile(r"\n(?: {4}|\t| {0,3}(?:[-+*>#=]|\d{1,9}[.)]))")


def _has_inline_syntax(text: str) -> bool:
    """``INLINE_SYNTAX_RE.search(text)``, faster."""
    return bool(
        _SYNTAX_CHAR_RE.search(text)
        or ("&" in text and _ENTITY_RE.search(text))
        or ("\n" in text and _BLANK_LINE_RE.search(text))
    )


def is_plain_paragraph(source: str) -> bool:
    if _has_inline_syntax(source) or _FIRST_LINE_BLOCK_RE.match(source):
        return False
    return "\n" not in source or not _NEXT_LINE_BLOCK_RE.search(source)


def plain_paragraph(source: str) -> ParsedMarkdown:
    """The prose of a chunk without Markdown syntax, exactly as the parser would give it."""
    builder = ProseBuilder(source, 0, len(source))
    lines = [line.strip(" ") for line in source.split("\n")]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines):
        if index:
            builder.add_break()
        builder.add_text(line)
    block = builder.block("paragraph", 0)
    return ParsedMarkdown((block,) if block else (), (), 0)


# "## Title": one line, no inline syntax. The parser strips the "#"s, a closing run of "#"s
# after a space, and surrounding white space (see markdown-it's heading rule).
_HEADING_RE = re.compile(r"( {0,3})(#{1,6})(?= |\Z)")


def plain_heading(source: str) -> ParsedMarkdown | None:
    """The prose of a one-line ATX heading without inline syntax, or None for anything else."""
    line = source[:-1] if source.endswith("\n") else source
    match = _HEADING_RE.match(line)
    if match is None or "\n" in line or _has_inline_syntax(line):
        return None
    start = match.end()
    end = len(line.rstrip(" "))
    closing = len(line[:end].rstrip("#"))
    if start < closing < end and line[closing - 1] == " ":
        end = closing
    builder = ProseBuilder(source, 0, len(source))
    builder.add_text(mdTrim(line[start : max(start, end)]))
    block = builder.block("heading", len(match.group(2)))
    return ParsedMarkdown((block,) if block else (), (), 0)


# The inline syntax a shortcut paragraph may have, none of it nested:
# - "[text](https://…)": an inline link whose destination has no space, bracket, parenthesis or
#   backslash (so it ends at the first ")") and cannot be one the parser refuses
#   ("javascript:" and the like need a colon);
# - "*text*", "**text**", "_text_", "__text__": emphasis whose delimiters can only open (before
#   the text) and only close (after it), so CommonMark's delimiter rules pair them as written;
# - "`code`": a code span in single backticks that does not start or end with a space (which
#   the parser would strip); it is not prose, and nothing inside it is syntax.
_INLINE_RE = re.compile(
    r"\[(?<!!\[)(?P<link>[^\[\]\n]+)\]"
    r"\((?:https?://[^\s()<>\\`|\[\]\x00-\x1f\x7f]+|[^\s()<>\\`|\[\]:\x00-\x1f\x7f]+)\)"
    r"|\*\*(?P<strong>[^*_\n]+?)\*\*"
    r"|\*(?P<em>[^*_\n]+?)\*"
    r"|__(?P<strong_>[^*_\n]+?)__"
    r"|_(?P<em_>[^*_\n]+?)_"
    r"|`(?P<code>[^`\n]+)`"
)  # every alternative starts with a literal character, which keeps the scan fast
_OPENING_PUNCTUATION = "([\"'"
_CLOSING_PUNCTUATION = ".,;:!?)\"'"


def _emphasis_is_plain(line: str, match: re.Match[str], text: str) -> bool:
    """True when the delimiters around ``text`` can only open and only close, respectively.

    Before the opening delimiter: white space (or the line's edge), or opening punctuation
    when the text starts with a letter or digit; the same, mirrored, after the closing one.
    """
    if text[0].isspace() or text[-1].isspace():
        return False
    start, end = match.span()
    before = line[start - 1] if start else " "
    after = line[end] if end < len(line) else " "
    opens = before == " " or (before in _OPENING_PUNCTUATION and text[0].isalnum())
    closes = after == " " or (after in _CLOSING_PUNCTUATION and text[-1].isalnum())
    return opens and closes


_Pieces = list[tuple[str, str]]  # a line cut into (text, "" | "link" | "code")


def _inline_pieces(lines: list[str]) -> list[_Pieces] | None:
    """The lines of one paragraph cut at their links, emphasis and code, or None when they
    hold any other syntax (or emphasis that is not plain)."""
    cut: list[_Pieces] = []
    plain: list[str] = []  # the lines with that syntax taken out, to check the rest
    for line in lines:
        pieces: _Pieces = []
        bare: list[str] = []
        position = 0
        for match in _INLINE_RE.finditer(line):
            kind = match.lastgroup or ""
            inner = match.group(kind)
            if kind == "code":
                if inner[0] == " " or inner[-1] == " " or "\x00" in inner or "\r" in inner:
                    return None
                pieces += ((line[position : match.start()], ""), (inner, kind))
                bare += (line[position : match.start()], "x")
                position = match.end()
                continue
            if _has_inline_syntax(inner):
                return None
            if kind != "link" and not _emphasis_is_plain(line, match, inner):
                return None
            pieces += (
                (line[position : match.start()], ""),
                (inner, "" if kind != "link" else kind),
            )
            bare += (line[position : match.start()], inner)
            position = match.end()
        pieces.append((line[position:], ""))
        bare.append(line[position:])
        cut.append(pieces)
        plain.append("".join(bare))
    return cut if is_plain_paragraph("\n".join(plain)) else None


def _block(builder: ProseBuilder, lines: list[_Pieces], kind: str) -> ProseBlock | None:
    first = True
    for pieces in lines:
        # The parser drops the white space around each line (a line break reads as a space).
        pieces[0] = (pieces[0][0].lstrip(" "), "")
        pieces[-1] = (pieces[-1][0].rstrip(" "), "")
        if not any(text for text, _kind in pieces):
            continue
        if not first:
            builder.add_break()
        first = False
        for text, piece in pieces:
            if piece == "code":
                builder.skip("`" + text)
                builder.skip("`")
                continue
            builder.add_text(text)
            if piece == "link":
                builder.skip_link_tail()
    return builder.block(kind, 0)


def inline_paragraph(source: str) -> ParsedMarkdown | None:
    """The prose of a paragraph whose only syntax is such links and emphasis, else None."""
    lines = _inline_pieces(source.split("\n"))
    if lines is None:
        return None
    code = _code_words(lines)  # before _block, which trims the pieces
    block = _block(ProseBuilder(source, 0, len(source)), lines, "paragraph")
    return ParsedMarkdown((block,) if block else (), (), 0, (), code)


def _code_words(lines: list[_Pieces]) -> frozenset[str]:
    return code_words(text for pieces in lines for text, kind in pieces if kind == "code")


# A line that may start a list item, and the shape of the items a shortcut list may have:
# up to three spaces, the marker, one to four spaces, then the text.
_MARKER_RE = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_ITEM_RE = re.compile(r"( {0,3})(?:([-*+])|\d{1,9}([.)]))( {1,4})(?=\S)")


def plain_list(source: str) -> ParsedMarkdown | None:
    """The prose of a list whose items are one paragraph each, in sibling items with the same
    marker (no nesting), with no syntax but plain links and emphasis; else None."""
    if not _MARKER_RE.match(source):
        return None
    lines = source.split("\n")
    if not lines[-1]:
        lines.pop()
    items: list[tuple[int, int]] = []  # (line, where its text starts)
    marker = ""
    content = 0  # where the previous item's text starts: a deeper marker would nest
    for index, line in enumerate(lines):
        if not _MARKER_RE.match(line):
            continue  # the item's paragraph goes on (checked with the item)
        item = _ITEM_RE.match(line)
        if item is None or (items and len(item.group(1)) >= content):
            return None
        if marker != (item.group(2) or item.group(3)):
            if items:
                return None
            marker = item.group(2) or item.group(3)
        content = item.end()
        items.append((index, content))
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    blocks = []
    code: set[str] = set()
    for number, (index, text_start) in enumerate(items):
        end = items[number + 1][0] if number + 1 < len(items) else len(lines)
        pieces = _inline_pieces([lines[index][text_start:], *lines[index + 1 : end]])
        if pieces is None:
            return None
        code |= _code_words(pieces)
        builder = ProseBuilder(source, starts[index], min(starts[end], len(source)))
        block = _block(builder, pieces, "list_item")
        if block is not None:
            blocks.append(block)
    return ParsedMarkdown(tuple(blocks), (), 0, (), frozenset(code))


def read_without_parser(source: str) -> ParsedMarkdown | None:
    """The prose of ``source`` when a shortcut applies, else None."""
    if is_plain_paragraph(source):
        return plain_paragraph(source)
    return plain_heading(source) or inline_paragraph(source) or plain_list(source)
