"""Regression guard: PySide6 6.12.0 on Python 3.11 lowers None's reference count on every
void Qt call and aborts the interpreter after a few thousand. Our dependency pins keep that
release out; this test fails if a leaking build ever comes back."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel


def test_ten_thousand_void_qt_calls_do_not_leak_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    document = QTextDocument()
    text_format = QTextCharFormat()
    before = sys.getrefcount(None)
    for index in range(10_000):
        label.setText(str(index))
        text_format.setFontItalic(index % 2 == 0)
        document.setPlainText("x")
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references"
