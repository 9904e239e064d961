"""Migration 0076, as real logins with the reviewer's psql statements (/tmp/psql25w t3,
t5, t6): a holiday added, removed or moved recounts the leave it falls in, and past ones
stay (DW114, DW115, DW116); a pay period's decision sees its people's pay changed since
it was shown (DW007); an administrator's payslip is an administrator's (DW604); nobody
records their own attendance (DW011), and an administrator's is an administrator's
(DW605).
"""

from __future__ import annotations

import datetime as dt
import json

import psycopg
import pytest
from helpers import last_march
from leave_team import Team, make_team, week
from logins import open_logins
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.roles import Role
from dicel_desktop.services import db_errors, inbox, leave, payroll


def _refusal(conn: psycopg.Connection, statement: str, params=()) -> psycopg.Error | None:
    """The error ``statement`` is refused with on ``conn`` (None: it was done)."""
    try:
        with conn.transaction():
            conn.execute(statement, params)
    except psycopg.Error as error:
        return error
    return None


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def _said(error: psycopg.Error) -> str:
    """The sentence a person reads for ``error``."""
    return db_errors.explain(error).message


def _days(team: Team, request) -> int:
    return team.row(request)["days_requested"]


def _days_of(start: dt.date, n: int) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range(n)]


# --------------------------------------------------------------------------- holidays


def test_holidays_made_for_a_filing_and_removed_leave_the_leave_its_days(team: Team):
    """t3: HR makes four days of a week holidays, files their own Monday-Friday leave
    (1 day), removes the holidays: the request is 5 days again, and its approval over
    the allowance is refused."""
    team.setting("leave.allowance.annual", "3")
    monday, friday = week(2)
    with team.psql(team.hr, autocommit=True) as conn:
        for day in _days_of(monday, 4):
            conn.execute("INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Extra')", (day,))
        request = conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date, reason)"
            " VALUES (%s, 'annual', %s, %s, 'family') RETURNING id",
            (team.hr.employee_id, monday, friday),
        ).fetchone()[0]
        assert _days(team, request) == 1
        conn.execute("DELETE FROM holidays WHERE name = 'Extra'")
    assert _days(team, request) == 5
    with team.psql(team.admin, autocommit=True) as conn:
        refused = _refusal(conn, "SELECT dicel_decide_leave(%s, true, 'ok')", (request,))
    assert refused is not None and refused.sqlstate == "DW106"
    assert team.row(request)["status"] == "pending"


def test_an_approval_counts_the_days_again(team: Team):
    """Belt and braces: a stored count that is not the calendar's (a superuser's repair)
    is counted again when approved."""
    request = team.file(team.clerk, week(3))
    with team.su() as conn:
        conn.execute("UPDATE leave_requests SET days_requested = 1 WHERE id = %s", (request,))
    with team.boss.session() as session:
        leave.decide_leave(session, request, True, "ok")
        session.commit()
    row = team.row(request)
    assert (row["status"], row["days_requested"]) == ("approved", 5)


def test_a_new_holiday_inside_an_approved_leave_gives_the_day_back(team: Team):
    monday, friday = week(4)
    request = team.file(team.clerk, (monday, friday))
    with team.boss.session() as session:
        leave.decide_leave(session, request, True, "ok")
        session.commit()
    wednesday = monday + dt.timedelta(days=2)
    with team.psql(team.hr, autocommit=True) as conn:
        conn.execute("INSERT INTO holidays (holiday_date, name) VALUES (%s, 'New')", (wednesday,))
    assert _days(team, request) == 4
    with team.clerk.session() as session:
        taken = leave.balance(session, team.clerk.employee_id, "annual", monday.year)
    assert taken.taken == 4
    # Moved to the Saturday: the Wednesday counts again.
    with team.psql(team.hr, autocommit=True) as conn:
        conn.execute(
            "UPDATE holidays SET holiday_date = %s WHERE holiday_date = %s",
            (monday + dt.timedelta(days=5), wednesday),
        )
    assert _days(team, request) == 5


def test_a_removed_holiday_takes_no_approved_leave_over_its_allowance(team: Team):
    team.setting("leave.allowance.annual", "5")
    monday, friday = week(5)
    wednesday = monday + dt.timedelta(days=2)
    team.holiday(wednesday, "Heroes Day")
    four = team.file(team.clerk, (monday, friday))
    one = team.file(team.clerk, week(6, days=1))
    with team.boss.session() as session:
        for request in (four, one):
            leave.decide_leave(session, request, True, "ok")
        session.commit()
    with team.psql(team.hr, autocommit=True) as conn:
        refused = _refusal(conn, "DELETE FROM holidays WHERE holiday_date = %s", (wednesday,))
        assert refused is not None and refused.sqlstate == "DW115"
        assert json.loads(refused.diag.message_detail)["name"] == "Aline Tester"
        assert "approved annual leave of Aline Tester" in _said(refused)
        said = f"in {monday.year} to 6 working days, over that year's allowance of 5"
        assert said in _said(refused)
        assert conn.execute("SELECT count(*) FROM holidays").fetchone()[0] == 1
    assert _days(team, four) == 4


