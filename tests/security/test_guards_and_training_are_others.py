"""Gaps a psql review found (psql29: F1, F2, F5), closed by migration 0095, as real
logins with the psql a clerk would use and the services the window calls.

F1: a security officer who is also a guard extended her own licence, suspended and
reinstated herself, completed her own shift ahead and wrote and completed her own
patrol. Someone else in security keeps a guard's record, shifts and patrols (DW012).

F2: a shift was completed before it began (DW407, as a patrol's), and shifts and
patrols were written for suspended and inactive guards (DW417, DW418).

F5: HR enrolled themselves in a programme not yet started and marked it completed.
Nobody writes or moves on their own enrolment (DW013), and an enrolment is started or
completed once its programme has started (DW419).
"""

from __future__ import annotations

import datetime as dt
import string
import uuid

import pytest
from flow_steps import insert_row
from logins import Logins, Person
from sqlalchemy import exc, text

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.errors import MESSAGES, DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, db_errors, records

REVISION = earlier_revision(
    "0095_nobody_keeps_their_own_guard_record_or_training_and_shifts_wait_for_their_start"
)

#: What psql as a person gets: the refusal's SQLSTATE, None when accepted (rolled back).
_psql = Person.psql_refusal

OWN_GUARD = (
    "You cannot change your own guard record, shifts or patrols: someone else in security must."
)
OWN_TRAINING = "You cannot enrol yourself or record your own training: someone else in HR must."


def _step(person: Person, table: str, action: str, record: uuid.UUID) -> None:
    person.call(cases.take_step, table, action, record)


def _status(logins: Logins, table: str, record: uuid.UUID) -> str:
    with logins.superuser().connect() as conn:
        return conn.scalar(text(f"SELECT status FROM {table} WHERE id = :id"), {"id": record})


def _save(person: Person, table: str, record: uuid.UUID, **changes):
    """``changes`` saved as the record window saves them, over the version it loaded."""
    role = person.role

    def save(session):
        loaded = records.load_record(session, table, role, record)
        return records.save_record(session, table, role, record, loaded.version, changes)

    return person.call(save)


def _now(person: Person) -> dt.datetime:
    with person.engine.connect() as conn:
        return conn.scalar(text("SELECT now()"))


# --------------------------------------------------------------------------- F1


@pytest.fixture
def post(logins: Logins):
    """Security: Helene (a guard herself), Patrick (not a guard); an administrator who is
    a guard too; Yvonne, a guard without an office login's role; a patrol route."""
    helene = logins.person(Role.SECURITY, first_name="Helene", last_name="Rwema")
    patrick = logins.person(Role.SECURITY, first_name="Patrick", last_name="Habimana")
    admin = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    yvonne = logins.person(Role.EMPLOYEE, first_name="Yvonne", last_name="Habineza")
    guards = {
        who.email: insert_row(
            patrick,
            "security_guards",
            user_id=who.user_id,
            license_number="RNP/PSL/2025/0001",
            license_expiry=dt.date(2027, 3, 1),
        )
        for who in (helene, admin, yvonne)
    }
    route = insert_row(patrick, "patrol_routes", route_name="Main gate")
    return helene, patrick, admin, yvonne, guards, route


def _shift(person: Person, guard: uuid.UUID, start: dt.datetime) -> uuid.UUID:
    return insert_row(
        person,
        "security_assignments",
        guard_id=guard,
        location="Main gate",
        shift_start=start,
        shift_end=start + dt.timedelta(hours=12),
    )


def _patrol(person: Person, guard: uuid.UUID, route: uuid.UUID, start: dt.datetime):
    return insert_row(person, "patrol_logs", guard_id=guard, route_id=route, start_time=start)


