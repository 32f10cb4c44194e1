"""The link of a story marked published: optional, but when given it must be a web address,
since statistics files and the sharing snippets use it as the story's address."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# A host as browsers show it: labels of letters, digits and hyphens, with at least one dot.
_HOST = re.compile(r"^(?:[\w-]+\.)+[\w-]{2,}(?::\d+)?$")


def story_link(text: str) -> str:
    """``text`` as the story's address: empty stays empty (the story is then known by its
    title), an address pasted without ``https://`` gets it; anything else that is not an
    http(s) address raises ValueError saying what to paste instead."""
    link = text.strip()
    if not link:
        return ""
    if "://" not in link:
        link = "https://" + link
    parts = urlsplit(link)
    if parts.scheme not in ("http", "https") or not _HOST.match(parts.netloc) or " " in link:
        raise ValueError(
            f"“{text.strip()}” is not a web address. Paste the story's link as your browser "
            "shows it (https://medium.com/@you/…), or leave it empty."
        )
    return link
