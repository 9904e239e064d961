"""What psql review 32 found, closed by migration 0112, as real logins with the psql a
clerk would use and the services the window calls.

* An HR officer cancelled their own approved leave after it started and got the days
  back (F1, DW460): for one's own request HR has the employee's rights only.
* A receipt's link spelled another way (braces, no hyphens, capitals) let its file be
  removed (F2, DW450): the link is written in one spelling.
* LISTEN gave the sender's PID, and pg_stat_activity its login (F3): hidden from logins.
* The notes: DW432/DW433 by the clock, not the transaction's start; a leave balance for
  a year outside 1900-2200 said in words (DW461); dicel_own_change_to_decide answers for
  the tables decided by another only.
"""

from __future__ import annotations

import datetime as dt
import select
import time
import uuid
from collections.abc import Iterator
from urllib.parse import quote, urlsplit

import psycopg
import pytest
from flow_steps import guard as new_guard
from flow_steps import shift as _shift
from leave_team import Team, make_team, monday_before, week
from logins import Logins, open_logins
from sqlalchemy import text

from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import leave
from dicel_desktop.services.db_errors import explain

ALINE = "aline.uwase@dicel.rw"  # HR
JEAN = "jean.mugabo@dicel.rw"  # admin
ERIC = "eric.niyonzima@dicel.rw"  # finance
JOSIANE = "josiane.murekatete@dicel.rw"  # employee

WAIT_S = 30  # a deadline for a failing test on a busy machine, not a measurement


@pytest.fixture
def demo_login(demo_dsn: str) -> Iterator:
    """A demo person's psql connection; everything it did is rolled back at the end."""
    opened: list[psycopg.Connection] = []

    def connect(email: str, **kwargs) -> psycopg.Connection:
        parts = urlsplit(demo_dsn)
        netloc = f"{quote(email, safe='')}:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
        conn = psycopg.connect(parts._replace(netloc=netloc).geturl(), **kwargs)
        opened.append(conn)
        return conn

    yield connect
    for conn in opened:
        if not conn.closed:
            conn.rollback()
            conn.close()


def _refused(conn: psycopg.Connection, statement: str, params=()) -> psycopg.Error:
    """``statement`` as psql sends it, refused; the transaction is rolled back."""
    with pytest.raises(psycopg.Error) as refused:
        conn.execute(statement, params)
    conn.rollback()
    return refused.value


@pytest.fixture
def team(db_dsn) -> Iterator[Team]:
    for logins in open_logins(db_dsn):
        found = make_team(logins)
        found.hr2 = logins.person("hr", first_name="Honore", last_name="Gatete", department="HR")
        yield found


# --------------------------------------------------------------------------- F1


def _started_leave_of(team: Team, person) -> uuid.UUID:
    """An annual leave of ``person`` that began last week, approved by the second HR
    officer."""
    start = monday_before(7)
    request = team.file(person, (start, start + dt.timedelta(days=1)))
    with team.hr2.session() as session:
        leave.decide_leave(session, request, True, None)
    return request


def _taken(person, year: int) -> int:
    with person.session() as session:
        return leave.balance(session, person.employee_id, "annual", year).taken


def test_an_hr_officers_own_started_leave_is_another_officers_to_cancel(team):
    """psql32 F1: the HR branch of the cancel did not ask whose leave it was."""
    request = _started_leave_of(team, team.hr)
    year = team.row(request)["start_date"].year
    taken = _taken(team.hr, year)
    assert taken == 2
    # As psql sends it: the window's question says no, and so does the cancel.
    with team.psql(team.hr) as conn:
        asked = conn.execute("SELECT dicel_may_cancel_leave(%s)", (request,)).fetchone()[0]
        assert asked is False
        refused = _refused(conn, "SELECT dicel_cancel_leave(%s, 'took it')", (request,))
    assert refused.sqlstate == "DW460"
    # Through the service the window calls, in the person's words.
    error = team.hr.refused(leave.cancel_leave, request, "took it")
    start = team.row(request)["start_date"]
    assert error.code == "own_leave_started"
    assert error.message.startswith("Your own leave started on ")
    assert error.message.endswith(": another HR officer cancels it.")
    assert str(start.day) in error.message
    assert team.row(request)["status"] == "approved"
    assert _taken(team.hr, year) == taken
    # Another HR officer cancels it, as before.
    assert team.hr2.call(leave.may_cancel, request) is True
    team.hr2.call(leave.cancel_leave, request, "Called back to the office")
    assert team.row(request)["status"] == "cancelled"


