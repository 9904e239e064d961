"""What a psql review found (psql31), closed by migration 0107, as real logins with the
psql a clerk would use and the services the window calls.

* HR enrolled people in a cancelled programme, in one completed before they were hired,
  and in none, and completed each with a grade (DW440-DW442, DW419's trigger).
* A started shift was given to another guard and completed for them; a shift with no
  guard was started and completed; a patrol changed guard and start (the locks, DW443).
* A recovery case was marked recovered with no start date, on -infinity; its start date
  moved after (DW443, DW427, the lock).
* About twenty typed date columns took infinity, 294000 and 4713 BC (DW427, DW445).
* The pay day took 24.5; a payment method of five million characters met a bare 22001.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa
from finance_data import account, client, invoice
from flow_steps import insert_row, row_of
from flow_steps import raised as _raised
from flow_steps import shift as _shift
from logins import Logins, Person
from sqlalchemy import text

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.db.models import Base
from dicel_desktop.domain import setting_bounds
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.column_rules import editable_columns, new_row_columns
from dicel_desktop.domain.entry_rules import (
    CALENDAR_DATES,
    FIRST_YEAR,
    FORM_REQUIRED,
    LAST_YEAR,
    OFFERED_STATES,
)
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, invoicing, lookup
from dicel_desktop.services.db_errors import explain
from dicel_desktop.services.forms import form_spec, validate

REVISION = earlier_revision(
    "0107_an_enrolment_in_a_programme_a_shift_its_guards_a_case_its_start_and_dates_of_the_calendar"
)

ENROL = (
    "INSERT INTO training_enrollments (training_program_id, employee_id, grade)"
    " VALUES (%s, %s, 'A') RETURNING id"
)


def _done(person: Person, statement: str, *params):
    with person.engine.begin() as conn:
        result = conn.exec_driver_sql(statement, params)
        return result.scalar() if result.returns_rows else None


# --------------------------------------------------------------------------- F1


@pytest.fixture
def hr(logins: Logins):
    """Aline keeps HR; Josiane (hired 15 January 2024) is enrolled."""
    aline = logins.person(Role.HR, first_name="Aline", last_name="Uwase")
    josiane = logins.person(Role.EMPLOYEE, first_name="Josiane", last_name="Murekatete")
    return aline, josiane


def _programme(aline: Person, title: str, *steps: str, **dates: dt.date) -> uuid.UUID:
    program = insert_row(aline, "training_programs", title=title, **dates)
    for step in steps:
        aline.call(cases.take_step, "training_programs", step, program)
    return program


def test_nobody_is_enrolled_in_a_programme_cancelled_or_over(logins, hr):
    aline, josiane = hr
    past = {"start_date": dt.date(2025, 12, 1), "end_date": dt.date(2025, 12, 26)}
    cancelled = _programme(aline, "Anti-money laundering basics", "cancel")
    completed = _programme(aline, "Fire safety and evacuation", "start", "complete", **past)
    for program, said in (
        (
            cancelled,
            "The training “Anti-money laundering basics” is cancelled: nobody is enrolled in "
            "it any more, and no enrolment in it is started or completed.",
        ),
        (completed, OVER.format(program="Fire safety and evacuation")),
    ):
        refused = _raised(aline, ENROL, program, josiane.employee_id)
        assert refused.orig.sqlstate == "DW441", said
        assert refused.orig.diag.column_name == "training_program_id"
        assert explain(refused).message == said
    # Nor in none (the form asks for it).
    refused = _raised(aline, ENROL, None, josiane.employee_id)
    assert refused.orig.sqlstate == "DW440"
    assert explain(refused).message == "Training program is required."
    assert ("training_enrollments", "training_program_id") in FORM_REQUIRED
    # The picker offers neither: only programmes still to take place or taking place.
    open_one = _programme(aline, "First aid", "start", start_date=dt.date(2026, 1, 5))
    scheduled = _programme(aline, "First aid, second group")
    offered = OFFERED_STATES[("training_enrollments", "training_program_id")]
    found = aline.call(lookup.search_references, "training_programs", "", only=offered)
    assert {ident for ident, _name in found.items} == {open_one, scheduled}
    everything = aline.call(lookup.search_references, "training_programs", "")
    assert {cancelled, completed} <= {ident for ident, _name in everything.items}
    # In a programme that takes place: enrolled, started, completed.
    enrolled = _done(aline, ENROL, open_one, josiane.employee_id)
    assert aline.call(cases.what_stops_step, "training_enrollments", "complete", enrolled) is None
    aline.call(cases.take_step, "training_enrollments", "complete", enrolled)
    assert row_of(logins, "training_enrollments", enrolled, "status") == ("completed",)


OVER = (
    "The training “{program}” is completed: nobody is enrolled in it or starts it any more. "
    "Its enrolments still open are marked completed, failed or dropped."
)


def test_an_enrolment_is_still_recorded_once_its_programme_is_over(logins, hr):
    """Code review 31, F1: HR completes a programme, then records each person; 0107
    refused every one of them (DW441). An enrolment of a completed programme, neither
    made nor moved, is completed, failed or dropped (migration 0110); none is made,
    moved or started there, and none is completed in a cancelled one."""
    aline, josiane = hr
    yvonne = logins.person(Role.EMPLOYEE, first_name="Yvonne", last_name="Uwera")
    program = _programme(aline, "First aid", "start", start_date=dt.date(2026, 1, 5))
    by_window, by_psql, started, failed, dropped = (
        _done(aline, ENROL, program, josiane.employee_id) for _ in range(5)
    )
    aline.call(cases.take_step, "training_enrollments", "start", started)
    aline.call(cases.take_step, "training_programs", "complete", program)
    # Completed: through the window (nothing stops Complete…), and by psql.
    for enrolment in (by_window, started):
        stops = aline.call(cases.what_stops_step, "training_enrollments", "complete", enrolment)
        assert stops is None
    aline.call(cases.take_step, "training_enrollments", "complete", by_window)
    _done(aline, "SELECT dicel_complete_training_enrollment(%s)", by_psql)
    _done(aline, "SELECT dicel_complete_training_enrollment(%s)", started)
    aline.call(cases.take_step, "training_enrollments", "fail", failed)
    aline.call(cases.take_step, "training_enrollments", "drop", dropped)
    states = {
        e: row_of(logins, "training_enrollments", e, "status")[0]
        for e in (by_window, by_psql, started, failed, dropped)
    }
    assert states == {
        by_window: "completed",
        by_psql: "completed",
        started: "completed",
        failed: "failed",
        dropped: "dropped",
    }
    # Nobody starts it now, nor is enrolled in it or moved into it.
    said = OVER.format(program="First aid")
    late = _done(aline, ENROL, _programme(aline, "Fire drill"), josiane.employee_id)
    with logins.superuser().begin() as conn:  # enrolled before it was over
        conn.execute(
            text("UPDATE training_enrollments SET training_program_id = :p WHERE id = :e"),
            {"p": program, "e": late},
        )
    stops = aline.call(cases.what_stops_step, "training_enrollments", "start", late)
    assert stops is not None and (stops.code, stops.message) == ("training_over", said)
    refused = _raised(aline, "SELECT dicel_start_training_enrollment(%s)", late)
    assert refused.orig.sqlstate == "DW441"
    assert explain(refused).message == said
    assert _raised(aline, ENROL, program, yvonne.employee_id).orig.sqlstate == "DW441"
    elsewhere = _done(aline, ENROL, _programme(aline, "Fire drill 2"), yvonne.employee_id)
    for column, value, enrolment in (
        ("employee_id", yvonne.employee_id, late),
        ("training_program_id", program, elsewhere),
    ):
        statement = f"UPDATE training_enrollments SET {column} = %s WHERE id = %s"
        assert _raised(aline, statement, value, enrolment).orig.sqlstate == "DW441", column
    # A cancelled programme records nobody as having taken it.
    other = _programme(aline, "Defensive driving", "start", start_date=dt.date(2026, 1, 5))
    kept = _done(aline, ENROL, other, josiane.employee_id)
    aline.call(cases.take_step, "training_programs", "cancel", other)
    said = (
        "The training “Defensive driving” is cancelled: nobody is enrolled in it any more, "
        "and no enrolment in it is started or completed."
    )
    stops = aline.call(cases.what_stops_step, "training_enrollments", "complete", kept)
    assert stops is not None and (stops.code, stops.message) == ("training_closed", said)
    refused = aline.refused(cases.take_step, "training_enrollments", "complete", kept)
    assert (refused.code, refused.message) == ("training_closed", said)
    aline.call(cases.take_step, "training_enrollments", "drop", kept)


def test_an_enrolment_is_of_someone_employed_while_the_programme_runs(logins, hr):
    aline, josiane = hr
    # Ran in 2023, Josiane was hired on 15 January 2024.
    before = _programme(
        aline,
        "Induction 2023",
        "start",
        start_date=dt.date(2023, 1, 9),
        end_date=dt.date(2023, 12, 15),
    )
    refused = _raised(aline, ENROL, before, josiane.employee_id)
    assert refused.orig.sqlstate == "DW442"
    assert refused.orig.diag.column_name == "employee_id"
    assert explain(refused).message == (
        "Josiane Murekatete was hired on 2024-01-15, after the training “Induction 2023” "
        "ended on 2023-12-15: they cannot be enrolled in it."
    )
    # A leaver, before a programme that starts after they left.
    later = _programme(aline, "Leadership", start_date=dt.date(2030, 3, 4))
    enrolled = _done(aline, ENROL, later, josiane.employee_id)
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE employees SET termination_date = '2030-02-28' WHERE id = :id"),
            {"id": josiane.employee_id},
        )
    refused = _raised(aline, ENROL, later, josiane.employee_id)
    assert refused.orig.sqlstate == "DW442"
    assert explain(refused).message == (
        "Josiane Murekatete left on 2030-02-28, before the training “Leadership” started "
        "on 2030-03-04: they cannot be enrolled in it."
    )
    # An enrolment made before she left stays; moved to someone else it is asked again.
    _done(aline, "UPDATE training_enrollments SET grade = 'B' WHERE id = %s", enrolled)


# --------------------------------------------------------------------------- F2

SHIFTS = "security_assignments"


@pytest.fixture
def security(logins: Logins):
    """Patrick keeps security; Yvonne and Eric are guards."""
    patrick = logins.person(Role.SECURITY, first_name="Patrick", last_name="Habimana")
    guards = []
    for first, licence in (("Yvonne", "0007"), ("Eric", "0008")):
        person = logins.person(Role.EMPLOYEE, first_name=first, last_name="Guard")
        guards.append(
            insert_row(
                patrick,
                "security_guards",
                user_id=person.user_id,
                license_number=f"RNP/PSL/2025/{licence}",
                license_expiry=dt.date(2028, 3, 1),
            )
        )
    return patrick, guards


def test_a_started_shift_stays_its_guards_and_its_end_is_corrected(logins, security):
    patrick, (yvonne, eric) = security
    begun = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=2)
    shift = _shift(patrick, yvonne, begun)
    # Scheduled, it is still planned: given to another guard, moved.
    _done(patrick, "UPDATE security_assignments SET guard_id = %s WHERE id = %s", eric, shift)
    _done(patrick, "UPDATE security_assignments SET guard_id = %s WHERE id = %s", yvonne, shift)
    patrick.call(cases.take_step, SHIFTS, "start", shift)
    for column, value in (
        ("guard_id", eric),
        ("shift_start", dt.datetime(2027, 6, 1, 8, tzinfo=dt.UTC)),
    ):
        refused = _raised(
            patrick, f"UPDATE security_assignments SET {column} = %s WHERE id = %s", value, shift
        )
        assert refused.orig.sqlstate == "DL001", column
        assert refused.orig.diag.column_name == column
        assert explain(refused).message.startswith("This assignment is in progress, so its")
    # A guard who left early: the end is corrected, then the shift completed.
    early = begun + dt.timedelta(hours=1)
    _done(patrick, "UPDATE security_assignments SET shift_end = %s WHERE id = %s", early, shift)
    patrick.call(cases.take_step, SHIFTS, "complete", shift)
    assert row_of(logins, SHIFTS, shift, "status", "guard_id", "shift_end") == (
        "completed",
        yvonne,
        early,
    )


def test_the_guard_picker_offers_the_guards_a_shift_may_be_given(logins, security):
    """A shift or patrol is written for no guard suspended or inactive (DW417, DW418); the
    picker offered every guard (psq31's note)."""
    from dicel_desktop.domain.guard_duty import GUARD_OFF_DUTY
    from dicel_desktop.domain.states import GuardStatus

    patrick, (yvonne, eric) = security
    with logins.superuser().begin() as conn:  # as Suspend… leaves it
        conn.execute(
            text("UPDATE security_guards SET status = 'suspended' WHERE id = :g"), {"g": eric}
        )
    for table in ("security_assignments", "patrol_logs"):
        column, offered = OFFERED_STATES[(table, "guard_id")]
        assert column == "status"
        # Every state but those the database refuses, from the one list it froze.
        assert set(offered) == {s.value for s in GuardStatus} - set(GUARD_OFF_DUTY)
        found = patrick.call(
            lookup.search_references, "security_guards", "", only=(column, offered)
        )
        ids = {ident for ident, _name in found.items}
        assert yvonne in ids and eric not in ids, table
        refused = _raised(
            patrick,
            "INSERT INTO security_assignments (guard_id, location, shift_start, shift_end)"
            " VALUES (%s, 'Main gate', now() + interval '1 day', now() + interval '2 days')",
            eric,
        )
        assert refused.orig.sqlstate == "DW417"


def test_a_shift_without_a_guard_is_neither_started_nor_completed(logins, security):
    patrick, (yvonne, _eric) = security
    begun = dt.datetime.now(dt.UTC) - dt.timedelta(hours=10)
    nobodys = _shift(patrick, None, begun)
    for action, done in (("start", "started"), ("complete", "completed")):
        said = (
            "This assignment has no guard: fill in its guard and save it first, then it can "
            f"be {done}."
        )
        stops = patrick.call(cases.what_stops_step, SHIFTS, action, nobodys)
        assert stops is not None and (stops.code, stops.message) == ("case_field_missing", said)
        refused = patrick.refused(cases.take_step, SHIFTS, action, nobodys)
        assert (refused.code, refused.message) == ("case_field_missing", said)
        refused = _raised(patrick, f"SELECT dicel_{action}_security_assignment(%s)", nobodys)
        assert refused.orig.sqlstate == "DW443"
        assert refused.orig.diag.column_name == "guard_id"
    assert row_of(logins, SHIFTS, nobodys, "status") == ("scheduled",)
    # Planned without one, it is still cancelled (before its end, migration 0105); given
    # one, it is started.
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    patrick.call(cases.take_step, SHIFTS, "cancel", _shift(patrick, None, ahead))
    _done(patrick, "UPDATE security_assignments SET guard_id = %s WHERE id = %s", yvonne, nobodys)
    assert patrick.call(cases.what_stops_step, SHIFTS, "start", nobodys) is None
    patrick.call(cases.take_step, SHIFTS, "start", nobodys)


def test_a_patrol_keeps_its_guard_and_route_and_its_start_is_corrected(logins, security):
    patrick, (yvonne, eric) = security
    route = insert_row(patrick, "patrol_routes", route_name="Perimeter")
    other = insert_row(patrick, "patrol_routes", route_name="Car park")
    patrol = insert_row(
        patrick,
        "patrol_logs",
        guard_id=yvonne,
        route_id=route,
        start_time=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2),
    )
    for column, value in (("guard_id", eric), ("route_id", other)):
        refused = _raised(
            patrick, f"UPDATE patrol_logs SET {column} = %s WHERE id = %s", value, patrol
        )
        assert refused.orig.sqlstate == "DL001", column
    _done(patrick, "UPDATE patrol_logs SET notes = 'Gate B open' WHERE id = %s", patrol)
    # A start typed wrong is corrected (DW407 asks for it of one typed ahead).
    corrected = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=3)
    _done(patrick, "UPDATE patrol_logs SET start_time = %s WHERE id = %s", corrected, patrol)
    assert row_of(logins, "patrol_logs", patrol, "start_time") == (corrected,)
    patrick.call(cases.take_step, "patrol_logs", "complete", patrol)
    assert row_of(logins, "patrol_logs", patrol, "status", "guard_id") == ("completed", yvonne)


