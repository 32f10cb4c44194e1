"""TOML text for what ``tomllib`` reads, so a Hugo or Zola post's front matter stays TOML.

Python reads TOML but cannot write it, and a blog engine that wants ``+++`` front matter
(Zola reads nothing else) cannot take the YAML an export would otherwise write. Every value
``tomllib`` returns is written back so that ``tomllib.loads(toml_document(fields)) ==
fields``: strings with escapes, numbers, booleans, dates and times, arrays, and tables, as
``[name]`` and ``[[name]]`` sections after the plain keys, which TOML requires; within each
part, the fields keep their order.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

_BARE_KEY_RE = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
    '"': '\\"',
    "\\": "\\\\",
}
# Control characters TOML does not allow in a basic string, and what needs an escape.
_UNSAFE_RE = re.compile(r'[\x00-\x1f\x7f"\\]')


def toml_document(fields: Mapping[str, Any]) -> str:
    """``fields`` as a TOML document ending in a newline ("" for no fields)."""
    lines = _table_lines(fields, ())
    return "\n".join(lines) + "\n" if lines else ""


def _table_lines(table: Mapping[str, Any], path: tuple[str, ...]) -> list[str]:
    """The plain keys of ``table``, then its tables and arrays of tables as sections."""
    lines = [f"{key_text(key)} = {value_text(value)}" for key, value in _plain(table)]
    for key, value in table.items():
        inner = (*path, key)
        header = ".".join(key_text(part) for part in inner)
        if isinstance(value, Mapping):
            lines.extend([f"[{header}]", *_table_lines(value, inner)])
        elif _is_table_array(value):
            for entry in value:
                lines.extend([f"[[{header}]]", *_table_lines(entry, inner)])
    return lines


def _plain(table: Mapping[str, Any]) -> list[tuple[str, Any]]:
    return [
        (key, value)
        for key, value in table.items()
        if not isinstance(value, Mapping) and not _is_table_array(value)
    ]


def _is_table_array(value: object) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(entry, Mapping) for entry in value)
    )


def key_text(key: str) -> str:
    """A key, bare when TOML allows it, else quoted."""
    return key if _BARE_KEY_RE.fullmatch(key) else string_text(key)


def string_text(value: str) -> str:
    """A TOML basic string that reads back as exactly ``value``."""
    return '"' + _UNSAFE_RE.sub(_escape, value) + '"'


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def value_text(value: object) -> str:
    """One value as TOML; tables inside arrays are written inline."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return string_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Mapping):
        inner = ", ".join(f"{key_text(k)} = {value_text(v)}" for k, v in value.items())
        return f"{{ {inner} }}" if inner else "{}"
    if isinstance(value, Sequence):
        return "[" + ", ".join(value_text(entry) for entry in value) + "]"
    raise TypeError(f"TOML has no value of type {type(value).__name__}")


def _float_text(value: float) -> str:
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return repr(value)  # "1e+100" and "0.5" read back as the same float