def test_an_hr_officer_keeps_an_employees_rights_on_their_own_leave(team):
    """Pending, or approved before its start, their own request is still theirs to
    cancel; another's started one is still HR's."""
    pending = team.file(team.hr, week(0))
    assert team.hr.call(leave.may_cancel, pending) is True
    team.hr.call(leave.cancel_leave, pending, "Plans changed")
    assert team.row(pending)["status"] == "cancelled"
    coming = team.file(team.hr, week(2))
    with team.hr2.session() as session:
        leave.decide_leave(session, coming, True, None)
    assert team.hr.call(leave.may_cancel, coming) is True
    team.hr.call(leave.cancel_leave, coming, "Plans changed")
    assert team.row(coming)["status"] == "cancelled"
    # A clerk's leave that started: HR's to cancel (it is being taken), by either officer.
    taken = _started_leave_of(team, team.clerk)
    assert team.clerk.call(leave.may_cancel, taken) is False
    assert team.hr.call(leave.may_cancel, taken) is True
    team.hr.call(leave.cancel_leave, taken, "Sent home sick: recorded as sick leave")
    assert team.row(taken)["status"] == "cancelled"


def test_the_demos_hr_officer_does_not_give_herself_her_april_days_back(su, demo_login):
    """The probe of the report, as aline.uwase on the demo (rolled back)."""
    with su.connect() as conn:
        request = conn.execute(
            text(
                "SELECT r.id FROM leave_requests r JOIN employees e ON e.id = r.employee_id"
                " JOIN users u ON u.id = e.user_id WHERE u.email = :email"
                " AND r.status = 'approved' AND r.start_date <= current_date"
                " ORDER BY r.start_date DESC LIMIT 1"
            ),
            {"email": ALINE},
        ).scalar_one()
    aline = demo_login(ALINE)
    balance = "SELECT taken FROM dicel_leave_balance(dicel_current_employee_id(), 'annual', %s)"
    year = aline.execute(
        "SELECT extract(year FROM start_date)::int FROM leave_requests WHERE id = %s", (request,)
    ).fetchone()[0]
    taken = aline.execute(balance, (year,)).fetchone()[0]
    assert aline.execute("SELECT dicel_may_cancel_leave(%s)", (request,)).fetchone()[0] is False
    refused = _refused(aline, "SELECT dicel_cancel_leave(%s, 'psql32')", (request,))
    assert refused.sqlstate == "DW460"
    assert aline.execute(balance, (year,)).fetchone()[0] == taken


# --------------------------------------------------------------------------- F2

#: The spellings of a uuid PostgreSQL reads besides its own (the review's three).
SPELLINGS = {
    "braces, no hyphens": lambda u: "{" + u.hex + "}",
    "no hyphens, capitals": lambda u: u.hex.upper(),
    "a hyphen every four digits": lambda u: "-".join(u.hex[i : i + 4] for i in range(0, 32, 4)),
}


def _named_receipt(su):
    """A pending expense and the file its receipt_url names."""
    with su.connect() as conn:
        return conn.execute(
            text(
                "SELECT x.id, d.id AS document FROM expenses x"
                " JOIN documents d ON x.receipt_url = 'dicel-document:' || d.id"
                " WHERE x.status = 'pending' ORDER BY x.expense_number LIMIT 1"
            )
        ).one()


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_a_receipt_spelled_another_way_is_written_once_and_stays(su, demo_login, spelling):
    """psql32 F2: the link check took any spelling PostgreSQL reads as a uuid, and the
    receipt check compares the text: the file named in braces was removed."""
    receipt = _named_receipt(su)
    eric = demo_login(ERIC)
    spelled = "dicel-document:" + SPELLINGS[spelling](receipt.document)
    eric.execute("UPDATE expenses SET receipt_url = %s WHERE id = %s", (spelled, receipt.id))
    stored = eric.execute(
        "SELECT receipt_url FROM expenses WHERE id = %s", (receipt.id,)
    ).fetchone()[0]
    assert stored == f"dicel-document:{receipt.document}"
    eric.execute("SET CONSTRAINTS documents_receipt_stays IMMEDIATE")
    refused = _refused(eric, "DELETE FROM documents WHERE id = %s", (receipt.document,))
    assert refused.sqlstate == "DW450"


def test_a_link_in_capitals_is_asked_and_written_once(su, demo_login):
    """The prefix in capitals was not asked at all: a link to any file passed."""
    receipt = _named_receipt(su)
    eric = demo_login(ERIC)
    eric.execute(
        "UPDATE expenses SET receipt_url = %s WHERE id = %s",
        (f"DICEL-DOCUMENT:{receipt.document}", receipt.id),
    )
    stored = eric.execute(
        "SELECT receipt_url FROM expenses WHERE id = %s", (receipt.id,)
    ).fetchone()[0]
    assert stored == f"dicel-document:{receipt.document}"
    eric.rollback()
    refused = _refused(
        eric,
        "UPDATE expenses SET receipt_url = %s WHERE id = %s",
        (f"DICEL-DOCUMENT:{uuid.uuid4()}", receipt.id),
    )
    assert refused.sqlstate == "DD004"


# --------------------------------------------------------------------------- F3


