"""Ready-to-post promotion texts for X, LinkedIn, Facebook and a newsletter.

X counts a post's length the way twitter-text (configuration v3) does: text is NFC
normalised; every code point in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and
U+2032–U+2037 weighs 1, every other code point 2 (CJK, most symbols, the ellipsis "…");
an emoji sequence (with skin tones, ZWJ joins, flags, keycaps) weighs 2 in all; and every
link weighs 23, whatever its length. A post may weigh 280. A post written before the story
has its link keeps room for it (the link and the blank line before it), so it still fits
once the writer adds the link.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import regex

X_MAX_LENGTH = 280
X_LINK_LENGTH = 23
# What adding the story's link later costs a post: the link and the blank line before it.
X_LINK_ROOM = X_LINK_LENGTH + 2
X_MAX_HASHTAGS = 3
LINKEDIN_MAX_LENGTH = 3000
LINKEDIN_MAX_HASHTAGS = 5
NEWSLETTER_MAX_BLURB = 300
ELLIPSIS = "\u2026"
# The end of a sentence, closing quotes or brackets included.
_SENTENCE_END_RE = regex.compile(r"[.!?\u2026][\"'\u2019\u201d)\]]*$")

# twitter-text v3: code point ranges that weigh 1; everything else weighs 2.
_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))

# Links as X recognises them: with a scheme, starting with www., or a bare domain with a
# common top-level domain. Trailing punctuation belongs to the sentence, not the link.
_LINK = (
    r"(?:https?://|www\.)[^\s]*[^\s.,;:!?)\]}'\"\u2019\u201d\u2026]"
    r"|(?<![\w@.])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+"
    r"(?:com|org|net|io|co|dev|app|ai|me|blog|news|xyz|info|uk|de|fr|ca|us|in|jp|ly|so)"
    r"(?![\w\-])(?:/[^\s]*[^\s.,;:!?)\]}'\"\u2019\u201d\u2026])?"
)
_EMOJI = (
    r"\p{Regional_Indicator}{2}"
    r"|[0-9#*]\ufe0f?\u20e3"
    r"|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f)\p{Emoji_Modifier}?"
    r"[\U000e0020-\U000e007f]*"
    r"(?:\u200d(?:\p{Emoji_Presentation}|\p{Extended_Pictographic})\ufe0f?\p{Emoji_Modifier}?)*"
)


@cache
def _x_token_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?P<link>{_LINK})|(?P<emoji>{_EMOJI})", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Snippets:
    """Promotion texts; ``x`` always fits in one post, with room for the link when it has none."""

    x: str
    linkedin: str
    facebook: str
    newsletter: str
    hashtags: tuple[str, ...]
    link: str = ""  # the story's link, once it is published


def x_length(text: str) -> int:
    """The length X counts for ``text`` (links 23, emoji and CJK 2, most Latin text 1)."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    position = 0
    for match in _x_token_re().finditer(text):
        total += _weigh(text, position, match.start())
        total += X_LINK_LENGTH if match.group("link") else 2
        position = match.end()
    return total + _weigh(text, position, len(text))


def has_x_link(text: str) -> bool:
    """Whether X would count a link in ``text``."""
    normalised = unicodedata.normalize("NFC", text)
    return any(match.group("link") for match in _x_token_re().finditer(normalised))


def _weigh(text: str, start: int, end: int) -> int:
    total = 0
    for char in text[start:end]:
        code = ord(char)
        light = any(low <= code <= high for low, high in _LIGHT_RANGES)
        total += 1 if light else 2
    return total


def hashtag(tag: str) -> str:
    """``#Tag`` for a tag; several words become CamelCase (``machine learning`` →
    ``#MachineLearning``). Empty when nothing usable is left (a hashtag needs a letter)."""
    # Programming-language names lose their symbols otherwise: C++ -> Cpp, C# -> CSharp.
    spelled = tag.strip().lstrip("#").replace("++", "pp").replace("#", "Sharp")
    words = [word for word in regex.split(r"[^\p{L}\p{N}\p{M}]+", spelled) if word]
    if not words or not any(char.isalpha() for word in words for char in word):
        return ""
    if len(words) == 1:
        return "#" + words[0]
    return "#" + "".join(word[0].upper() + word[1:] for word in words)


