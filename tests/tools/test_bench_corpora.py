"""The bench's corpora: a long draft with every kind of Markdown, a library with tags."""

from __future__ import annotations

import re
from pathlib import Path

from tools.bench_corpora import build_library, corpus, draft_corpus


def test_the_long_draft_has_links_code_tables_and_images() -> None:
    text = draft_corpus(3_000)
    assert len(text.split()) >= 3_000
    cited = set(re.findall(r"\]\[(ref\d+)\]", text))
    defined = set(re.findall(r"^\[(ref\d+)\]: https://", text, flags=re.MULTILINE))
    assert cited
    assert cited == defined
    assert "```python" in text
    assert "|---|" in text
    assert "![" in text


def test_no_prose_paragraph_repeats() -> None:
    markup = ("```", "#", "|", "-", "*", ">")  # headings, code, tables and lists may recur
    prose = [p for p in corpus(20_000).split("\n\n") if not p.startswith(markup)]
    assert len(prose) == len(set(prose))


def test_the_library_is_listed_searched_and_tagged_through_the_app(tmp_path: Path) -> None:
    from app.session import Workspace
    from app.storage.store import open_store

    path = build_library(tmp_path / "library.sqlite", count=25)
    store = open_store(path)
    try:
        workspace = Workspace(store)
        listed = workspace.drafts()
        assert len(listed) == 25
        assert listed[0].updated_at > listed[-1].updated_at
        assert all(draft.word_count >= 1_000 for draft in listed)
        assert 0 < len(workspace.drafts("the")) <= 25
        history = workspace.tag_history()
        assert len(history.drafts) == 25
        assert all(len(draft.tags) == 3 for draft in history.drafts)
    finally:
        store.close()
