"""Front matter: find it at the top of a post, read the fields a story needs, write a block.

Static-site generators keep a post's title, description, tags and date in a block at the very
top: YAML between ``---`` fences (Jekyll, Eleventy, Hugo), TOML between ``+++`` fences (Hugo,
Zola) or a JSON object (Hugo). All three are read here, with a leading byte-order mark
tolerated; nothing else in Clapwise looks for front matter. A block is never prose.

Writing keeps the block's format (YAML for a post that has none), so the blog engine that
reads the post still reads its export. In YAML every string is a double-quoted scalar with
escapes (valid YAML 1.1 and 1.2 whatever the characters: colons, quotes, ``#``, emoji, RTL
text, leading dashes or ``@``), tags are a block sequence and the date is an ISO date; TOML
is written by ``tomli_w``. The post's own other fields (author, licence, source …) are
written back in their order, so an export keeps its attribution.
"""

from __future__ import annotations

import datetime
import json
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.document.tag_names import tags_in

logger = logging.getLogger(__name__)


class FrontMatterFormat(StrEnum):
    YAML = "yaml"
    TOML = "toml"
    JSON = "json"


# Each format's whole block, fences included, at the very top (after an optional BOM). The
# body between the fences is captured; the closing fence may end the file.
_BLOCK_PATTERNS: tuple[tuple[FrontMatterFormat, re.Pattern[str]], ...] = (
    (
        FrontMatterFormat.YAML,
        re.compile(
            r"\A\ufeff?---[ \t]*\r?\n(?P<body>(?:.*?\r?\n)??)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
            re.S,
        ),
    ),
    (
        FrontMatterFormat.TOML,
        re.compile(
            r"\A\ufeff?\+\+\+[ \t]*\r?\n(?P<body>(?:.*?\r?\n)??)\+\+\+[ \t]*(?:\r?\n|\Z)", re.S
        ),
    ),
    (
        FrontMatterFormat.JSON,
        re.compile(r"\A\ufeff?(?P<body>\{[ \t]*\r?\n.*?\r?\n\}[ \t]*)(?:\r?\n|\Z)", re.S),
    ),
)


@dataclass(frozen=True, slots=True)
class FrontMatterBlock:
    """Where the block is: ``source[:end]`` is the block with its fences (and any BOM)."""

    format: FrontMatterFormat
    end: int
    body: str  # the text between the fences (the whole object for JSON)


def find_front_matter(source: str) -> FrontMatterBlock | None:
    """The front matter block at the top of ``source``, or ``None``.

    A JSON block counts only when it parses: an opening brace is rare in prose, but a post may
    still start with one.
    """
    if not source.startswith(("-", "+", "{", "\ufeff")):
        return None
    for kind, pattern in _BLOCK_PATTERNS:
        match = pattern.match(source)
        if match is None:
            continue
        body = match.group("body")
        if kind is FrontMatterFormat.JSON and _parse(kind, body) is None:
            return None
        return FrontMatterBlock(kind, match.end(), body)
    return None


def front_matter_end(source: str) -> int:
    """Length of the front matter at the top of ``source`` (0 when there is none)."""
    block = find_front_matter(source)
    return block.end if block else 0


def split_front_matter(text: str) -> tuple[str | None, str]:
    """``(front_matter, rest)``: the block including its fences, or ``None``."""
    end = front_matter_end(text)
    if not end:
        return None, text
    return text[:end], text[end:]


# The first key present wins; generators disagree on names.
_SUBTITLE_KEYS = ("subtitle", "description", "summary", "excerpt")
_CANONICAL_KEYS = ("canonical_url", "canonical", "canonicalURL", "canonicalUrl")
_TAG_KEYS = ("tags", "keywords")
_DATE_KEYS = ("date", "publishDate", "published", "pubDate")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """What the front matter says; empty strings and an empty tuple when it says nothing."""

    title: str = ""
    subtitle: str = ""
    tags: tuple[str, ...] = ()
    canonical_url: str = ""
    date: datetime.date | None = None
    # Why a block that is there could not be read ("" when it was, or when there is none),
    # in one plain line for the writer: its fields were ignored.
    problem: str = ""


def read_front_matter(source: str) -> FrontMatter:
    """The fields of the front matter at the top of ``source``.

    Front matter that does not parse says nothing: static-site generators refuse it too, and
    guessing could put the wrong words in a title; ``problem`` says why. Only top-level
    fields are read.
    """
    block = find_front_matter(source)
    if block is None:
        return FrontMatter()
    try:
        fields = _parse_fields(block.format, block.body)
    except ValueError as error:
        problem = (
            f"its {block.format.name} front matter could not be read ({error}), so its "
            "title, subtitle and tags were left out"
        )
        return FrontMatter(problem=problem)
    return _fields_to_front_matter(fields) if fields is not None else FrontMatter()


