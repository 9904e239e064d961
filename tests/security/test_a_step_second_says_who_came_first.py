"""What a psql review found (race34, migration 0121), as the demo's people, each on a
login of their own: a step that comes second, after someone else's cancel or the same
step, was told only the state ("cancelled"), not who took it first and when, which
README's "Exactly one decision" promises; a decision given as NULL rejected an expense or
cancelled a pay run; IT brought back a suspended employee's login.

Each test's first person commits, as the first of two people would: the tests work on a
copy of the demo company of this module's own, so the shared demo stays as loaded.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from urllib.parse import quote, urlsplit

import psycopg
import pytest
from helpers import create_database, drop_database, dsn_for
from helpers import refused_here as _refused

from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.grants import grant_database
from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import users
from dicel_desktop.services.db_errors import explain

ADMIN = "jean.mugabo@dicel.rw"
HR = "aline.uwase@dicel.rw"
FINANCE = "eric.niyonzima@dicel.rw"
INVENTORY = "divine.ingabire@dicel.rw"
EMPLOYEE = "josiane.murekatete@dicel.rw"


@pytest.fixture(scope="module")
def company(pristine_demo_dsn: str, _admin: psycopg.Connection):
    """A copy of the demo company as loaded, this module's alone (its logins are the
    cluster's: the demo's)."""
    name = f"race34_{uuid.uuid4().hex[:8]}"
    create_database(_admin, name, template=urlsplit(pristine_demo_dsn).path.lstrip("/"))
    dsn = dsn_for(pristine_demo_dsn, name)
    engine = make_engine(dsn)
    try:
        with engine.begin() as conn:
            grant_database(conn)
    finally:
        engine.dispose()
    yield dsn
    drop_database(_admin, name)


def _as(dsn: str, email: str) -> str:
    """``dsn`` logged in as that demo person."""
    parts = urlsplit(dsn)
    netloc = f"{quote(email, safe='')}:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
    return parts._replace(netloc=netloc).geturl()


@pytest.fixture
def login(company: str):
    """``connect(email)``: a connection to the copy as that demo login, as psql opens one."""
    opened: list[psycopg.Connection] = []

    def connect(email: str) -> psycopg.Connection:
        conn = psycopg.connect(_as(company, email))
        conn.execute("SET lock_timeout = '5s'")
        opened.append(conn)
        return conn

    yield connect
    for conn in opened:
        conn.rollback()
        conn.close()


def _value(dsn: str, statement: str, *params):
    with psycopg.connect(dsn) as conn:
        return conn.execute(statement, params).fetchone()[0]


def _moved(dsn: str, table: str, record, state: str) -> dt.datetime:
    """When the audit log says ``record`` moved into ``state``: the moment its loser is
    told."""
    return _value(
        dsn,
        "SELECT max(created_at) FROM audit_logs WHERE table_name = %s AND record_id = %s"
        " AND action = 'UPDATE' AND new_values ->> 'status' = %s",
        table,
        record,
        state,
    )


def _first_was(error: psycopg.Error, state: str, who: str, at: dt.datetime) -> None:
    """DW001 naming who took the step first, and when; the sentence a person reads."""
    assert error.sqlstate == "DW001", (error.sqlstate, error.diag.message_detail)
    detail = json.loads(error.diag.message_detail)
    assert (detail["state"], detail["who"]) == (state, who)
    assert dt.datetime.fromisoformat(detail["when"]) == at
    clock = at.astimezone().strftime("%H:%M")
    assert explain(error).message == f"Already {state.replace('_', ' ')} by {who} at {clock}."


def _done(conn: psycopg.Connection, statement: str, *params) -> None:
    conn.execute(statement, params)
    conn.commit()


# --------------------------------------------------------------------------- expenses


def test_an_expense_withdrawn_first_is_neither_decided_nor_withdrawn_again(company, login):
    """An administrator withdraws a pending expense; the finance officer deciding it, or
    withdrawing it too, is told who withdrew it and when. A decision given as NULL (a
    script's slip) decides nothing, on another expense that stays pending."""
    expense = _value(company, "SELECT id FROM expenses WHERE expense_number = 'EXP-2026-001502'")
    other = _value(company, "SELECT id FROM expenses WHERE expense_number = 'EXP-2026-001499'")
    jean, eric = login(ADMIN), login(FINANCE)

    error = _refused(eric, "SELECT dicel_decide_expense(%s, NULL, 'oops')", (other,))
    assert error.sqlstate == "DW014"
    assert explain(error).message == (
        "No decision was given: approve or reject. Nothing was changed."
    )
    assert eric.execute("SELECT status FROM expenses WHERE id = %s", (other,)).fetchone() == (
        "pending",
    )

    _done(jean, "SELECT dicel_cancel_expense(%s, 'Filed twice')", expense)
    at = _moved(company, "expenses", expense, "cancelled")
    for statement in (
        "SELECT dicel_decide_expense(%s, true, 'Fine')",
        "SELECT dicel_decide_expense(%s, false, 'No')",
        "SELECT dicel_cancel_expense(%s, 'Filed twice')",
    ):
        _first_was(_refused(eric, statement, (expense,)), "cancelled", "Jean Mugabo", at)


# --------------------------------------------------------------------------- payroll


def test_a_pay_run_cancelled_first_is_not_approved_and_says_by_whom(company, login):
    """HR cancels November's pending run from the inbox; finance approving it (by either
    function) or cancelling it too is told who cancelled it and when. Before that, a
    decision given as NULL did not cancel the run: it is refused and the run waits."""
    period = _value(company, "SELECT id FROM payroll_periods WHERE period_start = '2026-11-01'")
    aline, eric = login(HR), login(FINANCE)

    error = _refused(eric, "SELECT dicel_decide_payroll(%s, NULL, NULL)", (period,))
    assert error.sqlstate == "DW014"
    assert eric.execute(
        "SELECT status FROM payroll_periods WHERE id = %s", (period,)
    ).fetchone() == ("pending",)

    _done(aline, "SELECT dicel_decide_payroll(%s, false, 'Rates of October')", period)
    at = _moved(company, "payroll_periods", period, "cancelled")
    for statement in (
        "SELECT dicel_approve_payroll(%s, NULL)",
        "SELECT dicel_decide_payroll(%s, true, NULL)",
        "SELECT dicel_cancel_payroll(%s, NULL)",
    ):
        _first_was(_refused(eric, statement, (period,)), "cancelled", "Aline Uwase", at)


# --------------------------------------------------------------------------- leave


def _pending_leave(dsn: str, email: str, nth: int = 0):
    return _value(
        dsn,
        "SELECT r.id FROM leave_requests r JOIN employees e ON e.id = r.employee_id"
        " JOIN users u ON u.id = e.user_id WHERE u.email = %s AND r.status = 'pending'"
        " ORDER BY r.start_date, r.id OFFSET %s LIMIT 1",
        email,
        nth,
    )


def test_leave_cancelled_or_rejected_first_says_by_whom(company, login):
    """The employee cancels her pending request: her supervisor approving it is told she
    did, and when. HR rejects another's request: its employee cancelling it is told who
    rejected it. NULL decides no leave either (DW014, as for expenses)."""
    request = _pending_leave(company, EMPLOYEE)
    josiane, jean = login(EMPLOYEE), login(ADMIN)

    assert _refused(jean, "SELECT dicel_decide_leave(%s, NULL, NULL)", (request,)).sqlstate == (
        "DW014"
    )
    _done(josiane, "SELECT dicel_cancel_leave(%s, 'Plans changed')", request)
    at = _moved(company, "leave_requests", request, "cancelled")
    error = _refused(jean, "SELECT dicel_decide_leave(%s, true, 'Enjoy')", (request,))
    _first_was(error, "cancelled", "Josiane Murekatete", at)

    rejected = _pending_leave(company, "olivier.hakizimana@dicel.rw")
    aline, olivier = login(HR), login("olivier.hakizimana@dicel.rw")
    _done(aline, "SELECT dicel_decide_leave(%s, false, 'Busy week')", rejected)
    at = _moved(company, "leave_requests", rejected, "rejected")
    error = _refused(olivier, "SELECT dicel_cancel_leave(%s, NULL)", (rejected,))
    _first_was(error, "rejected", "Aline Uwase", at)


# --------------------------------------------------------------------------- orders


def _order(dsn: str, number: str):
    return _value(dsn, "SELECT id FROM purchase_orders WHERE po_number = %s", number)


def test_an_order_cancelled_first_is_neither_decided_nor_cancelled_again(company, login):
    order = _order(company, "PO-2026-000148")
    divine, jean = login(INVENTORY), login(ADMIN)
    _done(divine, "SELECT dicel_cancel_purchase_order(%s, 'Supplier closed')", order)
    at = _moved(company, "purchase_orders", order, "cancelled")
    for statement in (
        "SELECT dicel_decide_purchase_order(%s, true, NULL)",
        "SELECT dicel_cancel_purchase_order(%s, 'Not needed')",
    ):
        _first_was(_refused(jean, statement, (order,)), "cancelled", "Divine Ingabire", at)


def test_an_order_submitted_or_marked_ordered_twice_says_who_was_first(company, login):
    """Two clerks of the stores at one draft (its creator and another), and at one
    approved order: the second is told who submitted it, or marked it ordered, and when."""
    draft = _order(company, "PO-2026-000149")
    claudine, divine = login("claudine.uwizeye@dicel.rw"), login(INVENTORY)
    _done(claudine, "SELECT dicel_submit_purchase_order(%s)", draft)
    at = _moved(company, "purchase_orders", draft, "pending")
    error = _refused(divine, "SELECT dicel_submit_purchase_order(%s)", (draft,))
    _first_was(error, "submitted", "Claudine Uwizeye", at)

    approved = _order(company, "PO-2026-000140")
    jean = login(ADMIN)
    _done(divine, "SELECT dicel_mark_purchase_order_ordered(%s)", approved)
    at = _moved(company, "purchase_orders", approved, "ordered")
    error = _refused(jean, "SELECT dicel_mark_purchase_order_ordered(%s)", (approved,))
    _first_was(error, "ordered", "Divine Ingabire", at)


# --------------------------------------------------------------------------- suspended


def test_a_suspended_employees_login_comes_back_only_once_reinstated(company, login):
    """Yvonne Habineza is suspended and her login is off: IT's Reactivate… is refused
    while she is (DU017, the sentence says what settles it); once HR reinstates her, it
    brings the login back."""
    yvonne = "yvonne.habineza@dicel.rw"
    jean = login(ADMIN)
    error = _refused(jean, "SELECT dicel_reactivate_user(%s)", (yvonne,))
    assert error.sqlstate == "DU017"
    assert json.loads(error.diag.message_detail) == {"employee": "EMP-000018"}
    expected = (
        "This is the login of employee EMP-000018, who is suspended: it stays inactive until"
        " HR reinstates them (Reinstate… on their employee record)."
    )
    assert explain(error).message == expected
    # The same refusal through the service IT's window calls.
    engine = make_engine(_as(company, ADMIN))
    try:
        with engine.connect() as conn, pytest.raises(DicelError) as refused:
            users.reactivate_user(conn, email=yvonne)
    finally:
        engine.dispose()
    assert refused.value.code == "login_of_a_suspended_employee"
    assert refused.value.message == expected
    assert _value(company, "SELECT is_active FROM users WHERE email = %s", yvonne) is False

    employee = _value(company, "SELECT id FROM employees WHERE employee_number = 'EMP-000018'")
    _done(login(HR), "SELECT dicel_reinstate_employee(%s)", employee)
    jean.execute("SELECT dicel_reactivate_user(%s)", (yvonne,))
    jean.commit()
    assert _value(company, "SELECT is_active FROM users WHERE email = %s", yvonne) is True
