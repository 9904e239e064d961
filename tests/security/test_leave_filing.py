"""Filing leave, as real logins: working days, overlaps, the balance, the past, and the
same rules for a clerk who writes leave_requests with psql instead of the function."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from leave_team import BASE, NEXT_YEAR, make_team, monday_before, week
from logins import open_logins

from dicel_desktop.domain.errors import Conflict, DicelError, InvalidInput, NotAllowed
from dicel_desktop.services import leave


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def refusal(call) -> DicelError:
    with pytest.raises(DicelError) as refused:
        call()
    return refused.value


def sqlstate(conn: psycopg.Connection, statement: str, params=()) -> str | None:
    """Run one statement as that login and roll it back; its SQLSTATE (None: it ran)."""
    try:
        with conn.transaction(force_rollback=True):
            conn.execute(statement, params)
    except psycopg.Error as error:
        return error.sqlstate
    return None


# --------------------------------------------------------------------------- working days


def test_working_days_skip_weekends_and_public_holidays(team):
    # 27 April - 8 May 2026: ten weekdays, Labour Day (Friday 1 May) among them.
    team.holiday(dt.date(2026, 5, 1), "Labour Day")
    team.holiday(dt.date(2026, 5, 2), "A Saturday holiday counts once: never")
    with team.psql(team.clerk) as conn:
        days = conn.execute(
            "SELECT dicel_working_days('2026-04-27', '2026-05-08'),"
            " dicel_working_days('2026-05-02', '2026-05-03'),"
            " dicel_working_days('2026-05-08', '2026-05-04')"
        ).fetchone()
    assert days == (9, 0, 0)


def test_hr_keeps_the_holidays_and_everyone_else_only_reads_them(team):
    # Next year's: a past holiday stays as it is (DW114, migration 0076).
    team.holiday(dt.date(NEXT_YEAR, 12, 25), "Christmas Day")
    insert = f"INSERT INTO holidays (holiday_date, name) VALUES ('{NEXT_YEAR}-12-26', 'Boxing Day')"
    with team.psql(team.clerk) as conn:
        assert conn.execute("SELECT name FROM holidays").fetchall() == [("Christmas Day",)]
        assert sqlstate(conn, insert) == "42501"
        assert sqlstate(conn, "DELETE FROM holidays") == "42501"
    with team.psql(team.hr, autocommit=True) as conn:
        conn.execute(insert)
        conn.execute("UPDATE holidays SET name = 'St Stephen''s Day' WHERE name = 'Boxing Day'")
        conn.execute("DELETE FROM holidays WHERE holiday_date = %s", (dt.date(NEXT_YEAR, 12, 25),))
        assert conn.execute("SELECT name FROM holidays").fetchall() == [("St Stephen's Day",)]


# --------------------------------------------------------------------------- filing


def test_a_request_is_the_callers_own_pending_one_with_its_working_days_counted(team):
    start, end = week(0)
    team.holiday(start + dt.timedelta(days=2), "A midweek holiday")
    request = team.file(team.clerk, (start, end))
    row = team.row(request)
    assert row["employee_id"] == team.clerk.employee_id
    assert (row["status"], row["days_requested"], row["reason"]) == ("pending", 4, "Family visit")
    assert row["approved_by"] is None


def test_a_request_over_days_with_no_working_day_is_refused(team):
    saturday = BASE + dt.timedelta(days=5)
    refused = refusal(lambda: team.file(team.clerk, (saturday, saturday + dt.timedelta(days=1))))
    assert isinstance(refused, InvalidInput) and refused.code == "leave_no_working_day"
    assert refused.message.startswith(f"From {saturday.day} ")
    assert "there is no working day" in refused.message


def test_overlapping_a_pending_or_approved_request_is_refused(team):
    first = team.file(team.clerk, week(0))
    start, end = week(0)
    later = (end, end + dt.timedelta(days=4))
    refused = refusal(lambda: team.file(team.clerk, later))
    assert isinstance(refused, Conflict) and refused.code == "leave_overlaps"
    assert refused.message == (
        f"These dates overlap the annual leave of {start.day}\N{EN DASH}{end.day} "
        f"{start:%B} {start.year}, which is pending. Choose other dates, or cancel that "
        "request first."
    )
    # Once cancelled, those days are free again; another employee's leave never blocks.
    with team.clerk.session() as session:
        leave.cancel_leave(session, first)
    team.file(team.clerk, later)
    team.file(team.mate, week(0))


def test_a_request_over_the_remaining_balance_is_refused_with_the_figures(team):
    team.file(team.clerk, week(0, days=10))  # 10 of 18, pending
    refused = refusal(lambda: team.file(team.clerk, week(3, days=10)))
    assert refused.code == "leave_over_balance"
    assert refused.message == (
        "This request needs 10 working days, but annual leave has only 8 days left for "
        f"{NEXT_YEAR} (18 a year: 0 taken, 10 waiting for a decision). Ask for fewer days."
    )
    team.file(team.clerk, week(3, days=8))  # exactly what is left
    with team.clerk.session() as session:
        left = leave.balance(session, team.clerk.employee_id, "annual", NEXT_YEAR)
    assert (left.allowance, left.taken, left.pending, left.remaining) == (18, 0, 18, 0)


def test_a_type_without_an_allowance_is_not_limited(team):
    team.file(team.clerk, week(0, days=30), leave_type="unpaid")
    with team.clerk.session() as session:
        unpaid = leave.balance(session, team.clerk.employee_id, "unpaid", NEXT_YEAR)
    assert not unpaid.limited and unpaid.remaining is None and unpaid.pending == 30


def test_a_leave_counts_each_day_in_the_year_it_falls_in(team):
    team.file(team.clerk, week(0, days=18))
    # Next year's allowance is whole: a leave from 28 December of that year into the
    # year after counts its days of each year there (migration 0156; each day in the
    # year it starts before).
    late = dt.date(NEXT_YEAR + 1, 12, 28)
    team.file(team.clerk, (late, late + dt.timedelta(days=12)))
    first = sum(1 for n in range(4) if (late + dt.timedelta(days=n)).weekday() < 5)
    with team.clerk.session() as session:
        later = leave.balance(session, team.clerk.employee_id, "annual", NEXT_YEAR + 1)
        following = leave.balance(session, team.clerk.employee_id, "annual", NEXT_YEAR + 2)
    assert (later.pending, following.pending) == (first, 9 - first)


def test_a_request_may_start_only_as_far_back_as_hr_allows(team):
    refused = refusal(lambda: team.file(team.clerk, (monday_before(35), monday_before(35))))
    assert refused.code == "leave_too_far_in_past"
    earliest = dt.date.today() - dt.timedelta(days=30)
    assert refused.message == (
        f"Leave may start at most 30 days before today, so on {earliest.day} "
        f"{earliest:%B %Y} at the earliest. Choose a later start date."
    )
    sick_day = monday_before(20)
    team.file(team.clerk, (sick_day, sick_day), leave_type="sick")
    team.setting("leave.max_days_in_past", "45")
    team.file(team.clerk, (monday_before(35), monday_before(35)))


def test_someone_without_an_employee_record_cannot_file(team):
    refused = refusal(lambda: team.file(team.nobody, week(0)))
    assert isinstance(refused, NotAllowed) and refused.code == "leave_no_employee_record"


def test_a_type_that_does_not_exist_is_refused_in_words(team):
    refused = refusal(lambda: team.file(team.clerk, week(0), leave_type="holiday"))
    assert refused.code == "leave_type_unknown"
    assert refused.message.startswith("“holiday” is not a type of leave. Choose one of: annual,")


# --------------------------------------------------------------------------- psql


INSERT = (
    "INSERT INTO leave_requests (leave_type, start_date, end_date) VALUES (%s, %s, %s)"
    " RETURNING id, days_requested, employee_id"
)


def test_psql_files_with_the_same_rules_and_cannot_type_the_days(team):
    start, end = week(0)
    with team.psql(team.clerk, autocommit=True) as conn:
        typed = "INSERT INTO leave_requests (leave_type, start_date, end_date, days_requested)"
        assert sqlstate(conn, typed + " VALUES ('annual', %s, %s, 1)", (start, end)) == "42501"
        _id, days, employee = conn.execute(INSERT, ("annual", start, end)).fetchone()
        assert (days, employee) == (5, team.clerk.employee_id)
        assert sqlstate(conn, INSERT, ("sick", end, end)) == "DW104"
        assert sqlstate(conn, INSERT, ("annual", *week(2, days=14))) == "DW105"
        old = monday_before(40)
        assert sqlstate(conn, INSERT, ("sick", old, old)) == "DW107"
        saturday = start + dt.timedelta(days=5)
        assert sqlstate(conn, INSERT, ("annual", saturday, saturday)) == "DW103"


def test_psql_edits_of_a_pending_request_are_checked_and_recounted(team):
    mine = team.file(team.clerk, week(0))
    team.file(team.clerk, week(5))
    with team.psql(team.clerk, autocommit=True) as conn:
        extend = "UPDATE leave_requests SET end_date = %s WHERE id = %s"
        assert sqlstate(conn, extend, (week(5)[0], mine)) == "DW104"
        assert sqlstate(conn, extend, (week(0, days=14)[1], mine)) == "DW105"  # 14 + 5 > 18
        conn.execute(extend, (week(0, days=3)[1], mine))
        for column in ("status", "approved_by", "approved_date", "days_requested"):
            assert sqlstate(conn, f"UPDATE leave_requests SET {column} = NULL WHERE id = %s",
                            (mine,)) == "42501", column  # fmt: skip
    assert team.row(mine)["days_requested"] == 3


def test_hr_filing_for_an_employee_follows_the_same_rules(team):
    team.file(team.clerk, week(0))
    with team.psql(team.hr, autocommit=True) as conn:
        insert = (
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date)"
            " VALUES (%s, 'annual', %s, %s) RETURNING days_requested"
        )
        assert sqlstate(conn, insert, (team.clerk.employee_id, *week(0))) == "DW104"
        assert sqlstate(conn, insert, (team.clerk.employee_id, *week(2, days=14))) == "DW105"
        assert conn.execute(insert, (team.clerk.employee_id, *week(2, days=13))).fetchone() == (13,)


def test_a_repeatable_read_transaction_cannot_file_around_the_rules(team):
    with team.psql(team.clerk) as conn:
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        with pytest.raises(psycopg.Error) as refused:
            conn.execute(INSERT, ("annual", *week(0)))
    assert refused.value.sqlstate == "DW112"
    with team.psql(team.clerk) as conn:
        conn.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
        conn.execute(INSERT, ("annual", *week(0)))
        conn.commit()
