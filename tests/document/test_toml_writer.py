"""TOML written for front matter reads back, through Python's own reader, as what it was."""

from __future__ import annotations

import datetime
import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from app.document.toml_writer import toml_document

_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
_ZONES = st.sampled_from(
    [
        None,
        datetime.UTC,
        datetime.timezone(datetime.timedelta(hours=5, minutes=30)),
        datetime.timezone(-datetime.timedelta(hours=8)),
    ]
)
_SCALARS = st.one_of(
    _TEXT,
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.dates(),
    st.times(),
    st.datetimes(timezones=_ZONES),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_TEXT, _VALUES, max_size=6))
def test_every_document_reads_back_as_it_was(fields) -> None:
    assert tomllib.loads(toml_document(fields)) == fields


def test_tables_follow_the_plain_keys_in_their_order() -> None:
    fields = {
        "title": 'Say "hi"\n',
        "extra": {"key": "v", "deeper": {"n": 1}},
        "tags": ["a", "b"],
        "menu": [{"name": "Blog"}, {"name": "About"}],
        "weird key": 1.5,
    }
    assert toml_document(fields) == (
        'title = "Say \\"hi\\"\\n"\n'
        'tags = ["a", "b"]\n'
        '"weird key" = 1.5\n'
        "[extra]\n"
        'key = "v"\n'
        "[extra.deeper]\n"
        "n = 1\n"
        "[[menu]]\n"
        'name = "Blog"\n'
        "[[menu]]\n"
        'name = "About"\n'
    )
    assert tomllib.loads(toml_document(fields)) == fields
