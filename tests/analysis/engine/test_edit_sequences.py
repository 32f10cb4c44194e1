"""Random edit sequences: the incremental analyser's report is always a fresh analysis's.

Edits are what a writer does (type, delete, paste a paragraph, open or close a fence, add a
link definition or front matter) at random places of a draft that has every construct the
chunking and the link definitions care about.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.analysis.engine.analyzer import Analyzer
from app.analysis.engine.layout import ChunkLayout
from app.document.chunks import reference_definitions, split_chunks

DRAFT = """---
title: Notes on a long draft
---

# Ten years of writing online

Writing every day is hard. It was recommended to me by a teacher who was admired by everyone.
Read [the guide][g] before you start; it is very very useful.

## What changed

I started small. The first posts were written in a hurry and they were read by nobody.

```python
print("code is not prose")

print("blank lines inside fences stay in one chunk")
```

![A desk by a window](desk.png)
*Photo: the author's desk*

- Write first, edit later
- Publish on a schedule

> A quote that was written by someone who is definately famous.

| Column | Other |
|---|---|
| cell | cell |

[g]: https://example.org/guide
[h]: https://example.org/h "Title"
"""

INSERTS = st.sampled_from(
    [
        "a", " ", "\n", "\n\n", "```", "```\n", "~~~\n", "---\n", "# ", "## Heading\n\n",
        "[g]: https://example.org/other\n", "[new][g]", "![x](y.png)\n*caption*\n",
        "The report was written quickly. ", "teh ", "alot ", "very ", "😀", "- item\n",
        "> ", "\t", "   \n", "---\ntitle: x\n---\n", "```go\n", "rust", "{r}",
        "[^1]", "\n[^1]: A note.\n",
    ]
)  # fmt: skip

EDIT = st.tuples(st.floats(0, 1), st.integers(0, 40), st.one_of(INSERTS, st.text(max_size=8)))


def _apply(text: str, edit: tuple[float, int, str]) -> str:
    where, removed, inserted = edit
    at = int(where * len(text))
    return text[:at] + inserted + text[at + removed :]


def _report_of_fresh_analyser(text: str, **request: str) -> object:
    return Analyzer().analyze(text, **request)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(EDIT, min_size=1, max_size=8), st.sampled_from(["", "writing", "the guide"]))
def test_every_report_after_edits_equals_a_fresh_analysis(edits, keyphrase: str) -> None:
    analyzer = Analyzer()
    text = DRAFT
    analyzer.analyze(text, keyphrase=keyphrase)
    for edit in edits:
        text = _apply(text, edit)
        incremental = analyzer.analyze(text, keyphrase=keyphrase)
        fresh = _report_of_fresh_analyser(text, keyphrase=keyphrase)
        assert incremental == fresh
        assert incremental.to_dict() == fresh.to_dict()


@settings(max_examples=300, deadline=None)
@given(st.lists(EDIT, min_size=1, max_size=10))
def test_the_layout_after_edits_is_a_fresh_split(edits) -> None:
    layout = ChunkLayout()
    text = DRAFT
    layout.split(text)
    for edit in edits:
        text = _apply(text, edit)
        layout.split(text)
        chunks = [chunk for chunk in split_chunks(text) if not chunk.is_front_matter]
        assert layout.starts == [chunk.start for chunk in chunks]
        assert layout.texts == [chunk.text for chunk in chunks]
        assert layout.references() == reference_definitions(text)
        assert layout.bracketed == ["[" in chunk.text for chunk in chunks]


def test_typing_one_character_at_a_time_keeps_every_report_fresh() -> None:
    analyzer = Analyzer()
    text = DRAFT
    at = DRAFT.index("I started small.")
    for char in "Then it grew. ":
        text = text[:at] + char + text[at:]
        at += 1
        assert analyzer.analyze(text) == Analyzer().analyze(text)


def test_adding_and_removing_a_link_definition_keeps_every_report_fresh() -> None:
    # Only chunks with a bracket may read a definition; the others stay cached across it.
    analyzer = Analyzer()
    text = "Plain words first.\n\nRead [the guide] very soon.\n\n[x]: https://example.org/x\n"
    steps = [text, text + "\n[the guide]: https://example.org/guide\n", text]
    texts = []
    for step in steps:
        report = analyzer.analyze(step)
        assert report == Analyzer().analyze(step)
        texts.append(report.block_texts[1])
    assert texts == ["Read [the guide] very soon.", "Read the guide very soon.", texts[0]]