@dataclass(frozen=True, slots=True)
class UnreadableFrontMatter:
    """A block at the top of a post that does not parse: its fields are not guessed at, and
    an export copies it as written rather than lose the writer's lines."""

    format: FrontMatterFormat
    reason: str  # in a few words, with the line in the post: "line 3: …"
    text: str  # the block as written, fences included


def unreadable_front_matter(source: str) -> UnreadableFrontMatter | None:
    """The front matter at the top of ``source`` when it is there but cannot be read."""
    block = find_front_matter(source)
    if block is None:
        return None
    try:
        _parse_fields(block.format, block.body)
    except ValueError as error:
        return UnreadableFrontMatter(block.format, str(error), source[: block.end])
    return None


def read_front_matter_fields(source: str) -> dict[str, Any]:
    """Every top-level field of the front matter at the top of ``source``, in its order;
    empty when there is none or it cannot be read."""
    block = find_front_matter(source)
    if block is None:
        return {}
    return dict(_parse(block.format, block.body) or {})


def front_matter_too_deep(source: str) -> bool:
    """True when the front matter is nested too deeply to read (its fields are then unused)."""
    block = find_front_matter(source)
    if block is None:
        return False
    try:
        _PARSERS[block.format](block.body)
    except RecursionError:
        return True
    except ValueError:
        return False
    return False


def _parse(kind: FrontMatterFormat, body: str) -> Mapping[str, Any] | None:
    """The block's top-level mapping, or ``None`` when it is not a valid mapping."""
    try:
        return _parse_fields(kind, body)
    except ValueError:
        return None


def _parse_fields(kind: FrontMatterFormat, body: str) -> Mapping[str, Any] | None:
    """The block's top-level mapping (``None`` for an empty block), or ValueError saying in
    a few words what is wrong, with the line in the post counted from its first line."""
    try:
        parsed = _PARSERS[kind](body)
    except RecursionError:  # nesting thousands deep: reported as unreadable, never raised
        logger.warning("front matter nested too deeply to read")
        raise ValueError("nested too deeply") from None
    if parsed is None or isinstance(parsed, dict):
        return parsed
    raise ValueError("it is not a list of fields such as 'title: …'")


def _load_yaml(body: str) -> Any:
    import yaml  # only for a post that has YAML front matter

    try:
        return yaml.safe_load(body)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "not valid YAML"
        # The block's first line is the post's second (after the opening ---).
        where = f"line {mark.line + 2}: " if mark is not None else ""
        raise ValueError(f"{where}{problem}") from None


_TOML_POSITION_RE = re.compile(r"\s*\(at line (\d+), column \d+\)$")


def _load_toml(body: str) -> Any:
    import tomllib

    try:
        return tomllib.loads(body)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION_RE.search(message)
        if position is None:
            raise ValueError(message) from None
        line = int(position.group(1)) + 1  # after the opening +++
        raise ValueError(f"line {line}: {message[: position.start()]}") from None


_PARSERS: dict[FrontMatterFormat, Callable[[str], Any]] = {
    FrontMatterFormat.YAML: _load_yaml,
    FrontMatterFormat.TOML: _load_toml,
    FrontMatterFormat.JSON: json.loads,
}


def _fields_to_front_matter(fields: Mapping[str, Any]) -> FrontMatter:
    def value_of(field: str) -> object:
        key = _own_key(fields, field)  # the one rule for which key holds a field
        return fields[key] if key is not None else None

    tags = value_of("tags")
    if isinstance(tags, str):  # "a, b" or Jekyll's space-separated "a b"
        tags = tags.split(",") if "," in tags else tags.split()
    if not isinstance(tags, list):
        tags = []
    return FrontMatter(
        title=_text(value_of("title")),
        subtitle=_text(value_of("subtitle")),
        # "#python" is a hashtag habit: the tag is "python", wherever the file is read.
        tags=tuple(dict.fromkeys(tag for entry in tags for tag in tags_in(_text(entry)))),
        canonical_url=_text(value_of("canonical_url")),
        date=_date(value_of("date")),
    )


def _text(value: object) -> str:
    """A scalar as text; "" for anything else (a map, a list, nothing)."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()
    return ""


def _date(value: object) -> datetime.date | None:
    """A date from a YAML/TOML date or datetime, or an ISO 8601 string."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            try:
                return datetime.date.fromisoformat(text[:10])
            except ValueError:
                return None
    return None


# Characters a YAML double-quoted scalar may hold unescaped: printable, not a line break
# (U+0085, U+2028 and U+2029 count as line breaks in YAML 1.1) and not a quote/backslash.
_UNSAFE_RE = re.compile('[\\\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]')
_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def yaml_string(value: str) -> str:
    """``value`` as a YAML double-quoted scalar that round-trips exactly."""
    return '"' + _UNSAFE_RE.sub(_escape_char, value) + '"'


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    return f"\\u{ord(char):04x}"


