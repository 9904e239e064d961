"""Three holes a psql review found (psql33b, migration 0116), as the demo's people: a
movement's or a ledger entry's reference typed backwards after U+202E read as an order's
or an invoice's number that no check saw; a termination or a suspension after the month's
run left the pending payslip paying the whole month; a lead, a deal or a risk was given
to someone who cannot open it, or to a deactivated login.

Real logins on the demo company, each attempt in a transaction rolled back: the shared
demo stays as loaded.
"""

from __future__ import annotations

import json

import pytest
from helpers import one_row as _one
from helpers import refused_here as _refused

from dicel_desktop.services.db_errors import explain

HR = "aline.uwase@dicel.rw"
FINANCE = "eric.niyonzima@dicel.rw"
INVENTORY = "divine.ingabire@dicel.rw"
SALES = "grace.uwimana@dicel.rw"
RISK = "diane.mutoni@dicel.rw"
EMPLOYEE = "josiane.murekatete@dicel.rw"
ADMIN = "jean.mugabo@dicel.rw"
IT = "claudine.mukamana@dicel.rw"

#: Each direction character a number may not hold (text_rules.DIRECTION_IN_IDENTIFIERS).
TURNING = ("\u202e", "\u202b", "\u2067", "\u2066", "\u200f", "\u061c")


@pytest.fixture
def login(psql_login):
    return psql_login


# --------------------------------------------------------------------------- F1


def _item(su):
    return _one(
        su,
        "SELECT id FROM inventory_items WHERE status = 'active' AND current_stock > 10"
        " ORDER BY item_name LIMIT 1",
    ).id


def test_a_movement_citing_an_order_backwards_is_refused(su, login):
    item = _item(su)
    divine = login(INVENTORY)
    for turn in TURNING:
        error = _refused(
            divine,
            "SELECT dicel_move_stock(%s, 'in', 5, 'transfer', %s, NULL)",
            (item, f"{turn}140000-6202-OP"),
        )
        assert error.sqlstate == "DW022", turn
        assert error.diag.column_name == "reference_number"
        assert error.diag.table_name == "inventory_transactions"
    # A plain reference still moves stock.
    divine.execute(
        "SELECT dicel_move_stock(%s, 'in', 5, 'transfer', 'Transfer from Musanze', NULL)",
        (item,),
    )


def _account(su):
    return _one(
        su,
        "SELECT id FROM financial_accounts WHERE is_active AND currency = 'RWF'"
        " ORDER BY account_name LIMIT 1",
    ).id


def test_a_ledger_entry_citing_an_invoice_or_expense_backwards_is_refused(su, login):
    account = _account(su)
    eric = login(FINANCE)
    insert = (
        "INSERT INTO transactions(account_id, transaction_type, amount, currency,"
        " reference_number, transaction_date, description)"
        " VALUES (%s, %s, 10148, 'RWF', %s, current_date, 'Payment received')"
    )
    for kind, turned in (
        ("credit", "\u202e317000-6202-VNI"),
        ("debit", "\u202e110000-6202-PXE"),
        ("credit", "BANK-\u2067REF-77\u2069"),
    ):
        error = _refused(eric, insert, (account, kind, turned))
        assert error.sqlstate == "DW022", turned
        assert error.diag.column_name == "reference_number"
    eric.execute(insert, (account, "credit", "BK-REF-77"))


def test_a_typed_number_holds_no_direction_character(su, login):
    asset = _one(su, "SELECT id FROM it_assets WHERE status = 'active' ORDER BY id LIMIT 1").id
    claudine = login(IT)
    error = _refused(
        claudine,
        "UPDATE it_assets SET serial_number = %s WHERE id = %s",
        ("\u202e0009-NS", asset),
    )
    assert error.sqlstate == "DW022"
    assert error.diag.column_name == "serial_number"
    claudine.execute("UPDATE it_assets SET serial_number = 'SN-9000' WHERE id = %s", (asset,))


# --------------------------------------------------------------------------- F2


def _paid_in_pending_run(su):
    """An employee (not HR, not an administrator) the pending run pays."""
    return _one(
        su,
        "SELECT e.id, r.pay_period_start, r.pay_period_end, p.id AS period,"
        " concat_ws(' ', u.first_name, u.last_name) AS name"
        " FROM payroll_records r JOIN employees e ON e.id = r.employee_id"
        " JOIN users u ON u.id = e.user_id"
        " JOIN payroll_periods p ON p.period_start = r.pay_period_start"
        " AND p.status = 'pending'"
        " WHERE r.status = 'pending' AND e.status = 'active'"
        " AND u.role NOT IN ('admin', 'hr')"
        " ORDER BY u.last_name LIMIT 1",
    )


