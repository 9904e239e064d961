"""Migration 0088, as real logins with the ninth review's psql statements (/tmp/psql27w
t1): an employee's statement that writes no leave row takes no lock HR's holiday change
waits for; a leave filing held open makes a holiday change refused at once (DW118, naming
whose session counts leave), and nobody's leave filing queues behind HR meanwhile. (Two
holiday changes still wait for each other: 0084's tests.)

The interleavings are forced, not timed: one session holds its transaction open, the
other is started and seen waiting for a lock (pg_stat_activity) or done.
"""

from __future__ import annotations

import datetime as dt
import re
import threading

import psycopg
import pytest
from leave_team import Team, make_team, week
from logins import open_logins

from dicel_desktop.services import db_errors


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


class _Later:
    """``statement`` run on its own connection of a person, in a thread."""

    def __init__(self, team: Team, person, statement: str, params=()):
        self.conn = team.psql(person)
        self.pid = self.conn.info.backend_pid
        self.error: psycopg.Error | None = None
        self.result = None

        def run():
            try:
                with self.conn:
                    self.result = self.conn.execute(statement, params).fetchone()
            except psycopg.Error as error:
                self.error = error

        self.thread = threading.Thread(target=run, daemon=True)

    def started(self, team: Team) -> bool:
        """Start it; True once it is done, False when it waits for a lock."""
        self.thread.start()
        with team.su() as conn:
            while self.thread.is_alive():
                found = conn.execute(
                    "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s",
                    (self.pid,),
                ).fetchone()
                if found is not None and found[0]:
                    return False
                if found is None:  # done: its session closed
                    break
                self.thread.join(0.02)
        return True


_ADD_HOLIDAY = "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Extra') RETURNING id"
_FILE = "SELECT dicel_request_leave('annual', %s, %s, 'Family visit')"


def _holidays(team: Team) -> list[dt.date]:
    with team.su() as conn:
        return [r[0] for r in conn.execute("SELECT holiday_date FROM holidays ORDER BY 1")]


def test_an_employees_open_statement_writing_no_leave_does_not_hold_hr(team: Team):
    """t1: the employee's UPDATE touching no row, left open, held the lock HR's holiday
    change waited for (until its lock timeout, every retry)."""
    monday, _friday = week(5)
    holder = team.psql(team.clerk)
    holder.execute("SET idle_in_transaction_session_timeout = 0")
    updated = holder.execute("UPDATE leave_requests SET start_date = start_date WHERE false")
    assert updated.rowcount == 0
    hr = _Later(team, team.hr, _ADD_HOLIDAY, (monday,))
    try:
        done = hr.started(team)
    finally:
        holder.rollback()
        holder.close()
        hr.thread.join()
    assert done, "HR's holiday change waited for the employee's open statement"
    assert hr.error is None, hr.error
    assert _holidays(team) == [monday]


def test_a_held_leave_filing_refuses_a_holiday_change_at_once_and_nobody_queues(team: Team):
    """t1, with a real filing held open: HR's holiday change is refused at once, saying
    whose session counts leave and since when; meanwhile another employee files leave
    without waiting (they queued behind HR's waiting change); once the filing is done, the
    holiday is added and counted."""
    monday, friday = week(6)
    wednesday = monday + dt.timedelta(days=2)
    holder = team.psql(team.clerk)
    holder.execute("SET idle_in_transaction_session_timeout = 0")
    (held,) = holder.execute(_FILE, (monday, friday)).fetchone()

    hr = _Later(team, team.hr, _ADD_HOLIDAY, (wednesday,))
    mate = _Later(team, team.mate, _FILE, (monday, friday))
    try:
        hr_done = hr.started(team)
        mate_done = mate.started(team)
    finally:
        holder.commit()
        holder.close()
        hr.thread.join()
        mate.thread.join()
    assert hr_done, "HR's holiday change waited for the leave filing"
    assert hr.error is not None and hr.error.sqlstate == "DW118", hr.error
    said = db_errors.explain(hr.error)
    assert said.code == "holiday_waits_for_leave_counting"
    clerk = team.clerk
    with clerk.engine.connect() as conn:
        name = conn.exec_driver_sql(
            "SELECT first_name || ' ' || last_name FROM users WHERE email = session_user"
        ).scalar()
    assert said.params["who"] == name
    # Since when: the holder's transaction's start, as the window writes a time.
    assert re.fullmatch(r"\d\d:\d\d", said.params["when"]), said.params
    assert said.message.startswith(f"Leave counting is open in {name}'s session since ")
    assert "IT can end that session" in said.message
    assert _holidays(team) == []  # nothing changed

    assert mate_done, "another employee's filing queued behind HR"
    assert mate.error is None, mate.error

    # Once the filing is done, the holiday goes in, and both leaves count it.
    with team.psql(team.hr) as conn:
        conn.execute(_ADD_HOLIDAY, (wednesday,))
    assert team.row(held)["days_requested"] == 4
    assert team.row(mate.result[0])["days_requested"] == 4
