"""A pending pay period in "Waiting for me" (migration 0051), as real logins: listed for
whoever may approve it and nobody else, approved (or its run cancelled) from the inbox
through the payroll functions, on the run as it was shown, and announced as it comes and
goes."""

from __future__ import annotations

import json
import queue
from decimal import Decimal

import psycopg
import pytest
from finance_data import sql_value
from helpers import last_march
from inbox_helpers import WAIT_S, ids, next_result
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import inbox, payroll
from dicel_desktop.services.work_listener import WorkListener, engine_connector

#: The last March that is over and its April (begun at least): payroll runs at most 12
#: months back, so fixed months age out (March 2026 from April 2027).
MARCH = last_march()
APRIL = (MARCH[0].replace(month=4), MARCH[1].replace(month=4, day=30))
#: How the inbox titles them.
MARCH_TITLE, APRIL_TITLE = f"March {MARCH[0].year}", f"April {MARCH[0].year}"


@pytest.fixture
def people(logins):
    """HR's payroll officer (who runs it), a finance manager and an HR colleague (who
    may approve it), and a staff member."""
    officer = logins.person("hr", first_name="Grace", last_name="Mukamana")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo")
    colleague = logins.person("hr", first_name="Aline", last_name="Uwase")
    staff = logins.person("employee", first_name="Eric", last_name="Habimana")
    return officer, manager, colleague, staff


def _run(person, period=MARCH):
    with person.session() as session:
        return payroll.run_payroll(session, *period)


def waiting(person) -> list[inbox.WaitingItem]:
    with person.session() as session:
        return inbox.waiting_for_me(session)


def _pay_items(person) -> list[inbox.WaitingItem]:
    return [item for item in waiting(person) if item.kind == "payroll"]


def _period(db_dsn, period_id):
    with psycopg.connect(db_dsn) as conn:
        return conn.execute(
            "SELECT p.status, p.approved_by, p.created_at,"
            " (SELECT count(*) FROM payroll_records r WHERE r.pay_period_start = p.period_start"
            "   AND r.status <> 'cancelled'),"
            " (SELECT sum(r.net_salary) FROM payroll_records r"
            "   WHERE r.pay_period_start = p.period_start AND r.status <> 'cancelled'),"
            " (SELECT array_agg(DISTINCT r.status) FROM payroll_records r"
            "   WHERE r.pay_period_start = p.period_start)"
            " FROM payroll_periods p WHERE p.id = %s",
            (period_id,),
        ).fetchone()


def test_a_pending_run_waits_for_those_who_may_approve_it(db_dsn, logins, people):
    officer, manager, colleague, staff = people
    period = _run(officer)
    _status, _approver, ran_at, payslips, net, _states = _period(db_dsn, period)

    for approver in (manager, colleague):
        (item,) = waiting(approver)
        assert (item.kind, item.id, item.table) == ("payroll", period, "payroll_periods")
        assert item.title == MARCH_TITLE
        assert item.detail == f"{payslips} payslips"
        assert (item.amount, item.currency) == (net, "RWF")
        assert item.amount > Decimal(0)
        assert (item.submitted_at, item.submitted_by) == (ran_at, "Grace Mukamana")
        assert item.version is not None
    # Four eyes: not whoever ran it. Nor anyone dicel_approve_payroll would refuse:
    # staff, an administrator (who reads pay periods but approves none), compliance
    # (who may not even read them).
    assert waiting(officer) == []
    assert waiting(staff) == []
    assert waiting(logins.person("admin")) == []
    auditor = logins.person("compliance")
    assert waiting(auditor) == []
    with auditor.engine.connect() as conn, pytest.raises(Exception) as refused:
        conn.execute(text("SELECT id FROM payroll_periods"))
    assert refused.value.orig.sqlstate == "42501"


def test_whoever_the_approval_would_refuse_is_not_asked(db_dsn, logins, people):
    officer, manager, colleague, staff = people
    period = _run(officer)
    # The colleague reviews a payslip (DW005: someone else approves the period).
    with colleague.engine.begin() as conn:
        slip = conn.scalar(
            text("SELECT id FROM payroll_records WHERE employee_id = :e AND pay_period_start = :s"),
            {"e": staff.employee_id, "s": MARCH[0]},
        )
    sql_value(
        colleague,
        "UPDATE payroll_records SET allowances = 100000 WHERE id = :p RETURNING id",
        p=slip,
    )
    assert waiting(colleague) == []
    with colleague.session() as session, pytest.raises(DicelError) as refused:
        payroll.approve_payroll(session, period)
    assert refused.value.code == "changed_record_approval"
    assert ids(waiting(manager)) == {period}


