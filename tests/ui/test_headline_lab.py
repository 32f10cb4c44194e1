"""The headline lab in the real window: generate, score, edit, star, compare, use, persist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from app.storage.store import open_store
from app.ui.headline_lab.ideas_table import BAND, HEADLINE_MIN_WIDTH, RISK, SCORE, STAR, TEXT
from app.ui.headline_lab.lab import LAB_WIDTH


def _texts(lab) -> list[str]:
    return [lab.table.item(row, TEXT).text() for row in range(lab.table.rowCount())]


def _selected(lab) -> list[str]:
    return [record.text for record in lab.selected_records()]


def test_generates_scored_usable_ideas(qtbot, window) -> None:
    window.show_headline_lab()
    lab = window.headline_lab
    lab.topic.setText("remote work")
    lab.audience.setText("managers")
    assert lab.generate() >= 7
    records = lab.candidates()
    assert len({record.template for record in records}) >= 6
    for row in range(lab.table.rowCount()):
        assert 0 <= int(lab.table.item(row, SCORE).text()) <= 100
        assert lab.table.item(row, BAND).text() in {"weak", "fair", "good", "strong"}
        assert lab.table.item(row, RISK).text() == "low"  # no flagged idea is offered
    assert len(_selected(lab)) == 1  # the best new idea is selected for the writer
    assert f"of {lab.table.rowCount()} here" in lab.detail.text()  # against the alternatives
    assert lab.generate() == 0  # nothing is added twice


def test_personal_ideas_only_when_the_writer_says_so(qtbot, window) -> None:
    lab = window.headline_lab
    lab.set_context(title="Notes on Side Projects")  # the sample's first-person title says "mine"
    lab.topic.setText("side projects")
    lab.generate()
    assert not any(record.template == "personal story" for record in lab.candidates())
    lab.personal.setChecked(True)
    assert lab.generate() >= 1
    assert "Lessons from My Own Experience with Side Projects" in _texts(lab)


def test_own_headline_is_scored_added_and_shown(qtbot, window) -> None:
    lab = window.headline_lab
    lab.topic.setText("learning Rust as a Python developer")
    lab.generate()
    lab.table.scrollToTop()
    qtbot.keyClicks(lab.own, "Remote Work Is Lonely. Here Is How I Fixed It")
    assert "/100" in lab.own_score.text()
    lab.add_own()
    assert "Remote Work Is Lonely. Here Is How I Fixed It" in _texts(lab)
    assert _selected(lab) == ["Remote Work Is Lonely. Here Is How I Fixed It"]
    row = lab.table.currentRow()
    viewport = lab.table.viewport().rect()
    assert viewport.intersects(lab.table.visualItemRect(lab.table.item(row, TEXT)))


def test_current_title_is_listed_and_kept_after_use(qtbot, window) -> None:
    lab = window.headline_lab
    window.title_edit.setText("Notes on Remote Work")
    lab.set_context(title=window.title_edit.text(), keyphrase="remote work")
    assert "Notes on Remote Work" in _texts(lab)
    assert lab.keyphrase.text() == "remote work"
    lab.topic.setText("remote work")
    lab.generate()
    lab.select_text("A Practical Guide to Remote Work")
    lab.use_selected()
    assert window.title_edit.text() == "A Practical Guide to Remote Work"
    assert "Notes on Remote Work" in _texts(lab)  # the old title is not forgotten
    assert "A Practical Guide to Remote Work" in _texts(lab)


def test_star_edit_sort_and_compare(qtbot, window) -> None:
    lab = window.headline_lab
    lab.topic.setText("learning Rust as a Python developer")
    lab.generate()
    first = lab.candidates()[0]
    lab.toggle_star(first)
    assert next(r for r in lab.candidates() if r.id == first.id).starred
    row = _texts(lab).index(first.text)
    assert lab.table.item(row, STAR).text() == "★"
    lab.table.item(row, TEXT).setText("Rust for Pythonistas: The First Month")
    assert "Rust for Pythonistas: The First Month" in [r.text for r in lab.candidates()]
    lab.table.sortItems(SCORE)
    scores = [int(lab.table.item(r, SCORE).text()) for r in range(lab.table.rowCount())]
    assert scores == sorted(scores)
    texts = _texts(lab)
    lab.select_text(texts[0], texts[1])
    dialog = lab.compare_selected()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 10
    assert dialog.table.horizontalHeaderItem(1).text() == "Headline A"
    shown = {dialog.table.item(0, 1).text(), dialog.table.item(0, 2).text()}
    assert shown == {texts[0], texts[1]}
    # The same figures as the table, in the same words.
    labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    overall_row = labels.index("Overall (0-100)")
    table_scores = {int(lab.table.item(r, SCORE).text()) for r in (0, 1)}
    compared = {int(dialog.table.item(overall_row, c).text().removeprefix("✓ ")) for c in (1, 2)}
    assert compared == table_scores


def test_use_as_title_and_warning_for_a_title_used_before(qtbot, window, store) -> None:
    store.drafts.create(title="A Practical Guide to Remote Work for Managers")
    lab = window.headline_lab
    lab.keyphrase.clear()
    lab.topic.setText("remote work")
    lab.audience.setText("managers")
    lab.generate()
    lab.select_text("A Practical Guide to Remote Work for Managers")
    assert "already uses this title" in lab.detail.text()
    lab.use_selected()
    assert window.title_edit.text() == "A Practical Guide to Remote Work for Managers"
    assert "already uses" in window.statusBar().currentMessage()


def test_candidates_survive_a_restart(qtbot, make_window, store, database_path) -> None:
    window = make_window(store)
    window.headline_lab.topic.setText("remote work")
    window.headline_lab.generate()
    before = [r.text for r in window.headline_lab.candidates()]
    window.close()
    reopened = open_store(database_path)
    try:
        again = make_window(reopened)
        assert sorted(_texts(again.headline_lab)) == sorted(before)
    finally:
        again.close()
        reopened.close()


def test_the_lab_follows_the_draft_and_keeps_a_replaced_title(qtbot, window) -> None:
    lab = window.headline_lab
    old_title = window.title_edit.text()
    assert old_title in _texts(lab)  # the draft's title is in the list from the start
    window.sidebar.keyphrase.keyphraseEdited.emit("side projects")
    assert lab.keyphrase.text() == "side projects"
    window.use_title("Side Projects That Pay Off")
    assert window.title_edit.text() == "Side Projects That Pay Off"
    assert {old_title, "Side Projects That Pay Off"} <= set(_texts(lab))


def test_generate_works_when_the_topic_is_the_whole_title(qtbot, window) -> None:
    lab = window.headline_lab
    title = "What I Learned From Rewriting 50 Headlines for Medium Readers"
    window.title_edit.setText(title)
    lab.set_draft(window.session.id, topic=title, keyphrase="", title=title)
    assert lab.topic.text() == "Rewriting Headlines"  # a topic taken from the title
    lab.topic.setText(title)  # the writer pastes the whole title back: still ideas
    assert lab.generate() >= 2
    assert "Type a topic" not in lab.detail.text()
    templates = {record.template for record in lab.candidates()}
    assert any(template.startswith("your title,") for template in templates)


def test_ideas_are_listed_best_first(qtbot, window) -> None:
    lab = window.headline_lab
    lab.topic.setText("remote work")
    lab.audience.setText("managers")
    lab.generate()
    scores = [int(lab.table.item(row, SCORE).text()) for row in range(lab.table.rowCount())]
    assert scores == sorted(scores, reverse=True)


def _visible(lab, column) -> bool:
    header = lab.table.horizontalHeader()
    if lab.table.isColumnHidden(column):
        return False
    start = header.sectionViewportPosition(column)
    return start >= 0 and start + header.sectionSize(column) <= lab.table.viewport().width()


def test_star_headline_and_overall_fit_without_scrolling_sideways(qtbot, window) -> None:
    window.show_headline_lab()
    lab = window.headline_lab
    lab.topic.setText("learning Rust as a Python developer")
    lab.generate()
    lab.setFloating(True)  # its width alone decides, whatever the window's size
    for width in (360, 480, 720):
        lab.resize(width, 600)
        qtbot.waitUntil(lambda w=width: abs(lab.width() - w) < 40)
        qtbot.wait(10)
        assert not lab.table.horizontalScrollBar().isVisible(), width
        for column in (STAR, TEXT, SCORE):
            assert _visible(lab, column), (width, column)
    # At 720 px there is room for every column.
    assert _visible(lab, BAND)
    assert _visible(lab, RISK)


def test_a_hidden_lab_lists_candidates_and_scores_them_when_shown(
    qtbot, make_window, store
) -> None:
    """Opening a draft does not score its headline ideas while the lab is closed (that
    would hold up the first report); opening the lab scores every one."""
    draft = store.drafts.create(title="Notes on Remote Work", body="Remote work is lonely.")
    store.headlines.add(draft.id, "Remote Work Is Lonely. Here Is How I Fixed It", "")
    store.state.set("last_draft_id", str(draft.id))
    window = make_window(store)
    lab = window.headline_lab
    assert not lab.isVisible()
    assert sorted(_texts(lab)) == [
        "Notes on Remote Work",
        "Remote Work Is Lonely. Here Is How I Fixed It",
    ]
    assert all(lab.table.item(row, SCORE) is None for row in range(lab.table.rowCount()))
    window.show_headline_lab()
    scores = [int(lab.table.item(row, SCORE).text()) for row in range(lab.table.rowCount())]
    assert len(scores) == 2
    assert all(0 <= score <= 100 for score in scores)


def test_the_lab_uses_the_title_typed_since_the_draft_opened(qtbot, window) -> None:
    window.new_draft()
    qtbot.keyClicks(window.title_edit, "How to Grow Tomatoes on a Small Balcony")
    window.show_headline_lab()
    lab = window.headline_lab
    qtbot.waitUntil(lambda: lab.table.rowCount() == 1, timeout=5_000)
    assert lab.table.item(0, TEXT).text() == "How to Grow Tomatoes on a Small Balcony"
    assert "tomatoes" in lab.topic.text().lower()
    assert lab.generate() > 0


def test_the_lab_takes_its_room_back_when_the_window_grows_again(qtbot, window) -> None:
    window.resize(1920, 1080)
    window.show_headline_lab()
    lab = window.headline_lab
    qtbot.waitUntil(lambda: lab.width() >= LAB_WIDTH, timeout=5_000)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: lab.width() < LAB_WIDTH, timeout=5_000)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: lab.width() >= LAB_WIDTH, timeout=5_000)


def test_the_headline_keeps_its_room_when_the_window_grows_again(qtbot, window) -> None:
    window.resize(1920, 1080)
    window.show_headline_lab()
    lab = window.headline_lab
    lab.topic.setText("learning Rust as a Python developer")
    lab.generate()
    qtbot.waitUntil(lambda: lab.width() >= LAB_WIDTH, timeout=5_000)
    qtbot.wait(50)
    header = lab.table.horizontalHeader()
    shown = [c for c in range(lab.table.columnCount()) if not lab.table.isColumnHidden(c)]
    assert header.sectionSize(TEXT) >= HEADLINE_MIN_WIDTH
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: lab.width() < LAB_WIDTH, timeout=5_000)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: lab.width() >= LAB_WIDTH, timeout=5_000)
    qtbot.wait(50)
    # The optional columns come back only as far as they fit beside a readable headline.
    assert header.sectionSize(TEXT) >= HEADLINE_MIN_WIDTH
    assert [c for c in range(lab.table.columnCount()) if not lab.table.isColumnHidden(c)] == shown


TIME_BLOCKING = """For years my workday was a list of tasks and other people's meetings.

