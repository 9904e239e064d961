"""A record's history for those who may read it: ``dicel_record_history`` leaves out the
columns the caller may not read, and shows nothing of a record hidden from them
(migration 0007). Only admin reads ``audit_logs`` itself.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from security_world import World, attempt

_HISTORY = "SELECT action, actor_id, old_values, new_values FROM dicel_record_history(%s, %s)"


def _history(world: World, who: str, table: str, record) -> tuple:
    out = attempt(world.connect(who), _HISTORY, (table, record))
    assert out.ok, out.message
    return out.rows


def _keys(rows: tuple) -> set[str]:
    return {k for _action, _actor, old, new in rows for k in {**(old or {}), **(new or {})}}


def test_compliance_reads_an_employees_history_without_pay_or_bank_details(world: World):
    peer = world.people["peer"]
    assert attempt(world.connect("compliance"), "SELECT id FROM audit_logs").denied
    seen = _history(world, "compliance", "employees", peer.employee_id)
    # Entered by HR's setup, then given a supervisor and linked to a login.
    assert [row[0] for row in seen] == ["INSERT", "UPDATE", "UPDATE"]
    assert {"employee_number", "position", "supervisor_id"} <= _keys(seen)
    assert not _keys(seen) & {"salary", "bank_details", "tax_info", "hire_date"}
    # HR reads salaries: the same entry, whole (secrets were never logged in clear).
    hr = _history(world, "hr", "employees", peer.employee_id)
    assert Decimal(str(hr[0][3]["salary"])) == peer.salary
    assert hr[0][3]["bank_details"] == "[redacted]"


def test_compliance_sees_no_history_of_pay(world: World):
    payslip = world.people["peer"].rows["payroll_records"]
    assert _history(world, "compliance", "payroll_records", payslip) == ()
    assert [row[0] for row in _history(world, "hr", "payroll_records", payslip)] == ["INSERT"]


def test_a_change_of_only_what_the_reader_may_not_see_is_not_listed(world: World):
    peer = world.people["peer"]
    before = _history(world, "sales", "users", peer.user_id)
    hr = world.connect("hr")
    # The salary reaches the users row through the employees trigger.
    hr.execute("UPDATE employees SET salary = salary + 1 WHERE id = %s", (peer.employee_id,))
    try:
        assert _history(world, "sales", "users", peer.user_id) == before
        admin = _history(world, "admin", "users", peer.user_id)
        assert admin[-1][0] == "UPDATE" and set(admin[-1][3]) == {"salary"}
        assert admin[-1][1] == world.people["hr"].user_id
    finally:
        world.connect_superuser().execute(
            "UPDATE employees SET salary = %s WHERE id = %s", (peer.salary, peer.employee_id)
        )


@pytest.mark.parametrize("table", ["leave_requests", "payroll_records", "it_support_tickets"])
def test_no_history_of_a_record_row_security_hides(world: World, table: str):
    theirs = world.people["hr"].rows[table]
    mine = world.people["peer"].rows[table]
    assert _history(world, "peer", table, theirs) == ()
    assert _history(world, "peer", table, mine) != ()
    can_see = "SELECT dicel_can_see_record(%s, %s)"
    assert attempt(world.connect("peer"), can_see, (table, theirs)).rows == ((False,),)
    assert attempt(world.connect("peer"), can_see, (table, mine)).rows == ((True,),)


def test_a_supervisor_sees_the_history_of_a_reports_request_only(world: World):
    report = world.people["employee"].rows["leave_requests"]
    stranger = world.people["peer"].rows["leave_requests"]
    assert _history(world, "boss", "leave_requests", report) != ()
    assert _history(world, "boss", "leave_requests", stranger) == ()


def test_no_history_of_a_table_the_reader_may_not_open(world: World):
    client = attempt(world.connect_superuser(), "SELECT id FROM clients LIMIT 1").rows[0][0]
    assert _history(world, "sales", "clients", client) != ()
    assert _history(world, "employee", "clients", client) == ()


@pytest.mark.parametrize(
    "name", ["audit_logs", "alembic_version", "no_such_table", "clients; DROP TABLE users", ""]
)
def test_an_unknown_table_or_the_audit_log_itself_has_no_history(world: World, name: str):
    record = world.people["peer"].user_id
    for who in ("admin", "compliance"):
        assert _history(world, who, name, record) == ()
        out = attempt(world.connect(who), "SELECT dicel_can_see_record(%s, %s)", (name, record))
        assert out.rows == ((False,),)
