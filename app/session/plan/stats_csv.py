"""Reading a performance log from CSV: every row checked before anything is stored.

The columns (header names in any case; spaces and hyphens count as underscores):

- ``date`` (required): the day the figures were read, ``YYYY-MM-DD``.
- ``url`` and/or ``title`` (at least one): which story. A known story is matched by Medium's
  post id (the hex id at the end of every story link, so ``/p/<id>`` and the long link agree),
  else by the link, else by title (case, spacing, curly or straight quotes and the kind of
  dash aside: ``A Beginner’s Guide`` is ``A beginner's guide``); an unknown one is created,
  and then ``published`` is required.
- ``published``: when the story went live, ``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM`` (a day alone
  leaves the time of day unknown: the story is in no publishing-hour group).
- ``views``, ``reads`` (required): lifetime totals on that date, whole numbers, reads <= views.
- ``claps``, ``fans``, ``responses``: whole numbers.
- ``member_reading_minutes`` (or ``member_reading_time``): minutes, decimals allowed.
- ``earnings``: an amount such as ``12.40`` or ``$1,204.50``.
- Each of these five may be left out, or its cell left empty: that figure is not given, so the
  one stored for the story that day stays, and a new day leaves it unknown (never 0).
- ``tags``: separated by ``|`` or ``;``, for new stories.
- ``publication``: its name. A story recorded without one is put in it: the publication saved
  under that name (quotes, dashes, case and spacing aside), else a new one. A story already in
  a publication stays there.
- ``read_ratio`` may be present but is not read: it is always reads / views.

Numbers may use thousands separators (``1,204``). Cells are separated by commas, semicolons or
tabs, whichever the header row uses. A file separated by semicolons is one a spreadsheet saved
where a comma is the decimal mark, so there ``1.204,50`` and ``3157,9`` are read as such; a count
(views, reads, claps, fans, responses) may group its thousands with a dot in any file.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from types import MappingProxyType

from app.document.wording import plural
from app.storage.stories import Snapshot, title_key, url_key

REQUIRED = ("date", "views", "reads")
SEPARATORS = (",", ";", "\t")  # a comma wins a tie: a header of one name is read as ever
DECIMAL_COLUMNS = ("member_reading_minutes", "member_reading_time", "earnings")
WHOLE_OPTIONAL = ("claps", "fans", "responses")  # counts a row may leave out
KNOWN = frozenset(
    {
        "date",
        "url",
        "title",
        "published",
        "views",
        "reads",
        "read_ratio",
        "claps",
        "fans",
        "responses",
        "member_reading_minutes",
        "member_reading_time",
        "earnings",
        "tags",
        "publication",
    }
)


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One valid row: the snapshot and what identifies (or creates) its story."""

    line: int
    key: str
    url: str
    title: str
    published: datetime | None
    time_known: bool  # False when ``published`` gave a day alone (then it is midnight)
    tags: tuple[str, ...]
    publication: str
    snapshot: Snapshot