def test_a_security_officer_does_not_change_their_own_guard_record(logins, post):
    helene, patrick, admin, _yvonne, guards, _route = post
    for me in (helene, admin):  # an administrator who is a guard too, as DW011
        mine = guards[me.email]
        licence = "UPDATE security_guards SET license_expiry = '2099-12-31' WHERE id = %s"
        assert _psql(me, licence, (mine,)) == "DW012"
        with pytest.raises(DicelError) as saved:
            _save(me, "security_guards", mine, license_number="FAKE-1")
        assert (saved.value.code, saved.value.message) == ("own_guard_record", OWN_GUARD)
        for action in ("suspend", "start_leave", "deactivate"):
            function = f"dicel_{action}_security_guard"
            assert _psql(me, f"SELECT {function}(%s)", (mine,)) == "DW012", action
            refused = me.refused(cases.take_step, "security_guards", action, mine)
            assert (refused.code, refused.message) == ("own_guard_record", OWN_GUARD), action
            # The window disables the step, saying why, and holds the form.
            stops = me.call(cases.what_stops_step, "security_guards", action, mine)
            assert stops is not None and stops.message == OWN_GUARD
        held = me.call(cases.what_is_held, "security_guards", mine)
        assert held is not None and held[0] is None and held[1].message == OWN_GUARD
        assert _status(logins, "security_guards", mine) == "active"

    # Someone else in security keeps it: the licence, the steps; the record window
    # holds nothing for them.
    mine = guards[helene.email]
    assert patrick.call(cases.what_is_held, "security_guards", mine) is None
    assert patrick.call(cases.what_stops_step, "security_guards", "suspend", mine) is None
    _save(patrick, "security_guards", mine, license_expiry=dt.date(2028, 3, 1))
    for action, state in (("start_leave", "on_leave"), ("end_leave", "active")):
        _step(patrick, "security_guards", action, mine)
        assert _status(logins, "security_guards", mine) == state
    # And she keeps the others' (the administrator's, with another login's).
    _save(helene, "security_guards", guards[admin.email], assigned_location="Gikondo")
    _step(admin, "security_guards", "suspend", mine)
    _step(patrick, "security_guards", "reinstate", mine)
    assert _status(logins, "security_guards", mine) == "active"


_NOUN = {"security_assignments": "security_assignment", "patrol_logs": "patrol_log"}


def test_a_guard_does_not_write_their_own_shifts_and_patrols(logins, post):
    helene, patrick, _admin, yvonne, guards, route = post
    mine, hers = guards[helene.email], guards[yvonne.email]
    # Shifts of twelve hours that have ended (a shift is completed once it ends, 0100).
    past = _now(patrick) - dt.timedelta(hours=13)

    # Written by herself: refused, from psql and from the form.
    shift_sql = (
        "INSERT INTO security_assignments (guard_id, location, shift_start, shift_end)"
        " VALUES (%s, 'Main gate', now() - interval '3 hours', now() + interval '9 hours')"
    )
    assert _psql(helene, shift_sql, (mine,)) == "DW012"
    patrol_sql = (
        "INSERT INTO patrol_logs (guard_id, route_id, start_time, checkpoints_completed)"
        " VALUES (%s, %s, now() - interval '3 hours', '[\"all\"]')"
    )
    assert _psql(helene, patrol_sql, (mine, route)) == "DW012"
    for table, values in (
        (
            "security_assignments",
            {"guard_id": mine, "location": "Main gate", "shift_start": past,
             "shift_end": past + dt.timedelta(hours=12)},
        ),
        ("patrol_logs", {"guard_id": mine, "route_id": route, "start_time": past}),
    ):  # fmt: skip
        refused = helene.refused(records.create_record, table, "security", values)
        assert (refused.code, refused.message) == ("own_guard_record", OWN_GUARD), table
        assert refused.params.get("field") == "guard_id"

    # Written by Patrick: she takes no step on them, changes and deletes none of them.
    shift, patrol = _shift(patrick, mine, past), _patrol(patrick, mine, route, past)
    for table, record, action in (
        ("security_assignments", shift, "complete"),
        ("security_assignments", shift, "start"),
        ("patrol_logs", patrol, "complete"),
    ):
        function = f"dicel_{action}_{_NOUN[table]}"
        assert _psql(helene, f"SELECT {function}(%s)", (record,)) == "DW012", table
        refused = helene.refused(cases.take_step, table, action, record)
        assert (refused.code, refused.message) == ("own_guard_record", OWN_GUARD)
        stops = helene.call(cases.what_stops_step, table, action, record)
        assert stops is not None and stops.message == OWN_GUARD
        held = helene.call(cases.what_is_held, table, record)
        assert held is not None and held[0] is None and held[1].code == "own_guard_record"
        assert _psql(helene, f"UPDATE {table} SET notes = 'ok' WHERE id = %s", (record,)) == "DW012"
    # Nor hands them to someone else.
    move = "UPDATE security_assignments SET guard_id = %s WHERE id = %s"
    assert _psql(helene, move, (hers, shift)) == "DW012"

    # Patrick takes them; she keeps the shifts and patrols of the other guards.
    assert patrick.call(cases.what_stops_step, "security_assignments", "complete", shift) is None
    _step(patrick, "security_assignments", "complete", shift)
    _step(patrick, "patrol_logs", "complete", patrol)
    assert _status(logins, "security_assignments", shift) == "completed"
    assert _status(logins, "patrol_logs", patrol) == "completed"
    other = _shift(helene, hers, past)
    _step(helene, "security_assignments", "complete", other)
    walked = _patrol(helene, hers, route, past)
    _step(helene, "patrol_logs", "complete", walked)
    assert helene.call(cases.what_is_held, "security_assignments", other) is None


