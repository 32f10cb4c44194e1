"""Side panels in a small window: the window keeps to the screen, the panes make way."""

from __future__ import annotations


def _narrow(qtbot, window, width: int = 1024, height: int = 640) -> None:
    qtbot.wait(50)  # the window's minimum follows its layout once events run
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() <= width)


def test_a_1024_wide_window_fits_with_the_checklist_and_the_lab_open(
    qtbot, window, wait_for_analysis
) -> None:
    wait_for_analysis(window)
    _narrow(qtbot, window)
    assert window.width() <= 1024
    assert not window.drafts.isVisible()  # the drafts list made way
    assert window.sidebar.isVisible()  # the sidebar still fits beside the text

    window.publishing.checklist_action.trigger()
    qtbot.waitUntil(lambda: window.publishing.checklist.isVisible())
    qtbot.wait(100)
    assert window.width() <= 1024
    assert window.writing_column.width() >= window.writing_column.minimumWidth()

    window.publishing.checklist.hide()
    window.show_headline_lab()
    qtbot.waitUntil(lambda: window.headline_lab.isVisible())
    qtbot.wait(100)
    assert window.width() <= 1024

    window.headline_lab.hide()
    qtbot.waitUntil(lambda: window.sidebar.isVisible())  # back once the panels close


def test_the_panes_come_back_when_the_window_widens_again(qtbot, window) -> None:
    _narrow(qtbot, window)
    qtbot.waitUntil(lambda: not window.drafts.isVisible())
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.drafts.isVisible())
    assert window.sidebar.isVisible()


def test_promotion_posts_open_readable_and_the_sidebar_makes_way(qtbot, window) -> None:
    _narrow(qtbot, window)
    qtbot.waitUntil(lambda: not window.drafts.isVisible())
    window.publishing.snippets_action.trigger()
    qtbot.waitUntil(lambda: window.publishing.snippets.isVisible())
    qtbot.waitUntil(lambda: not window.sidebar.isVisible())
    qtbot.wait(100)
    # As wide as the lab needs to be readable, not a sliver with "Pro…" for a title.
    assert window.publishing.snippets.width() >= window.headline_lab.minimumSizeHint().width()
    assert window.width() <= 1024
    assert "sidebar" in window.statusBar().currentMessage()


def test_view_drafts_list_shows_it_in_a_narrow_window(qtbot, window) -> None:
    _narrow(qtbot, window)
    qtbot.waitUntil(lambda: not window.drafts.isVisible())
    assert "View → Drafts list" in window.statusBar().currentMessage()

    window.toggle_drafts.trigger()  # the writer asks for it: the sidebar makes way instead
    qtbot.waitUntil(lambda: not window.sidebar.isVisible())
    qtbot.wait(100)
    assert window.drafts.isVisible()
    assert window.toggle_drafts.isChecked()
    assert window.width() <= 1024
    assert "View → Sidebar" in window.statusBar().currentMessage()

    window.toggle_sidebar.trigger()  # and the sidebar back, the drafts list making way
    qtbot.waitUntil(lambda: not window.drafts.isVisible())
    qtbot.wait(100)
    assert window.sidebar.isVisible()


def test_a_pane_comes_back_beside_an_open_panel_when_the_window_widens(qtbot, window) -> None:
    window.resize(1280, 720)
    window.publishing.checklist_action.trigger()
    qtbot.waitUntil(lambda: window.publishing.checklist.isVisible())
    qtbot.wait(100)
    assert window.sidebar.isVisible()
    window.resize(1000, 720)
    qtbot.waitUntil(lambda: not window.sidebar.isVisible())
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.sidebar.isVisible())
    assert window.publishing.checklist.isVisible()


def test_a_pane_comes_back_when_the_writer_hides_another(qtbot, window) -> None:
    window.resize(1280, 720)
    window.show_headline_lab()
    qtbot.waitUntil(lambda: window.headline_lab.isVisible())
    qtbot.waitUntil(lambda: not window.drafts.isVisible())
    window.toggle_sidebar.trigger()  # off: room for the drafts list beside the lab
    qtbot.waitUntil(lambda: window.drafts.isVisible())
    assert window.headline_lab.isVisible()
    assert not window.sidebar.isVisible()


def test_a_window_saved_on_a_larger_screen_comes_back_within_a_smaller_one(
    qtbot, make_window, store
) -> None:
    first = make_window(store)
    room = first.screen().availableGeometry().width()  # the offscreen screen, 800 wide
    first.resize(room + 1100, 1000)  # as on a 1920-wide screen
    first.show_headline_lab()
    qtbot.waitUntil(lambda: first.headline_lab.isVisible())
    first.close()  # with the lab open: the layout is saved

    window = make_window(store)

    def settled() -> bool:
        # Both panes made way for the lab, and the window is no wider than the screen, or
        # than the lab and a readable column if that is wider.
        return (
            not window.drafts.isVisible()
            and not window.sidebar.isVisible()
            and window.width() <= max(room, window.minimumSizeHint().width())
        )

    qtbot.waitUntil(settled)  # over a few layout passes, however busy the machine
    assert window.headline_lab.isVisible()


def test_the_made_way_message_goes_when_the_drafts_list_comes_back(qtbot, window) -> None:
    window.resize(1280, 720)
    window.show_headline_lab()
    qtbot.waitUntil(lambda: not window.drafts.isVisible() and window.width() <= 1280)
    assert "too narrow for the drafts list" in window.statusBar().currentMessage()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.drafts.isVisible())
    assert "too narrow" not in window.statusBar().currentMessage()