def test_a_holiday_on_every_day_of_a_leave_is_refused(team: Team):
    # An approved leave (a pending one is rejected by the holiday: migration 0079).
    request = team.file(team.clerk, week(7, days=1))
    with team.boss.session() as session:
        leave.decide_leave(session, request, True)
    with team.psql(team.hr, autocommit=True) as conn:
        refused = _refusal(
            conn, "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'x')", (week(7)[0],)
        )
    assert refused is not None and refused.sqlstate == "DW116"
    assert "would have no working day left" in _said(refused)
    assert _days(team, request) == 1


def test_holidays_already_past_stay_as_they_are(team: Team):
    past = dt.date.today() - dt.timedelta(days=3)
    team.holiday(past, "Liberation Day")
    with team.psql(team.hr, autocommit=True) as conn:
        for statement, params in (
            (
                "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'x')",
                (past - dt.timedelta(days=1),),
            ),
            ("DELETE FROM holidays WHERE holiday_date = %s", (past,)),
            ("UPDATE holidays SET holiday_date = %s WHERE holiday_date = %s", (week(8)[0], past)),
            ("UPDATE holidays SET holiday_date = %s WHERE holiday_date = %s", (past, past)),
        ):
            refused = _refusal(conn, statement, params)
            if statement.endswith("holiday_date = %s") and params == (past, past):
                assert refused is None  # the same day: nothing moved
                continue
            assert refused is not None and refused.sqlstate == "DW114", statement
            assert _said(refused) == (
                "Holidays already past cannot be changed: approved leave was counted with them."
            )
        # Its name is still HR's to correct, also by an update that names its day unchanged
        # (a BEFORE trigger returning NULL once dropped that update silently: code review).
        conn.execute("UPDATE holidays SET name = 'Liberation Day (4 July)'")
        assert conn.execute("SELECT holiday_date, name FROM holidays").fetchall() == [
            (past, "Liberation Day (4 July)")
        ]
        renamed = conn.execute(
            "UPDATE holidays SET name = 'Liberation Day', holiday_date = holiday_date"
            " WHERE holiday_date = %s",
            (past,),
        )
        assert renamed.rowcount == 1
        assert conn.execute("SELECT holiday_date, name FROM holidays").fetchall() == [
            (past, "Liberation Day")
        ]


# --------------------------------------------------------------------------- pay

#: The last March that is over: payroll runs at most 12 months back, so a fixed one ages
#: out (March 2026 from April 2027).
MARCH = last_march()


@pytest.fixture
def office(db_dsn):
    """Grace (HR) runs March; Jean (finance) decides it; Eric and the administrator Ada
    are paid."""
    for logins in open_logins(db_dsn):
        hr = logins.person(Role.HR, first_name="Grace", last_name="Mukamana")
        finance = logins.person(Role.FINANCE, first_name="Jean", last_name="Mugabo")
        staff = logins.person(Role.EMPLOYEE, first_name="Eric", last_name="Habimana")
        admin = logins.person(Role.ADMIN, first_name="Ada", last_name="Nshuti")
        other_admin = logins.person(Role.ADMIN)
        with hr.session() as session:
            period = payroll.run_payroll(session, *MARCH)
            session.commit()
        yield hr, finance, staff, admin, other_admin, period


def _psql(person, **kwargs) -> psycopg.Connection:
    url = person.engine.url.set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), **kwargs)


def _shown(finance, period):
    with finance.session() as session:
        (item,) = [i for i in inbox.waiting_for_me(session) if i.id == period]
    return item.version


