"""Markdown for the inline parts of a Medium post: emphasis, inline code, links and images.

Medium's export marks bold with ``<strong>``, italics with ``<em>``, inline code with
``<code>`` and pictures as ``<figure><img><figcaption>``; these helpers write each as the
Markdown a writer would type, so an imported post reads (and exports back) as it did on Medium.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from urllib.parse import quote

# Markup around inline text; ``b`` and ``i`` are what older posts and pasted text use.
INLINE_MARKERS = MappingProxyType({"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`"})
# Links kept as Markdown links; any other target (a page anchor, a script) keeps its text only.
LINK_SCHEMES = ("http://", "https://", "mailto:")
IMAGE_SCHEMES = ("http://", "https://")  # a picture Medium hosts (or links to) on the web
_TARGET_SAFE = "/:@!$&'*+,;=?#%~-._"  # spaces and brackets are encoded, the rest kept


def _around(text: str) -> tuple[str, str, str]:
    """Leading space, the text without it, trailing space: spaces belong outside markup
    (``** bold **`` is not bold in Markdown)."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return lead, text.strip(), trail


# The writer's own characters that Markdown would read as markup: asterisks, backticks,
# brackets, backslashes, and underscores at a word's edge (``snake_case`` needs none).
_MARKUP_CHARACTERS = re.compile(r"([\\*`\[\]])|(?<![^\W_])_|_(?![^\W_])")
# Punctuation at the end of bold or italic text: it goes after the closing mark, since a mark
# after punctuation and before a letter does not close ("**Note:**read" is no bold).
_TRAILING_PUNCTUATION = re.compile(r"[^\w\s]+$")


def escaped(text: str) -> str:
    """Text from the export as Markdown that reads back as exactly that text."""
    return _MARKUP_CHARACTERS.sub(lambda found: "\\" + found.group(0), text)


def marked(text: str, marker: str) -> str:
    """``text`` as bold, italics or inline code; blank text stays as it was."""
    if not text.strip():
        return text
    lead, inner, trail = _around(text)
    if marker != "`":
        punctuation = _TRAILING_PUNCTUATION.search(inner)
        if punctuation and punctuation.start() > 0:
            inner, trail = inner[: punctuation.start()], punctuation.group(0) + trail
        return f"{lead}{marker}{inner}{marker}{trail}"
    inner = " ".join(inner.split())
    # A code span is fenced by more backticks than any run inside it, and padded with a
    # space when it starts or ends with one.
    longest = max((len(run) for run in re.findall(r"`+", inner)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if inner.startswith("`") or inner.endswith("`") else ""
    return f"{lead}{fence}{pad}{inner}{pad}{fence}{trail}"


def linked(text: str, href: str) -> str:
    """``[text](href)`` of Markdown ``text`` (escaped already); blank text stays as it was."""
    if not text.strip():
        return text
    lead, inner, trail = _around(text)
    return f"{lead}[{' '.join(inner.split())}]({quote(href, safe=_TARGET_SAFE)}){trail}"


def image(src: str, alt: str, caption: str) -> str:
    """``![alt](src "caption")``: the caption rides in the title, which is what Copy for
    Medium turns back into a ``<figcaption>``; a picture without alt text is described by
    its caption. Empty for a picture that is not on the web (nothing to show)."""
    src = src.strip()
    if not src.lower().startswith(IMAGE_SCHEMES):
        return ""
    caption = " ".join(caption.split())
    title = ' "' + caption.replace("\\", "\\\\").replace('"', '\\"') + '"' if caption else ""
    label = escaped(" ".join((alt or caption).split()))
    return f"![{label}]({quote(src, safe=_TARGET_SAFE)}{title})"
