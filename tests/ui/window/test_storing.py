"""A change the window, a panel or a dialog cannot store (another program holds the database's
lock) is said in one sentence in the status bar and logged with its traceback; nothing claims
it was kept, nothing the writer typed is dropped, and the window goes on working."""

from __future__ import annotations

import pytest

from app.ui.headline_lab.ideas_table import TEXT
from tests.session.db_faults import locked
from tests.ui.not_stored import said_and_logged


@pytest.fixture
def window(make_window, ui_store):
    return make_window(ui_store)


def _texts(lab) -> list[str]:
    return [lab.table.item(row, TEXT).text() for row in range(lab.table.rowCount())]


def test_a_headline_that_cannot_be_stored_stays_in_its_field(
    qtbot, window, database_path, dialogs, caplog
) -> None:
    window.show_headline_lab()
    lab = window.headline_lab
    qtbot.keyClicks(lab.own, "Why I Write Every Morning")
    with locked(database_path):
        lab.own.returnPressed.emit()
    said_and_logged(window, caplog, "your headline")
    assert lab.own.text() == "Why I Write Every Morning"  # nothing typed is lost
    assert "Why I Write Every Morning" not in _texts(lab)
    assert dialogs == []  # no "unexpected problem" box
    lab.own.returnPressed.emit()  # the lock is gone: Enter again stores it
    assert "Why I Write Every Morning" in _texts(lab)
    assert lab.own.text() == ""


def test_the_lab_shows_what_is_stored_when_a_choice_or_a_star_is_not(
    qtbot, window, database_path, dialogs, caplog
) -> None:
    window.show_headline_lab()
    lab = window.headline_lab
    lab.topic.setText("remote work")
    assert lab.generate() > 0
    with locked(database_path):
        lab.personal.click()
        said_and_logged(window, caplog, "“The story is my own experience”")
        assert not lab.personal.isChecked()
        record = lab.candidates()[0]
        lab.toggle_star(record)
        said_and_logged(window, caplog, "the star")
        lab.topic.setText("writing habits")
        assert lab.generate() == 0
        said_and_logged(window, caplog, "the new headline ideas")
    assert not any(r.starred for r in lab.candidates())
    assert dialogs == []
    lab.personal.click()
    assert lab.personal.isChecked()
    assert lab.generate() > 0


def test_a_tag_rename_or_merge_that_cannot_be_stored_changes_nothing(
    qtbot, window, database_path, dialogs, caplog
) -> None:
    dialog = window.show_tag_history()
    qtbot.addWidget(dialog)
    renamed: list[bool] = []
    dialog.tagsChanged.connect(lambda: renamed.append(True))
    dialog.select_tag("SEO")
    with locked(database_path):
        dialog.rename_selected("Copywriting")
        said_and_logged(window, caplog, "the new name of “SEO”")
        dialog.merge_selected("Blog Posts")
        said_and_logged(window, caplog, "the merge of “SEO” into “Blog Posts”")
    assert renamed == []
    assert "SEO" in window.sidebar.tags.tags()
    assert dialog.selected().name == "SEO"
    assert [kind for kind, _text in dialogs] == ["question"]  # the merge asks first; no error
    dialog.rename_selected("Copywriting")
    assert "Copywriting" in window.sidebar.tags.tags()


def test_a_dictionary_word_that_cannot_be_removed_stays_listed(
    qtbot, window, database_path, dialogs, caplog
) -> None:
    settings = window.show_settings()
    qtbot.addWidget(settings)
    assert settings.add_word("Clapwise")
    settings.words.item(0).setSelected(True)
    with locked(database_path):
        settings.remove_button.click()
    said_and_logged(window, caplog, "the removal of “Clapwise”")
    assert [settings.words.item(row).text() for row in range(settings.words.count())] == [
        "Clapwise"
    ]
    assert dialogs == []
    settings.words.item(0).setSelected(True)
    settings.remove_button.click()
    assert settings.words.count() == 0


def test_a_draft_that_cannot_go_to_the_trash_or_come_back_stays_where_it_is(
    qtbot, window, ui_store, database_path, dialogs, caplog
) -> None:
    window.save_now()
    draft_id = window.session.id
    with locked(database_path):
        window.menus.trash_action.trigger()
    said_and_logged(window, caplog, "the draft's move to the trash")
    assert window.session.id == draft_id
    assert draft_id in [d.id for d in ui_store.drafts.list()]
    assert dialogs == []
    qtbot.keyClicks(window.editor, "Still writing.")  # the window goes on working
    assert window.save_now()
    window.menus.trash_action.trigger()
    assert draft_id in [d.id for d in ui_store.drafts.list(trashed=True)]

    window.drafts.view_trash.click()
    qtbot.waitUntil(lambda: len(window.drafts.rows()) == 1, timeout=3000)
    window.drafts.list.setCurrentIndex(window.drafts.model.index(0))
    with locked(database_path):
        window.drafts.trash_button.click()
    said_and_logged(window, caplog, "the draft's return from the trash")
    assert draft_id in [d.id for d in ui_store.drafts.list(trashed=True)]
    assert window.drafts.showing_trash
    window.drafts.trash_button.click()
    assert window.session.id == draft_id
    assert window.editor.toPlainText().startswith("Still writing.")
