"""The personal dictionary: search, add, remove, import and export through the workspace."""

from __future__ import annotations

from app.session import Workspace


def test_dictionary_round_trip(store) -> None:
    dictionary = Workspace(store).dictionary
    assert dictionary.add("Clapwise")
    assert not dictionary.add("two words")
    assert dictionary.import_text("Zola\n# a comment\nclapwise\nPySide  # the Qt binding\n\n") == 2
    assert dictionary.words() == ["Clapwise", "PySide", "Zola"]
    assert dictionary.words("side") == ["PySide"]
    dictionary.remove("zola")
    exported = dictionary.export_text()
    assert exported == "Clapwise\nPySide\n"
    again = Workspace(store).dictionary
    again.remove("Clapwise")
    again.remove("PySide")
    assert again.import_text(exported) == 2