# --------------------------------------------------------------------------- F2


def test_a_shift_is_not_started_or_completed_before_it_begins(logins, post):
    _helene, patrick, _admin, yvonne, guards, _route = post
    start = dt.datetime(2031, 5, 4, 22, 30, tzinfo=dt.UTC)
    ahead = _shift(patrick, guards[yvonne.email], start)
    local = start.astimezone().strftime("%Y-%m-%d %H:%M")
    # Nor marked missed (migration 0103): missed is final, and the guard may yet come.
    for action, done in (
        ("start", "started"),
        ("complete", "completed"),
        ("miss", "marked missed"),
    ):
        said = (
            f"This assignment cannot be {done} before its shift start, {local}. If that is "
            "wrong, correct the shift start first."
        )
        with patrick.engine.connect() as conn, pytest.raises(exc.DBAPIError) as called:
            conn.execute(text(f"SELECT dicel_{action}_security_assignment(:id)"), {"id": ahead})
        assert called.value.orig.sqlstate == "DW407"
        assert called.value.orig.diag.column_name == "shift_start"
        refused = patrick.refused(cases.take_step, "security_assignments", action, ahead)
        assert (refused.code, refused.message) == ("case_too_early", said)
        stops = patrick.call(cases.what_stops_step, "security_assignments", action, ahead)
        assert stops is not None and (stops.code, stops.message) == ("case_too_early", said)
    assert _status(logins, "security_assignments", ahead) == "scheduled"

    # Once it has begun (its start corrected), it is started; once it has ended too
    # (migration 0100), completed.
    began = _now(patrick) - dt.timedelta(hours=1)
    # Its end with it: a shift lasts at most a day (DW446, migration 0111).
    _save(
        patrick,
        "security_assignments",
        ahead,
        shift_start=began,
        shift_end=began + dt.timedelta(hours=8),
    )
    assert patrick.call(cases.what_stops_step, "security_assignments", "start", ahead) is None
    _step(patrick, "security_assignments", "start", ahead)
    _save(patrick, "security_assignments", ahead, shift_end=began + dt.timedelta(minutes=30))
    _step(patrick, "security_assignments", "complete", ahead)
    assert _status(logins, "security_assignments", ahead) == "completed"
    # A shift ahead is still cancelled (the guard said they will not come).
    later = _shift(patrick, guards[yvonne.email], start)
    _step(patrick, "security_assignments", "cancel", later)
    assert _status(logins, "security_assignments", later) == "cancelled"