def hashtags(tags: Sequence[str], limit: int) -> tuple[str, ...]:
    """Distinct hashtags for ``tags`` (case-insensitive), at most ``limit``."""
    seen: set[str] = set()
    result: list[str] = []
    for tag in tags:
        tagged = hashtag(tag)
        if tagged and tagged.casefold() not in seen:
            seen.add(tagged.casefold())
            result.append(tagged)
    return tuple(result[:limit])


def truncate_words(text: str, check: Callable[[str], bool]) -> str:
    """``text`` if ``check`` accepts it, else its longest word-boundary prefix plus "…"
    that ``check`` accepts (cut between graphemes when not even one word fits)."""
    if check(text):
        return text
    cuts = [m.start() for m in regex.finditer(r"\s+", text)]
    best = ""
    low, high = 0, len(cuts) - 1
    while low <= high:  # the longest fitting prefix, by binary search over word ends
        middle = (low + high) // 2
        candidate = _with_ellipsis(text[: cuts[middle]])
        if check(candidate):
            best = candidate
            low = middle + 1
        else:
            high = middle - 1
    if best:
        return best
    graphemes = regex.findall(r"\X", text)
    low, high = 0, len(graphemes)
    while low < high:
        middle = (low + high + 1) // 2
        if check(_with_ellipsis("".join(graphemes[:middle]))):
            low = middle
        else:
            high = middle - 1
    return _with_ellipsis("".join(graphemes[:low])) if low else ""


def _with_ellipsis(prefix: str) -> str:
    prefix = prefix.rstrip().rstrip(",;:-\u2013\u2014")
    if not prefix or _SENTENCE_END_RE.search(prefix):
        return prefix  # a whole sentence ends the post: "machines.…" would read as a slip
    return prefix + ELLIPSIS


def promotion_snippets(
    *,
    title: str,
    subtitle: str,
    hook: str,
    tags: Sequence[str],
    url: str | None = None,
) -> Snippets:
    """Posts announcing a story; ``hook`` is the line that makes people click."""
    title, subtitle, hook = (" ".join(part.split()) for part in (title, subtitle, hook))
    url = (url or "").strip()
    lead = hook or title or subtitle
    return Snippets(
        x=_x_post(lead, url, hashtags(tags, X_MAX_HASHTAGS)),
        linkedin=_linkedin_post(title, subtitle, hook, url, hashtags(tags, LINKEDIN_MAX_HASHTAGS)),
        facebook=_join_blocks(lead, f"{title} \u2014 {subtitle}" if hook and subtitle else "", url),
        newsletter=_newsletter(title, subtitle, hook, url),
        hashtags=hashtags(tags, LINKEDIN_MAX_HASHTAGS),
        link=url,
    )


def _join_blocks(*blocks: str) -> str:
    return "\n\n".join(block for block in blocks if block)


def _x_post(lead: str, url: str, tags: tuple[str, ...]) -> str:
    # Without the link yet, the post keeps room for it.
    limit = X_MAX_LENGTH if url else X_MAX_LENGTH - X_LINK_ROOM

    def compose(text: str, kept: tuple[str, ...]) -> str:
        return _join_blocks(text, url, " ".join(kept))

    # Hashtags are the first to go, then the lead is shortened at a word boundary.
    kept = tags
    while kept and x_length(compose(lead, kept)) > limit:
        kept = kept[:-1]
    if x_length(compose(lead, kept)) <= limit:
        return compose(lead, kept)
    shortened = truncate_words(lead, lambda text: x_length(compose(text, ())) <= limit)
    return compose(shortened, ())


def _linkedin_post(title: str, subtitle: str, hook: str, url: str, tags: tuple[str, ...]) -> str:
    heading = "\n".join(part for part in (title, subtitle) if part)
    call = f"Read the full story: {url}" if url else ""
    tail = " ".join(tags)

    def compose(text: str) -> str:
        return _join_blocks(heading, text, call, tail)

    return compose(truncate_words(hook, lambda text: len(compose(text)) <= LINKEDIN_MAX_LENGTH))


def _newsletter(title: str, subtitle: str, hook: str, url: str) -> str:
    heading = title + (f" \u2014 {subtitle}" if title and subtitle else subtitle)
    blurb = hook or subtitle
    if blurb == subtitle and heading.endswith(subtitle):
        blurb = ""
    blurb = truncate_words(blurb, lambda text: len(text) <= NEWSLETTER_MAX_BLURB)
    link = f"Read it here: {url}" if url else ""
    return _join_blocks(heading, " ".join(part for part in (blurb, link) if part))
