"""What a psql review's notes found (psql29b), closed by migration 0100, as real logins
with the psql a clerk would use and the services the window calls.

* A shift of eight hours was completed two hours in: Complete waits for its end (DW407).
* The window offered Start… on a suspended guard's planned shift, then refused it
  (DW417): it says why before the press now.
* A ticket dated later today was accepted (DW425 compared days): no report after now.
* An incident without an incident date sorted first in its list: it says when it
  happened (a CHECK, the form asks for it).
* DL001 said "has been decided, sent or posted" of a training programme in progress: it
  says the state that holds the record.
"""

from __future__ import annotations

import datetime as dt
import string
import uuid
from zoneinfo import ZoneInfo

import pytest
from flow_steps import guard as new_guard
from flow_steps import insert_row
from flow_steps import shift as _shift
from logins import Logins, Person
from sqlalchemy import exc, text

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.entry_rules import FORM_REQUIRED, REPORTED_BY_NOW
from dicel_desktop.domain.errors import MESSAGES, DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, db_errors, records
from dicel_desktop.services.db_errors import explain
from dicel_desktop.services.forms import form_spec, validate

REVISION = earlier_revision(
    "0100_a_shift_completes_once_it_ends_a_report_by_now_an_incident_dated_and_a_lock_says_its_state"
)
_0098 = earlier_revision("0098_a_report_comes_after_what_it_reports_and_by_today")

SHIFTS = "security_assignments"


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


def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def post(logins: Logins):
    """Patrick keeps security; Yvonne is a guard; a patrol route."""
    patrick = logins.person(Role.SECURITY, first_name="Patrick", last_name="Habimana")
    guard = new_guard(patrick, logins, last_name="Habineza")
    route = insert_row(patrick, "patrol_routes", route_name="Main gate")
    return patrick, guard, route


# --------------------------------------------------------------------------- shifts


def test_a_shift_is_not_completed_before_it_ends(logins, post):
    patrick, guard, _route = post
    # The review's shift: eight hours, two of them gone.
    start = _now(patrick) - dt.timedelta(hours=2)
    shift = _shift(patrick, guard, start)
    end = start + dt.timedelta(hours=8)
    said = (
        f"This assignment cannot be completed before its shift end, {_local(end)}. If that "
        "is wrong, correct the shift end first."
    )
    with patrick.engine.connect() as conn, pytest.raises(exc.DBAPIError) as called:
        conn.execute(text("SELECT dicel_complete_security_assignment(:id)"), {"id": shift})
    assert called.value.orig.sqlstate == "DW407"
    assert called.value.orig.diag.column_name == "shift_end"
    # The window says it before the press, in the same words.
    stops = patrick.call(cases.what_stops_step, SHIFTS, "complete", shift)
    assert stops is not None and (stops.code, stops.message) == ("case_too_early", said)
    # It is started (it has begun), not completed.
    assert patrick.call(cases.what_stops_step, SHIFTS, "start", shift) is None
    cases_step = (SHIFTS, "complete", shift)
    patrick.call(cases.take_step, SHIFTS, "start", shift)
    refused = patrick.refused(cases.take_step, *cases_step)
    assert (refused.code, refused.message) == ("case_too_early", said)
    assert _status(logins, SHIFTS, shift) == "in_progress"

    # The guard left early: security corrects the shift's end, then completes it.
    left = _now(patrick) - dt.timedelta(minutes=5)
    _save(patrick, SHIFTS, shift, shift_end=left)
    assert patrick.call(cases.what_stops_step, *cases_step) is None
    patrick.call(cases.take_step, *cases_step)
    assert _status(logins, SHIFTS, shift) == "completed"
    # A shift that ended is completed from scheduled too (its start never marked), and
    # one still ahead is still missed or cancelled.
    ended = _shift(patrick, guard, start - dt.timedelta(days=1))
    patrick.call(cases.take_step, SHIFTS, "complete", ended)
    assert _status(logins, SHIFTS, ended) == "completed"
    for action, state in (("miss", "missed"), ("cancel", "cancelled")):
        ahead = _shift(patrick, guard, start)
        patrick.call(cases.take_step, SHIFTS, action, ahead)
        assert _status(logins, SHIFTS, ahead) == state