@pytest.mark.parametrize(
    ("action", "code", "state"),
    [("suspend", "guard_suspended", "suspended"), ("deactivate", "guard_inactive", "inactive")],
)
def test_no_shift_or_patrol_for_a_suspended_or_inactive_guard(logins, post, action, code, state):
    _helene, patrick, admin, yvonne, guards, route = post
    guard = guards[yvonne.email]
    past = _now(patrick) - dt.timedelta(hours=2)
    planned = _shift(patrick, guard, past + dt.timedelta(days=3))
    elsewhere = _shift(patrick, guards[admin.email], past + dt.timedelta(days=3))
    begun = _shift(patrick, guard, past)  # planned before, begun since
    walking = _patrol(patrick, guard, route, past)
    _step(patrick, "security_guards", action, guard)
    sqlstate = {"suspended": "DW417", "inactive": "DW418"}[state]
    said = {
        "suspended": "Yvonne Habineza is suspended: no shift or patrol may be given to them "
        "until security reinstates them.",
        "inactive": "Yvonne Habineza is marked inactive: no shift or patrol may be given to "
        "them until security reinstates them.",
    }[state]

    shift_sql = (
        "INSERT INTO security_assignments (guard_id, location, shift_start, shift_end)"
        " VALUES (%s, 'Main gate', '2026-12-05 06:00', '2026-12-05 18:00')"
    )
    assert _psql(patrick, shift_sql, (guard,)) == sqlstate
    patrol_sql = "INSERT INTO patrol_logs (guard_id, route_id, start_time) VALUES (%s, %s, now())"
    assert _psql(patrick, patrol_sql, (guard, route)) == sqlstate
    # Handed a shift of someone else, or a shift of theirs moved.
    move = "UPDATE security_assignments SET guard_id = %s WHERE id = %s"
    assert _psql(patrick, move, (guard, elsewhere)) == sqlstate
    moved = (
        "UPDATE security_assignments SET shift_start = shift_start + interval '1 day' WHERE id = %s"
    )
    assert _psql(patrick, moved, (planned,)) == sqlstate
    refused = patrick.refused(
        records.create_record,
        "patrol_logs",
        "security",
        {"guard_id": guard, "route_id": route, "start_time": past},
    )
    assert (refused.code, refused.message) == (code, said)
    assert refused.params.get("field") == "guard_id"
    # Nor is a shift or patrol planned before started or completed for them now (a
    # review started and completed a suspended guard's planned shifts).
    for action_, table, record in (
        ("start", "security_assignments", begun),
        ("complete", "patrol_logs", walking),
    ):
        function = f"dicel_{action_}_{table.removesuffix('s')}"
        assert _psql(patrick, f"SELECT {function}(%s)", (record,)) == sqlstate, function
        refused = patrick.refused(cases.take_step, table, action_, record)
        assert (refused.code, refused.message) == (code, said)
    # What was planned before stays, and is noted, missed or cancelled.
    _save(patrick, "security_assignments", planned, notes="Replacement needed")
    _step(patrick, "security_assignments", "cancel", planned)
    _step(patrick, "security_assignments", "miss", begun)

    # Reinstated, they are given shifts again; a guard on leave is left to security.
    _step(patrick, "security_guards", "reinstate", guard)
    _shift(patrick, guard, past)
    _step(patrick, "security_guards", "start_leave", guard)
    _patrol(patrick, guard, route, past)


# --------------------------------------------------------------------------- F5


@pytest.fixture
def school(logins: Logins):
    """HR: Aline and Honore; an administrator; Josiane, an employee; a programme that
    has started."""
    aline = logins.person(Role.HR, first_name="Aline", last_name="Uwase")
    honore = logins.person(Role.HR, first_name="Honore", last_name="Gatete")
    admin = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    josiane = logins.person(Role.EMPLOYEE, first_name="Josiane", last_name="Murekatete")
    running = insert_row(honore, "training_programs", title="First aid")
    _step(honore, "training_programs", "start", running)
    return aline, honore, admin, josiane, running


def _enrol(person: Person, program: uuid.UUID, employee: uuid.UUID) -> uuid.UUID:
    return insert_row(
        person, "training_enrollments", training_program_id=program, employee_id=employee
    )


def test_nobody_enrols_themselves_or_records_their_own_training(logins, school):
    aline, honore, admin, _josiane, running = school
    enrol = (
        "INSERT INTO training_enrollments (training_program_id, employee_id, grade)"
        " VALUES (%s, %s, 'A+')"
    )
    for me in (aline, admin):
        assert _psql(me, enrol, (running, me.employee_id)) == "DW013"
        refused = me.refused(
            records.create_record,
            "training_enrollments",
            me.role,
            {"training_program_id": running, "employee_id": me.employee_id},
        )
        assert (refused.code, refused.message) == ("own_training", OWN_TRAINING)
        assert refused.params.get("field") == "employee_id"

    # Enrolled by a colleague: she moves it on no further, nor grades it.
    mine = _enrol(honore, running, aline.employee_id)
    for action in ("start", "complete", "drop"):
        function = f"dicel_{action}_training_enrollment"
        assert _psql(aline, f"SELECT {function}(%s)", (mine,)) == "DW013", action
        refused = aline.refused(cases.take_step, "training_enrollments", action, mine)
        assert (refused.code, refused.message) == ("own_training", OWN_TRAINING), action
        stops = aline.call(cases.what_stops_step, "training_enrollments", action, mine)
        assert stops is not None and stops.message == OWN_TRAINING
    held = aline.call(cases.what_is_held, "training_enrollments", mine)
    assert held is not None and held[0] is None and held[1].message == OWN_TRAINING
    grade = "UPDATE training_enrollments SET grade = 'A+' WHERE id = %s"
    assert _psql(aline, grade, (mine,)) == "DW013"
    assert _status(logins, "training_enrollments", mine) == "enrolled"

    # Her colleague (or an administrator) records it; she records the others'.
    assert honore.call(cases.what_is_held, "training_enrollments", mine) is None
    _save(honore, "training_enrollments", mine, grade="B")
    _step(honore, "training_enrollments", "start", mine)
    _step(admin, "training_enrollments", "complete", mine)
    assert _status(logins, "training_enrollments", mine) == "completed"
    theirs = _enrol(aline, running, honore.employee_id)
    _step(aline, "training_enrollments", "complete", theirs)
    assert _status(logins, "training_enrollments", theirs) == "completed"


