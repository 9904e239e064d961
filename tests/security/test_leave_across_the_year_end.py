"""A leave across the year end counts each working day in the year it falls in
(migration 0156, yearsplit42): its balance in each year, filing and approval held to
every year's allowance, a cancellation giving both back, as real logins and with psql."""

from __future__ import annotations

import datetime as dt
import json

import psycopg
import pytest
from leave_team import (
    ACROSS_END,
    ACROSS_START,
    BASE,
    IN_FIRST,
    IN_LATER,
    LATER,
    NEXT_YEAR,
    year_end_team,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import leave, records

START, END = ACROSS_START, ACROSS_END
#: The request's working days in all.
WHOLE = IN_FIRST + IN_LATER


@pytest.fixture
def team(db_dsn):
    yield from year_end_team(db_dsn)


def refusal(call) -> DicelError:
    with pytest.raises(DicelError) as refused:
        call()
    return refused.value


def balances(team, person=None) -> tuple[tuple[int, int], tuple[int, int]]:
    """(taken, pending) of the clerk's annual leave in NEXT_YEAR and the year after."""
    with (person or team.clerk).session() as session:
        first = leave.balance(session, team.clerk.employee_id, "annual", NEXT_YEAR)
        later = leave.balance(session, team.clerk.employee_id, "annual", LATER)
    return (first.taken, first.pending), (later.taken, later.pending)


def later_weeks(days: int) -> tuple[dt.date, dt.date]:
    """A leave of ``days`` weekdays in March of the later year (no holiday there)."""
    start = end = BASE + dt.timedelta(weeks=52)
    for _ in range(days - 1):
        end += dt.timedelta(days=3 if end.weekday() == 4 else 1)
    assert start.year == end.year == LATER
    return start, end


def test_the_demo_calendars_leave_across_2026_counts_4_days_then_5(team):
    # HR's example (people40 #8): Mon 28 December 2026 to Fri 8 January 2027, with
    # Rwanda's 1 and 2 January holidays (the 2nd a Saturday).
    team.holiday(dt.date(2027, 1, 1), "New Year's Day")
    team.holiday(dt.date(2027, 1, 2), "Day after New Year's Day")
    with team.psql(team.clerk) as conn:
        counted = conn.execute(
            "SELECT dicel_leave_days_in_year('2026-12-28', '2027-01-08', 2026),"
            " dicel_leave_days_in_year('2026-12-28', '2027-01-08', 2027),"
            " dicel_leave_days_in_year('2026-12-28', '2027-01-08', 2028),"
            " dicel_working_days('2026-12-28', '2027-01-08')"
        ).fetchone()
    assert counted == (4, 5, 0, 9)


def test_each_working_day_counts_in_the_year_it_falls_in(team):
    request = team.file(team.clerk, (START, END))
    assert team.row(request)["days_requested"] == WHOLE  # the whole count stays
    assert IN_FIRST and IN_LATER  # both years hold some of it
    assert balances(team) == ((0, IN_FIRST), (0, IN_LATER))
    # Their supervisor and HR read the same; "Days left" of each year says what is left.
    assert balances(team, team.boss) == balances(team, team.hr)
    with team.psql(team.hr) as conn:
        left = conn.execute(
            "SELECT dicel_leave_days_left(%s, 'annual', %s), dicel_leave_days_left(%s,"
            " 'annual', %s)",
            (team.clerk.employee_id, NEXT_YEAR, team.clerk.employee_id, LATER),
        ).fetchone()
    assert left == (18 - IN_FIRST, 18 - IN_LATER)


def test_filing_is_refused_by_the_second_years_allowance_naming_that_year(team):
    team.file(team.clerk, later_weeks(16))  # 16 of the later year's 18 waiting
    refused = refusal(lambda: team.file(team.clerk, (START, END)))
    assert refused.code == "leave_over_balance_in_year"
    assert refused.message == (
        f"This request needs {IN_LATER} working days in {LATER} (of its {WHOLE} working"
        f" days), but annual leave has only 2 days left for {LATER} (18 a year: 0 taken, 16"
        f" waiting for a decision). Ask for fewer days in {LATER}."
    )
    # NEXT_YEAR alone had room: under the start year's rule this was filed.
    assert balances(team) == ((0, 0), (0, 16))
    # What fits the later year is filed: the last days of NEXT_YEAR and two of the next.
    team.file(team.clerk, (START, dt.date(LATER, 1, 4)))


def test_approval_is_refused_by_the_second_year_once_its_allowance_changed(team):
    request = team.file(team.clerk, (START, END))
    team.setting("leave.allowance.annual", str(IN_LATER - 1))
    assert IN_FIRST <= IN_LATER - 1  # the first year still has room
    with team.boss.session() as session:
        refused = refusal(lambda: leave.decide_leave(session, request, True))
    assert refused.code == "leave_approval_over_balance"
    assert refused.message == (
        f"Approving this request would bring the annual leave taken in {LATER} to"
        f" {IN_LATER} working days, over the allowance of {IN_LATER - 1} (0 already"
        " taken). Reject it, or ask for a shorter request."
    )
    assert team.row(request)["status"] == "pending"
    team.setting("leave.allowance.annual", "18")
    with team.boss.session() as session:
        leave.decide_leave(session, request, True)
    assert balances(team) == ((IN_FIRST, 0), (IN_LATER, 0))


def test_cancelling_gives_both_years_their_days_back(team):
    request = team.file(team.clerk, (START, END))
    with team.boss.session() as session:
        leave.decide_leave(session, request, True)
    assert balances(team) == ((IN_FIRST, 0), (IN_LATER, 0))
    with team.clerk.session() as session:
        leave.cancel_leave(session, request)
    assert balances(team) == ((0, 0), (0, 0))


def test_a_psql_caller_is_held_to_each_years_allowance(team):
    team.file(team.clerk, later_weeks(16))
    with team.psql(team.clerk) as conn:
        for statement, params in (
            ("SELECT dicel_request_leave('annual', %s, %s, 'New year')", (START, END)),
            (
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date)"
                " VALUES (%s, 'annual', %s, %s)",
                (team.clerk.employee_id, START, END),
            ),
        ):
            with pytest.raises(psycopg.Error) as refused, conn.transaction():
                conn.execute(statement, params)
            assert refused.value.sqlstate == "DW105"
            detail = json.loads(refused.value.diag.message_detail)
            assert (detail["year"], detail["days"], detail["whole"]) == (LATER, IN_LATER, WHOLE)
            assert detail["remaining"] == 2