@pytest.mark.parametrize(
    ("action", "code", "said"),
    [
        (
            "suspend",
            "guard_suspended",
            "Yvonne Habineza is suspended: no shift or patrol may be given to them until "
            "security reinstates them.",
        ),
        (
            "deactivate",
            "guard_inactive",
            "Yvonne Habineza is marked inactive: no shift or patrol may be given to them "
            "until security reinstates them.",
        ),
    ],
)
def test_the_window_offers_no_step_the_database_refuses_a_guard_off_duty(
    logins, post, action, code, said
):
    patrick, guard, route = post
    began = _now(patrick) - dt.timedelta(hours=10)
    planned = _shift(patrick, guard, began)  # planned before, ended since
    walking = insert_row(patrick, "patrol_logs", guard_id=guard, route_id=route, start_time=began)
    patrick.call(cases.take_step, "security_guards", action, guard)

    for table, step, record in (
        (SHIFTS, "start", planned),
        (SHIFTS, "complete", planned),
        ("patrol_logs", "complete", walking),
    ):
        # The database refuses it (migration 0095) ...
        refused = patrick.refused(cases.take_step, table, step, record)
        assert (refused.code, refused.message) == (code, said), (table, step)
        # ... and the window says so before the press (its button disabled, saying why).
        stops = patrick.call(cases.what_stops_step, table, step, record)
        assert stops is not None and (stops.code, stops.message) == (code, said), (table, step)
    # What stays open for them: missed, aborted; and cancelled while the shift is ahead
    # (this one ended: it was missed, migration 0105).
    for table, step, record in (
        (SHIFTS, "miss", planned),
        ("patrol_logs", "abort", walking),
    ):
        assert patrick.call(cases.what_stops_step, table, step, record) is None, (table, step)
    stops = patrick.call(cases.what_stops_step, SHIFTS, "cancel", planned)
    assert stops is not None and stops.code == "shift_ended"
    patrick.call(cases.take_step, SHIFTS, "miss", planned)
    patrick.call(cases.take_step, "patrol_logs", "abort", walking)

    # Reinstated, nothing stops their shifts.
    patrick.call(cases.take_step, "security_guards", "reinstate", guard)
    again = _shift(patrick, guard, began)
    assert patrick.call(cases.what_stops_step, SHIFTS, "start", again) is None


# --------------------------------------------------------------------------- reports

TICKET = (
    "INSERT INTO it_support_tickets (category, subject, description, created_date)"
    " VALUES ('hardware', 'Printer', 'It jams', %s)"
)


def _later_today(person: Person) -> dt.datetime:
    """A moment after now still on the company's today (its last second at most)."""
    with person.engine.begin() as conn:
        zone = conn.exec_driver_sql(
            "SELECT split_part(c, '=', 2) FROM pg_proc p, unnest(p.proconfig) c"
            " WHERE p.proname = 'dicel_company_day' AND c LIKE 'TimeZone=%%'"
        ).scalar()
        today, now = conn.exec_driver_sql("SELECT dicel_company_day(), now()").one()
    midnight = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(0), ZoneInfo(zone))
    return min(now + dt.timedelta(hours=1), midnight - dt.timedelta(seconds=1))


def test_a_ticket_is_not_reported_later_today(logins):
    clerk = logins.person(Role.EMPLOYEE)
    later = _later_today(clerk)
    with clerk.engine.begin() as conn, pytest.raises(exc.DBAPIError) as refused:
        conn.exec_driver_sql(TICKET, (later,))
    assert refused.value.orig.sqlstate == "DW425"
    assert refused.value.orig.diag.column_name == "created_date"
    said = explain(refused.value)
    assert said.params["field"] == "created_date"
    assert said.message.startswith(f"{_local(later)} is later than now (")
    assert said.message.endswith("): give the moment it was reported, now at the latest.")
    # Now and before are the typist's; an empty date is now.
    assert clerk.refusal(TICKET, dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)) is None
    assert clerk.refusal(TICKET, None) is None

    # The form says it beside the field before sending (the desktop's clock).
    for table, column in REPORTED_BY_NOW:
        role = {"client_support_tickets": Role.CLIENT}.get(table, Role.ADMIN)
        ahead = dt.datetime.now().astimezone() + dt.timedelta(minutes=30)
        errors = validate(form_spec(table, role), {column: ahead}, new=True)
        assert errors[column].code == "reported_after_now", table
        assert errors[column].params["at"] == _local(ahead)
        past = dt.datetime.now().astimezone() - dt.timedelta(minutes=1)
        assert column not in validate(form_spec(table, role), {column: past}, new=True)


