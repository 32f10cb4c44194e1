"""The tag field: a pasted list becomes its tags; a repeat, in any case or number, is refused;
a chip moves where the writer wants it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QPushButton

from app.ui.tag_field import TagField


def _paste(qtbot, field: TagField, text: str) -> None:
    field.input.setText(text)
    qtbot.keyClick(field.input, Qt.Key.Key_Return)


def test_a_list_pasted_a_tag_a_line_becomes_one_tag_each(qtbot) -> None:
    field = TagField()
    qtbot.addWidget(field)
    _paste(qtbot, field, "Gardening\nGrief; Family")
    assert field.tags() == ["Gardening", "Grief", "Family"]


def test_a_pasted_list_becomes_one_tag_each(qtbot) -> None:
    field = TagField()
    qtbot.addWidget(field)
    _paste(qtbot, field, "Gardening, Grief")
    assert field.tags() == ["Gardening", "Grief"]
    _paste(qtbot, field, "#Family,#Seeds #memory")
    assert field.tags() == ["Gardening", "Grief", "Family", "Seeds", "memory"]
    qtbot.waitUntil(lambda: field.input.text() == "", timeout=2000)


def test_what_a_pasted_list_cannot_add_stays_in_the_field_with_the_reason(qtbot) -> None:
    field = TagField()
    qtbot.addWidget(field)
    refusals: list[str] = []
    field.tagRefused.connect(refusals.append)
    field.set_tags(["Writing", "Poetry", "Grief"])
    _paste(qtbot, field, "#gardening #writing #family #seeds")
    assert field.tags() == ["Writing", "Poetry", "Grief", "gardening", "family"]
    assert field.input.text() == "seeds"  # the repeat is dropped: nothing to do about it
    assert refusals == [
        "“Writing” is already one of this draft's tags. "
        "Medium allows 5 tags: remove one to add “seeds”."
    ]
    assert field.input.isUndoAvailable()


def test_a_pasted_list_is_too_long_only_when_one_of_its_tags_is(qtbot) -> None:
    field = TagField()
    qtbot.addWidget(field)
    field.input.setText("Gardening, Grief, Family, Seeds")
    assert not field.input.property("tooLong")
    field.input.setText("Gardening, Concentration in shared workplaces")
    assert field.input.property("tooLong")


def test_a_plural_of_a_chosen_tag_is_a_repeat(qtbot) -> None:
    field = TagField()
    qtbot.addWidget(field)
    refusals: list[str] = []
    field.tagRefused.connect(refusals.append)
    assert field.add_tag("Remote Team")
    assert not field.add_tag("remote teams")
    assert refusals == ["“Remote Team” is already one of this draft's tags."]
    assert field.add_tag("C#")
    assert field.add_tag("C")  # a language's symbols make another tag
    assert field.tags() == ["Remote Team", "C#", "C"]


def _chip(field: TagField, tag: str) -> QPushButton:
    return next(c for c in field.findChildren(QPushButton, "tagChip") if c.text().startswith(tag))


def test_a_chips_menu_makes_it_the_first_tag(qtbot) -> None:
    field = TagField()
    qtbot.addWidget(field)
    changes: list[list[str]] = []
    field.tagsChanged.connect(changes.append)
    field.set_tags(["Programming", "Python", "Dataclasses"])
    chip = _chip(field, "Dataclasses")
    chip.customContextMenuRequested.emit(QPoint(2, 2))
    menu = chip.findChild(QMenu)
    actions = {action.text(): action for action in menu.actions() if action.text()}
    assert not actions["Move right"].isEnabled()  # the last tag already
    actions["Make it the first tag"].trigger()
    assert field.tags() == ["Dataclasses", "Programming", "Python"]
    assert changes == [["Dataclasses", "Programming", "Python"]]


def test_moving_a_tag_keeps_the_others_in_order(qtbot) -> None:
    field = TagField()
    qtbot.addWidget(field)
    field.set_tags(["A1", "B2", "C3", "D4"])
    field.move_tag("B2", 2)
    assert field.tags() == ["A1", "C3", "B2", "D4"]
    field.move_tag("D4", 99)  # already last: nothing changes
    field.move_tag("Z9", 0)  # not chosen: nothing changes
    assert field.tags() == ["A1", "C3", "B2", "D4"]


def _shown_chips(field: TagField) -> list[str]:
    return [
        chip.text().removesuffix("  ✕")
        for chip in field.findChildren(QPushButton, "tagChip")
        if chip.isVisibleTo(field)
    ]


def test_a_removed_or_replaced_chip_is_gone_at_once(qtbot) -> None:
    # A chip awaiting deletion must not paint over the chips that replace it.
    field = TagField()
    qtbot.addWidget(field)
    field.set_tags(["Flask", "Docker"])
    field.add_tag("Nginx")
    assert _shown_chips(field) == ["Flask", "Docker", "Nginx"]
    field.remove_tag("Docker")
    assert _shown_chips(field) == ["Flask", "Nginx"]
    field.set_tags(["Shaders"])  # another draft opened
    assert _shown_chips(field) == ["Shaders"]
