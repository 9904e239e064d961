"""A case step's labels, as real logins see them (eye39 #3 and #4): the resolution a
ticket's Resolve refuses empty carries the required mark, and in French every label
marked required keeps its spaced colon (« Montant recouvré * : », never « *: »)."""

from __future__ import annotations

import pytest
import shiboken6
from helpers import WAIT_MS, record_ready, shown_dialog, step_button
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
from sqlalchemy import text

from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog


def _step_dialog(qtbot, opener, table: str, record, action: str) -> CaseStepDialog:
    window = record_ready(qtbot, opener.open(table, record))
    step_button(window, action, table).click()
    dialog = shown_dialog(qtbot, window, CaseStepDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    return dialog


def _labels(dialog: CaseStepDialog) -> dict[str, QLabel]:
    """The dialog's field labels by their text."""
    form = dialog.findChild(QFormLayout)
    labels = {}
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels[item.widget().text()] = item.widget()
    return labels


def _close(qtbot, dialog: CaseStepDialog) -> None:
    dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


@pytest.mark.parametrize(
    ("language", "marked"),
    [("en", "Resol&ution *:"), ("fr", "Résol&ution *\u00a0:"), ("rw", "I&gisubizo *:")],
)
def test_a_tickets_resolution_is_marked_required(
    qtbot, logins, desk, restore_language, language, marked
):
    """eye39 #3: « Résol&ution : » had no asterisk, while Resolve is refused without it."""
    translations.install_translators(language)
    requester, tech = logins.person("employee"), logins.person("it")
    with requester.engine.begin() as conn:
        ticket = conn.scalar(
            text(
                "INSERT INTO it_support_tickets (category, subject, description)"
                " VALUES ('Hardware', 'Screen flickers', 'Since Monday.') RETURNING id"
            )
        )
    dialog = _step_dialog(qtbot, desk(tech), "it_support_tickets", ticket, "resolve")
    labels = _labels(dialog)
    assert marked in labels, list(labels)
    assert labels[marked].toolTip() == QApplication.translate("RecordForm", "Required")
    assert labels[marked].buddy() is dialog.resolution
    _close(qtbot, dialog)


def test_french_required_labels_keep_their_spaced_colon(qtbot, logins, desk, restore_language):
    """eye39 #4: one dialog read « Montant en jeu : », « Montant recouvré *: » and « Date
    d'achèvement réelle *: »: the amount's and the day's colon were a bare ":" that was
    not translated, so the required mark had no space to keep."""
    translations.install_translators("fr")
    officer = logins.person("recovery")
    with logins.superuser().begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_number, case_type, description,"
                " amount_involved, status, start_date) VALUES ('RC-39', 'invoice_debt',"
                " 'Unpaid invoices.', 2010000, 'in_progress', current_date - 30) RETURNING id"
            )
        )
    dialog = _step_dialog(qtbot, desk(officer), "recovery_cases", case, "recover")
    texts = list(_labels(dialog))
    assert "Montant recouvré *\u00a0:" in texts, texts
    assert any(t.startswith("Date d") and t.endswith("*\u00a0:") for t in texts), texts
    assert all(not t.endswith("*:") and t.endswith(":") for t in texts), texts
    _close(qtbot, dialog)


def test_french_required_texts_keep_their_spaced_colon(qtbot, logins, desk, restore_language):
    """eye39 #4: an incident's Resolve read « Mesures prises *: »."""
    translations.install_translators("fr")
    guard = logins.person("security")
    with guard.engine.begin() as conn:
        incident = conn.scalar(
            text(
                "INSERT INTO security_incidents (incident_type, location, reported_date,"
                " incident_date, description) VALUES ('Theft', 'Store 2', now(),"
                " now() - interval '1 hour', 'Cable stolen.') RETURNING id"
            )
        )
    dialog = _step_dialog(qtbot, desk(guard), "security_incidents", incident, "resolve")
    assert "Mesures prises *\u00a0:" in _labels(dialog)
    _close(qtbot, dialog)