# --------------------------------------------------------------------------- F3

CASES = "recovery_cases"
RECOVER = "SELECT dicel_recover_recovery_case(%s, 'all paid', 1000, %s)"


def test_a_case_is_settled_on_a_start_it_keeps(logins):
    innocent = logins.person(Role.RECOVERY, first_name="Innocent", last_name="Bizimana")
    case = _done(
        innocent,
        "INSERT INTO recovery_cases (case_type, description, amount_involved)"
        " VALUES ('Debt', 'Unpaid guarding, March', 2010000) RETURNING id",
    )
    (start,) = row_of(logins, CASES, case, "start_date")
    # -infinity is no start (DW427); emptied, the case is not settled on any day.
    refused = _raised(
        innocent, "UPDATE recovery_cases SET start_date = '-infinity' WHERE id = %s", case
    )
    assert refused.orig.sqlstate == "DW427"
    _done(innocent, "UPDATE recovery_cases SET start_date = NULL WHERE id = %s", case)
    said = (
        "This recovery case has no start date: fill in its start date and save it first, "
        "then it can be marked recovered."
    )
    stops = innocent.call(cases.what_stops_step, CASES, "recover", case)
    assert stops is not None and (stops.code, stops.message) == ("case_field_missing", said)
    for day in ("-infinity", dt.date.today()):
        refused = _raised(innocent, RECOVER, case, day)
        assert refused.orig.sqlstate == "DW443", day
        assert explain(refused).message == said
    # Given back, the day settled is of the calendar, and the start stays once settled.
    _done(innocent, "UPDATE recovery_cases SET start_date = %s WHERE id = %s", start, case)
    _done(innocent, RECOVER, case, start)
    refused = _raised(
        innocent, "UPDATE recovery_cases SET start_date = '2020-01-01' WHERE id = %s", case
    )
    assert refused.orig.sqlstate == "DL001"
    assert refused.orig.diag.column_name == "start_date"
    assert row_of(logins, CASES, case, "status", "start_date", "actual_completion_date") == (
        "recovered",
        start,
        start,
    )


