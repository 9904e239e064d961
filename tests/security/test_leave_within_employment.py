"""Leave keeps to the dates of employment (migration 0146, people40 findings 2 and 4), as
real logins on a plain connection, as psql: no leave before the hire date or after the
termination date; terminating cancels the leaver's open leave, which the supervisor's
Waiting for me then drops, and nobody decides a leaver's leave; the year someone joins
earns annual leave by the month of service."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from dicel_desktop.services import db_errors

REQUEST = (
    "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date, reason)"
    " VALUES (%s, 'annual', %s, %s, 'A rest') RETURNING id"
)


def _set(logins, employee_id, **dates) -> None:
    with logins.superuser().begin() as conn:
        for column, value in dates.items():
            conn.execute(
                text(f"UPDATE employees SET {column} = :v WHERE id = :e"),
                {"v": value, "e": employee_id},
            )


def _file(person, employee_id, start: str, end: str):
    with person.engine.begin() as conn:
        return conn.exec_driver_sql(REQUEST, (employee_id, start, end)).scalar()


def _status(logins, request) -> str:
    with logins.superuser().connect() as conn:
        return conn.scalar(text("SELECT status FROM leave_requests WHERE id = :r"), {"r": request})


def test_hr_files_no_leave_before_the_hire_date_or_after_the_termination_date(logins):
    hr = logins.person("hr", first_name="Aline")
    clerk = logins.person("employee", first_name="Arsene", last_name="Uwitonze")
    _set(logins, clerk.employee_id, hire_date=dt.date(2026, 11, 2))
    refused = hr.refusal(REQUEST, clerk.employee_id, "2026-10-26", "2026-11-03")
    assert refused is not None and refused.sqlstate == "DW120"
    assert db_errors.explain(refused).message == (
        "Arsene Uwitonze was not employed yet on 26 October 2026: they were hired on"
        " 2 November 2026. Leave starts on the hire date at the earliest."
    )
    # Written to leave at the end of next month: nothing after that day.
    _set(logins, clerk.employee_id, termination_date=dt.date(2027, 1, 15))
    refused = hr.refusal(REQUEST, clerk.employee_id, "2027-01-11", "2027-01-19")
    assert refused is not None and refused.sqlstate == "DW120"
    assert db_errors.explain(refused).message == (
        "Arsene Uwitonze leaves the company on 15 January 2027: leave ends on that day at"
        " the latest, not on 19 January 2027."
    )
    # The employee filing for themselves meets the same rule; a request within is filed.
    assert (
        clerk.psql_refusal("SELECT dicel_request_leave('annual', '2027-01-13', '2027-01-18', 'x')")
        == "DW120"
    )
    assert hr.refusal(REQUEST, clerk.employee_id, "2027-01-11", "2027-01-15") is None
    # Moving a filed request past the last day is refused too.
    request = _file(clerk, clerk.employee_id, "2027-01-04", "2027-01-06")
    moved = "UPDATE leave_requests SET end_date = '2027-01-20' WHERE id = %s"
    assert hr.psql_refusal(moved, (request,)) == "DW120"


def test_terminating_cancels_open_leave_and_a_supervisor_decides_none_of_a_leaver(logins):
    hr = logins.person("hr", first_name="Aline")
    boss = logins.person("employee", first_name="Chantal")
    leaver = logins.person("employee", first_name="Arsene", last_name="Uwitonze", supervisor=boss)
    today_row = "SELECT dicel_company_day()"
    with hr.engine.begin() as conn:
        today = conn.exec_driver_sql(today_row).scalar()
    # An approved leave before leaving stays; one after, and a pending one, are cancelled.
    past = _file(hr, leaver.employee_id, *_weekdays(today - dt.timedelta(days=20), 2))
    with boss.engine.begin() as conn:
        conn.execute(text("SELECT dicel_decide_leave(:r, true, 'ok')"), {"r": past})
    later = _file(hr, leaver.employee_id, *_weekdays(today + dt.timedelta(days=30), 2))
    with boss.engine.begin() as conn:
        conn.execute(text("SELECT dicel_decide_leave(:r, true, 'ok')"), {"r": later})
    pending = _file(leaver, leaver.employee_id, *_weekdays(today + dt.timedelta(days=14), 3))
    waiting = "SELECT count(*) FROM dicel_leave_requests_to_decide()"
    with boss.engine.connect() as conn:
        assert conn.exec_driver_sql(waiting).scalar() == 1
    with hr.engine.begin() as conn:
        conn.execute(text("SELECT dicel_terminate_employee(:e)"), {"e": leaver.employee_id})
    assert (_status(logins, past), _status(logins, later), _status(logins, pending)) == (
        "approved",
        "cancelled",
        "cancelled",
    )
    with boss.engine.connect() as conn:
        assert conn.exec_driver_sql(waiting).scalar() == 0
    # The supervisor, as psql, is told it was cancelled (by whom), and decides nothing.
    assert boss.psql_refusal("SELECT dicel_decide_leave(%s, true, 'x')", (pending,)) == "DW001"
    # A pending request of days before leaving stays (payfix40): the supervisor decides
    # it after the termination, approving it only up to the leaving day.
    with logins.superuser().begin() as conn:
        kept = conn.scalar(
            text(
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
                " status) VALUES (:e, 'sick', :s, :s, 'pending') RETURNING id"
            ),
            {"e": leaver.employee_id, "s": past_day(today)},
        )
        past_leaving = conn.scalar(
            text(
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
                " status) VALUES (:e, 'sick', :s, :t, 'pending') RETURNING id"
            ),
            {"e": leaver.employee_id, "s": today, "t": today + dt.timedelta(days=3)},
        )
    assert boss.refusal("SELECT dicel_decide_leave(%s, false, 'x')", kept) is None
    assert _status(logins, kept) == "rejected"
    refused = boss.refusal("SELECT dicel_decide_leave(%s, true, 'x')", past_leaving)
    assert refused is not None and refused.sqlstate == "DW120"
    # Nor does HR file new leave for them, even within their dates.
    refused = hr.refusal(REQUEST, leaver.employee_id, past_day(today), past_day(today))
    assert refused is not None and refused.sqlstate == "DW121"
    assert db_errors.explain(refused).message == (
        f"Arsene Uwitonze left the company on {_long(today)}: no leave is filed for them any more."
    )


@pytest.fixture
def eighteen_days(logins):
    """Rwanda's 18 working days of annual leave a year, as the setting says it."""
    key = "leave.allowance.annual"
    with logins.superuser().begin() as conn:
        conn.execute(text("DELETE FROM system_settings WHERE setting_key = :k"), {"k": key})
        conn.execute(
            text(
                "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                " VALUES (:k, '18', 'number')"
            ),
            {"k": key},
        )
    yield
    with logins.superuser().begin() as conn:
        conn.execute(text("DELETE FROM system_settings WHERE setting_key = :k"), {"k": key})


