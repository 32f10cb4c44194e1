"""The settings dialog on the real window: every change applies at once and is remembered."""

from __future__ import annotations

import codecs

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from tests.session.db_faults import locked
from tests.ui.not_stored import said_and_logged


def test_theme_line_width_and_autosave_apply_and_persist(qtbot, make_window, store) -> None:
    window = make_window(store)
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert QApplication.instance().property("clapwiseTheme") == "dark"
    wide = window.editor.column_width()
    dialog.line_width.setValue(55)
    assert window.editor.column_width() < wide
    dialog.autosave.setCurrentIndex(dialog.autosave.findData(5.0))
    assert window.session.policy.pause == 5.0
    dialog.font_size.setValue(16)
    assert window.editor.font().pointSize() == 16
    dialog.close()
    window.close()
    again = make_window(store)
    assert again.preferences.theme() == "dark"
    assert again.preferences.line_characters() == 55
    assert again.editor.font().pointSize() == 16
    assert again.session.policy.pause == 5.0
    again.view_modes.set_theme("light")


def test_a_setting_that_cannot_be_stored_is_said_and_not_applied(
    qtbot, make_window, ui_store, database_path, dialogs, caplog
) -> None:
    window = make_window(ui_store)
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    column, font, pause = window.editor.column_width(), window.editor.font(), 0.75
    size = dialog.font_size.value()
    assert dialog.line_width.value() == 75
    assert dialog.autosave.currentData() == pause
    with locked(database_path):
        dialog.line_width.setValue(55)
        said_and_logged(window, caplog, "the line width")
        assert dialog.line_width.value() == 75  # the dialog shows what is stored
        assert window.editor.column_width() == column
        dialog.font_size.setValue(size + 4)
        said_and_logged(window, caplog, "the editor font")
        assert dialog.font_size.value() == size
        assert window.editor.font() == font
        dialog.autosave.setCurrentIndex(dialog.autosave.findData(5.0))
        said_and_logged(window, caplog, "the autosave pause")
        assert dialog.autosave.currentData() == pause
        assert window.session.policy.pause == pause
        dialog.new_word.setText("Kubernetes")
        dialog.new_word.returnPressed.emit()
        said_and_logged(window, caplog, "“Kubernetes” in your dictionary")
        assert dialog.new_word.text() == "Kubernetes"  # to add again, not typed again
        assert dialog.words.count() == 0
        assert dialog.dictionary_status.text() == ""
    assert dialogs == []  # no "unexpected problem" box
    dialog.new_word.returnPressed.emit()  # the lock is gone: each goes through now
    assert [dialog.words.item(i).text() for i in range(dialog.words.count())] == ["Kubernetes"]
    dialog.line_width.setValue(55)
    dialog.font_size.setValue(size + 4)
    assert window.editor.column_width() < column
    assert window.editor.font().pointSize() == size + 4
    assert not [r for r in caplog.records if r.name == "app.ui.window.storing"]
    dialog.close()
    window.close()
    again = make_window(ui_store)
    assert again.preferences.line_characters() == 55
    assert again.editor.font().pointSize() == size + 4
    assert again.session.policy.pause == pause


def test_a_word_list_that_cannot_be_stored_is_said_and_not_counted(
    qtbot, window, database_path, tmp_path, dialogs, caplog
) -> None:
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    words = tmp_path / "words.txt"
    words.write_text("Kubernetes\nrecieve\n", encoding="utf-8")
    with locked(database_path):
        assert dialog.import_file(words) == 0
    said_and_logged(window, caplog, "the words from words.txt")
    assert dialog.words.count() == 0
    assert dialog.dictionary_status.text() == ""
    assert dialogs == []
    assert dialog.import_file(words) == 2


def test_switching_a_check_off_reaches_the_sidebar(qtbot, window, wait_for_analysis) -> None:
    wait_for_analysis(window)
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    dialog.rule_boxes["adverb"].setChecked(False)
    assert "adverb" in window.analyzer.settings.disabled_rules
    assert "adverb" in window.preferences.disabled_rules()
    dialog.rule_boxes["adverb"].setChecked(True)
    assert "adverb" not in window.preferences.disabled_rules()


def test_personal_dictionary_add_search_remove_import_export(
    qtbot, window, tmp_path, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    dialog.new_word.setText("recieve")
    dialog.add_word()
    words = [dialog.words.item(i).text() for i in range(dialog.words.count())]
    assert "recieve" in words
    wait_for_analysis(window)
    spelled = [f for f in window.editor.result.report.findings if f.rule == "spelling"]
    assert all("recieve" not in window.editor.text()[f.start : f.end] for f in spelled)
    dialog.search.setText("cie")
    assert [dialog.words.item(i).text() for i in range(dialog.words.count())] == ["recieve"]
    exported = tmp_path / "words.txt"
    dialog.export_file(exported)
    dialog.words.item(0).setSelected(True)
    dialog.remove_selected()
    assert dialog.words.count() == 0
    assert dialog.import_file(exported) == 1
    assert dialog.words.count() == 1


def test_a_word_list_from_any_editor_imports_clean_words_and_failures_say_why(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    notepad = tmp_path / "notepad.txt"  # a byte-order mark and Windows line ends
    notepad.write_bytes(codecs.BOM_UTF8 + b"Kubernetes\r\nrecieve\r\n")
    assert dialog.import_file(notepad) == 2
    assert [dialog.words.item(i).text() for i in range(dialog.words.count())] == [
        "Kubernetes",
        "recieve",
    ]
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9\n".encode("latin-1"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(latin), ""))
    dialog.import_dialog()
    assert dialog.dictionary_status.text().startswith(
        f"Could not read the file: {latin} is not valid UTF-8 text (line 1"
    )
    missing = tmp_path / "gone"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(missing / "words.txt"), "")
    )
    dialog.export_dialog()
    assert dialog.dictionary_status.text() == (
        f"Could not write the file: Folder does not exist: {missing}."
    )


def test_every_label_with_a_shortcut_leads_to_its_field(qtbot, window) -> None:
    """A label's "&" is a keyboard shortcut only with a buddy; without one it shows literally."""
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    labels = [
        label for label in dialog.findChildren(QLabel) if "&" in label.text().replace("&&", "")
    ]
    assert labels
    assert [label.text() for label in labels if label.buddy() is None] == []
    font_label = next(label for label in labels if label.text() == "Editor &font")
    assert font_label.buddy() is dialog.font_choice
