"""Once a record leaves its open states, its amounts, parties and dates, and its lines,
change only through its workflow: for every role, admin included (migration 0007).

Each case logs in as a real person of the department that works the table (and as the
admin), against a record the superuser puts in a state past the open ones.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import psycopg
import pytest
from minimal_rows import choices_of, minimal_row, table
from psycopg import sql
from psycopg.types.json import Jsonb
from security_world import World, attempt, insert_statement
from sqlalchemy import types as sqltypes

from dicel_desktop.domain.case_flows import final_states
from dicel_desktop.domain.permissions import FUNCTION_ONLY_COLUMNS
from dicel_desktop.domain.tables import TABLES

#: Who works each locked table, and a correction they make while the record is open.
WORK = {
    "leave_requests": ("hr", "reason", "Wedding in Huye"),
    "payroll_records": ("hr", "allowances", Decimal("5000.00")),
    # A pending period's notes are its people's (migration 0093).
    "payroll_periods": ("finance", "notes", "Checked against the bank's list"),
    "performance_reviews": ("hr", "overall_rating", 4),
    # Finance completes a posted entry's description only; the admin corrects a pending one.
    "transactions": ("admin", "amount", Decimal("20.00")),
    "budgets": ("finance", "allocated_amount", Decimal("500.00")),
    "expenses": ("finance", "amount", Decimal("30.00")),
    # Totals follow the lines (migrations 0013, 0014): no role writes them; the dates are
    # the clerk's.
    "invoices": ("finance", "due_date", dt.date(2026, 2, 4)),
    "purchase_orders": ("inventory", "expected_delivery", dt.date(2026, 2, 5)),
    "contracts": ("client", "total_value", Decimal("1000.00")),
    "recovery_cases": ("recovery", "amount_involved", Decimal("1000.00")),
    "compliance_policies": ("compliance", "version", "2.0"),
    # A deal's stage is Sales's while it is active (migration 0050).
    "opportunities": ("sales", "stage", "proposal"),
    # Text a step required stays once the step is taken (migration 0065).
    "compliance_audits": ("compliance", "findings", "Two gaps in the access reviews"),
    "security_incidents": ("security", "actions_taken", "Patrol doubled at the gate"),
    "job_postings": ("hr", "closing_date", dt.date(2026, 3, 31)),
    "customer_surveys": ("cx", "start_date", dt.date(2026, 3, 1)),
    # A scheduled programme's day is HR's to move; a started one's stays (0095).
    "training_programs": ("hr", "start_date", dt.date(2026, 3, 2)),
    # A scheduled shift is moved or given to another guard; a started one stays (0107).
    # An hour earlier than the minimal row's: within the day a shift lasts (0111).
    "security_assignments": (
        "security",
        "shift_start",
        minimal_row("security_assignments")["shift_start"] - dt.timedelta(hours=1),
    ),
    # A patrol is logged as it begins: no open state to correct it in (0107).
    "patrol_logs": ("security", None, None),
}

#: A column each department still completes on a locked record (None: nothing left).
STILL_OPEN = {
    # The notes are the deciders' words, the leave functions' alone (migration 0093); the
    # reason is part of what was decided (migration 0094).
    "leave_requests": None,
    "payroll_records": ("finance", "notes"),
    # Its notes hold the approval's and the cancellation's words (migration 0093).
    "payroll_periods": None,
    "performance_reviews": None,
    # A posted entry is corrected by a reversing entry, its words included (migration
    # 0077): no column of its own is left to complete.
    "transactions": None,
    "budgets": None,
    # What a decided expense was decided for, its description included (migration 0060):
    # the decision's note is its function's.
    "expenses": None,
    "invoices": ("finance", "notes"),
    "purchase_orders": ("inventory", "notes"),
    # An ended contract (expired, terminated, renewed) is final as a whole (migration
    # 0038): nothing is completed on it.
    "contracts": None,
    # Its description holds why it was written off (migration 0074); no other text
    # column is left to complete.
    "recovery_cases": None,
    # What it is about is part of what was approved (migration 0079): a policy in force
    # changes through a review, nothing completed besides.
    "compliance_policies": None,
    "opportunities": ("sales", "description"),
    "compliance_audits": ("compliance", "audit_scope"),
    "security_incidents": ("security", "description"),
    "job_postings": ("hr", "description"),
    "customer_surveys": ("cx", "description"),
    "training_programs": ("hr", "description"),
    # Where it is (and when it ends: a guard who left early) stays open (0107).
    "security_assignments": ("security", "location"),
    "patrol_logs": ("security", "notes"),
}

LOCKED = sorted(t.name for t in TABLES.values() if t.lock is not None)


def test_every_locked_table_is_worked_here():
    assert set(WORK) == set(LOCKED) == set(STILL_OPEN)


def _closed_state(name: str) -> str:
    """A state past the lock's open ones; one that is not final where there is one (a
    final state freezes the whole row, migration 0035)."""
    lock = TABLES[name].lock
    closed = [v for v in choices_of(table(name))[lock.column] if v not in lock.open_states]
    return next((v for v in closed if v not in final_states(name)), closed[0])


#: Values a table's minimal row needs to stand beside the world's own rows: a month of
#: its own for a pay period (one run per month, ``ex_payroll_periods_no_overlap``).
_OWN_ROW = {
    "payroll_periods": {"period_start": dt.date(2031, 1, 1), "period_end": dt.date(2031, 1, 31)}
}


@contextmanager
def _record(world: World, name: str, **values) -> Iterator[uuid.UUID]:
    """A row put there by the superuser (past any lock), removed afterwards."""
    row = minimal_row(name)
    if "employee_id" in table(name).c:
        # The intern has no login: no one's own rows change under other tests.
        row["employee_id"] = world.people["intern"].employee_id
    statement, params = insert_statement(name, row | _OWN_ROW.get(name, {}) | values)
    su = world.connect_superuser()
    record = su.execute(sql.SQL("{} RETURNING id").format(statement), params).fetchone()[0]
    try:
        yield record
    finally:
        su.execute(sql.SQL("DELETE FROM {} WHERE id = %s").format(sql.Identifier(name)), (record,))


def _another_value(name: str, column: str) -> object:
    """A value of the column's type that differs from the minimal row's (or NULL)."""
    kind = table(name).c[column].type
    if isinstance(kind, sqltypes.Uuid):
        return uuid.uuid4()  # the trigger refuses before the foreign key is checked
    if isinstance(kind, sqltypes.DateTime):
        return dt.datetime(2031, 7, 1, 8, tzinfo=dt.UTC)
    if isinstance(kind, sqltypes.Date):
        return dt.date(2031, 7, 1)
    if isinstance(kind, sqltypes.Numeric):
        return Decimal("12345.00")
    if isinstance(kind, sqltypes.Integer):
        return 3
    if isinstance(kind, sqltypes.JSON):
        return Jsonb([{"question": "changed"}])
    return "ZZZ" if (getattr(kind, "length", None) or 99) <= 3 else "changed"


#: Locked columns refused in every state by a rule of their own: a leave request stays
#: with the employee it was filed for (DW113, migration 0068).
_NEVER_MOVES = {("leave_requests", "employee_id"): "DW113"}


def _update(name: str, column: str) -> sql.Composed:
    return sql.SQL("UPDATE {} SET {} = %s WHERE id = %s").format(
        sql.Identifier(name), sql.Identifier(column)
    )


@pytest.mark.parametrize("name", LOCKED)
def test_a_record_past_its_open_states_keeps_its_locked_columns(world: World, name: str):
    lock = TABLES[name].lock
    state = _closed_state(name)
    worker = WORK[name][0]
    problems = []
    with _record(world, name, **{lock.column: state}) as record:
        for column in lock.columns:
            for who in dict.fromkeys((worker, "admin")):
                out = attempt(
                    world.connect(who),
                    _update(name, column),
                    (_another_value(name, column), record),
                )
                if out.sqlstate == "42501" and (
                    who != "admin" or column in FUNCTION_ONLY_COLUMNS.get(name, ())
                ):
                    continue  # this department (or no role at all) may not change it
                # Every state past a contract's open ones is final: the whole row is
                # frozen, the locked columns with it (DW405 before the lock's DL001).
                refusal = "DW405" if state in final_states(name) else "DL001"
                # A column that never moves once filed is refused by its own rule first.
                refusal = _NEVER_MOVES.get((name, column), refusal)
                if out.sqlstate != refusal:
                    problems.append(f"{who} {column}: {out.sqlstate} {out.message}")
                elif refusal in _NEVER_MOVES.values():
                    continue
                elif not ((column in out.message or refusal == "DW405") and state in out.message):
                    problems.append(f"{who} {column}: the message says {out.message!r}")
    assert not problems, f"{name} ({state}):\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("name", [n for n in LOCKED if TABLES[n].lock.open_states])
def test_a_record_still_open_is_corrected_by_its_department(world: World, name: str):
    lock = TABLES[name].lock
    who, column, value = WORK[name]
    with _record(world, name, **{lock.column: lock.open_states[0]}) as record:
        out = attempt(world.connect(who), _update(name, column), (value, record))
    assert out.ok and out.rowcount == 1, out.message


@pytest.mark.parametrize("name", sorted(n for n, what in STILL_OPEN.items() if what))
def test_what_is_not_locked_is_still_completed(world: World, name: str):
    who, column = STILL_OPEN[name]
    with _record(world, name, **{TABLES[name].lock.column: _closed_state(name)}) as record:
        out = attempt(world.connect(who), _update(name, column), ("completed later", record))
    assert out.ok and out.rowcount == 1, out.message


def test_sending_back_what_a_locked_record_holds_is_no_change(world: World):
    columns = TABLES["invoices"].lock.columns
    assignments = sql.SQL(", ").join(
        sql.SQL("{0} = {0}").format(sql.Identifier(c)) for c in columns
    )
    with _record(world, "invoices", status="paid") as invoice:
        out = attempt(
            world.connect("finance"),
            sql.SQL("UPDATE invoices SET {}, notes = 'paid late' WHERE id = %s").format(
                assignments
            ),
            (invoice,),
        )
    assert out.ok and out.rowcount == 1, out.message


def test_the_refusal_names_its_table_and_column(world: World):
    conn = world.connect("finance")
    with (
        _record(world, "expenses", status="approved") as expense,
        pytest.raises(psycopg.Error) as refused,
        conn.transaction(force_rollback=True),
    ):
        conn.execute("UPDATE expenses SET amount = 1, vendor = 'X' WHERE id = %s", (expense,))
    diag = refused.value.diag
    assert (diag.sqlstate, diag.table_name, diag.column_name) == ("DL001", "expenses", "amount")
    assert refused.value.diag.message_primary == (
        f"expenses {expense} is approved, no longer pending:"
        " amount, vendor can no longer be changed"
    )


def test_a_superuser_still_repairs_a_locked_record(world: World):
    with _record(world, "purchase_orders", status="approved") as order:
        out = attempt(
            world.connect_superuser(),
            "UPDATE purchase_orders SET total_amount = 99 WHERE id = %s",
            (order,),
        )
    assert out.ok and out.rowcount == 1


# --------------------------------------------------------------------------- lines


@contextmanager
def _invoice_with_a_line(world: World, status: str) -> Iterator[tuple[uuid.UUID, uuid.UUID]]:
    with (
        _record(world, "invoices", status=status) as invoice,
        _record(world, "invoice_items", invoice_id=invoice) as line,
    ):
        yield invoice, line


def test_the_lines_of_a_sent_invoice_are_neither_added_changed_nor_removed(world: World):
    conn = world.connect("finance")
    with _invoice_with_a_line(world, "sent") as (invoice, line):
        added = attempt(
            conn,
            "INSERT INTO invoice_items (invoice_id, description, quantity, unit_price)"
            " VALUES (%s, 'Extra guard', 1, 50000)",
            (invoice,),
        )
        changed = attempt(conn, "UPDATE invoice_items SET unit_price = 1 WHERE id = %s", (line,))
        removed = attempt(conn, "DELETE FROM invoice_items WHERE id = %s", (line,))
        as_it_was = attempt(
            conn, "UPDATE invoice_items SET description = description WHERE id = %s", (line,)
        )
        by_admin = attempt(
            world.connect("admin"), "DELETE FROM invoice_items WHERE id = %s", (line,)
        )
    for what, out in (("insert", added), ("update", changed), ("delete", removed)):
        assert out.sqlstate == "DL002", (what, out.message)
        assert "invoices" in out.message and "sent" in out.message
    assert by_admin.sqlstate == "DL002"
    assert as_it_was.ok and as_it_was.rowcount == 1


def test_the_lines_of_a_draft_invoice_are_worked_freely(world: World):
    conn = world.connect("finance")
    with (
        _invoice_with_a_line(world, "draft") as (invoice, line),
        conn.transaction(force_rollback=True),
    ):
        conn.execute(
            "INSERT INTO invoice_items (invoice_id, description, quantity, unit_price)"
            " VALUES (%s, 'Extra guard', 1, 50000)",
            (invoice,),
        )
        conn.execute("UPDATE invoice_items SET unit_price = 1 WHERE id = %s", (line,))
        assert conn.execute("DELETE FROM invoice_items WHERE id = %s", (line,)).rowcount == 1


def test_a_line_moves_neither_onto_nor_off_a_sent_invoice(world: World):
    conn = world.connect("finance")
    with (
        _invoice_with_a_line(world, "sent") as (sent, sent_line),
        _invoice_with_a_line(world, "draft") as (draft, draft_line),
    ):
        onto = attempt(
            conn, "UPDATE invoice_items SET invoice_id = %s WHERE id = %s", (sent, draft_line)
        )
        off = attempt(
            conn, "UPDATE invoice_items SET invoice_id = %s WHERE id = %s", (draft, sent_line)
        )
    assert onto.sqlstate == "DL002" and off.sqlstate == "DL002"
