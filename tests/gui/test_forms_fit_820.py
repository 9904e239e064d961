"""A new record's form fits a record window 820 pixels wide in every language: the
Kinyarwanda forms (new employee, purchase order, expense, attendance, recovery case)
showed a horizontal scroll bar with fields cut, because a read-only field was widened
to its whole grey hint ("Bishyirwaho iyo byafashweho icyemezo"). Every hint still reads
whole somewhere on screen: in its box, or in a line below it (and then not cut in its
box)."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QStyleOptionFrame

from dicel_desktop.gui import translations

FORMS = (
    ("hr", "employees"),
    ("finance", "purchase_orders"),
    ("finance", "expenses"),
    ("hr", "attendance_records"),
    ("recovery", "recovery_cases"),
)


@pytest.fixture
def language(qapp, request):
    before = QLocale()
    translations.install_translators(request.param)
    yield request.param
    translations.install_translators("en")
    QLocale.setDefault(before)


def _hint_read_whole(window, line: QLineEdit) -> bool:
    hint = line.placeholderText()
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    inside = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
    margins = line.textMargins()
    # Qt keeps two pixels either side of the text.
    if (
        inside.width() - margins.left() - margins.right() - 4
        >= line.fontMetrics().horizontalAdvance(hint)
    ):
        return True
    below = any(
        label.isVisibleTo(window) and label.text() == hint for label in window.findChildren(QLabel)
    )
    # Said whole below, it is not also shown cut in its box ("Bishyirwaho iyo
    # byafashweho ic…"): its grey is clear there.
    clear = line.palette().color(QPalette.ColorRole.PlaceholderText).alpha() == 0
    return below and clear


@pytest.mark.parametrize("language", ["rw", "fr"], indirect=True)
def test_new_forms_fit_820_pixels_with_hints_whole(qtbot, logins, desk, language):
    for role, table in FORMS:
        window = desk(logins.person(role)).new(table)
        window.resize(820, 720)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda w=window: not w.is_busy, timeout=WAIT_MS)
        qtbot.wait(50)
        bar = window.scroll.horizontalScrollBar()
        assert not bar.isVisible(), (language, table, window.form.minimumSizeHint().width())
        for line in window.form.findChildren(QLineEdit):
            if line.isVisibleTo(window) and line.isReadOnly() and line.placeholderText():
                assert _hint_read_whole(window, line), (language, table, line.placeholderText())
        window.discard_and_close()