class CsvImportError(ValueError):
    """The file cannot be imported; ``problems`` lists each as "line N: what is wrong"."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:5]) + ("; …" if len(problems) > 5 else "")
        super().__init__(f"{plural(len(problems), 'problem')}, nothing imported: {shown}")


def _column(name: str) -> str:
    return "_".join(name.strip().casefold().replace("-", " ").split())


_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 4.655, as a decimal-comma spreadsheet writes it
_DECIMAL_COMMA = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?")  # 1.204,50 and 3157,9


def _whole(text: str) -> int:
    value = text.replace(",", "").replace("_", "").strip()
    if _DOT_GROUPED.fullmatch(value):  # a count has no decimals: its dots group thousands
        value = value.replace(".", "")
    number = int(value)
    if number < 0:
        raise ValueError("negative")
    return number


def _decimal(text: str) -> float:
    value = text.replace(",", "").replace("$", "").strip()
    number = float(value)
    if number < 0 or number != number:
        raise ValueError("negative")
    return number


def _point_decimal(text: str) -> str:
    """A number written with a decimal comma (``1.204,50``) as :func:`_decimal` reads it
    (``1204.50``); any other text as it is, for :func:`_decimal` to read or refuse."""
    found = _DECIMAL_COMMA.fullmatch(text.replace("$", "").strip())
    if found is None:
        return text
    whole, fraction = found.groups()
    return whole.replace(".", "") + (f".{fraction}" if fraction else "")


def _with_decimal_points(cells: dict[str, str]) -> dict[str, str]:
    return {
        name: _point_decimal(text) if name in DECIMAL_COLUMNS else text
        for name, text in cells.items()
    }


def _separator(text: str) -> str:
    """The separator the header row uses most: Excel saves with semicolons where a comma is
    the decimal mark, and "Unicode text" with tabs."""
    header = text.split("\n", 1)[0]
    return max(SEPARATORS, key=header.count)


def _day(text: str) -> date:
    return date.fromisoformat(text.strip())


def _moment(text: str) -> tuple[datetime | None, bool]:
    """The moment and whether it has a time of day (``2024-05-01`` has none)."""
    value = text.strip()
    if not value:
        return None, False
    moment = datetime.fromisoformat(value.replace("T", " ")).replace(tzinfo=None)
    return moment, len(value) > len("YYYY-MM-DD")


NUMBERS: Mapping[str, Callable[[str], float]] = MappingProxyType(
    {
        "views": _whole,
        "reads": _whole,
        "claps": _whole,
        "fans": _whole,
        "responses": _whole,
        "member_reading_minutes": _decimal,
        "earnings": _decimal,
    }
)


def _row(
    line: int, cells: dict[str, str], known: set[str], latest: date, problems: list[str]
) -> CsvRow | None:
    before = len(problems)
    url, title = cells.get("url", "").strip(), " ".join(cells.get("title", "").split())
    if not url and not title:
        problems.append(f"line {line}: neither a url nor a title")
    try:
        taken_on = _day(cells.get("date", ""))
    except ValueError:
        problems.append(f"line {line}: date {cells.get('date', '')!r} is not YYYY-MM-DD")
        taken_on = date.min
    if taken_on > latest:
        # Figures cannot have been read on a day still to come: a typo (2099 for 2026) would
        # otherwise sit at the end of every chart and count as the story's latest figures.
        problems.append(f"line {line}: date {taken_on} is in the future")
    try:
        published, time_known = _moment(cells.get("published", ""))
    except ValueError:
        problems.append(f"line {line}: published {cells.get('published')!r} is not a date")
        published, time_known = None, False
    if "member_reading_time" in cells and not cells.get("member_reading_minutes"):
        cells["member_reading_minutes"] = cells["member_reading_time"]
    figures: dict[str, float] = {}
    for name, parse in NUMBERS.items():
        text = cells.get(name, "")
        if not text.strip():  # not given: the story's stored figure stays
            if name in ("views", "reads"):
                problems.append(f"line {line}: {name} is missing")
            continue
        try:
            figures[name] = parse(text)
        except ValueError:
            kind = "a whole number" if parse is _whole else "a number"
            problems.append(f"line {line}: {name} {text!r} is not {kind} of 0 or more")
    if figures.get("reads", 0) > figures.get("views", float("inf")):
        problems.append(f"line {line}: reads ({figures['reads']:.0f}) exceed views")
    if published is not None and taken_on != date.min and taken_on < published.date():
        problems.append(f"line {line}: date {taken_on} is before the story was published")
    if len(problems) > before:
        return None
    tags = tuple(
        tag.strip() for tag in cells.get("tags", "").replace(";", "|").split("|") if tag.strip()
    )
    counts = {name: int(figures[name]) for name in WHOLE_OPTIONAL if name in figures}
    snapshot = Snapshot(
        taken_on,
        int(figures["views"]),
        int(figures["reads"]),
        **counts,
        member_reading_minutes=figures.get("member_reading_minutes"),
        earnings=figures.get("earnings"),
    )
    return CsvRow(
        line,
        _key(url, title, known),
        url,
        title,
        published,
        time_known,
        tags,
        cells.get("publication", "").strip(),
        snapshot,
    )


def _key(url: str, title: str, known: set[str]) -> str:
    """The URL's key if that story is known, else the title's if known, else a new key."""
    by_url = url_key(url) if url else None
    by_title = title_key(title) if title else None
    if by_url in known or (by_title not in known and by_url):
        return by_url
    return by_title or ""


def _header_problems(header: list[str], first_line: str) -> list[str]:
    """What is wrong with the header row; a single line when it names no column this import
    knows, as then every other complaint would only repeat that."""
    if not KNOWN.intersection(header):
        shown = first_line if len(first_line) <= 60 else first_line[:59] + "…"
        return [
            f"line 1: no column this import knows in {shown!r}: the first row must name the "
            "columns (date, url or title, views, reads, …), separated by commas, semicolons "
            "or tabs"
        ]
    problems = [
        f"line 1: the required column {name!r} is missing"
        for name in REQUIRED
        if name not in header
    ]
    if "url" not in header and "title" not in header:
        problems.append("line 1: a 'url' or a 'title' column is needed")
    unknown = [name for name in header if name and name not in KNOWN]
    if unknown:
        noun = "column" if len(unknown) == 1 else "columns"
        problems.append(f"line 1: unknown {noun} {', '.join(unknown)}")
    return problems


def parse_stats_csv(text: str, known_keys: set[str], today: date) -> list[CsvRow]:
    """Every row, or :class:`CsvImportError` listing every bad row by its line number. A row
    dated after tomorrow is bad (tomorrow is allowed: the file may come from a time zone
    ahead of this computer's)."""
    latest = today + timedelta(days=1)
    text = text.lstrip("\ufeff")
    separator = _separator(text)
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    try:
        header = [_column(name) for name in next(reader)]
    except StopIteration:
        raise CsvImportError(["line 1: the file is empty"]) from None
    problems = _header_problems(header, text.split("\n", 1)[0])
    if problems:
        raise CsvImportError(problems)
    rows: list[CsvRow] = []
    seen: dict[tuple[str, date], int] = {}
    new_stories: set[str] = set()
    aliases: dict[str, str] = {}
    while True:
        line = reader.line_num + 1  # where the row starts (a quoted cell may span lines)
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(f"line {line}: {error}")
            break
        if not any(value.strip() for value in values):
            continue
        if len(values) > len(header):
            problems.append(f"line {line}: {len(values)} cells for {len(header)} columns")
            continue
        cells = dict(zip(header, values, strict=False))
        if separator != ",":  # a spreadsheet's semicolons or tabs: its decimal mark may be ","
            cells = _with_decimal_points(cells)
        row = _row(line, cells, known_keys, latest, problems)
        if row is None:
            continue
        if row.key not in known_keys and row.key not in new_stories:
            # A story created a few rows above, named now by its title (or URL) alone.
            alias = aliases.get(title_key(row.title)) or aliases.get(url_key(row.url))
            if alias is not None:
                row = replace(row, key=alias)
        if row.key not in known_keys and row.key not in new_stories:
            if row.published is None:
                problems.append(
                    f"line {line}: {row.url or row.title} is a new story: 'published' is needed"
                )
                continue
            new_stories.add(row.key)
            for name in (
                title_key(row.title) if row.title else "",
                url_key(row.url) if row.url else "",
            ):
                if name:
                    aliases.setdefault(name, row.key)
        first = seen.setdefault((row.key, row.snapshot.taken_on), line)
        if first != line:
            problems.append(f"line {line}: the same story and date as line {first}")
            continue
        rows.append(row)
    if problems:
        raise CsvImportError(problems)
    return rows
