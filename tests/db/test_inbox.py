"""The approvals inbox in the database (migration 0015), as real logins use it:
``dicel_waiting_for_me()``, the NOTIFY of work that changed, and deciding several items.

The listings and decisions are the leave (0012), purchasing (0013) and finance (0014)
workflows' own.
"""

from __future__ import annotations

import json

import psycopg
import pytest
from inbox_helpers import file_leave, ids, monday
from logins import new_expense
from sqlalchemy import text

from dicel_desktop.services import inbox
from dicel_desktop.services.work_listener import engine_connector


def kinds(items) -> list[tuple[str, object]]:
    return [(item.kind, item.id) for item in items]


def waiting(person) -> list[inbox.WaitingItem]:
    with person.session() as session:
        return inbox.waiting_for_me(session)


def test_each_person_sees_what_waits_for_their_own_decision(db_dsn, logins):
    boss = logins.person("employee", first_name="Grace", last_name="Uwase")
    report = logins.person("employee", first_name="Eric", supervisor=boss)
    clerk = logins.person("finance", first_name="Aline")
    checker = logins.person("finance", first_name="Paul")
    leave = file_leave(report)
    expense = new_expense(clerk)

    (item,) = waiting(boss)
    assert (item.kind, item.id, item.table) == ("leave", leave, "leave_requests")
    assert "Eric" in (item.submitted_by or "")
    assert item.submitted_at is not None
    assert kinds(waiting(checker)) == [("expense", expense.id)]
    # Nobody is asked to decide their own request.
    assert waiting(report) == []
    assert waiting(clerk) == []


def test_what_waited_longest_comes_first(db_dsn, logins):
    boss = logins.person("finance")
    first = logins.person("employee", supervisor=boss)
    filed_first = file_leave(first, week=2)
    expense = new_expense(logins.person("finance")).id
    filed_last = file_leave(first, week=4)
    assert [item.id for item in waiting(boss)] == [filed_first, expense, filed_last]


def test_a_listing_the_caller_may_not_call_adds_nothing(db_dsn, logins):
    checker = logins.person("finance")
    new_expense(logins.person("finance"))
    assert [item.kind for item in waiting(checker)] == ["expense"]
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(
            "REVOKE EXECUTE ON FUNCTION public.dicel_expenses_to_decide(uuid) FROM dicel_user,"
            " dicel_finance, dicel_admin"
        )
    # The inbox runs as its caller: nothing through it that the caller could not list.
    assert waiting(checker) == []
    with checker.engine.connect() as conn, pytest.raises(Exception) as refused:
        conn.execute(text("SELECT * FROM dicel_expenses_to_decide()"))
    assert refused.value.orig.sqlstate == "42501"


def test_the_inbox_answers_before_every_workflow_has_its_listing(db_dsn, logins):
    boss = logins.person("employee")
    leave = file_leave(logins.person("employee", supervisor=boss))
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("DROP FUNCTION public.dicel_purchase_orders_to_decide(uuid)")
        conn.execute("DROP FUNCTION public.dicel_expenses_to_decide(uuid)")
    assert kinds(waiting(boss)) == [("leave", leave)]


def test_a_change_is_announced_with_its_ids_only_once_committed(db_dsn, logins):
    boss = logins.person("employee")
    report = logins.person("employee", supervisor=boss)
    with psycopg.connect(db_dsn, autocommit=True) as listening:
        listening.execute("LISTEN dicel_work")
        with report.engine.connect() as conn:
            conn.execute(
                text("SELECT public.dicel_request_leave('sick', :d, :d, 'Fever')"),
                {"d": monday(3)},
            )
            conn.rollback()
        # A rolled-back change says nothing.
        assert list(listening.notifies(timeout=0.2)) == []
        leave = file_leave(report)
        (notice,) = list(listening.notifies(timeout=10, stop_after=1))
    assert notice.channel == "dicel_work"
    # Notifications ignore row security: nothing in them but what identifies the row.
    assert json.loads(notice.payload) == {
        "table": "leave_requests",
        "id": str(leave),
        "operation": "INSERT",
    }