def test_an_employee_cannot_name_who_sent_a_notification(team):
    """psql32 F3: a listener learnt the sender's PID, and pg_stat_activity its login."""
    with team.psql(team.outsider, autocommit=True) as listener:
        listener.execute("LISTEN dicel_work")
        team.file(team.clerk, week(0))  # another's leave, committed
        found = []
        deadline = time.monotonic() + WAIT_S
        while not found and time.monotonic() < deadline:
            select.select([listener.fileno()], [], [], 1)
            found = list(listener.notifies(timeout=0, stop_after=1))
        assert found, "no notification arrived"
        pid = found[0].pid
        for asked in (
            "SELECT usename FROM pg_stat_activity WHERE pid = %s",
            "SELECT pg_stat_get_backend_userid(b)::regrole::text FROM"
            " pg_stat_get_backend_idset() b WHERE pg_stat_get_backend_pid(b) = %s",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                listener.execute(asked, (pid,))
    # An administrator still reads the sessions (dicel-admin health with their DSN).
    with team.psql(team.admin) as conn:
        rows = conn.execute(
            "SELECT usename FROM pg_stat_activity WHERE pid = pg_backend_pid()"
        ).fetchall()
    assert rows == [(team.admin.email,)]


def test_a_demo_employee_reads_no_sessions(demo_login):
    josiane = demo_login(JOSIANE)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        josiane.execute("SELECT count(DISTINCT usename) FROM pg_stat_activity")


# --------------------------------------------------------------------------- notes


@pytest.fixture
def security(logins: Logins):
    """Patrick keeps security; Yvonne is a guard."""
    patrick = logins.person(Role.SECURITY, first_name="Patrick", last_name="Habimana")
    guard = new_guard(patrick, logins, licence="RNP/PSL/2025/0111")
    return patrick, guard


def _ending_soon(patrick, guard) -> tuple[uuid.UUID, dt.datetime]:
    """A shift in progress ending two seconds from now: its id and its end."""
    with patrick.engine.connect() as conn:
        now = conn.scalar(text("SELECT clock_timestamp()"))
    end = now + dt.timedelta(seconds=2)
    return _shift(patrick, guard, end - dt.timedelta(hours=8)), end


def _open_until_past(conn: psycopg.Connection, end: dt.datetime) -> None:
    """A transaction opened before ``end`` and kept until the clock has passed it."""
    conn.execute("SELECT now()")  # the transaction's start: before the end
    # The server sleeps until just past the end, inside the transaction.
    conn.execute(
        "SELECT pg_sleep(greatest(0, extract(epoch FROM %s - clock_timestamp())) + 0.05)",
        (end,),
    )
    assert conn.execute("SELECT clock_timestamp() > %s", (end,)).fetchone()[0]


def test_a_shift_is_not_cancelled_by_a_transaction_opened_before_its_end(logins: Logins, security):
    """psql32 note: DW432 compared with the transaction's start."""
    patrick, guard = security
    assignment, end = _ending_soon(patrick, guard)
    with logins_psql(patrick) as conn:
        _open_until_past(conn, end)
        refused = _refused(conn, "SELECT dicel_cancel_security_assignment(%s)", (assignment,))
    assert refused.sqlstate == "DW432"


def test_an_ended_shifts_end_is_not_moved_by_a_transaction_opened_before_it(
    logins: Logins, security
):
    """psql32 note: DW433 compared with the transaction's start."""
    patrick, guard = security
    assignment, end = _ending_soon(patrick, guard)
    with logins_psql(patrick) as conn:
        _open_until_past(conn, end)
        refused = _refused(
            conn,
            "UPDATE security_assignments SET shift_end = shift_end + interval '1 hour'"
            " WHERE id = %s",
            (assignment,),
        )
    assert refused.sqlstate == "DW433"


def logins_psql(person) -> psycopg.Connection:
    url = person.engine.url.set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False))


@pytest.mark.parametrize("year", [-2147483648, 1899, 2201, 2147483647])
def test_a_balance_for_a_year_outside_the_calendar_is_said(demo_login, year):
    """psql32 note: a bare 22008 "date field value out of range"."""
    josiane = demo_login(JOSIANE)
    refused = _refused(
        josiane,
        "SELECT * FROM dicel_leave_balance(dicel_current_employee_id(), 'annual', %s)",
        (year,),
    )
    assert refused.sqlstate == "DW461"
    said = explain(refused).message
    assert said == (
        f"There is no leave balance for the year {year}: choose a year from 1900 to 2200."
    )
    # The years at either end are still years.
    for kept in (1900, 2200):
        josiane.execute(
            "SELECT * FROM dicel_leave_balance(dicel_current_employee_id(), 'annual', %s)",
            (kept,),
        ).fetchall()


def test_own_change_to_decide_answers_for_the_decided_tables_only(su, demo_login):
    """psql32 note: unlike its sibling dicel_decision_version, it took any table."""
    with su.connect() as conn:
        request = conn.execute(
            text(
                "SELECT r.id FROM leave_requests r JOIN users u ON u.id = r.approved_by"
                " WHERE u.email = :email AND r.status = 'approved' LIMIT 1"
            ),
            {"email": JEAN},
        ).scalar_one()
    jean = demo_login(JEAN)
    rows = jean.execute(
        "SELECT * FROM dicel_own_change_to_decide('leave_requests', %s, '{approved}', 'x')",
        (request,),
    ).fetchall()
    assert rows == []