Then I tried time blocking. Every morning I give each hour of the day a job. Those blocks go in
first, and meetings fit around them.

The point of time blocking is not a perfect schedule. It is a decision about the next hour.
"""


def _lab_on(qtbot, window, wait_for_analysis, title: str, text: str):
    """The lab opened on a new draft with ``title`` typed and ``text`` analysed."""
    window.new_draft()
    qtbot.keyClicks(window.title_edit, title)
    window.editor.setPlainText(text)
    wait_for_analysis(window)
    window.show_headline_lab()
    return window.headline_lab


def test_the_topic_follows_the_text_subject_until_the_writer_sets_one(
    qtbot, window, wait_for_analysis
) -> None:
    lab = _lab_on(
        qtbot, window, wait_for_analysis, "Time Blocking Saved My Focus at Work", TIME_BLOCKING
    )
    qtbot.waitUntil(lambda: lab.topic.text() == "time blocking", timeout=5_000)
    assert lab.generate() > 0
    # A focus keyphrase the writer sets replaces a guessed topic.
    qtbot.keyClicks(window.sidebar.keyphrase.field, "calendar blocks")
    assert lab.topic.text() == "calendar blocks"
    lab.topic.clear()
    lab.keyphrase.clear()
    qtbot.keyClicks(lab.topic, "deep focus")  # the writer's own topic is kept
    window.editor.setPlainText(TIME_BLOCKING + "\nTime blocking again.\n")
    wait_for_analysis(window)
    assert lab.topic.text() == "deep focus"


def test_an_open_lab_lists_the_title_once_the_writer_leaves_the_title(qtbot, window) -> None:
    window.show_headline_lab()
    lab = window.headline_lab
    window.new_draft()
    window.title_edit.setFocus()
    qtbot.keyClicks(window.title_edit, "How to Grow Tomatoes on a Small Balcony")
    assert lab.table.rowCount() == 0  # not every half-typed title
    window.editor.setFocus()  # the writer moves on to the story
    qtbot.waitUntil(lambda: lab.table.rowCount() == 1, timeout=5_000)
    assert lab.table.item(0, TEXT).text() == "How to Grow Tomatoes on a Small Balcony"
    assert lab.topic.text()


def test_my_own_story_belongs_to_its_draft_and_survives_a_restart(
    qtbot, make_window, store, database_path
) -> None:
    mine = store.drafts.create(title="Sinking Funds in Practice").id
    other = store.drafts.create(title="Leaf Blowers Should Be Banned in Cities").id
    window = make_window(store)
    lab = window.headline_lab
    assert window.open_draft(mine)
    lab.personal.setChecked(True)
    assert window.open_draft(other)
    assert not lab.personal.isChecked()  # another draft is not the writer's own story
    lab.topic.setText("leaf blowers")
    lab.generate()
    assert not any(record.template == "personal story" for record in lab.candidates())
    assert window.open_draft(mine)
    assert lab.personal.isChecked()
    window.close()
    reopened = open_store(database_path)
    try:
        again = make_window(reopened)
        assert again.open_draft(mine)
        assert again.headline_lab.personal.isChecked()
        assert again.open_draft(other)
        assert not again.headline_lab.personal.isChecked()
    finally:
        again.close()
        reopened.close()


def test_an_open_lab_makes_ideas_from_the_title_as_typed(qtbot, window) -> None:
    """The title typed while the lab is open is the one ideas are made from, before the
    writer leaves the field, and again after they move to another draft."""
    window.show_headline_lab()
    lab = window.headline_lab
    window.new_draft()
    window.title_edit.setFocus()
    qtbot.keyClicks(window.title_edit, "Growing a Mailing List From Zero")
    lab.topic.setText("mailing list")
    assert lab.generate() > 0
    ideas = _texts(lab)
    assert "Growing a Mailing List From Zero" in ideas  # it joins the list as well
    assert "Common Mistakes with Mailing Lists" in ideas  # the title says it is a thing
    assert "How to Mail List" not in ideas

    window.new_draft()
    window.title_edit.setFocus()
    qtbot.keyClicks(window.title_edit, "Why I Stopped Using a To-Do App")
    lab.topic.setText("to-do app")
    assert lab.generate() > 0
    assert "Why I Stopped Using a To-Do App" in _texts(lab)
    # The title speaks in the first person: ideas from experience are welcome.
    assert "personal story" in {record.template for record in lab.candidates()}


def test_a_topic_the_story_counts_takes_a_plural_in_the_ideas(qtbot, window) -> None:
    window.show_headline_lab()
    lab = window.headline_lab
    window.new_draft()
    window.title_edit.setText("Two Numbers That Changed My Savings")
    window.editor.setPlainText(
        "Last spring I finally built an emergency fund. It took eight months.\n\n"
        "The emergency fund paid for a new boiler in January."
    )
    lab.topic.setText("emergency fund")
    assert lab.generate() > 0
    ideas = _texts(lab)
    assert "Emergency Funds, Explained" in ideas
    assert not [idea for idea in ideas if idea.endswith("Emergency Fund")]
    # A fund for emergencies is no trouble to deal with.
    assert not [idea for idea in ideas if "Deal with" in idea]


def test_a_topic_the_title_states_is_kept_over_the_texts_subject(
    qtbot, window, wait_for_analysis
) -> None:
    window.new_draft()
    qtbot.keyClicks(window.title_edit, "How to Build an Emergency Fund")
    window.editor.setPlainText(TIME_BLOCKING)  # a text whose own subject is time blocking
    window.show_headline_lab()
    wait_for_analysis(window)
    lab = window.headline_lab
    assert lab.topic.text() == "Building an Emergency Fund"


def test_write_your_own_field_takes_the_whole_row(qtbot, window) -> None:
    window.resize(1280, 720)
    window.show_headline_lab()
    lab = window.headline_lab
    qtbot.waitUntil(lambda: lab.isVisible() and lab.width() > 0)
    qtbot.keyClicks(lab.own, "Common Mistakes When Keeping a Writing Habit")
    qtbot.wait(50)
    assert lab.own.width() >= lab.table.width() - 2  # as wide as the list of ideas


def test_the_list_of_ideas_is_left_with_tab_and_enter_uses_an_idea(qtbot, window) -> None:
    """Keyboard only: Tab and Shift+Tab move on from the list, arrows move between ideas,
    Enter uses the selected one as the title (Tab used to cycle through the cells for ever)."""
    window.activateWindow()
    window.show_headline_lab()
    lab = window.headline_lab
    qtbot.keyClick(lab.topic, Qt.Key.Key_Return)  # Enter in Topic makes ideas
    assert lab.table.rowCount() > 2
    lab.table.setFocus()
    qtbot.keyClick(lab.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not lab.table
    lab.table.setFocus()
    qtbot.keyClick(lab.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not lab.table
    lab.table.setFocus()
    qtbot.keyClick(lab.table, Qt.Key.Key_Down)
    [chosen] = _selected(lab)
    assert chosen != window.title_edit.text()
    qtbot.keyClick(lab.table, Qt.Key.Key_Return)
    assert window.title_edit.text() == chosen


def test_shift_enter_in_the_topic_selects_the_best_new_idea(qtbot, window) -> None:
    """Shift still held from typing a capital must not turn the selection into a range."""
    window.show_headline_lab()
    lab = window.headline_lab
    lab.topic.setText("remote work")
    assert lab.generate() >= 1  # a first row for an anchor to stretch from
    lab.topic.setText("deep work")
    qtbot.keyClick(lab.topic, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert len(_selected(lab)) == 1


ALGO = """Whenever we write any algo our focus is that the algo is fast enough for large input
and always accurate. So now let us take an objective for which we will make an algo.