def test_the_workflow_tables_and_the_risk_register_announce_their_changes(db_dsn, logins):
    with psycopg.connect(db_dsn) as conn:
        rows = conn.execute(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE t.tgfoid = 'public.dicel_notify_work()'::regprocedure ORDER BY 1"
        ).fetchall()
    # Risk assessments since migration 0017: the heatmap redraws on them. Pay periods
    # since 0051: a run waits for its approver.
    assert [name for (name,) in rows] == [
        "expenses",
        "leave_requests",
        "payroll_periods",
        "purchase_orders",
        "risk_assessments",
    ]


def test_bulk_decisions_report_the_one_someone_else_decided_meanwhile(db_dsn, logins):
    boss = logins.person("employee", first_name="Grace", last_name="Uwase")
    hr = logins.person("hr", first_name="Jean", last_name="Mugabo")
    report = logins.person("employee", supervisor=boss)
    requests = [file_leave(report, week=week, days=1) for week in (2, 4, 6)]
    items = waiting(boss)
    assert ids(items) == set(requests)

    # While the supervisor's selection is on screen, HR decides the second one.
    with hr.engine.begin() as conn:
        conn.execute(
            text("SELECT public.dicel_decide_leave(:id, true, 'Covered')"), {"id": requests[1]}
        )
    with boss.session() as session:
        decisions = inbox.decide_all(session, items, approve=True, note="Enjoy")

    assert [d.item.id for d in decisions] == [item.id for item in items]
    assert [d.decided for d in decisions] == [True, False, True]
    refusal = decisions[1].refusal
    with psycopg.connect(db_dsn) as conn:
        rows = conn.execute(
            "SELECT id, status, approved_by, approved_date FROM leave_requests WHERE id = ANY(%s)",
            (requests,),
        ).fetchall()
        audited = conn.execute(
            "SELECT record_id, count(*) FROM audit_logs WHERE table_name = 'leave_requests'"
            " AND action = 'UPDATE' AND record_id = ANY(%s) GROUP BY record_id",
            (requests,),
        ).fetchall()
    by_id = {row[0]: row[1:] for row in rows}
    when = by_id[requests[1]][2].astimezone().strftime("%H:%M")
    assert refusal is not None and refusal.code == "already_decided"
    assert refusal.message == f"Already approved by Jean Mugabo at {when}."
    assert {status for status, _, _ in by_id.values()} == {"approved"}
    assert by_id[requests[1]][1] == hr.user_id
    assert by_id[requests[0]][1] == by_id[requests[2]][1] == boss.user_id
    # One decision each, one audit entry each: the refused one was not touched again.
    assert dict(audited) == dict.fromkeys(requests, 1)
    assert waiting(boss) == []


def test_a_bulk_rejection_goes_through_each_items_own_function(db_dsn, logins):
    boss = logins.person("finance")
    report = logins.person("employee", supervisor=boss)
    leave = file_leave(report)
    expense = new_expense(logins.person("finance")).id
    with boss.session() as session:
        decisions = inbox.decide_all(session, waiting(boss), approve=False, note="Not now")
    assert [(d.item.table, d.decided) for d in decisions] == [
        ("leave_requests", True),
        ("expenses", True),
    ]
    with psycopg.connect(db_dsn) as conn:
        assert (
            conn.execute("SELECT status FROM leave_requests WHERE id = %s", (leave,)).fetchone()[0]
            == "rejected"
        )
        assert (
            conn.execute("SELECT status FROM expenses WHERE id = %s", (expense,)).fetchone()[0]
            == "rejected"
        )


def _payload(table: str, record_id) -> str:
    return json.dumps({"table": table, "id": str(record_id), "operation": "UPDATE"})


def test_a_notified_record_is_read_alone_and_applied_to_the_list(db_dsn, logins):
    boss = logins.person("employee", first_name="Grace")
    report = logins.person("employee", supervisor=boss)
    stranger = logins.person("employee")
    first = file_leave(report, week=2, days=1)
    previous = waiting(boss)
    later = file_leave(report, week=4, days=1)
    elsewhere = file_leave(logins.person("employee", supervisor=stranger), week=2, days=1)
    expense = new_expense(logins.person("finance")).id
    with engine_connector(boss.engine)() as conn:
        # What was filed and waits for the boss joins the list, in the list's order; what
        # waits for someone else, or is not theirs to see, does not.
        changed = inbox.read_changed(
            conn,
            previous,
            [
                _payload("leave_requests", later),
                _payload("leave_requests", elsewhere),
                _payload("expenses", expense),
            ],
        )
        assert [item.id for item in changed] == [first, later]
        assert changed == waiting(boss)
        # Withdrawn meanwhile: it leaves the list.
        with report.engine.begin() as own:
            own.execute(
                text("SELECT public.dicel_cancel_leave(:id, 'Plans changed')"), {"id": first}
            )
        after = inbox.read_changed(conn, changed, [_payload("leave_requests", first)])
        assert [item.id for item in after] == [later]
        # What it cannot apply is left to a full read.
        assert inbox.read_changed(conn, None, [_payload("leave_requests", first)]) is None
        assert inbox.read_changed(conn, changed, ["not json"]) is None
        assert inbox.read_changed(conn, changed, [_payload("employees", boss.user_id)]) is None


