"""The writer's analysis choices on the real window: a choice that cannot be stored is said,
logged and not applied; its control shows what is stored."""

from __future__ import annotations

from tests.session.db_faults import locked
from tests.ui.not_stored import said_and_logged


def test_a_check_genre_or_highlight_that_cannot_be_stored_is_not_applied(
    qtbot, make_window, ui_store, database_path, wait_for_analysis, dialogs, caplog
) -> None:
    window = make_window(ui_store)
    wait_for_analysis(window)
    analyzer, sidebar = window.analyzer, window.sidebar
    disabled, genre = analyzer.settings.disabled_rules, analyzer.settings.genre
    passive = sidebar.issues.toggle("passive")
    other_genre = next(
        sidebar.readability.genre.itemData(i)
        for i in range(sidebar.readability.genre.count())
        if sidebar.readability.genre.itemData(i) != genre
    )
    highlight = sidebar.keyphrase.highlight
    highlighting = highlight.isChecked()
    with locked(database_path):
        passive.click()
        said_and_logged(window, caplog, "the setting")
        assert not passive.isChecked()
        assert analyzer.settings.disabled_rules == disabled
        combo = sidebar.readability.genre
        combo.setCurrentIndex(combo.findData(other_genre))
        said_and_logged(window, caplog, "the genre")
        assert combo.currentData() == genre
        assert analyzer.settings.genre == genre
        highlight.click()
        said_and_logged(window, caplog, "the setting")
        assert highlight.isChecked() == highlighting
        assert window.preferences.highlight_keyphrase() == highlighting
        settings = window.show_settings()
        qtbot.addWidget(settings)
        settings.rule_boxes["passive"].click()
        said_and_logged(window, caplog, "the setting")
        assert not settings.rule_boxes["passive"].isChecked()
        assert not passive.isChecked()
    assert dialogs == []  # no "unexpected problem" box
    passive.click()  # the lock is gone: it goes through now
    assert "passive" not in analyzer.settings.disabled_rules
    assert window.preferences.disabled_rules() == analyzer.settings.disabled_rules
    combo.setCurrentIndex(combo.findData(other_genre))
    assert analyzer.settings.genre == other_genre
    assert window.draft.genre == other_genre