def test_approving_from_the_inbox_approves_the_run(db_dsn, people):
    officer, manager, _colleague, _staff = people
    period = _run(officer)
    (item,) = waiting(manager)
    with manager.session() as session:
        inbox.decide(session, item, approve=True, note="Checked against the bank file")
    status, approver, *_rest, states = _period(db_dsn, period)
    assert (status, approver, states) == ("approved", manager.user_id, ["approved"])
    assert waiting(manager) == []


def test_rejecting_from_the_inbox_cancels_the_run_so_the_month_may_run_again(db_dsn, people):
    officer, manager, colleague, _staff = people
    period = _run(officer)
    (item,) = waiting(colleague)
    with colleague.session() as session:
        (decision,) = inbox.decide_all(session, [item], approve=False, note="Wrong rate")
    assert decision.decided
    status, approver, *_rest, states = _period(db_dsn, period)
    assert (status, approver, states) == ("cancelled", None, ["cancelled"])
    assert waiting(manager) == []
    assert _run(officer) != period  # March runs again


def test_a_run_reviewed_since_it_was_shown_is_not_decided(db_dsn, people):
    officer, manager, colleague, staff = people
    period = _run(officer)
    (shown,) = waiting(manager)
    # While the manager's list is on screen, HR raises a payslip: the total moved.
    with colleague.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE payroll_records SET allowances = allowances + 50000"
                " WHERE employee_id = :e AND pay_period_start = :s"
            ),
            {"e": staff.employee_id, "s": MARCH[0]},
        )
    with manager.session() as session, pytest.raises(DicelError) as changed:
        inbox.decide(session, shown, approve=True)
    assert changed.value.code == "changed_since_shown_by"
    assert "Aline Uwase" in changed.value.message
    assert _period(db_dsn, period)[0] == "pending"
    (now,) = waiting(manager)
    assert now.amount > shown.amount and now.version != shown.version
    with manager.session() as session:
        inbox.decide(session, now, approve=True)
    assert _period(db_dsn, period)[0] == "approved"


def test_a_run_is_announced_with_its_id_only(db_dsn, people):
    officer, _manager, _colleague, _staff = people
    with psycopg.connect(db_dsn, autocommit=True) as listening:
        listening.execute("LISTEN dicel_work")
        period = _run(officer)
        notices = [json.loads(n.payload) for n in listening.notifies(timeout=WAIT_S, stop_after=1)]
        assert notices == [{"table": "payroll_periods", "id": str(period), "operation": "INSERT"}]
        # A payslip reviewed names its pending period, once per statement.
        with officer.engine.begin() as conn:
            conn.execute(
                text("UPDATE payroll_records SET notes = 'Checked' WHERE pay_period_start = :s"),
                {"s": MARCH[0]},
            )
        notices = [json.loads(n.payload) for n in listening.notifies(timeout=WAIT_S, stop_after=1)]
        assert notices == [{"table": "payroll_periods", "id": str(period), "operation": "UPDATE"}]


def test_the_listener_brings_a_new_run_and_takes_the_approved_one_away(people):
    officer, manager, colleague, _staff = people
    results: queue.Queue = queue.Queue()
    listener = WorkListener(
        engine_connector(manager.engine),
        inbox.read_waiting,
        results.put,
        fetch_changed=inbox.read_changed,
        mode="listen",
    )
    listener.start()
    try:
        assert next_result(results, lambda items: True) == []
        period = _run(officer)
        (item,) = next_result(results, lambda items: period in ids(items))
        assert (item.kind, item.title) == ("payroll", MARCH_TITLE)
        with colleague.session() as session:
            payroll.approve_payroll(session, period)
        assert next_result(results, lambda items: period not in ids(items)) == []
    finally:
        listener.stop()
        assert listener.join(WAIT_S)


def test_a_run_of_another_month_waits_beside_the_first(db_dsn, people):
    officer, manager, _colleague, _staff = people
    march = _run(officer)
    april = _run(officer, APRIL)
    assert [(i.id, i.title) for i in waiting(manager)] == [
        (march, MARCH_TITLE),
        (april, APRIL_TITLE),
    ]
    with manager.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id FROM public.dicel_waiting_for_me('payroll_periods', :id)"),
            {"id": april},
        ).scalars()
        assert list(rows) == [april]