def test_a_case_is_marked_recovered_with_its_amount_involved(logins):
    """psql31b F2: with no amount involved, the amount recovered had no ceiling (DW436)
    and a case was marked recovered for trillions (migration 0109, DW443)."""
    innocent = logins.person(Role.RECOVERY, first_name="Innocent", last_name="Bizimana")
    case = _done(
        innocent,
        "INSERT INTO recovery_cases (case_type, description, start_date)"
        " VALUES ('Debt', 'Unpaid guarding, April', current_date - 30) RETURNING id",
    )
    said = (
        "This recovery case has no amount involved: fill in its amount involved and save it "
        "first, then it can be marked recovered."
    )
    stops = innocent.call(cases.what_stops_step, CASES, "recover", case)
    assert stops is not None and (stops.code, stops.message) == ("case_field_missing", said)
    refused = _raised(
        innocent,
        "SELECT dicel_recover_recovery_case(%s, 'all paid', 9999999999999, current_date)",
        case,
    )
    assert refused.orig.sqlstate == "DW443"
    assert explain(refused).message == said
    # Given, it is the ceiling again.
    _done(innocent, "UPDATE recovery_cases SET amount_involved = 500000 WHERE id = %s", case)
    assert innocent.call(cases.what_stops_step, CASES, "recover", case) is None
    _done(innocent, RECOVER, case, dt.date.today())
    assert row_of(logins, CASES, case, "status", "amount_recovered") == (
        "recovered",
        Decimal("1000.00"),
    )


