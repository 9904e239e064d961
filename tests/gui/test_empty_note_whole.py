"""A grey note in place of an empty read-only value ("Set when paid") reads whole in
every language: a date's box, as wide as a date, cut it to "Renseigné au pai…"."""

from __future__ import annotations

import pytest

from dicel_desktop.gui.editors.dates import DateEditor
from dicel_desktop.services.forms import table_fields

NOTES = ("Renseigné au paiement", "Bishyirwaho iyo bibaye byishyuwe", "Set when paid")


@pytest.mark.parametrize("note", NOTES)
def test_a_read_only_dates_note_is_not_cut(qtbot, note):
    editor = DateEditor(table_fields("payroll_periods")["paid_date"])
    qtbot.addWidget(editor)
    editor.set_read_only(True)
    editor.set_empty_note(note)
    editor.show()
    qtbot.waitExposed(editor)
    line = editor.line
    shown = line.contentsRect().width() - line.textMargins().left() - line.textMargins().right()
    assert shown >= line.fontMetrics().horizontalAdvance(note), (shown, note)
