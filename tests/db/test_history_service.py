"""services.history as real people: a record's history, typed, for those who may see it."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from psycopg.types.json import Jsonb
from sqlalchemy import text

from dicel_desktop.services import records
from dicel_desktop.services.history import REDACTED, Change, record_history

#: A Monday four weeks ahead.
_MONDAY_AHEAD = dt.date.today() + dt.timedelta(days=28 - dt.date.today().weekday())


def test_an_expense_reads_as_made_then_changed_by_whom_oldest_first(logins):
    finance = logins.person("finance", first_name="Aline", last_name="Uwase")
    colleague = logins.person("finance", first_name="Eric", last_name="Niyonzima")
    with finance.session() as session:
        made = records.create_record(
            session,
            "expenses",
            finance.role,
            {
                "expense_category": "Fuel",
                "amount": Decimal("25000"),
                "expense_date": dt.date(2026, 3, 2),
                "vendor": "SP",
            },
        )
    with colleague.session() as session:
        records.save_record(
            session,
            "expenses",
            colleague.role,
            made.id,
            made.version,
            {"vendor": "Engen", "amount": Decimal("26000.00")},
        )
        history = record_history(session, "expenses", made.id)

    assert [(e.action, e.actor_name) for e in history] == [
        ("INSERT", "Aline Uwase"),
        ("UPDATE", "Eric Niyonzima"),
    ]
    assert history[0].changed_at < history[1].changed_at
    created = {c.column: c for c in history[0].changes}
    assert created["amount"] == Change("amount", None, Decimal("25000"))
    assert created["expense_date"].new == dt.date(2026, 3, 2)
    assert created["created_by"].new == finance.user_id
    assert isinstance(created["created_by"].new, uuid.UUID)
    assert not {"id", "created_at", "updated_at"} & set(created)
    # In the table's column order: the amount before the vendor.
    assert history[1].changes == (
        Change("amount", Decimal("25000"), Decimal("26000.00")),
        Change("vendor", "SP", "Engen"),
    )


def test_two_changes_in_one_transaction_keep_their_order(logins):
    client = logins.person("client")
    with client.session() as session:
        made = records.create_record(
            session, "clients", client.role, {"company_name": "Ikaze Traders"}
        )
    with client.engine.begin() as conn:
        for name in ("Ikaze Traders Ltd", "Ikaze Group"):
            conn.execute(
                text("UPDATE clients SET company_name = :n WHERE id = :i"),
                {"n": name, "i": made.id},
            )
    with client.session() as session:
        history = record_history(session, "clients", made.id)
    assert [
        (e.action, [(c.old, c.new) for c in e.changes if c.column == "company_name"])
        for e in history
    ] == [
        ("INSERT", [(None, "Ikaze Traders")]),
        ("UPDATE", [("Ikaze Traders", "Ikaze Traders Ltd")]),
        ("UPDATE", [("Ikaze Traders Ltd", "Ikaze Group")]),
    ]


def test_a_reader_sees_only_the_columns_they_may_read_and_secrets_never(logins):
    hr = logins.person("hr")
    sales = logins.person("sales")
    with hr.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE employees SET salary = 650000, bank_details = :b, work_location = 'Huye'"
                " WHERE id = :i"
            ),
            {"b": Jsonb({"iban": "RW12-secret"}), "i": sales.employee_id},
        )
    with hr.session() as session:
        seen_by_hr = record_history(session, "employees", sales.employee_id)
    with sales.session() as session:
        seen_by_sales = record_history(session, "employees", sales.employee_id)

    changed = {c.column: c for c in seen_by_hr[-1].changes}
    assert changed["salary"] == Change("salary", Decimal("500000.00"), Decimal("650000.00"))
    assert changed["bank_details"] == Change("bank_details", None, REDACTED)
    assert "RW12" not in repr(seen_by_hr)
    assert seen_by_hr[-1].actor_name == "Hr Tester"
    # Sales reads the public columns of employees: the work location is not one of them,
    # so the whole change is not theirs to see.
    assert len(seen_by_sales) == len(seen_by_hr) - 1
    assert all(
        c.column not in {"salary", "bank_details", "tax_info"}
        for entry in seen_by_sales
        for c in entry.changes
    )


def test_no_history_for_a_record_hidden_from_the_reader(logins):
    clerk = logins.person("employee")
    stranger = logins.person("employee")
    with clerk.session() as session:
        leave = records.create_record(
            session,
            "leave_requests",
            clerk.role,
            {
                "leave_type": "annual",
                # Ahead, as leave may be filed; the server counts its working days.
                "start_date": _MONDAY_AHEAD,
                "end_date": _MONDAY_AHEAD + dt.timedelta(days=2),
            },
        )
        assert [e.action for e in record_history(session, "leave_requests", leave.id)] == ["INSERT"]
    # Filed with no employee named: the server filed it as the clerk's own.
    assert leave.values["employee_id"] == clerk.employee_id
    with stranger.session() as session:
        assert record_history(session, "leave_requests", leave.id) == []
