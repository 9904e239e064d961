"""Records the finance workflow tests start from (``from finance_data import ...``).

Each is made the way a person makes it: budgets, invoices, lines and accounts by the
finance login given (its own grants, its own triggers), expenses through the records
service. What no role may write (a state put back for a test) goes through the
superuser, and says so.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import ROUND_HALF_UP, Decimal

import psycopg
from logins import Person
from sqlalchemy import text


def sql_value(person: Person, statement: str, **params):
    """One value read or written as ``person`` (committed)."""
    with person.engine.begin() as conn:
        return conn.execute(text(statement), params).scalar()


def superuser_value(db_dsn: str, statement: str, params=()):
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        row = conn.execute(statement, params).fetchone()
    return row[0] if row else None


def budget(
    finance: Person,
    department_id: uuid.UUID,
    category: str = "Fuel",
    *,
    year: int = 2026,
    allocated: Decimal = Decimal("1000000.00"),
) -> uuid.UUID:
    return sql_value(
        finance,
        "INSERT INTO budgets (department_id, fiscal_year, budget_category, allocated_amount)"
        " VALUES (:d, :y, :c, :a) RETURNING id",
        d=department_id,
        y=year,
        c=category,
        a=allocated,
    )


def spent(person: Person, budget_id: uuid.UUID) -> Decimal:
    return sql_value(person, "SELECT spent_amount FROM budgets WHERE id = :b", b=budget_id)


def account(
    finance: Person,
    name: str = "Operating account",
    *,
    currency: str = "RWF",
    opening: Decimal = Decimal("0"),
) -> uuid.UUID:
    """An account, with an opening credit when ``opening`` (which moves its balance)."""
    account_id = sql_value(
        finance,
        "INSERT INTO financial_accounts (account_number, account_name, account_type, currency)"
        " VALUES (:n, :name, 'bank', :c) RETURNING id",
        n=uuid.uuid4().hex[:12],
        name=name,
        c=currency,
    )
    if opening:
        sql_value(
            finance,
            "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
            " description, transaction_date) VALUES (:a, 'credit', :amount, :c,"
            " 'Balance brought forward', :d) RETURNING id",
            a=account_id,
            amount=opening,
            c=currency,
            d=dt.date(2026, 1, 1),
        )
    return account_id


def balance(person: Person, account_id: uuid.UUID) -> Decimal:
    return sql_value(person, "SELECT balance FROM financial_accounts WHERE id = :a", a=account_id)


def client(person: Person, name: str = "Akagera Logistics Ltd") -> uuid.UUID:
    """A client, as the superuser-free way allows: finance reads clients but does not
    add them, so the client department's login does."""
    return sql_value(
        person,
        "INSERT INTO clients (company_name) VALUES (:n) RETURNING id",
        n=name,
    )


def invoice(
    finance: Person,
    client_id: uuid.UUID | None,
    *lines: tuple[str, Decimal, Decimal],
    invoice_date: dt.date | None = None,
    due_date: dt.date | None = None,
    currency: str = "RWF",
) -> uuid.UUID:
    """A draft invoice with ``lines`` of (description, quantity, unit price), dated
    yesterday and due 30 days after its date unless told: an invoice is issued near its
    date (DW495, migration 0118), and yesterday is the company's past in any time zone."""
    invoice_date = invoice_date or dt.date.today() - dt.timedelta(days=1)
    due_date = due_date or invoice_date + dt.timedelta(days=30)
    invoice_id = sql_value(
        finance,
        "INSERT INTO invoices (client_id, invoice_date, due_date, currency)"
        " VALUES (:c, :i, :d, :cur) RETURNING id",
        c=client_id,
        i=invoice_date,
        d=due_date,
        cur=currency,
    )
    for description, quantity, unit_price in lines:
        add_line(finance, invoice_id, description, quantity, unit_price)
    return invoice_id


def add_line(
    person: Person, invoice_id: uuid.UUID, description: str, quantity: Decimal, price: Decimal
) -> uuid.UUID:
    return sql_value(
        person,
        "INSERT INTO invoice_items (invoice_id, description, quantity, unit_price)"
        " VALUES (:i, :d, :q, :p) RETURNING id",
        i=invoice_id,
        d=description,
        q=quantity,
        p=price,
    )


def totals(person: Person, invoice_id: uuid.UUID) -> tuple[Decimal, Decimal, Decimal, str]:
    with person.engine.begin() as conn:
        row = conn.execute(
            text("SELECT subtotal, tax_amount, total_amount, status FROM invoices WHERE id = :i"),
            {"i": invoice_id},
        ).one()
    return row.subtotal, row.tax_amount, row.total_amount, row.status


def setting(db_dsn: str, key: str, value: str, kind: str = "number") -> None:
    """A system setting, as an administrator would keep it (the superuser here)."""
    superuser_value(
        db_dsn,
        "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
        " VALUES (%s, %s, %s) ON CONFLICT (setting_key)"
        " DO UPDATE SET setting_value = EXCLUDED.setting_value RETURNING id",
        (key, value, kind),
    )


def audit_count(db_dsn: str, table: str, record: uuid.UUID, action: str = "UPDATE") -> int:
    return superuser_value(
        db_dsn,
        "SELECT count(*) FROM audit_logs WHERE table_name = %s AND record_id = %s AND action = %s",
        (table, record, action),
    )


def holidays_of(db_dsn: str) -> set[dt.date]:
    """The company's holidays, as the calendar of working days reads them."""
    with psycopg.connect(db_dsn) as conn:
        return {r[0] for r in conn.execute("SELECT holiday_date FROM holidays")}


def working_days(first: dt.date, last: dt.date, holidays: set[dt.date]) -> int:
    """Monday to Friday from ``first`` to ``last``, ``holidays`` left out: a payroll
    officer's count, independent of the database's."""
    days = (first + dt.timedelta(n) for n in range((last - first).days + 1))
    return sum(1 for d in days if d.isoweekday() < 6 and d not in holidays)


def whole_francs(amount: Decimal) -> Decimal:
    """``amount`` rounded to the franc, half up, as payslips are."""
    return amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def november_payslip(logins, employee_id, status: str, *, left: str = "2026-11-10") -> None:
    """November 2026's payslip of the person, in ``status`` (500,000 RWF basic), and their
    leaving day written in the form (the step keeps the earlier day), as Terminate…'s
    window tests start."""
    with logins.superuser().begin() as conn:
        conn.execute(
            text(
                "INSERT INTO payroll_records (employee_id, pay_period_start, pay_period_end,"
                " basic_salary, allowances, net_salary, status)"
                " VALUES (:e, '2026-11-01', '2026-11-30', 500000, 50000, 480000, :s)"
            ),
            {"e": employee_id, "s": status},
        )
        conn.execute(
            text("UPDATE employees SET termination_date = :d WHERE id = :e"),
            {"e": employee_id, "d": left},
        )