In this article our algo objective is to find the maximum product of two distinct numbers in a
sequence. We compare the fast algo with a naive algorithm on random input.

A stress test runs both versions on random input until they disagree, and then prints the
input so we can see why the fast algo failed.
"""


def test_ideas_are_built_on_the_topic_the_title_states(qtbot, window, wait_for_analysis) -> None:
    """A title typed after the lab guessed a topic from the text's words gives the topic;
    "Common Mistakes"/"Myths" ideas need a story about mistakes or myths, and a clipped word
    ("algo") is no topic."""
    lab = _lab_on(qtbot, window, wait_for_analysis, "Stress Tests", ALGO)
    qtbot.waitUntil(lambda: lab.topic.text() == "algorithm", timeout=5_000)  # not "algo"
    window.title_edit.setFocus()
    window.title_edit.selectAll()
    qtbot.keyClicks(window.title_edit, "How to Stress Test an Algorithm in Python")
    assert lab.generate() > 0
    assert lab.topic.text() == "Stress Testing"
    ideas = _texts(lab)
    assert not [idea for idea in ideas if "Mistakes" in idea or "Myths" in idea], ideas
    assert not [idea for idea in ideas if "Algo " in f"{idea} " or "Algos" in idea], ideas

    window.title_edit.selectAll()
    qtbot.keyClicks(window.title_edit, "Ten Years of Go: What a Decade of Open Source Taught Us")
    assert lab.generate() > 0
    assert lab.topic.text() == "Go"


CORS = """Browsers block a page from reading responses from another origin unless the server
says it may. An origin is the scheme, host and port of a URL. Cross-origin requests from
scripts are checked against the Access-Control-Allow-Origin header the server sends back.