def test_an_ended_shifts_end_is_corrected_within_the_past(logins, security):
    """psql31b F1: moving an ended shift's end past now made it cancellable again (DW432)
    and a worked shift became "cancelled", which is final (migration 0109, DW433)."""
    patrick, (yvonne, _eric) = security
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    ended = _shift(patrick, yvonne, now - dt.timedelta(hours=10))  # ended 2 hours ago
    refused = _raised(
        patrick,
        "UPDATE security_assignments SET shift_end = %s WHERE id = %s",
        now + dt.timedelta(hours=1),
        ended,
    )
    assert refused.orig.sqlstate == "DW433"
    assert refused.orig.diag.column_name == "shift_end"
    assert explain(refused).message.startswith("This shift ended on ")
    assert "its end can be corrected, but not to a moment after now (" in explain(refused).message
    # Corrected within the past: earlier (left early) or later (stayed on).
    for end in (now - dt.timedelta(hours=3), now - dt.timedelta(minutes=30)):
        _done(patrick, "UPDATE security_assignments SET shift_end = %s WHERE id = %s", end, ended)
        assert row_of(logins, SHIFTS, ended, "shift_end") == (end,)
    assert patrick.refused(cases.take_step, SHIFTS, "cancel", ended).code == "shift_ended"
    # A shift not yet ended moves freely.
    ahead = _shift(patrick, yvonne, now + dt.timedelta(days=1))
    later = now + dt.timedelta(days=1, hours=10)
    _done(patrick, "UPDATE security_assignments SET shift_end = %s WHERE id = %s", later, ahead)
    assert row_of(logins, SHIFTS, ahead, "shift_end") == (later,)