# Clapwise's fields in the order it writes them, each with the keys a post may hold it under
# (the first is the one written when the post has none).
_FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "subtitle": _SUBTITLE_KEYS,
    "tags": _TAG_KEYS,
    "canonical_url": _CANONICAL_KEYS,
    "date": _DATE_KEYS,
}


def build_front_matter(
    *,
    title: str = "",
    subtitle: str = "",
    tags: Sequence[str] = (),
    canonical_url: str | None = None,
    date: datetime.date | None = None,
    keep: Mapping[str, Any] | None = None,
    format: FrontMatterFormat = FrontMatterFormat.YAML,
) -> str:
    """A block with the non-empty fields in ``format`` (``---`` fenced YAML, ``+++`` fenced
    TOML or a JSON object), ending in a newline.

    ``keep`` is the post's own front matter (:func:`read_front_matter_fields`): its fields
    stay, in their order, and each of Clapwise's fields is written in place of the key it
    was read from ("description" stays "description"). An empty title, subtitle, tag list or
    canonical link removes the post's (the writer cleared it); a canonical link or date not
    given (None) leaves the post's as it was.
    """
    clean_tags = list(dict.fromkeys(tag for entry in tags for tag in tags_in(entry)))
    if isinstance(date, datetime.datetime):
        date = date.date()  # the front matter records the day only
    values: dict[str, object] = {
        "title": title,
        "subtitle": subtitle,
        "tags": clean_tags,
        "canonical_url": canonical_url.strip() if canonical_url is not None else None,
        "date": date,
    }
    own = dict(keep or {})
    keys = {field: _own_key(own, field) or aliases[0] for field, aliases in _FIELD_KEYS.items()}
    fields = {key: field for field, key in keys.items()}
    # (key, value, whether the value is Clapwise's: left out when empty)
    entries: list[tuple[object, object, bool]] = []
    for key, value in own.items():
        field = fields.get(key) if isinstance(key, str) else None
        if field is None or values[field] is None:  # a link or date the draft has not set
            entries.append((key, value, False))
        else:
            entries.append((key, values[field], True))
    # A field the post lacks goes after the one before it in Clapwise's order (or first).
    position = 0
    for field, key in keys.items():
        index = next((i for i, (k, _value, _ours) in enumerate(entries) if k == key), None)
        if index is None:
            entries.insert(position, (key, values[field], True))
            index = position
        position = index + 1
    written = [(key, value, ours) for key, value, ours in entries if value or not ours]
    if format is FrontMatterFormat.TOML:
        import tomli_w  # only for a post whose front matter is TOML

        return "+++\n" + tomli_w.dumps({str(k): v for k, v, _ours in written}) + "+++\n"
    if format is FrontMatterFormat.JSON and written:
        fields_json = {str(k): v for k, v, _ours in written}
        return json.dumps(fields_json, indent=2, ensure_ascii=False, default=_json_value) + "\n"
    lines = [
        line
        for key, value, ours in written
        for line in (_field_lines(str(key), value) if ours else _yaml_lines(key, value))
    ]
    return "\n".join(["---", *lines, "---"]) + "\n"


def _json_value(value: object) -> str:
    """A date in a JSON block, as JSON front matter writes it: ISO 8601."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"JSON has no value of type {type(value).__name__}")


def _own_key(fields: Mapping[str, Any], field: str) -> str | None:
    """The key of ``fields`` that :func:`read_front_matter` reads ``field`` from, if any."""
    for key in _FIELD_KEYS[field]:
        value = fields.get(key)
        if field == "tags" and key in fields:
            return key
        if field == "date" and _date(value) is not None:
            return key
        if field not in ("tags", "date") and _text(value):
            return key
    return None


def _field_lines(key: str, value: object) -> list[str]:
    """One of Clapwise's fields as YAML lines, none when it is empty."""
    if not value:
        return []
    if isinstance(value, list):
        return [f"{key}:", *(f"  - {yaml_string(tag)}" for tag in value)]
    if isinstance(value, datetime.date):
        return [f"{key}: {value.isoformat()}"]
    return [f"{key}: {yaml_string(str(value))}"]


def _yaml_lines(key: object, value: object) -> list[str]:
    """A field of the post's own as YAML lines, its value as it was read."""
    import yaml

    try:
        text = yaml.safe_dump({key: value}, sort_keys=False, allow_unicode=True, width=1_000_000)
    except yaml.YAMLError:  # a TOML time of day has no YAML form: kept as its text
        text = yaml.safe_dump({key: str(value)}, sort_keys=False, allow_unicode=True)
    return text.rstrip("\n").split("\n")
