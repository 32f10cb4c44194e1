"""Importing a folder in the real window: the report names every file with a problem."""

from __future__ import annotations


def test_the_folder_report_names_unreadable_front_matter_and_empty_files(
    window, store, dialogs, tmp_path
) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "good.md").write_text("# First post\n\nHello there.\n", encoding="utf-8")
    (folder / "licence.md").write_text(
        "---\ntitle: Pairing\nlicence: Public domain: see the repo\n---\n\nTwo at one desk.\n",
        encoding="utf-8",
    )
    (folder / "empty.md").write_text("", encoding="utf-8")
    (folder / "binary.md").write_bytes(b"\x00\x01 not text")
    before = len(store.drafts.list())
    window.import_folder(str(folder))
    assert len(store.drafts.list()) == before + 2  # the empty file is not a post
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert "Imported 2 posts. 2 not imported." in text
    assert "Not imported:\n" in text
    assert "• binary.md is not a text file (it contains binary data)." in text
    assert "• licence.md: its YAML front matter could not be read (line 3: " in text
    assert "empty.md is empty, so it was not imported" in text
    titles = {draft.title for draft in store.drafts.list()}
    assert "licence" in titles  # the text came in, titled by its file name