# --------------------------------------------------------------------------- F4


def test_the_calendar_dates_are_every_date_a_person_types():
    """One list: the window's (``entry_rules``), 0107's triggers, and the schema's date and
    timestamp columns some role types (or a step asks of the person)."""
    typed = set()
    for table in Base.metadata.sorted_tables:
        columns = [c.name for c in table.columns]
        written = set(editable_columns(table.name, columns)) | set(
            new_row_columns(table.name, columns)
        )
        typed |= {
            (table.name, c.name)
            for c in table.columns
            if isinstance(c.type, sa.Date | sa.DateTime) and c.name in written
        }
    asked = {(f.table, c) for f in FLOWS.values() for s in f.steps for c in s.asked_dates}
    assert set(CALENDAR_DATES) == typed | asked
    assert len(CALENDAR_DATES) == len(set(CALENDAR_DATES))
    frozen = {(t, c) for t, columns in REVISION.CALENDAR.items() for c in columns}
    assert frozen == set(CALENDAR_DATES)
    assert (REVISION.FIRST_YEAR, REVISION.LAST_YEAR) == (FIRST_YEAR, LAST_YEAR)


@pytest.fixture
def in_kigali(monkeypatch):
    """The reader's zone is Kigali's (UTC+2), whatever the machine's: a moment is said in
    it."""
    monkeypatch.setenv("TZ", "Africa/Kigali")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_date_outside_the_calendar_or_its_years_is_refused(logins, security, in_kigali):
    patrick, (yvonne, _eric) = security
    jean = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    for value in ("infinity", "-infinity"):
        refused = _raised(
            jean, "UPDATE security_guards SET license_expiry = %s WHERE id = %s", value, yvonne
        )
        assert refused.orig.sqlstate == "DW427", value
        assert explain(refused).message == (
            f"Licence expiry must be a date of the calendar, not {value}."
        )
    shift = (
        "INSERT INTO security_assignments (guard_id, location, shift_start, shift_end)"
        " VALUES (%s, 'Nowhere', %s, %s) RETURNING id"
    )
    for start, end in (
        ("294000-01-01 08:00+00", "294000-01-01 16:00+00"),
        ("4713-01-01 08:00+00 BC", "4713-01-01 16:00+00 BC"),
        ("1899-12-30 08:00+00", "1899-12-30 16:00+00"),
    ):
        refused = _raised(patrick, shift, yvonne, start, end)
        assert refused.orig.sqlstate == "DW445", start
        assert refused.orig.diag.column_name == "shift_start"
        said = explain(refused).message
        assert said.startswith("Shift start must fall in the years 1900 to 2200, not "), said
    clerk = logins.person(Role.EMPLOYEE)
    refused = _raised(
        jean, "UPDATE employees SET hire_date = '2201-01-01' WHERE id = %s", clerk.employee_id
    )
    assert refused.orig.sqlstate == "DW445"
    # A day as a day, a moment as the reader's day and time, not the database's UTC text
    # (code review 31, F5: "not 3000-01-01 00:00:00+00").
    assert explain(refused).message == (
        "Hire date must fall in the years 1900 to 2200, not 2201-01-01."
    )
    refused = _raised(patrick, shift, yvonne, "3000-01-01 00:00+00", "3000-01-01 08:00+00")
    assert explain(refused).message == (
        "Shift start must fall in the years 1900 to 2200, not 3000-01-01 02:00."
    )
    # The first and last years are taken; a stored date is not asked while it stays.
    first = dt.datetime(1900, 1, 1, 12, tzinfo=dt.UTC)
    kept = _done(patrick, shift, yvonne, first, first + dt.timedelta(hours=8))
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE security_assignments SET shift_end = 'infinity' WHERE id = :id"),
            {"id": kept},
        )
    _done(patrick, "UPDATE security_assignments SET location = 'Gate B' WHERE id = %s", kept)
    _done(jean, "UPDATE security_guards SET license_expiry = '2200-12-31' WHERE id = %s", yvonne)
    # The form says it beside the field before sending.
    spec = form_spec(SHIFTS, Role.SECURITY)
    far = dt.datetime(2999, 1, 1, 8, tzinfo=dt.UTC)
    errors = validate(spec, {"shift_start": far, "shift_end": far}, new=True)
    assert errors["shift_start"].message == (
        "Shift start must fall in the years 1900 to 2200, not 2999-01-01 10:00."
    )
    ok = dt.datetime(2026, 12, 6, 8, tzinfo=dt.UTC)
    assert "shift_start" not in validate(spec, {"shift_start": ok}, new=True)


