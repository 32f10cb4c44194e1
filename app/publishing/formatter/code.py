"""Code spans and fences that hold any text, backticks included."""

from __future__ import annotations

import re


def fenced(content: str, info: str) -> str:
    """``content`` in a code fence longer than any run of backticks inside it."""
    fence = "`" * max(3, _longest_run(content, "`") + 1)
    return f"{fence}{info}\n{content}{fence}"


def _longest_run(text: str, char: str) -> int:
    runs = re.findall(re.escape(char) + "+", text)
    return max((len(run) for run in runs), default=0)


def code_span(text: str) -> str:
    """``text`` as one inline code span, on one line, whatever backticks it holds."""
    text = text.replace("\n", " ")
    longest = _longest_run(text, "`")
    if longest:
        ticks = "`" * (longest + 1)
        return f"{ticks} {text} {ticks}"
    if text.startswith(" ") and text.endswith(" ") and text.strip():
        return f"` {text} `"
    return f"`{text}`"
