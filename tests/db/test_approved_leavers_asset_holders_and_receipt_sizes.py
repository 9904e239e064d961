"""What earlier stops left (migration 0120), as the demo's people: a leaver's approved,
unpaid payslip paid the whole month; an IT asset was given to a deactivated login; a
receipt of an order took nine digits a line while a movement moves at most
``states.MOST_MOVED``.

Real logins on the demo company, each attempt in a transaction rolled back: the shared
demo stays as loaded.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from helpers import one_row as _one
from helpers import refused_here as _refused

from dicel_desktop.domain.states import MOST_MOVED
from dicel_desktop.services.db_errors import explain

HR = "aline.uwase@dicel.rw"
FINANCE = "eric.niyonzima@dicel.rw"
INVENTORY = "divine.ingabire@dicel.rw"
IT = "claudine.mukamana@dicel.rw"


@pytest.fixture
def login(psql_login):
    return psql_login


# --------------------------------------------------------------------------- payslip


@pytest.fixture
def as_each(demo_dsn):
    """One transaction on the demo, rolled back, in which ``as_(email)`` makes the next
    statements that login's (SET SESSION AUTHORIZATION: its grants, row security and
    session_user, as its own connection): the approval and the termination of one test
    are two people's, seen by each other without a commit."""
    import psycopg

    conn = psycopg.connect(demo_dsn)

    def as_(email: str) -> psycopg.Connection:
        conn.execute("RESET SESSION AUTHORIZATION")
        conn.execute(f'SET SESSION AUTHORIZATION "{email}"')
        return conn

    yield as_
    conn.rollback()
    conn.close()


def _approved_run(su, as_):
    """The pending run, approved by whichever of HR and finance did not run it, and one
    person it pays from the month's first day (not HR, not an administrator)."""
    period = _one(
        su,
        "SELECT p.id, p.period_start, p.period_end, u.email AS ran_by"
        " FROM payroll_periods p LEFT JOIN users u ON u.id = p.created_by"
        " WHERE p.status = 'pending' ORDER BY p.period_start DESC LIMIT 1",
    )
    found = _one(
        su,
        "SELECT e.id, e.salary, r.id AS payslip, r.basic_salary, r.allowances, r.net_salary,"
        " concat_ws(' ', u.first_name, u.last_name) AS name"
        " FROM payroll_records r JOIN employees e ON e.id = r.employee_id"
        " JOIN users u ON u.id = e.user_id"
        " WHERE r.status = 'pending' AND r.pay_period_start = :start"
        " AND e.status = 'active' AND e.termination_date IS NULL"
        " AND coalesce(e.hire_date, :start) <= :start AND u.role NOT IN ('admin', 'hr')"
        " ORDER BY u.last_name LIMIT 1",
        start=period.period_start,
    )
    approver = HR if period.ran_by == FINANCE else FINANCE
    as_(approver).execute("SELECT dicel_approve_payroll(%s, 'Checked')", (period.id,))
    return period, found


def _payslip(conn, payslip):
    return conn.execute(
        "SELECT status, basic_salary, allowances, net_salary, notes"
        " FROM payroll_records WHERE id = %s",
        (payslip,),
    ).fetchone()


def test_a_leaver_an_approved_payslip_pays_is_paid_the_days_worked(su, as_each):
    """Terminated on the 10th after the month's run was approved (it can no longer be
    cancelled): the termination is taken, and the approved payslip pays 10 of the
    month's days, basic and allowances alike, its net computed again; its notes say so,
    and the audit log names the HR officer. Before 0120 it paid the whole month."""
    period, found = _approved_run(su, as_each)
    days = (period.period_end - period.period_start).days + 1
    aline = as_each(HR)
    left = period.period_start.replace(day=10)
    aline.execute("UPDATE employees SET termination_date = %s WHERE id = %s", (left, found.id))
    aline.execute("SELECT dicel_terminate_employee(%s)", (found.id,))
    status, basic, allowances, net, notes = _payslip(aline, found.payslip)
    assert status == "approved"
    assert basic == round(found.salary * 10 / days)
    assert allowances == round(found.allowances * basic / found.basic_salary)
    assert Decimal(0) < net < found.net_salary
    assert notes.startswith("Prorated on ") and f"paid 10 of the month's {days} days" in notes
    aline.execute("RESET SESSION AUTHORIZATION")  # the log, as its reader would
    (who,) = aline.execute(
        "SELECT u.email FROM audit_logs a JOIN users u ON u.id = a.user_id"
        " WHERE a.table_name = 'payroll_records' AND a.record_id = %s"
        " AND a.new_values ? 'basic_salary'",
        (found.payslip,),
    ).fetchone()
    assert who == HR


def test_a_suspension_cuts_an_approved_payslip_to_the_day_before(su, as_each):
    """This month's run, approved, pays the month: suspended today, the person is paid
    up to yesterday (nothing from the day of a suspension), as the run counts days."""
    _period, found = _approved_run(su, as_each)  # someone the runs pay, from the 1st
    aline = as_each(HR)
    month = aline.execute(
        "SELECT date_trunc('month', d)::date,"
        " (date_trunc('month', d) + interval '1 month - 1 day')::date, d"
        " FROM dicel_company_day() d"
    ).fetchone()
    period = aline.execute("SELECT dicel_run_payroll(%s, %s)", month[:2]).fetchone()[0]
    as_each(FINANCE).execute("SELECT dicel_approve_payroll(%s, 'Checked')", (period,))
    slip = aline.execute(
        "SELECT id, basic_salary FROM payroll_records WHERE employee_id = %s"
        " AND pay_period_start = %s",
        (found.id, month[0]),
    ).fetchone()
    as_each(HR).execute("SELECT dicel_suspend_employee(%s)", (found.id,))
    status, basic, _allowances, _net, notes = _payslip(aline, slip[0])
    days, kept = (month[1] - month[0]).days + 1, (month[2] - month[0]).days
    assert status == "approved"
    assert basic == round(found.salary * kept / days) < slip[1]
    assert ": suspended, paid " in notes


