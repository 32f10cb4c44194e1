"""Line and column of an offset, as ``clapwise analyze`` prints them beside each finding."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.commands.common import LinePositions


def _by_scanning(source: str, offset: int) -> tuple[int, int]:
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def test_lines_and_columns_count_from_one() -> None:
    positions = LinePositions("ab\ncd\n\nef")
    assert positions.line_and_column(0) == (1, 1)
    assert positions.line_and_column(2) == (1, 3)  # the line break itself
    assert positions.line_and_column(3) == (2, 1)
    assert positions.line_and_column(7) == (4, 1)


@given(st.text(alphabet="ab\n\r é", max_size=60), st.data())
def test_every_offset_is_placed_as_a_scan_would(source: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(min_value=0, max_value=len(source)))
    assert LinePositions(source).line_and_column(offset) == _by_scanning(source, offset)
