"""The part of a field editor that takes the focus says the name the dialog or form gave
the editor, in the reader's language (keys38, finding 4): the leave request's date lines
said the model's English "Start date" and "End date", even in French, not the dialog's
« Premier jour de congé »."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dicel_desktop.gui import translations
from dicel_desktop.gui.editors.numbers import MoneyEditor
from dicel_desktop.gui.editors.reference_picker import ReferencePicker
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog
from dicel_desktop.services.forms import table_fields

pytestmark = pytest.mark.usefixtures("rwanda")

SAID = {
    "en": ("First day of leave", "Last day of leave"),
    "fr": ("Premier jour de congé", "Dernier jour de congé"),
    "rw": ("Umunsi wa mbere w\u2019ikiruhuko", "Umunsi wa nyuma w\u2019ikiruhuko"),
}


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_tab_to_the_dates_of_request_leave_says_their_names(
    qtbot, host, worker, restore_language, language
):
    translations.install_translators(language)
    dialog = LeaveRequestDialog.open_for(host().window(), worker)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.leave_type, timeout=WAIT_MS)
    said = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        said.append(QApplication.focusWidget().accessibleName())
    assert tuple(said) == SAID[language]
    dialog.done(0)


def test_money_and_reference_lines_say_the_name_given_their_editor(qapp, worker):
    money = MoneyEditor(table_fields("invoices")["total_amount"])
    money.setAccessibleName("Montant total")
    assert money.focusProxy().accessibleName() == "Montant total (RWF)"
    money.set_currency("USD")
    assert money.focusProxy().accessibleName() == "Montant total (USD)"
    picker = ReferencePicker(table_fields("invoices")["client_id"], worker)
    picker.setAccessibleName("Client facturé")
    assert picker.focusProxy().accessibleName() == "Client facturé"