# --------------------------------------------------------------------------- asset holder


def test_an_asset_is_not_given_to_a_deactivated_login(su, login):
    """IT gives an asset to someone whose login is deactivated: refused, naming them, in
    IT's words; an active holder is taken. Before 0120: UPDATE 1."""
    asset = _one(su, "SELECT id FROM it_assets WHERE status = 'active' ORDER BY id LIMIT 1").id
    gone = _one(
        su,
        "SELECT id, concat_ws(' ', first_name, last_name) AS name FROM users"
        " WHERE NOT is_active ORDER BY email LIMIT 1",
    )
    active = _one(su, "SELECT id FROM users WHERE is_active AND role = 'it' LIMIT 1").id
    claudine = login(IT)
    update = "UPDATE it_assets SET assigned_to = %s WHERE id = %s"
    error = _refused(claudine, update, (gone.id, asset))
    assert error.sqlstate == "DW499"
    assert error.diag.column_name == "assigned_to"
    assert json.loads(error.diag.message_detail) == {"name": gone.name}
    assert explain(error).message.startswith(f"{gone.name}'s login is deactivated")
    error = _refused(
        claudine,
        "INSERT INTO it_assets(asset_name, asset_type, assigned_to)"
        " VALUES ('Laptop', 'laptop', %s)",
        (gone.id,),
    )
    assert error.sqlstate == "DW499"
    claudine.execute(update, (active, asset))


def test_a_deactivation_is_never_refused_for_what_the_person_holds(su, login):
    """Someone leaving loses access at once: deactivating a login that holds an asset is
    taken, and the asset keeps its holder (the IT list shows it)."""
    held = _one(
        su,
        "SELECT a.id, u.email FROM it_assets a JOIN users u ON u.id = a.assigned_to"
        " WHERE u.is_active AND u.role NOT IN ('admin') AND a.status = 'active'"
        " ORDER BY a.id LIMIT 1",
    )
    jean = login("jean.mugabo@dicel.rw")
    jean.execute("SELECT dicel_deactivate_user(%s)", (held.email,))
    (holder_active,) = jean.execute(
        "SELECT u.is_active FROM it_assets a JOIN users u ON u.id = a.assigned_to WHERE a.id = %s",
        (held.id,),
    ).fetchone()
    assert holder_active is False


# --------------------------------------------------------------------------- receipt


def _awaited_line(su):
    return _one(
        su,
        "SELECT o.id AS order_id, l.id AS line_id, l.quantity - l.quantity_received AS awaited,"
        " i.item_name FROM purchase_orders o JOIN purchase_order_lines l ON l.order_id = o.id"
        " JOIN inventory_items i ON i.id = l.item_id"
        " WHERE o.status IN ('approved', 'ordered') ORDER BY o.po_number, l.created_at LIMIT 1",
    )


def _receive(line, quantity) -> tuple[str, tuple]:
    lines = json.dumps([{"line_id": str(line.line_id), "quantity": quantity}])
    return "SELECT dicel_receive_purchase_order(%s, %s::jsonb)", (line.order_id, lines)


@pytest.mark.parametrize("quantity", [MOST_MOVED + 1, 10**9, 10**12, f"{10**20}"])
def test_a_receipt_takes_at_most_what_one_movement_moves_of_a_line(su, login, quantity):
    """One bound with Move stock (DW496) and the dialog's box: above 100,000 of a line,
    DW498 in the receiving clerk's words, naming the line; nine digits or twenty alike.
    Before 0120: DW210 ("more than awaited") up to nine digits, DW228 ("not a whole
    number") above."""
    line = _awaited_line(su)
    divine = login(INVENTORY)
    error = _refused(divine, *_receive(line, quantity))
    assert error.sqlstate == "DW498"
    assert error.diag.column_name == "quantity_received"
    detail = json.loads(error.diag.message_detail)
    assert (detail["most"], detail["line"]) == (MOST_MOVED, line.item_name)
    assert explain(error).message.startswith(
        f"{line.item_name}: one receipt takes at most 100,000 of a line"
    )


def test_a_receipt_of_the_most_is_asked_what_the_line_awaits(su, login):
    """At the edge: 100,000 passes the size and meets the line's own limit (DW210, more
    than awaited); what is awaited is received."""
    line = _awaited_line(su)
    divine = login(INVENTORY)
    assert _refused(divine, *_receive(line, MOST_MOVED)).sqlstate == "DW210"
    assert _refused(divine, *_receive(line, "2.5")).sqlstate == "DW228"
    divine.execute(*_receive(line, line.awaited))


def test_the_holder_picker_offers_every_role_active_only():
    """The picker offers a holder of any role (``services.lookup`` keeps a login offered
    by role to an active one, DW499's rule), so a role added later is offered too."""
    from dicel_desktop.domain.entry_rules import OFFERED_STATES
    from dicel_desktop.domain.roles import Role

    column, roles = OFFERED_STATES[("it_assets", "assigned_to")]
    assert (column, set(roles)) == ("role", {role.value for role in Role})