@pytest.mark.usefixtures("eighteen_days")
def test_the_year_someone_joins_earns_annual_leave_by_the_month(logins):
    """Hired on 2 November 2026: November and December, 1.5 days each of 18 a year."""
    hr = logins.person("hr")
    joiner = logins.person("employee")
    _set(logins, joiner.employee_id, hire_date=dt.date(2026, 11, 2))
    balance = "SELECT * FROM dicel_leave_balance(%s, %s, %s)"
    with hr.psql() as conn:
        assert conn.execute(balance, (joiner.employee_id, "annual", 2026)).fetchone() == (
            Decimal(3),
            0,
            0,
            Decimal(3),
            2,
        )
        assert conn.execute(balance, (joiner.employee_id, "annual", 2027)).fetchone() == (
            Decimal(18),
            0,
            0,
            Decimal(18),
            12,
        )
        # Sick leave is no month's earning: not pro-rated.
        assert conn.execute(balance, (joiner.employee_id, "sick", 2026)).fetchone()[4] is None
    # Hired on the 16th: that month is not counted, 1.5 days for December alone.
    _set(logins, joiner.employee_id, hire_date=dt.date(2026, 11, 16))
    with joiner.psql() as conn:
        row = conn.execute(
            "SELECT allowance, months FROM dicel_leave_balance(dicel_current_employee_id(),"
            " 'annual', 2026)"
        ).fetchone()
    assert row == (Decimal("1.5"), 1)


def past_day(today: dt.date) -> dt.date:
    """A weekday of the last fortnight (a sick day HR records)."""
    day = today - dt.timedelta(days=7)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def _weekdays(start: dt.date, count: int) -> tuple[dt.date, dt.date]:
    """From the first weekday on ``start``, ``count`` calendar weekdays on."""
    while start.weekday() >= 5:
        start += dt.timedelta(days=1)
    end = start
    while count > 1 or end.weekday() >= 5:
        end += dt.timedelta(days=1)
        if end.weekday() < 5:
            count -= 1
    return start, end


def _long(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