@pytest.mark.parametrize(
    "change",
    [
        'UPDATE employees SET bank_details = \'{"bank": "Ikaze"}\'::jsonb WHERE id = :e',
        "UPDATE employees SET salary = salary + 1 WHERE id = :e",
        "SELECT dicel_suspend_employee(:e)",
    ],
    ids=["bank_details", "salary", "status"],
)
def test_a_pay_change_after_the_period_was_shown_stops_its_decision(office, change):
    """t5: finance reads the period, HR changes what pays one of its people, finance
    decides on what it read: refused, naming HR."""
    hr, finance, staff, _admin, _other, period = office
    shown = _shown(finance, period)
    with hr.engine.begin() as conn:
        conn.execute(text(change), {"e": staff.employee_id})
    with pytest.raises(DBAPIError) as refused, finance.engine.begin() as conn:
        conn.execute(
            text("SELECT dicel_decide_payroll(:p, true, 'ok', :v)"), {"p": period, "v": shown}
        )
    assert refused.value.orig.sqlstate == "DW007"
    assert '"who" : "Grace Mukamana"' in refused.value.orig.diag.message_detail
    # Read again, it is decided.
    with finance.engine.begin() as conn:
        conn.execute(
            text("SELECT dicel_decide_payroll(:p, true, 'ok', :v)"),
            {"p": period, "v": _shown(finance, period)},
        )
        assert (
            conn.scalar(text("SELECT status FROM payroll_periods WHERE id = :p"), {"p": period})
            == "approved"
        )


def _payslip(person, employee) -> str:
    with _psql(person) as conn:
        return str(
            conn.execute(
                "SELECT id FROM payroll_records WHERE employee_id = %s", (employee,)
            ).fetchone()[0]
        )


def test_hr_changes_no_administrators_payslip(office):
    """t6: HR raises an administrator's allowances; the run made their payslip."""
    hr, _finance, staff, admin, other_admin, _period = office
    payslip = _payslip(hr, admin.employee_id)
    raise_it = "UPDATE payroll_records SET allowances = allowances + 500000 WHERE id = %s"
    with _psql(hr, autocommit=True) as conn:
        refused = _refusal(conn, raise_it, (payslip,))
        assert refused is not None and refused.sqlstate == "DW604"
        assert refused.diag.column_name == "allowances"
        assert _said(refused) == (
            "Only an administrator may change the pay or placement of Ada Nshuti, who "
            "administers DICEL."
        )
        # A note is not pay; someone else's payslip is HR's to review.
        assert (
            _refusal(conn, "UPDATE payroll_records SET notes = 'x' WHERE id = %s", (payslip,))
            is None
        )
        staff_slip = _payslip(hr, staff.employee_id)
        assert _refusal(conn, raise_it, (staff_slip,)) is None
        # Another payslip for the administrator is no way round.
        refused = _refusal(
            conn,
            "INSERT INTO payroll_records (employee_id, pay_period_start, pay_period_end,"
            " basic_salary, net_salary) VALUES (%s, %s, %s, 1, 1)",
            (
                admin.employee_id,
                MARCH[0].replace(month=4),
                MARCH[1].replace(month=4, day=30),
            ),
        )
        assert refused is not None and refused.sqlstate in ("DW604", "42501")
    with _psql(other_admin, autocommit=True) as conn:
        assert _refusal(conn, raise_it, (payslip,)) is None


# --------------------------------------------------------------------------- attendance

_MARK = (
    "INSERT INTO attendance_records (employee_id, date, check_in, check_out, status)"
    " VALUES (%s, '2026-11-28', '2026-11-28 07:00+02', '2026-11-28 19:00+02', 'present')"
)


def test_nobody_records_their_own_attendance_nor_hr_an_administrators(office):
    """t3, t6: HR inserts and lengthens their own day, marks an administrator absent."""
    hr, _finance, staff, admin, other_admin, _period = office
    with _psql(other_admin, autocommit=True) as conn:
        for person in (hr, admin):
            conn.execute(_MARK, (person.employee_id,))
    with _psql(hr, autocommit=True) as conn:
        own = _refusal(conn, _MARK.replace("11-28", "11-27"), (hr.employee_id,))
        assert own is not None and own.sqlstate == "DW011"
        assert _said(own) == (
            "You cannot record or correct your own attendance: someone else in HR must."
        )
        lengthen = (
            "UPDATE attendance_records SET check_in = check_in - interval '3 hours',"
            " status = 'present' WHERE employee_id = %s"
        )
        own = _refusal(conn, lengthen, (hr.employee_id,))
        assert own is not None and own.sqlstate == "DW011"
        absent = "UPDATE attendance_records SET status = 'absent' WHERE employee_id = %s"
        refused = _refusal(conn, absent, (admin.employee_id,))
        assert refused is not None and refused.sqlstate == "DW605"
        assert _said(refused) == (
            "Only an administrator may record or change the attendance of Ada Nshuti, who "
            "administers DICEL."
        )
        # Anyone else's is HR's to record.
        assert _refusal(conn, _MARK, (staff.employee_id,)) is None
    with _psql(other_admin, autocommit=True) as conn:
        assert _refusal(conn, absent, (admin.employee_id,)) is None
        own = _refusal(conn, _MARK, (other_admin.employee_id,))
        assert own is not None and own.sqlstate == "DW011"
