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


def marked(text: str, marker: str) -> str:
    """``text`` as bold, italics or inline code; blank text stays as it was."""
    if not text.strip():
        return text
    lead, inner, trail = _around(text)
    if marker != "`":
        return f"{lead}{marker}{inner}{marker}{trail}"
    inner = " ".join(inner.split())
    # A code span is fenced by more backticks than any run inside it, and padded with a
    # space when it starts or ends with one.
    longest = max((len(run) for run in re.findall(r"`+", inner)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if inner.startswith("`") or inner.endswith("`") else ""
    return f"{lead}{fence}{pad}{inner}{pad}{fence}{trail}"


def _label(text: str) -> str:
    return " ".join(text.split()).replace("[", "\\[").replace("]", "\\]")


def linked(text: str, href: str) -> str:
    """``[text](href)``; blank text stays as it was."""
    if not text.strip():
        return text
    lead, inner, trail = _around(text)
    return f"{lead}[{_label(inner)}]({quote(href, safe=_TARGET_SAFE)}){trail}"


def image(src: str, alt: str, caption: str) -> str:
    """``![alt](src "caption")``: the caption rides in the title, which is what Copy for
    Medium turns back into a ``<figcaption>``; a picture without alt text is described by
    its caption. Empty for a picture that is not on the web (nothing to show)."""
    src = src.strip()
    if not src.lower().startswith(IMAGE_SCHEMES):
        return ""
    caption = " ".join(caption.split())
    title = ' "' + caption.replace("\\", "\\\\").replace('"', '\\"') + '"' if caption else ""
    return f"![{_label(alt or caption)}]({quote(src, safe=_TARGET_SAFE)}{title})"