def test_an_enrolment_waits_for_its_programme_to_start(logins, school):
    aline, honore, _admin, josiane, running = school
    today = aline.call(lambda s: s.scalar(text("SELECT dicel_company_day()")))
    day = today + dt.timedelta(days=40)
    later = insert_row(honore, "training_programs", title="Fire safety", start_date=day)
    undated = insert_row(honore, "training_programs", title="Driving")
    starts_later = (
        f"The training “Fire safety” starts on {day.isoformat()}: no enrolment in it is "
        "started or completed before then."
    )
    not_started = (
        "The training “Driving” has not been started yet: start the training first, then "
        "its enrolments."
    )
    for program, code, said in (
        (later, "training_starts_later", starts_later),
        (undated, "training_not_started", not_started),
    ):
        enrolled = _enrol(aline, program, josiane.employee_id)
        for action in ("start", "complete"):
            function = f"dicel_{action}_training_enrollment"
            assert _psql(aline, f"SELECT {function}(%s)", (enrolled,)) == "DW419"
            refused = aline.refused(cases.take_step, "training_enrollments", action, enrolled)
            assert (refused.code, refused.message) == (code, said), action
            stops = aline.call(cases.what_stops_step, "training_enrollments", action, enrolled)
            assert stops is not None and (stops.code, stops.message) == (code, said)
        # Dropped (or failed) before it starts: a person withdraws.
        assert aline.call(cases.what_stops_step, "training_enrollments", "drop", enrolled) is None
        _step(aline, "training_enrollments", "drop", enrolled)

    # Still scheduled with a day already past: it has not been started.
    _save(honore, "training_programs", later, start_date=today - dt.timedelta(days=1))
    waiting = _enrol(aline, later, josiane.employee_id)
    refused = aline.refused(cases.take_step, "training_enrollments", "start", waiting)
    assert refused.code == "training_not_started"
    # Started: its enrolments are started and completed.
    _step(honore, "training_programs", "start", later)
    assert aline.call(cases.what_stops_step, "training_enrollments", "start", waiting) is None
    _step(aline, "training_enrollments", "start", waiting)
    _step(aline, "training_enrollments", "complete", waiting)
    assert _status(logins, "training_enrollments", waiting) == "completed"
    # A taken enrolment is not moved onto a programme not started (a code review moved
    # one in progress onto next year's): from psql, nor from the form.
    taken = _enrol(aline, running, josiane.employee_id)
    _step(aline, "training_enrollments", "start", taken)
    move = "UPDATE training_enrollments SET training_program_id = %s WHERE id = %s"
    assert _psql(aline, move, (undated, taken)) == "DW419"
    with pytest.raises(DicelError) as refused:
        _save(aline, "training_enrollments", taken, training_program_id=undated)
    assert refused.value.code == "training_not_started"
    # A running programme's start date stays (a psql review moved it a year ahead after
    # it began): DL001, from psql and from the form.
    move = "UPDATE training_programs SET start_date = %s WHERE id = %s"
    assert _psql(honore, move, (day, running)) == "DL001"
    with pytest.raises(DicelError) as moved:
        _save(honore, "training_programs", running, start_date=day)
    assert moved.value.params.get("field") == "start_date"


# --------------------------------------------------------------------------- registry


def test_each_refusal_is_registered_and_its_sentence_needs_only_its_data():
    for state, (_what, keys) in REVISION.REFUSALS.items():
        registered = db_errors.registry.REGISTERED[state]
        codes = [registered.code, *(registered.without[1:] if registered.without else ())]
        for code in codes:
            wanted = {
                name
                for _text, name, _spec, _conv in string.Formatter().parse(MESSAGES[code])
                if name
            }
            assert wanted <= set(keys) | {"record", "records"}, (state, code)


def test_the_window_waits_for_the_programme_as_the_database_does():
    assert set(REVISION.TAKING_STATES) == cases.ENROLMENT_WAITS_FOR_PROGRAMME