def test_a_holiday_removed_is_refused_naming_the_year_it_takes_over(team):
    extra = dt.date(LATER, 1, 4)  # a weekday of the later year inside the leave
    assert extra.weekday() < 5
    team.holiday(extra, "A holiday HR would remove")
    request = team.file(team.clerk, (START, END))  # IN_LATER - 1 days in the later year
    other = team.file(team.clerk, later_weeks(18 - (IN_LATER - 1)))  # the rest of it
    with team.boss.session() as session:
        leave.decide_leave(session, request, True)
        leave.decide_leave(session, other, True)
    with team.psql(team.hr) as conn:
        with pytest.raises(psycopg.Error) as refused, conn.transaction():
            conn.execute("DELETE FROM holidays WHERE holiday_date = %s", (extra,))
        assert refused.value.sqlstate == "DW115"
        detail = json.loads(refused.value.diag.message_detail)
        assert (detail["year"], detail["days"], detail["taken"]) == (
            LATER,
            IN_LATER,
            18 - (IN_LATER - 1),
        )
    # The window's sentence names the year whose allowance it would pass.
    with team.su() as conn:
        holiday, version = conn.execute(
            "SELECT id, updated_at FROM holidays WHERE holiday_date = %s", (extra,)
        ).fetchone()
    with team.hr.session() as session:
        refused = refusal(
            lambda: records.delete_record(session, "holidays", "hr", holiday, version)
        )
    assert refused.code == "holiday_takes_leave_over_allowance"
    assert f"would bring their annual leave in {LATER} to 19 working days" in refused.message
    assert "over that year's allowance of 18." in refused.message
