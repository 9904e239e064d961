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


def _now() -> dt.datetime:
    """A moment of today, as the reader's clock reads it: said as a time alone. Read when
    a test asks, not as the module is imported: imported at 23:57, a run that reached
    the test after midnight was told yesterday's moment, rightly with its day."""
    return dt.datetime.now().astimezone().replace(second=0, microsecond=0)


#: Nine days back (0121 names a step taken any time before: a leave cancelled last week).
DAYS_AGO = _now() - dt.timedelta(days=9)


def _refusal(table: str, state: str, who: str, at: dt.datetime | None = None) -> Conflict:
    """DW001 as the database raises it (DETAIL data, TABLE the record's), as the client
    reads it; ``at`` now when not given."""
    at = at or _now()
    diag = SimpleNamespace(
        message_detail=json.dumps(
            {"state": state, "action": "x", "who": who, "when": at.isoformat()}
        ),
        table_name=table,
    )
    registered = db_errors.registry.REGISTERED["DW001"]
    return Conflict(registered.code, **registered.params(diag, {}))


@pytest.mark.parametrize(
    ("language", "table", "state", "sentence"),
    [
        ("en", "purchase_orders", "cancelled", "Already cancelled by {who} at {at}."),
        ("fr", "leave_requests", "cancelled", "Déjà annulée par {who} à {at}."),
        ("fr", "purchase_orders", "cancelled", "Déjà annulé par {who} à {at}."),
        ("rw", "purchase_orders", "submitted", "Byamaze kuba byatanzwe na {who} saa {at}."),
    ],
)
def test_already_taken_reads_in_the_readers_words(
    qapp, restore_language, language, table, state, sentence
):
    translations.install_translators(language)
    moment = _now()
    said = describe_error(_refusal(table, state, "Divine Ingabire", moment))
    expected = sentence.format(who="Divine Ingabire", at=moment.strftime("%H:%M"))
    if dt.datetime.now().astimezone().date() == moment.date():
        assert said == expected
    else:  # midnight came between the two lines: the day is said too (the next test)
        assert said.startswith(expected.removesuffix(".") + " ")


@pytest.mark.parametrize(
    ("language", "table", "state", "sentence"),
    [
        ("en", "leave_requests", "cancelled", "Already cancelled by {who} at {at} on {day}."),
        ("fr", "leave_requests", "cancelled", "Déjà annulée par {who} à {at} le {day}."),
        (
            "rw",
            "purchase_orders",
            "submitted",
            "Byamaze kuba byatanzwe na {who} saa {at} ku wa {day}.",
        ),
    ],
)
def test_already_taken_days_ago_says_the_day_too(
    qapp, restore_language, language, table, state, sentence
):
    """Review34 F7: 0121 lets DW001 name a step taken days before (a leave cancelled last
    week, cancelled again from a stale window), and the sentence said a time alone,
    "à 15:41", which in Kinyarwanda read "ku wa 15:41", "on the 15:41". The day is said
    when it is not today, in the reader's words; the CLI's English says it too."""
    from PySide6.QtCore import QDate, QLocale

    translations.install_translators(language)
    error = _refusal(table, state, "Josiane Murekatete", DAYS_AGO)
    day = DAYS_AGO.date()
    in_words = QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
    assert describe_error(error) == sentence.format(
        who="Josiane Murekatete", at=DAYS_AGO.strftime("%H:%M"), day=in_words
    )
    assert error.message == (
        f"Already {state} by Josiane Murekatete at {DAYS_AGO:%H:%M} on {day.day} {day:%B %Y}."
    )


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
    # Approve is on the keyboard's way once the page is shown and its row chosen (a busy
    # machine shows the page a moment after show_section: Tab went past it, stop 43).
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is page.view and page.approve_button.isEnabled(),
        timeout=wait_ms,
    )
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