# --------------------------------------------------------------------------- spans


def test_a_shift_or_a_patrol_lasts_at_most_a_day(logins, security, in_kigali):
    """psql31b's note: each moment was bounded to the years (DW445), not the span. As
    patrick.habimana, a patrol begun on 1900-01-02 was completed "1900-01-02 ->
    today", and a started shift's end was moved to 2200. A shift or patrol lasts at most
    24 hours (DW446, migration 0111): refused in words, by psql, by the step, and by the
    form before sending; nothing is stored."""
    patrick, (yvonne, _eric) = security
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    route = insert_row(patrick, "patrol_routes", route_name="Perimeter")
    patrol = insert_row(
        patrick,
        "patrol_logs",
        guard_id=yvonne,
        route_id=route,
        start_time=now - dt.timedelta(hours=1),
    )
    # Its start typed as 1900-01-02 (an open patrol has no end yet: no span to ask),
    # then completed now: the step says it.
    old = dt.datetime(1900, 1, 2, tzinfo=dt.UTC)
    _done(patrick, "UPDATE patrol_logs SET start_time = %s WHERE id = %s", old, patrol)
    refused = _raised(patrick, "SELECT dicel_complete_patrol_log(%s)", patrol)
    assert refused.orig.sqlstate == "DW446"
    assert refused.orig.diag.column_name == "end_time"
    said = explain(refused).message
    assert said.startswith("This patrol log would last from 1900-01-02 02:00 to "), said
    assert said.endswith(
        ", longer than the 24 hours it may last. Give its end time within 24 hours of its"
        " start time, or correct the start time first."
    ), said
    assert patrick.refused(cases.take_step, "patrol_logs", "complete", patrol).code == (
        "lasts_too_long"
    )
    assert row_of(logins, "patrol_logs", patrol, "status", "end_time") == ("in_progress", None)

    # A started shift's end moved to 2200; a new one of 25 hours. 24 hours is a shift.
    begun = _shift(patrick, yvonne, now - dt.timedelta(hours=2))
    _done(patrick, "SELECT dicel_start_security_assignment(%s)", begun)
    refused = _raised(
        patrick,
        "UPDATE security_assignments SET shift_end = '2200-06-01 06:00+00' WHERE id = %s",
        begun,
    )
    assert refused.orig.sqlstate == "DW446"
    assert refused.orig.diag.column_name == "shift_end"
    since = (now - dt.timedelta(hours=2)).astimezone()
    assert explain(refused).message == (
        f"This assignment would last from {since:%Y-%m-%d %H:%M} to 2200-06-01 08:00, longer"
        " than the 24 hours it may last. Give its shift end within 24 hours of its shift"
        " start, or correct the shift start first."
    )
    ahead = now + dt.timedelta(days=2)
    refused = _raised(
        patrick,
        "INSERT INTO security_assignments (guard_id, location,"
        " shift_start, shift_end) VALUES (%s, 'Main gate', %s, %s)",
        yvonne,
        ahead,
        ahead + dt.timedelta(hours=25),
    )
    assert refused.orig.sqlstate == "DW446"
    _shift(patrick, yvonne, ahead, hours=24)
    assert row_of(logins, SHIFTS, begun, "shift_end") == (now + dt.timedelta(hours=6),)

    # The form says it beside the end before sending.
    spec = form_spec(SHIFTS, Role.SECURITY)
    errors = validate(
        spec, {"shift_start": ahead, "shift_end": ahead + dt.timedelta(hours=25)}, new=True
    )
    assert errors["shift_end"].code == "lasts_too_long"
    assert not validate(
        spec, {"shift_start": ahead, "shift_end": ahead + dt.timedelta(hours=24)}, new=True
    ).get("shift_end")