def test_the_one_record_read_shows_nothing_the_caller_could_not_list(db_dsn, logins):
    boss = logins.person("employee")
    report = logins.person("employee", supervisor=boss)
    leave = file_leave(report)
    for person, expected in ((boss, [leave]), (report, []), (logins.person("hr"), [])):
        with person.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT id FROM public.dicel_waiting_for_me('leave_requests', :id)"),
                {"id": leave},
            ).scalars()
            assert list(rows) == expected, person.role


def _cut_before_the_second(monkeypatch, db_dsn) -> list[object]:
    """The server ends the session's connection after the first decision (a restart, a
    cut cable), as pg_terminate_backend does; the ids ``decide`` was asked for."""
    decide = inbox.decide
    asked: list[object] = []

    def cut_then_decide(session, item, approve, note=None):
        if asked:
            pid = session.connection().connection.driver_connection.info.backend_pid
            with psycopg.connect(db_dsn, autocommit=True) as superuser:
                superuser.execute("SELECT pg_terminate_backend(%s)", (pid,))
        asked.append(item.id)
        return decide(session, item, approve, note)

    monkeypatch.setattr(inbox, "decide", cut_then_decide)
    return asked


def test_a_connection_lost_halfway_says_which_were_decided(db_dsn, logins, monkeypatch):
    boss = logins.person("employee", first_name="Grace")
    report = logins.person("employee", supervisor=boss)
    requests = [file_leave(report, week=week, days=1) for week in (2, 4, 6)]
    items = waiting(boss)
    asked = _cut_before_the_second(monkeypatch, db_dsn)
    with boss.session() as session:
        decisions = inbox.decide_all(session, items, approve=True, note="Enjoy")

    assert [d.item.id for d in decisions] == [item.id for item in items]
    assert [d.decided for d in decisions] == [True, False, False]
    assert {d.refusal.code for d in decisions[1:]} == {"connection_lost"}
    assert asked == [items[0].id, items[1].id]  # the third never waited for a connection
    with psycopg.connect(db_dsn) as conn:
        statuses = dict(
            conn.execute(
                "SELECT id, status FROM leave_requests WHERE id = ANY(%s)", (requests,)
            ).fetchall()
        )
    assert statuses[items[0].id] == "approved"
    assert [statuses[item.id] for item in items[1:]] == ["pending", "pending"]


def test_a_connection_lost_as_a_decision_commits_says_it_may_have_been_decided(db_dsn, logins):
    """The server ends the connection after the second decision's function ran, before
    its COMMIT's answer came: that one may have been decided on the server (the client
    cannot know), so it is said so, not "not decided"; the third was not decided."""
    boss = logins.person("employee", first_name="Grace")
    report = logins.person("employee", supervisor=boss)
    for week in (2, 4, 6):
        file_leave(report, week=week, days=1)
    items = waiting(boss)
    with boss.session() as session:
        commit = session.commit
        commits: list[int] = []

        def cut_then_commit():
            commits.append(1)
            if len(commits) == 2:
                pid = session.connection().connection.driver_connection.info.backend_pid
                with psycopg.connect(db_dsn, autocommit=True) as superuser:
                    superuser.execute("SELECT pg_terminate_backend(%s)", (pid,))
            return commit()

        session.commit = cut_then_commit
        decisions = inbox.decide_all(session, items, approve=True, note="Enjoy")

    assert [d.decided for d in decisions] == [True, False, False]
    assert [d.refusal.code for d in decisions[1:]] == ["decision_may_be_decided", "connection_lost"]
    assert "may have been decided. Reload to see." in decisions[1].refusal.message
    assert [d.uncertain for d in decisions] == [False, True, False]
