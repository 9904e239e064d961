"""Every amount is a number (migration 0142, psql40 finding 1): NaN, which sorts above
every number and so passed every money CHECK, is refused in every numeric column and by
every workflow function taking an amount, for a clerk with psql as for the window, in
the window's words; a balance or a total never becomes NaN."""

from __future__ import annotations

from decimal import Decimal

import psycopg
import pytest
from finance_data import account, add_line, balance, client, invoice, sql_value, totals
from logins import Person
from sqlalchemy.exc import DBAPIError

from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.number_checks import (
    CHECKED,
    NOT_A_NUMBER,
    NUMBER_FUNCTION,
    NUMERIC_COLUMNS,
    check_name,
    functions_taking_amounts,
    unchecked,
)
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import db_errors, invoicing

CREDIT = (
    "INSERT INTO transactions (account_id, transaction_type, amount, currency, description,"
    " transaction_date) VALUES (%s, 'credit', %s, 'RWF', 'Cash deposit', current_date)"
)


@pytest.fixture
def finance(logins):
    return logins.person("finance", first_name="Eric", last_name="Niyonzima")


def _refusal(person: Person, statement: str, *params) -> Exception:
    """The error with which a plain connection of ``person`` (psql's) is refused."""
    with person.psql() as conn, pytest.raises(Exception) as refused:
        conn.execute(statement, params)
    return refused.value


def _said(error: Exception, table: str | None = None) -> DicelError:
    return db_errors.explain(error, table=table)


# --------------------------------------------------------------------------- columns


def test_a_nan_credit_is_refused_and_the_balance_stays_a_number(finance):
    bank = account(finance, opening=Decimal("1000"))
    refused = _refusal(finance, CREDIT, bank, "NaN")
    assert refused.sqlstate == NOT_A_NUMBER
    assert (refused.diag.table_name, refused.diag.column_name) == ("transactions", "amount")
    said = _said(refused, "transactions")
    assert said.code == "field_not_a_number"
    assert said.message == "Amount: “NaN” is not a number."
    assert said.params["field"] == "amount"
    assert balance(finance, bank) == Decimal("1000")
    # An ordinary credit afterwards still counts.
    with finance.psql() as conn:
        conn.execute(CREDIT, (bank, Decimal("250")))
    assert balance(finance, bank) == Decimal("1250")


@pytest.mark.parametrize(
    ("role", "statement", "table", "column"),
    [
        (
            "hr",
            "UPDATE employees SET salary = 'NaN' WHERE id = %(employee)s",
            "employees",
            "salary",
        ),
        (
            "sales",
            "INSERT INTO leads (company_name, contact_person, email, estimated_value)"
            " VALUES ('Kigali Heights', 'Aline', 'aline@kh.rw', 'NaN')",
            "leads",
            "estimated_value",
        ),
        (
            "finance",
            "INSERT INTO budgets (department_id, fiscal_year, budget_category, allocated_amount)"
            " VALUES (%(department)s, 2026, 'Rent', 'NaN')",
            "budgets",
            "allocated_amount",
        ),
    ],
    ids=["salary", "lead", "budget"],
)
def test_nan_is_refused_in_each_department(logins, role, statement, table, column):
    person = logins.person(role, first_name="Clerk")
    other = logins.person("employee", first_name="Josiane")
    values = {"employee": other.employee_id, "department": logins.department("OPS")}
    with person.psql() as conn, pytest.raises(Exception) as raised:
        conn.execute(statement, values)
    refused = raised.value
    assert refused.sqlstate == NOT_A_NUMBER, refused
    assert (refused.diag.table_name, refused.diag.column_name) == (table, column)
    said = _said(refused, table)
    assert said.code == "field_not_a_number" and said.params["field"] == column


def test_a_nan_price_leaves_the_invoice_totals_numbers(logins, finance):
    bill = invoice(finance, client(logins.person("client")), ("Guarding", 1, Decimal("100")))
    before = totals(finance, bill)
    line = sql_value(finance, "SELECT id FROM invoice_items WHERE invoice_id = :i", i=bill)
    refused = _refusal(finance, "UPDATE invoice_items SET unit_price = 'NaN' WHERE id = %s", line)
    assert refused.sqlstate == NOT_A_NUMBER
    assert refused.diag.column_name == "unit_price"
    assert totals(finance, bill) == before
    with pytest.raises(DBAPIError):
        add_line(finance, bill, "Patrol", Decimal("NaN"), Decimal("5"))
    assert totals(finance, bill) == before


def test_nan_is_refused_to_a_superuser_too(db_dsn, finance):
    """A CHECK holds for every writer: a derived column a superuser's script would break."""
    bank = account(finance)
    with psycopg.connect(db_dsn) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("UPDATE financial_accounts SET balance = 'NaN' WHERE id = %s", (bank,))
    assert refused.value.sqlstate == NOT_A_NUMBER