def test_a_patrol_open_for_more_than_a_day_is_completed_once_its_end_is_corrected(
    logins, security, in_kigali
):
    """Code review 32, F2: a patrol left open for more than 24 hours was offered
    Complete… and Abort…, and only the press met DW446 (the end the step stamps, now, is
    too far from the start). The window holds both, in the database's words, until the
    end is corrected; then the step is offered and takes the end as corrected."""
    patrick, (yvonne, _eric) = security
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    begun = now - dt.timedelta(hours=30)
    route = insert_row(patrick, "patrol_routes", route_name="Perimeter")
    patrol = insert_row(patrick, "patrol_logs", guard_id=yvonne, route_id=route, start_time=begun)
    refused = _raised(patrick, "SELECT dicel_complete_patrol_log(%s)", patrol)
    assert refused.orig.sqlstate == "DW446"
    said = explain(refused).message
    assert said.startswith(
        f"This patrol log would last from {begun.astimezone():%Y-%m-%d %H:%M} to "
    )
    for action in ("complete", "abort"):
        with patrick.session() as session:
            held = cases.what_stops_step(session, "patrol_logs", action, patrol)
        assert held is not None and held.code == "lasts_too_long", (action, held)
        assert held.message[: said.index(" to ")] == said[: said.index(" to ")]
        assert held.message.endswith(
            ", longer than the 24 hours it may last. Give its end time within 24 hours of"
            " its start time, or correct the start time first."
        )
    # The end corrected (the form writes it), the step is offered and keeps that end.
    ended = begun + dt.timedelta(hours=2)
    _done(patrick, "UPDATE patrol_logs SET end_time = %s WHERE id = %s", ended, patrol)
    with patrick.session() as session:
        assert cases.what_stops_step(session, "patrol_logs", "complete", patrol) is None
    patrick.call(cases.take_step, "patrol_logs", "complete", patrol)
    assert row_of(logins, "patrol_logs", patrol, "status", "end_time") == ("completed", ended)