def _status(conn, employee) -> str:
    return conn.execute("SELECT status FROM employees WHERE id = %s", (employee,)).fetchone()[0]


def test_a_leaver_a_pending_payslip_pays_past_the_day_waits_for_a_new_run(su, login):
    """Terminated from mid-month (a date HR wrote) while the month's run is pending:
    refused, saying whose payslip; once that run is cancelled, the termination is
    taken."""
    found = _paid_in_pending_run(su)
    aline = login(HR)
    left = found.pay_period_start.replace(day=15)
    aline.execute("UPDATE employees SET termination_date = %s WHERE id = %s", (left, found.id))
    error = _refused(aline, "SELECT dicel_terminate_employee(%s)", (found.id,))
    assert error.sqlstate == "DW492"
    assert json.loads(error.diag.message_detail) == {
        "name": found.name,
        "start": found.pay_period_start.isoformat(),
        "end": found.pay_period_end.isoformat(),
        "action": "terminate",
        "case": "stops",  # since 0158: "untaken" for a payslip run before a month-end leaving
    }
    said = explain(error).message
    assert said.startswith(f"{found.name}'s payslip from ")
    assert "Cancel that payroll run first, then take this step" in said
    assert _status(aline, found.id) == "active"

    aline.execute("SELECT dicel_cancel_payroll(%s, 'A leaver')", (found.period,))
    aline.execute("SELECT dicel_terminate_employee(%s)", (found.id,))
    assert _status(aline, found.id) == "terminated"


def test_a_suspension_waits_for_a_pending_run_of_this_month(su, login):
    """A month ended and pending pays the worked month: a suspension from today is
    taken. This month's run, pending, would pay the suspended days: refused."""
    found = _paid_in_pending_run(su)
    aline = login(HR)
    aline.execute("SAVEPOINT before")
    aline.execute("SELECT dicel_suspend_employee(%s)", (found.id,))  # its month is over
    assert _status(aline, found.id) == "suspended"
    aline.execute("ROLLBACK TO SAVEPOINT before")

    month = aline.execute(
        "SELECT date_trunc('month', current_date)::date,"
        " (date_trunc('month', current_date) + interval '1 month - 1 day')::date"
    ).fetchone()
    aline.execute("SELECT dicel_run_payroll(%s, %s)", month)
    error = _refused(aline, "SELECT dicel_suspend_employee(%s)", (found.id,))
    assert error.sqlstate == "DW492"
    detail = json.loads(error.diag.message_detail)
    assert (detail["start"], detail["action"]) == (month[0].isoformat(), "suspend")
    assert _status(aline, found.id) == "active"


# --------------------------------------------------------------------------- F3


def _user(su, email: str):
    return _one(su, "SELECT id FROM users WHERE email = :e", e=email).id


def _inactive(su, roles: str):
    """A deactivated login, of the record's roles where the demo has one (a salesman)."""
    return _one(
        su,
        "SELECT id FROM users WHERE NOT is_active"
        " ORDER BY role = ANY (string_to_array(:roles, ',')) DESC, email LIMIT 1",
        roles=roles,
    ).id


@pytest.mark.parametrize(
    ("who", "table", "roles"),
    [
        (SALES, "leads", "sales,admin"),
        (SALES, "opportunities", "sales,admin"),
        (RISK, "risk_assessments", "risk,admin"),
    ],
)
def test_a_record_is_assigned_to_someone_who_may_work_it(su, login, who, table, roles):
    record = _one(
        su,
        f"SELECT id FROM {table} WHERE status NOT IN"
        " ('lost', 'won', 'converted', 'unqualified', 'closed') ORDER BY id LIMIT 1",
    ).id
    conn = login(who)
    for other in (_user(su, EMPLOYEE), _inactive(su, roles)):
        error = _refused(
            conn, f"UPDATE {table} SET assigned_to = %s WHERE id = %s", (other, record)
        )
        assert error.sqlstate == "DW401"
        assert error.diag.column_name == "assigned_to"
        assert json.loads(error.diag.message_detail) == {"roles": roles}
        assert explain(error).message.startswith("The person chosen cannot take this ")
    conn.execute(f"UPDATE {table} SET assigned_to = %s WHERE id = %s", (_user(su, who), record))
    conn.execute(f"UPDATE {table} SET assigned_to = %s WHERE id = %s", (_user(su, ADMIN), record))
