"""An expense's amount and a salary in francs are whole francs (migration 0039), as real
logins, through the records service and straight in SQL.

RWF has no minor unit in use: an expense of 1,000.50 RWF was saved, and paying it
debited cents from an RWF account. A row that held cents before the revision may keep
them: it can still be decided, paid and changed otherwise.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import psycopg
import pytest
from finance_data import account, budget, sql_value
from logins import new_expense
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import expenses, records


@pytest.fixture
def office(logins):
    clerk = logins.person("finance", first_name="Aline", last_name="Uwase", department="FIN")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo", department="FIN")
    return clerk, manager, logins.department("FIN")


def _sqlstate(person, statement: str, **params) -> str:
    with pytest.raises(DBAPIError) as refused:
        sql_value(person, statement, **params)
    return refused.value.orig.sqlstate


def test_an_expense_in_francs_is_whole_francs_from_the_form_or_from_sql(office):
    clerk, _manager, fin = office
    with pytest.raises(DicelError) as fraction:
        new_expense(clerk, department_id=fin, amount=Decimal("1000.50"))
    assert fraction.value.code == "amount_not_whole"
    assert fraction.value.params["field"] == "amount"
    assert fraction.value.message == (
        "Amounts in RWF are whole, without decimals: 1,000.50 RWF cannot be paid. "
        "Type a whole amount."
    )
    insert = (
        "INSERT INTO expenses (department_id, expense_category, amount, currency,"
        " expense_date) VALUES (:d, 'Fuel', :a, :c, current_date) RETURNING id"
    )
    assert _sqlstate(clerk, insert, d=fin, a=Decimal("0.01"), c="RWF") == "DW330"
    assert _sqlstate(clerk, insert, d=fin, a=Decimal("999.99"), c="ugx") == "DW330"
    assert _sqlstate(clerk, insert, d=fin, a=Decimal("999.50"), c=None) == "DW330"  # home
    assert sql_value(clerk, "SELECT count(*) FROM expenses") == 0

    whole = new_expense(clerk, department_id=fin, amount=Decimal("1000"))
    assert whole.values["amount"] == Decimal("1000.00")
    # Changed later, to a fraction or into a currency without one: refused the same.
    update = "UPDATE expenses SET amount = :a, currency = :c WHERE id = :e"
    assert _sqlstate(clerk, update, a=Decimal("1000.50"), c="RWF", e=whole.id) == "DW330"
    dollars = sql_value(clerk, insert, d=fin, a=Decimal("12.50"), c="USD")  # cents kept
    assert _sqlstate(clerk, update, a=Decimal("12.50"), c="RWF", e=dollars) == "DW330"
    with clerk.session() as session, pytest.raises(DicelError) as changed:
        records.save_record(session, "expenses", clerk.role, whole.id, whole.version,
                            {"amount": Decimal("1500.25")})  # fmt: skip
    assert changed.value.code == "amount_not_whole"
    assert sql_value(clerk, "SELECT amount FROM expenses WHERE id = :e", e=whole.id) == 1000


def test_an_expense_that_held_cents_before_is_still_decided_and_paid(office, db_dsn):
    clerk, manager, fin = office
    budget(manager, fin, "Fuel", year=dt.date.today().year)
    # Filed before migration 0039: the superuser puts the cents back without the trigger.
    with psycopg.connect(db_dsn, autocommit=True) as su:
        su.execute("ALTER TABLE expenses DISABLE TRIGGER expenses_whole_units")
        try:
            old = new_expense(
                clerk, department_id=fin, amount=Decimal("2500.50"), expense_date=dt.date.today()
            ).id
        finally:
            su.execute("ALTER TABLE expenses ENABLE TRIGGER expenses_whole_units")
    sql_value(clerk, "UPDATE expenses SET vendor = 'Kigali Fuel Ltd', amount = amount,"
                     " currency = currency WHERE id = :e RETURNING id", e=old)  # fmt: skip
    with manager.session() as session:
        expenses.decide_expense(session, old, True, "")
    bank = account(manager, "Operating account", opening=Decimal("100000"))
    with manager.session() as session:
        expenses.pay_expense(session, old, bank, dt.date.today())
    with manager.engine.begin() as conn:
        row = conn.execute(text("SELECT status, amount FROM expenses WHERE id = :e"),
                           {"e": old}).one()  # fmt: skip
    assert tuple(row) == ("paid", Decimal("2500.50"))


def test_a_salary_in_francs_is_whole_francs(logins):
    hr = logins.person("hr", department="HR")
    someone = logins.person("employee", department="OPS")
    statement = "UPDATE employees SET salary = :s, salary_currency = :c WHERE id = :e RETURNING id"
    refused = _sqlstate(hr, statement, s=Decimal("650000.50"), c="RWF", e=someone.employee_id)
    assert refused == "DW330"
    sql_value(hr, statement, s=Decimal("650000"), c="RWF", e=someone.employee_id)
    sql_value(hr, statement, s=Decimal("1250.75"), c="USD", e=someone.employee_id)
    with hr.engine.begin() as conn:
        salary = conn.execute(
            text("SELECT salary FROM employees WHERE id = :e"), {"e": someone.employee_id}
        ).scalar()
    assert salary == Decimal("1250.75")