def test_the_reports_checked_by_now_are_0098s():
    """One list: the form's (domain/entry_rules.py) and the triggers 0098 made."""
    assert REPORTED_BY_NOW == _0098.REPORTED


# --------------------------------------------------------------------------- incidents

SECURITY = (
    "INSERT INTO security_incidents (incident_type, location, description, reported_date,"
    " incident_date) VALUES ('theft', 'Main gate', 'A bag taken', now(), %s)"
)
RISK = (
    "INSERT INTO risk_incidents (incident_type, description, reported_date, incident_date)"
    " VALUES ('fraud', 'A forged invoice', now(), %s)"
)


@pytest.mark.parametrize(
    ("table", "statement"), [("security_incidents", SECURITY), ("risk_incidents", RISK)]
)
def test_an_incident_says_when_it_happened(logins, table, statement):
    officer = logins.person(Role.SECURITY if table == "security_incidents" else Role.RISK)
    with officer.engine.begin() as conn, pytest.raises(exc.DBAPIError) as refused:
        conn.exec_driver_sql(statement, (None,))
    assert refused.value.orig.sqlstate == "23514"
    assert refused.value.orig.diag.constraint_name == f"ck_{table}_incident_date_given"
    said = explain(refused.value, table=table)
    assert (said.code, said.params["field"]) == ("field_required", "incident_date")
    # The form asks for it.
    assert (table, "incident_date") in FORM_REQUIRED
    assert form_spec(table, officer.role).fields["incident_date"].required
    # Dated, it is filed; and its date is not emptied afterwards.
    with officer.engine.begin() as conn:
        incident = conn.exec_driver_sql(
            statement + " RETURNING id", (dt.datetime.now(dt.UTC) - dt.timedelta(hours=2),)
        ).scalar()
    emptied = f"UPDATE {table} SET incident_date = NULL WHERE id = %s"
    assert officer.psql_refusal(emptied, (incident,)) == "23514"


# --------------------------------------------------------------------------- locks


def test_a_locked_field_is_refused_in_the_words_of_the_records_state(logins):
    honore = logins.person(Role.HR, first_name="Honore", last_name="Gatete")
    running = insert_row(
        honore, "training_programs", title="First aid", start_date=dt.date(2026, 1, 5)
    )
    honore.call(cases.take_step, "training_programs", "start", running)
    move = "UPDATE training_programs SET start_date = '2027-06-01' WHERE id = %s"
    with honore.engine.begin() as conn, pytest.raises(exc.DBAPIError) as refused:
        conn.exec_driver_sql(move, (running,))
    assert refused.value.orig.sqlstate == "DL001"
    said = explain(refused.value)
    assert said.message == (
        "This training program is in progress, so its start date can no longer be "
        "changed. Your other values are kept."
    )
    # The form's save meets the same words, beside the field.
    with pytest.raises(DicelError) as saved:
        _save(honore, "training_programs", running, start_date=dt.date(2027, 6, 1))
    assert saved.value.message == said.message
    assert saved.value.params.get("field") == "start_date"


# --------------------------------------------------------------------------- registry


def test_each_refusal_is_registered_and_its_sentence_needs_only_its_data():
    for state, (_what, keys) in REVISION.REFUSALS.items():
        registered = db_errors.registry.REGISTERED[state]
        wanted = {
            name
            for _text, name, _spec, _conv in string.Formatter().parse(MESSAGES[registered.code])
            if name
        }
        assert wanted <= set(keys) | {"record", "records", "name", "label", "field"}, state
