"""Row security on the six tables about a person: own rows, direct reports', all for HR.

``peer`` has no reports, so what they see is only their own. ``boss`` supervises
``employee`` and ``report2``; ``employee`` supervises ``intern`` (one level too far for
``boss``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from security_world import EMPLOYEE_TABLES, RLS_TABLES, World, attempt, insert_statement, valid_row


def _ids(world: World, who: str, table: str) -> set:
    out = attempt(world.connect(who), f"SELECT id FROM {table}")
    assert out.ok, out.message
    return {row[0] for row in out.rows}


def _rows_of(world: World, table: str, *keys: str) -> set:
    return {world.people[k].rows[table] for k in keys}


@pytest.mark.parametrize("table", RLS_TABLES)
def test_an_employee_sees_only_their_own_rows(world: World, table: str):
    assert _ids(world, "peer", table) == _rows_of(world, table, "peer")


@pytest.mark.parametrize("table", RLS_TABLES)
def test_a_guessed_id_reads_as_absent_and_cannot_be_changed(world: World, table: str):
    conn = world.connect("peer")
    others = world.people["hr"].rows[table]
    out = attempt(conn, f"SELECT id FROM {table} WHERE id = %s", (others,))
    assert out.ok and out.rows == ()
    if table == "leave_requests":  # the one table peer may update (its own pending rows)
        out = attempt(
            conn, "UPDATE leave_requests SET reason = 'mine now' WHERE id = %s", (others,)
        )
        assert out.ok and out.rowcount == 0


def test_a_supervisor_sees_their_direct_reports_requests_and_no_one_elses(world: World):
    seen = _ids(world, "boss", "leave_requests")
    assert seen == _rows_of(world, "leave_requests", "boss", "employee", "report2")
    # Not a peer's, not HR's, not a report's report.
    assert not seen & _rows_of(world, "leave_requests", "peer", "hr", "intern")


@pytest.mark.parametrize("table", ["attendance_records", "performance_reviews"])
def test_a_supervisor_sees_reports_attendance_and_reviews(world: World, table: str):
    assert _ids(world, "boss", table) == _rows_of(world, table, "boss", "employee", "report2")


def test_a_supervisor_does_not_see_reports_payslips_or_tickets(world: World):
    assert _ids(world, "boss", "payroll_records") == _rows_of(world, "payroll_records", "boss")
    assert _ids(world, "boss", "it_support_tickets") == _rows_of(
        world, "it_support_tickets", "boss"
    )


def test_a_supervisor_cannot_edit_a_reports_request(world: World):
    report = world.people["employee"].rows["leave_requests"]
    out = attempt(
        world.connect("boss"), "UPDATE leave_requests SET reason = 'x' WHERE id = %s", (report,)
    )
    assert out.ok and out.rowcount == 0


@pytest.mark.parametrize(
    ("who", "table", "sees_all"),
    [
        ("hr", "leave_requests", True),
        ("hr", "payroll_records", True),
        ("admin", "performance_reviews", True),
        ("finance", "payroll_records", True),
        ("finance", "leave_requests", False),
        ("it", "it_support_tickets", True),
        ("it", "leave_requests", False),
        ("compliance", "leave_requests", True),
        ("compliance", "training_enrollments", True),
        ("sales", "payroll_records", False),
    ],
)
def test_who_sees_every_row(world: World, who: str, table: str, sees_all: bool):
    everyone = {p.rows[table] for p in world.people.values() if table in p.rows}
    seen = _ids(world, who, table)
    if sees_all:
        assert everyone <= seen
    else:
        assert seen == _rows_of(world, table, who)


def test_an_employee_files_leave_for_themself_as_pending(world: World):
    conn = world.connect("peer")
    statement, params = insert_statement(
        "leave_requests", valid_row(world, "peer", "leave_requests")
    )
    with conn.transaction(force_rollback=True):
        conn.execute(statement, params)
        status = conn.execute(
            "SELECT status FROM leave_requests WHERE employee_id = %s ORDER BY created_at DESC"
            " LIMIT 1",
            (world.people["peer"].employee_id,),
        ).fetchone()
    assert status == ("pending",)


def test_a_leave_request_for_someone_else_is_refused(world: World):
    row = valid_row(world, "peer", "leave_requests") | {
        "employee_id": world.people["hr"].employee_id
    }
    statement, params = insert_statement("leave_requests", row)
    out = attempt(world.connect("peer"), statement, params)
    assert out.denied and "row-level security" in out.message


@pytest.mark.parametrize(
    "extra",
    [{"status": "approved"}, {"status": "pending"}, {"approved_date": dt.datetime(2026, 1, 1)}],
    ids=["approved", "status-given", "approval-date"],
)
def test_a_leave_request_filed_with_a_decision_is_refused(world: World, extra: dict):
    row = valid_row(world, "peer", "leave_requests") | extra
    statement, params = insert_statement("leave_requests", row)
    assert attempt(world.connect("peer"), statement, params).denied


def test_an_employee_corrects_their_pending_request_but_cannot_hand_it_to_another(world: World):
    conn = world.connect("peer")
    mine = world.people["peer"].rows["leave_requests"]
    out = attempt(conn, "UPDATE leave_requests SET reason = 'wedding' WHERE id = %s", (mine,))
    assert out.ok and out.rowcount == 1
    out = attempt(
        conn,
        "UPDATE leave_requests SET employee_id = %s WHERE id = %s",
        (world.people["hr"].employee_id, mine),
    )
    assert out.denied


def test_a_decided_request_can_no_longer_be_edited_by_its_employee(world: World):
    mine = world.people["peer"].rows["leave_requests"]
    su = world.connect_superuser()
    su.execute("UPDATE leave_requests SET status = 'approved' WHERE id = %s", (mine,))
    try:
        out = attempt(
            world.connect("peer"),
            "UPDATE leave_requests SET end_date = end_date + 30 WHERE id = %s",
            (mine,),
        )
        assert out.ok and out.rowcount == 0
        assert mine in _ids(world, "peer", "leave_requests")  # still visible, just settled
    finally:
        su.execute("UPDATE leave_requests SET status = 'pending' WHERE id = %s", (mine,))


def test_a_ticket_is_filed_only_as_oneself_and_unassigned(world: World):
    conn = world.connect("peer")
    own = valid_row(world, "peer", "it_support_tickets")
    statement, params = insert_statement("it_support_tickets", own)
    assert attempt(conn, statement, params).ok
    for extra in (
        {"requester_id": world.people["hr"].user_id},
        {"assigned_to": world.people["it"].user_id},
    ):
        statement, params = insert_statement("it_support_tickets", own | extra)
        assert attempt(conn, statement, params).denied, extra


@pytest.mark.parametrize("table", EMPLOYEE_TABLES)
def test_hr_changes_anyones_record_and_others_change_none(world: World, table: str):
    target = world.people["peer"].rows[table]
    # Whose payslip it is comes from the payroll run (migration 0014): HR notes on it.
    column = "notes" if table == "payroll_records" else "employee_id"
    out = attempt(
        world.connect("hr"),
        f"UPDATE {table} SET {column} = {column} WHERE id = %s",
        (target,),
    )
    assert out.ok and out.rowcount == 1
    # Compliance reads some of these, but writes none.
    assert attempt(
        world.connect("compliance"), f"UPDATE {table} SET employee_id = employee_id"
    ).denied
