"""A step that comes second is told who came first in the reader's language, the state
in its record's own words (migration 0121): "Déjà annulée" of a leave request (a French
"demande"), an order "byatanzwe" (submitted) in Kinyarwanda, not a date column's
"byatanzwe ku wa"."""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

import pytest

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.services import db_errors

AT = "2026-12-06T08:42:00+00:00"


def _refusal(table: str, state: str, who: str) -> Conflict:
    """DW001 as the database raises it (DETAIL data, TABLE the record's), as the client
    reads it."""
    diag = SimpleNamespace(
        message_detail=json.dumps({"state": state, "action": "x", "who": who, "when": AT}),
        table_name=table,
    )
    registered = db_errors._REGISTERED["DW001"]
    return Conflict(registered.code, **registered.params(diag, {}))


@pytest.mark.parametrize(
    ("language", "table", "state", "sentence"),
    [
        ("en", "purchase_orders", "cancelled", "Already cancelled by {who} at {at}."),
        ("fr", "leave_requests", "cancelled", "Déjà annulée par {who} à {at}."),
        ("fr", "purchase_orders", "cancelled", "Déjà annulé par {who} à {at}."),
        ("rw", "purchase_orders", "submitted", "Byamaze kuba byatanzwe na {who} ku wa {at}."),
    ],
)
def test_already_taken_reads_in_the_readers_words(
    qapp, restore_language, language, table, state, sentence
):
    translations.install_translators(language)
    at = dt.datetime.fromisoformat(AT).astimezone().strftime("%H:%M")
    error = _refusal(table, state, "Divine Ingabire")
    assert describe_error(error) == sentence.format(who="Divine Ingabire", at=at)


def test_the_expense_dialog_says_in_french_who_withdrew_it_first(
    qtbot, logins, open_window, restore_language, rwanda
):
    """A French-speaking finance manager opens Approve… from Waiting for me; meanwhile the
    clerk who filed the expense withdraws it. Approve is refused, and the dialog says who
    withdrew it and when, in French, the state in the expense's own word (« annulée »,
    une dépense); nothing is decided."""
    from finance_data import budget
    from logins import new_expense
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog
    from dicel_desktop.services import expenses

    wait_ms = 30_000  # a deadline for a failing test on a busy machine, not a measurement
    translations.install_translators("fr")
    clerk = logins.person("finance", first_name="Aline", last_name="Uwase", department="FIN")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo", department="FIN")
    budget(manager, logins.department("FIN"), "Fuel")
    expense = new_expense(clerk, department_id=logins.department("FIN")).id
    window = open_window(manager)
    page = window.my_work.inbox
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=wait_ms)
    window.my_work.show_section("waiting")
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.approve_button
    qtbot.keyClick(page.approve_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ExpenseDecisionDialog), timeout=wait_ms)
    dialog = page.dialog
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=wait_ms)

    with clerk.session() as session:
        expenses.cancel_expense(session, expense, "Filed twice")
    with logins.superuser().connect() as conn:
        withdrawn = conn.exec_driver_sql(
            "SELECT max(created_at) FROM audit_logs WHERE record_id = %s"
            " AND new_values ->> 'status' = 'cancelled'",
            (expense,),
        ).scalar_one()
    qtbot.keyClick(dialog.decide_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Déjà"), timeout=wait_ms)
    at = withdrawn.astimezone().strftime("%H:%M")
    assert dialog.message.text() == f"Déjà annulée par Aline Uwase à {at}."
