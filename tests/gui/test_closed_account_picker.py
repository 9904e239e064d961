"""A new transaction is offered active accounts only, and an entry already on a closed
account still names it, marked closed (migration 0147, closed40): the window's picker
offered the closed collections account for a manual entry."""

from __future__ import annotations

import uuid
from decimal import Decimal

from finance_data import account, sql_value
from helpers import WAIT_MS
from logins import Person

from dicel_desktop.services.lookup import is_offered

POSTING = (
    "INSERT INTO transactions (account_id, transaction_type, amount, currency, description,"
    " transaction_date) VALUES (:a, :kind, :amount, 'RWF', 'Collection', current_date)"
    " RETURNING id"
)


def _post(finance: Person, bank: uuid.UUID, kind: str, amount: str) -> uuid.UUID:
    return sql_value(finance, POSTING, a=bank, kind=kind, amount=Decimal(amount))


def _closed_with_history(finance: Person) -> tuple[uuid.UUID, uuid.UUID]:
    """An account that took money, gave it on, then closed: (account, its first credit)."""
    collections = account(finance, "Collections account")
    credit = _post(finance, collections, "credit", "3250000")
    _post(finance, collections, "debit", "3250000")
    sql_value(
        finance,
        "UPDATE financial_accounts SET is_active = false WHERE id = :a RETURNING id",
        a=collections,
    )
    return collections, credit


def _listed(picker) -> list[str]:
    rows = picker.match_list()
    return [rows.item(i).text() for i in range(rows.count())]


def test_a_new_transaction_is_offered_active_accounts_only(qtbot, logins, desk):
    finance = logins.person("finance", first_name="Eric")
    account(finance, "Operating account")
    _closed_with_history(finance)
    window = desk(finance).new("transactions")
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    picker = window.form.editors["account_id"]
    picker.setFocus()
    qtbot.keyClicks(picker.line, "account")
    qtbot.waitUntil(
        lambda: picker.is_list_open() and _listed(picker) == ["Operating account"],
        timeout=WAIT_MS,
    )


def test_an_entry_on_a_closed_account_still_names_it_marked_closed(qtbot, logins, desk):
    finance = logins.person("finance", first_name="Eric")
    bank = account(finance, "Operating account")
    open_entry = _post(finance, bank, "credit", "1000")
    collections, credit = _closed_with_history(finance)

    window = desk(finance).open("transactions", credit)
    picker = window.form.editors["account_id"]
    qtbot.waitUntil(lambda: picker.line.text() == "Collections account (closed)", timeout=WAIT_MS)
    assert picker.value() == collections
    assert picker.current_name() == "Collections account"
    assert picker.is_not_offered()

    opener = desk(finance)
    other = opener.open("transactions", open_entry)
    shown = other.form.editors["account_id"]
    # Its name, and whether it is offered, answered.
    qtbot.waitUntil(lambda: not opener.worker.is_busy, timeout=WAIT_MS)
    assert shown.current_name() == "Operating account"
    assert shown.line.text() == "Operating account"
    assert not shown.is_not_offered()


def test_whether_an_account_is_offered_is_asked_of_the_database(logins):
    finance = logins.person("finance")
    bank = account(finance, "Operating account")
    collections, _credit = _closed_with_history(finance)
    only = ("is_active", ("true",))
    with finance.session() as session:
        assert is_offered(session, "financial_accounts", bank, only)
        assert not is_offered(session, "financial_accounts", collections, only)
        assert not is_offered(session, "financial_accounts", uuid.uuid4(), only)