def test_the_form_asks_a_stored_span_only_when_a_moment_changes(logins, security):
    """Code review 32, F2: the trigger asks a shift's span of a new row and of a change of
    either moment, not of a stored one that stays (a shift psql moved to end in 2200,
    before migration 0111); the form asked it at every save, a changed location
    included. It now asks it as the trigger does, from the values the form loaded."""
    spec = form_spec(SHIFTS, Role.SECURITY)
    start = dt.datetime(2026, 12, 1, 6, tzinfo=dt.UTC)
    stored = {"shift_start": start, "shift_end": dt.datetime(2200, 6, 1, 6, tzinfo=dt.UTC)}
    moved = {**stored, "location": "North gate"}
    assert "shift_end" not in validate(spec, moved, new=False, loaded=stored)
    only_end = {**stored, "shift_end": start + dt.timedelta(hours=25)}
    assert validate(spec, only_end, new=False, loaded=stored)["shift_end"].code == (
        "lasts_too_long"
    )
    only_start = {**stored, "shift_start": start - dt.timedelta(hours=1)}
    assert validate(spec, stored, new=False, loaded=only_start)["shift_end"].code == (
        "lasts_too_long"
    )
    assert validate(spec, stored, new=True)["shift_end"].code == "lasts_too_long"


# --------------------------------------------------------------------------- notes


def test_the_pay_day_is_a_whole_day(logins):
    jean = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    upsert = (
        "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
        " VALUES ('payroll.pay_day', %s, 'number') ON CONFLICT (setting_key)"
        " DO UPDATE SET setting_value = excluded.setting_value"
    )
    refused = _raised(jean, upsert, "24.5")
    assert refused.orig.sqlstate == "23514"
    assert refused.orig.diag.constraint_name == "ck_system_settings_setting_value_in_bounds"
    for value in ("25", "25.0", "31", "1"):
        _done(jean, upsert, value)
    with jean.engine.connect() as conn:
        assert conn.scalar(text("SELECT dicel_pay_day()")) == 1
    form = form_spec("system_settings", Role.ADMIN)
    errors = validate(form, {"setting_key": "payroll.pay_day", "setting_value": "24.5"}, new=True)
    assert errors["setting_value"].message == (
        "The pay day takes a whole number from 1 to 31."  # by its purpose (eye35 §8)
    )
    assert setting_bounds.out_of_bounds("payroll.pay_day", "25") is None
    assert setting_bounds.out_of_bounds("invoice.payment_terms_days", "7.5") is None


def test_a_payment_method_longer_than_its_column_is_said_in_words(logins):
    eric = logins.person(Role.FINANCE, first_name="Eric", last_name="Niyonzima")
    bill = invoice(
        eric, client(logins.person(Role.CLIENT)), ("Guarding", Decimal("1"), Decimal("1000000"))
    )
    eric.call(invoicing.issue_invoice, bill)
    account_id = account(eric)
    statement = "SELECT dicel_record_invoice_payment(%s, %s, 1000, NULL, %s, 'x')"
    refused = _raised(eric, statement, bill, account_id, "x" * 5_000_000)
    assert refused.orig.sqlstate == "DW024"
    assert refused.orig.diag.column_name == "payment_method"
    assert explain(refused).message == (
        "This text is 5000000 characters long: it may hold at most 50. Shorten it; nothing "
        "was saved."
    )
    _done(eric, statement, bill, account_id, "cash")


# --------------------------------------------------------------------------- registry


def test_each_refusal_is_registered():
    from dicel_desktop.services import db_errors

    for state in REVISION.REFUSALS:
        assert state in db_errors.registry.REGISTERED, state