## Preflight requests

For requests that are not simple, the browser first sends a preflight request to ask which
methods and headers the other origin allows. CORS errors in the console mean the server did
not send the headers the browser needed; cross-origin rules protect the reader, not the server.
"""


def test_the_topic_is_the_subject_the_title_explains(qtbot, window, wait_for_analysis) -> None:
    lab = _lab_on(qtbot, window, wait_for_analysis, "Understanding CORS", CORS)
    qtbot.wait(200)
    assert lab.topic.text() == "CORS"  # not what the text repeats most
    assert lab.generate() > 0
    assert "A Practical Guide to CORS" in _texts(lab)


def test_a_keyphrase_typed_in_the_lab_leads_the_ideas(qtbot, window, wait_for_analysis) -> None:
    lab = _lab_on(qtbot, window, wait_for_analysis, "Notes From a Week of Browser Errors", CORS)
    qtbot.wait(200)
    guessed = lab.topic.text()
    assert guessed
    assert "cors" not in guessed.casefold()
    qtbot.keyClicks(lab.keyphrase, "CORS")
    assert lab.topic.text() == "CORS"  # a guessed topic follows the writer's keyphrase
    assert lab.generate() > 0
    best = _selected(lab)  # the best new idea is selected
    assert len(best) == 1
    assert "CORS" in best[0]
    assert "keyphrase is missing" not in lab.detail.text()


def _rename_in_place(qtbot, lab, row: int, text: str) -> None:
    """Edit the headline cell of ``row`` as a writer does: open it, type over it, Enter."""
    item = lab.table.item(row, TEXT)
    lab.table.setCurrentItem(item)
    lab.table.editItem(item)
    qtbot.waitUntil(lambda: lab.table.viewport().findChild(QLineEdit) is not None)
    editor = lab.table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lab.table.state() != QAbstractItemView.State.EditingState)


def test_renaming_an_idea_to_one_already_listed_keeps_a_single_row(qtbot, window) -> None:
    window.show_headline_lab()
    lab = window.headline_lab
    lab.topic.setText("remote work")
    assert lab.generate() >= 2
    before = _texts(lab)
    kept, renamed = before[0], before[1]
    _rename_in_place(qtbot, lab, before.index(renamed), kept)
    assert sorted(_texts(lab)) == sorted(before)  # the idea kept its words; none is listed twice
    assert sorted(r.text for r in lab.candidates()) == sorted(before)
    # The writer is shown the idea already there.
    qtbot.waitUntil(lambda: _selected(lab) == [kept], timeout=2_000)
    assert "already in the list" in lab.detail.text()
    # In other capitals it is the same headline too.
    _rename_in_place(qtbot, lab, _texts(lab).index(renamed), kept.upper())
    assert sorted(_texts(lab)) == sorted(before)
    qtbot.waitUntil(lambda: _selected(lab) == [kept], timeout=2_000)


def test_writing_your_own_idea_in_other_capitals_points_to_the_listed_one(qtbot, window) -> None:
    window.show_headline_lab()
    lab = window.headline_lab
    lab.topic.setText("remote work")
    assert lab.generate() >= 2
    before = _texts(lab)
    listed = before[-1]
    lab.own.setFocus()
    qtbot.keyClicks(lab.own, listed.lower())
    qtbot.keyClick(lab.own, Qt.Key.Key_Return)
    assert sorted(_texts(lab)) == sorted(before)  # nothing added
    assert _selected(lab) == [listed]
    assert "already in the list" in lab.own_score.text()


QUIT_STORY = """Two years ago I quit my job as an accountant and bought a one-way ticket to
Lisbon. I had savings for eight months and no plan.