# --------------------------------------------------------------------------- functions


def test_a_nan_payment_is_refused_before_anything(logins, finance):
    bank = account(finance, opening=Decimal("10"))
    bill = invoice(finance, client(logins.person("client")), ("Guarding", 1, Decimal("100")))
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    refused = _refusal(
        finance,
        "SELECT dicel_record_invoice_payment(%s, %s, 'NaN', current_date, 'cheque', NULL)",
        bill,
        bank,
    )
    assert refused.sqlstate == NOT_A_NUMBER
    assert refused.diag.column_name == "amount"
    assert _said(refused, "invoices").message == "Amount: “NaN” is not a number."
    assert balance(finance, bank) == Decimal("10")
    assert totals(finance, bill)[3] == "sent"


def test_every_workflow_function_taking_an_amount_refuses_nan(db_dsn):
    """A function made later with a numeric argument fails this until it compares it with
    NaN (0106's way) or the migration's block opens it (check_amount_arguments)."""
    engine = make_engine(db_dsn)
    try:
        with engine.connect() as conn:
            found = functions_taking_amounts(conn.exec_driver_sql)
    finally:
        engine.dispose()
    names = {signature.split("(")[0] for signature, _c, _a in found}
    assert {"dicel_record_invoice_payment", "dicel_recover_recovery_case"} <= names
    assert [(s, unchecked(c, a)) for s, c, a in found if unchecked(c, a)] == []
    assert "dicel_record_invoice_payment(uuid,uuid,numeric,date,text,text)" in {
        s for s, c, _a in found if CHECKED in c
    }


# --------------------------------------------------------------------------- every column


def test_every_numeric_column_refuses_nan(db_dsn):
    """A new numeric column is a number by default: this fails until its migration calls
    db/number_checks.add_number_checks."""
    engine = make_engine(db_dsn)
    try:
        with engine.connect() as conn:
            columns = conn.exec_driver_sql(NUMERIC_COLUMNS).all()
            checks = dict(
                conn.exec_driver_sql(
                    "SELECT conname::text, pg_get_constraintdef(oid) FROM pg_constraint"
                    " WHERE connamespace = 'public'::regnamespace AND contype = 'c'"
                    " AND convalidated"
                ).all()
            )
            # Every numeric column has a typmod: Infinity is refused by the type.
            unbounded = conn.exec_driver_sql(
                "SELECT c.relname, a.attname FROM pg_attribute a"
                " JOIN pg_class c ON c.oid = a.attrelid"
                " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')"
                " AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypmod = -1"
                " AND a.atttypid IN ('numeric'::regtype, 'float4'::regtype,"
                " 'float8'::regtype)"
            ).all()
    finally:
        engine.dispose()
    found = {(t, c) for t, c in columns}
    assert {("transactions", "amount"), ("financial_accounts", "balance")} <= found
    assert {("budgets", "spent_amount"), ("invoices", "total_amount")} <= found
    missing = sorted(
        (t, c)
        for t, c in found
        if "'NaN'::numeric" not in checks.get(check_name(t, c), "")
        or NUMBER_FUNCTION not in checks.get(check_name(t, c), "")
    )
    assert missing == []
    assert len({check_name(t, c) for t, c in found}) == len(found)
    assert unbounded == []


def test_every_numeric_column_refuses_nan_when_written(db_dsn):
    """Each column's CHECK, run on a NaN: refused with DW043 naming its column."""
    with psycopg.connect(db_dsn) as conn:
        for table, column in conn.execute(NUMERIC_COLUMNS).fetchall():
            definition = conn.execute(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = %s",
                (check_name(table, column),),
            ).fetchone()[0]
            conn.execute("SAVEPOINT one")
            with pytest.raises(psycopg.Error) as refused:
                conn.execute(
                    f"SELECT {definition.removeprefix('CHECK ')}"
                    f""" FROM (SELECT 'NaN'::numeric AS "{column}") AS x"""
                )
            assert refused.value.sqlstate == NOT_A_NUMBER, (table, column)
            assert refused.value.diag.column_name == column
            assert refused.value.diag.table_name == table
            conn.execute("ROLLBACK TO SAVEPOINT one")
        conn.rollback()


def test_the_refusal_needs_only_its_data():
    import string

    from dicel_desktop.domain.errors import MESSAGES

    registered = db_errors.registry.REGISTERED[NOT_A_NUMBER]
    wanted = {n for _t, n, _s, _c in string.Formatter().parse(MESSAGES[registered.code]) if n}
    assert wanted <= {"text", "label", "field"}