The first weeks were wonderful. Then the money started to run out, and I learned to work
remotely as a bookkeeper for small shops back home.

Travel did not fix my restlessness. It showed me what I actually wanted from work: control
over my days.
"""

FATHER_STORY = """My father was a talker. He talked to the mailman, to the dog, to the radio. Then,
the winter I turned fourteen, he stopped. Not all at once: first the jokes went, then the
stories, then the questions.

Nobody in our family said the word depression. We said he was tired. We said work was hard.

It took me twenty years to ask him what happened that winter.
"""


def test_ideas_fill_no_template_with_a_verb_or_a_word_the_story_only_mentions(
    qtbot, window, wait_for_analysis
) -> None:
    """ "I quit my job" gives no "Lessons from My Own Experience with Quit" above the title,
    and a story that names "winter" twice in passing is not taken to be about winter."""
    title = "I Quit My Job to Travel the World"
    lab = _lab_on(qtbot, window, wait_for_analysis, title, QUIT_STORY)
    qtbot.wait(200)
    assert lab.topic.text().casefold() != "quit"
    lab.generate()
    ideas = _texts(lab)
    assert not [idea for idea in ideas if "Quit" in idea and idea != title], ideas

    title = "The Year My Father Stopped Talking"
    lab = _lab_on(qtbot, window, wait_for_analysis, title, FATHER_STORY)
    qtbot.wait(200)
    assert "winter" not in lab.topic.text().casefold()
    lab.generate()
    ideas = _texts(lab)
    wrong = [idea for idea in ideas if "Winter" in idea or "Father Stopped" in idea]
    assert wrong == [title], ideas


def test_the_title_in_title_case_is_told_apart_from_the_title(qtbot, window) -> None:
    lab = window.headline_lab
    window.title_edit.setText("How I learned to program in 10 years")
    lab.topic.clear()
    lab.keyphrase.clear()
    lab.set_context(title=window.title_edit.text())
    assert lab.topic.text() == "programming"  # guessed from the title, spelt as English does
    lab.generate()
    texts = _texts(lab)
    assert "How I Learned to Program in 10 Years" in texts
    assert not any("Programing" in text for text in texts)
    bold = [text for row, text in enumerate(texts) if lab.table.item(row, TEXT).font().bold()]
    assert bold == ["How I learned to program in 10 years"]  # the title, not its other capitals
    lab.select_text("How I Learned to Program in 10 Years")
    # The details give the whole headline, which the list may cut short, and where it is from.
    assert "“How I Learned to Program in 10 Years” · Idea: your title, in title case" in (
        lab.detail.text()
    )
