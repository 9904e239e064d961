"""What a psql review found (psql30b), closed by migration 0103, as real logins with the
psql a clerk would use and the services the window calls.

* A shift twelve days ahead was marked missed, and missed is final: Miss waits for the
  shift's start, as Start does (DW407).
* A case's evidence file was dated by the officer (2020, 2999, empty): its upload date is
  the server's moment.
* A client's feedback and an enrolment took 2999 and NULL: today at the latest (DW426).
* An incident dated -infinity passed its CHECK, a report dated -infinity passed DW425:
  a date of the calendar (DW427, ``isfinite``).
* An incident stored without a date could take no step, and the step said "Incident
  date is required.": it says to give it its date first.
"""

from __future__ import annotations

import datetime as dt
import string

import pytest
from flow_steps import guard as new_guard
from flow_steps import insert_row, row_of
from flow_steps import raised as _raised
from flow_steps import shift as _shift
from logins import Logins, Person
from sqlalchemy import text

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.entry_rules import RECEIVED_BY_TODAY, REPORTED_BY_NOW
from dicel_desktop.domain.errors import MESSAGES
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, db_error_words, db_errors
from dicel_desktop.services.db_errors import explain
from dicel_desktop.services.forms import form_spec, validate

REVISION = earlier_revision(
    "0103_a_shift_is_missed_once_it_begins_a_day_received_by_today_a_file_uploaded_when_it_is"
    "_and_dates_of_the_calendar"
)

SHIFTS = "security_assignments"


def _company_day(person: Person) -> dt.date:
    with person.engine.connect() as conn:
        return conn.scalar(text("SELECT dicel_company_day()"))


# --------------------------------------------------------------------------- shifts


@pytest.fixture
def guard(logins: Logins):
    """Patrick keeps security; Yvonne is a guard."""
    patrick = logins.person(Role.SECURITY, first_name="Patrick", last_name="Habimana")
    record = new_guard(patrick, logins, last_name="Habineza")
    return patrick, record


def test_a_shift_ahead_is_not_marked_missed(logins, guard):
    patrick, record = guard
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=12)
    ahead = _shift(patrick, record, start)
    refused = _raised(patrick, "SELECT dicel_miss_security_assignment(%s)", ahead)
    assert refused.orig.sqlstate == "DW407"
    assert refused.orig.diag.column_name == "shift_start"
    said = (
        f"This assignment cannot be marked missed before its shift start, "
        f"{start.astimezone().strftime('%Y-%m-%d %H:%M')}. If that is wrong, correct the "
        "shift start first."
    )
    # The window says it before the press (Mark missed… disabled), in the same words.
    stops = patrick.call(cases.what_stops_step, SHIFTS, "miss", ahead)
    assert stops is not None and (stops.code, stops.message) == ("case_too_early", said)
    refused_step = patrick.refused(cases.take_step, SHIFTS, "miss", ahead)
    assert (refused_step.code, refused_step.message) == ("case_too_early", said)
    assert row_of(logins, SHIFTS, ahead, "status") == ("scheduled",)
    # A shift that will not happen is cancelled.
    patrick.call(cases.take_step, SHIFTS, "cancel", ahead)
    assert row_of(logins, SHIFTS, ahead, "status") == ("cancelled",)
    # Begun and the guard did not come: missed.
    begun = _shift(patrick, record, dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30))
    assert patrick.call(cases.what_stops_step, SHIFTS, "miss", begun) is None
    patrick.call(cases.take_step, SHIFTS, "miss", begun)
    assert row_of(logins, SHIFTS, begun, "status") == ("missed",)


def test_the_moments_each_shift_step_waits_for_are_frozen_as_declared():
    """0103's frozen moments are the declaration's (the window's ``Step.floors``), and
    earlier revisions keep theirs: 0095's start and complete, 0100's without miss."""
    declared = {s.action: s.floors for s in FLOWS[SHIFTS].steps if s.floors}
    assert declared == REVISION.WAITS_FOR
    _0100 = earlier_revision(
        "0100_a_shift_completes_once_it_ends_a_report_by_now_an_incident_dated_and_a_lock"
        "_says_its_state"
    )
    assert "miss" not in _0100.WAITS_FOR
    _0095 = earlier_revision(
        "0095_nobody_keeps_their_own_guard_record_or_training_and_shifts_wait_for_their_start"
    )
    assert _0095.WAITING == ("start", "complete")
    (miss,) = [
        f
        for f in _0095._assignment_steps(waiting=True)
        if "dicel_miss_security_assignment(" in f.split("$$", 1)[0]
    ]
    assert "DW407" not in miss


# --------------------------------------------------------------------------- files

FILE = (
    "INSERT INTO recovery_documents (case_id, document_type, document_name{})"
    " VALUES (%s, 'evidence', 'p30.pdf'{}) RETURNING id"
)


def test_a_case_file_is_uploaded_when_it_is(logins):
    innocent = logins.person(Role.RECOVERY, first_name="Innocent", last_name="Bizimana")
    with innocent.engine.begin() as conn:
        case = conn.exec_driver_sql(
            "INSERT INTO recovery_cases (case_type, description, amount_involved)"
            " VALUES ('Debt', 'Unpaid guarding, March', 2010000) RETURNING id"
        ).scalar()
    for typed in ("2020-01-01", "2999-01-01", None):
        refused = innocent.refusal(FILE.format(", upload_date", ", %s"), case, typed)
        assert refused is not None and refused.sqlstate == "42501", typed
    with innocent.engine.begin() as conn:
        document = conn.exec_driver_sql(FILE.format("", ""), (case,)).scalar()
        now = conn.scalar(text("SELECT now()"))
    assert row_of(logins, "recovery_documents", document, "upload_date") == (now,)
    # The form shows it read only, given when saved.
    field = form_spec("recovery_documents", Role.RECOVERY).fields["upload_date"]
    assert field.server_set and field.filled_on_save


# --------------------------------------------------------------------------- received days

FEEDBACK = (
    "INSERT INTO customer_feedback (feedback_type, rating, comment, feedback_date)"
    " VALUES ('complaint', 1, 'Late guard', %s) RETURNING id"
)


def test_the_received_days_are_0103s():
    """One list: the form's (domain/entry_rules.py) and the triggers 0103 made."""
    assert RECEIVED_BY_TODAY == REVISION.RECEIVED


def test_feedback_is_received_today_at_the_latest(logins):
    olivier = logins.person(Role.CX, first_name="Olivier", last_name="Hakizimana")
    today = _company_day(olivier)
    refused = _raised(olivier, FEEDBACK, dt.date(2999, 1, 1))
    assert refused.orig.sqlstate == "DW426"
    assert refused.orig.diag.column_name == "feedback_date"
    said = explain(refused)
    assert said.params["field"] == "feedback_date"
    assert said.message == (
        f"2999-01-01 is later than today ({today.isoformat()}): give the day the feedback "
        "was received, today at the latest."
    )
    refused = _raised(olivier, FEEDBACK, today + dt.timedelta(days=1))
    assert refused.orig.sqlstate == "DW426"
    # Today and before are the clerk's; an empty day is today.
    with olivier.engine.begin() as conn:
        empty = conn.exec_driver_sql(FEEDBACK, (None,)).scalar()
        past = conn.exec_driver_sql(FEEDBACK, (today - dt.timedelta(days=3),)).scalar()
    assert row_of(logins, "customer_feedback", empty, "feedback_date") == (today,)
    # Emptied, it keeps its day; a stored day ahead stays while other fields change.
    with olivier.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE customer_feedback SET feedback_date = NULL WHERE id = %s", (past,)
        )
    assert row_of(logins, "customer_feedback", past, "feedback_date") == (
        today - dt.timedelta(days=3),
    )
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE customer_feedback SET feedback_date = '2999-01-01' WHERE id = :id"),
            {"id": past},
        )
    with olivier.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE customer_feedback SET rating = 2 WHERE id = %s", (past,))

    # The form says it beside the field before sending (the desktop's day).
    spec = form_spec("customer_feedback", Role.CX)
    ahead = dt.date.today() + dt.timedelta(days=1)
    errors = validate(spec, {"feedback_date": ahead}, new=True)
    assert errors["feedback_date"].code == "received_after_today"
    assert "feedback_date" not in validate(spec, {"feedback_date": dt.date.today()}, new=True)


def test_an_enrolment_is_dated_today_at_the_latest(logins):
    aline = logins.person(Role.HR, first_name="Aline", last_name="Uwase")
    trainee = logins.person(Role.EMPLOYEE)
    program = insert_row(aline, "training_programs", title="First aid")
    today = _company_day(aline)
    enrol = (
        "INSERT INTO training_enrollments (training_program_id, employee_id, enrollment_date)"
        " VALUES (%s, %s, %s) RETURNING id"
    )
    refused = _raised(aline, enrol, program, trainee.employee_id, dt.date(2999, 1, 1))
    assert refused.orig.sqlstate == "DW426"
    assert explain(refused).message == (
        f"2999-01-01 is later than today ({today.isoformat()}): give the day the person was "
        "enrolled, today at the latest. When the training takes place is the programme's "
        "start date."
    )
    with aline.engine.begin() as conn:
        enrolled = conn.exec_driver_sql(enrol, (program, trainee.employee_id, None)).scalar()
    assert row_of(logins, "training_enrollments", enrolled, "enrollment_date") == (today,)
    spec = form_spec("training_enrollments", Role.HR)
    ahead = dt.date.today() + dt.timedelta(days=30)
    errors = validate(spec, {"enrollment_date": ahead}, new=True)
    assert errors["enrollment_date"].code == "enrolled_after_today"


# --------------------------------------------------------------------------- calendar

TICKET = (
    "INSERT INTO it_support_tickets (category, subject, description, created_date)"
    " VALUES ('hardware', 'Printer', 'It jams', %s)"
)
RISK = (
    "INSERT INTO risk_incidents (incident_type, description, incident_date, reported_date)"
    " VALUES ('fraud', 'A forged invoice', %s, %s)"
)


def test_a_date_no_calendar_holds_is_refused(logins):
    diane = logins.person(Role.RISK, first_name="Diane", last_name="Mutoni")
    olivier = logins.person(Role.CX)
    clerk = logins.person(Role.EMPLOYEE)
    # The review's incidents: dated -infinity (reported now), and reported then too. Since
    # migration 0107 every typed date says it before the CHECK does (a superuser's row
    # still meets the CHECK: test_the_checks_say_a_date_of_the_calendar).
    refused = _raised(diane, RISK, "-infinity", dt.datetime.now(dt.UTC))
    assert refused.orig.sqlstate == "DW427"
    assert refused.orig.diag.column_name == "incident_date"
    for incident_date in ("-infinity", dt.datetime.now(dt.UTC) - dt.timedelta(days=1)):
        refused = _raised(diane, RISK, incident_date, "-infinity")
        assert refused.orig.sqlstate == "DW427", incident_date
    assert refused.orig.sqlstate == "DW427"
    assert refused.orig.diag.column_name == "reported_date"
    assert (
        explain(refused).message == "Reported date must be a date of the calendar, not -infinity."
    )
    for person, statement in ((clerk, TICKET), (olivier, FEEDBACK)):
        for value in ("-infinity", "infinity"):
            refused = _raised(person, statement, value)
            assert refused.orig.sqlstate == "DW427", (statement, value)


def test_the_checks_say_a_date_of_the_calendar():
    assert (
        REVISION.INCIDENT_DATE_CONDITION == "incident_date IS NOT NULL AND isfinite(incident_date)"
    )
    for table, name in REVISION.INCIDENT_DATE_GIVEN:
        from dicel_desktop.db.models import Base

        (check,) = [c for c in Base.metadata.tables[table].constraints if c.name == name]
        assert str(check.sqltext) == REVISION.INCIDENT_DATE_CONDITION
    # The report columns DW427 guards are DW425's.
    assert {t for t, _c in REPORTED_BY_NOW} >= {"it_support_tickets", "risk_incidents"}


# --------------------------------------------------------------------------- undated


@pytest.mark.parametrize(
    ("table", "role", "action", "done"),
    [
        ("security_incidents", Role.SECURITY, "investigate", "put under investigation"),
        ("risk_incidents", Role.RISK, "investigate", "put under investigation"),
    ],
)
def test_an_incident_stored_without_a_date_says_to_give_it_one_first(
    logins, table, role, action, done
):
    officer = logins.person(role)
    check = f"ck_{table}_incident_date_given"
    columns = "incident_type, description, reported_date"
    values = "'theft', 'A bag taken', now() - interval '1 day'"
    if table == "security_incidents":
        columns, values = columns + ", location", values + ", 'Main gate'"
    # As migration 0100 leaves a database that held one: the CHECK NOT VALID.
    with logins.superuser().begin() as conn:
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {check}")
        incident = conn.exec_driver_sql(
            f"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING id"
        ).scalar()
        conn.exec_driver_sql(
            f"ALTER TABLE {table} ADD CONSTRAINT {check}"
            f" CHECK ({REVISION.INCIDENT_DATE_CONDITION}) NOT VALID"
        )
    flow = FLOWS[table]
    refused = officer.refused(cases.take_step, table, action, incident)
    record = db_error_words.table_words(table)["record"]
    assert refused.code == "case_field_missing"
    assert refused.message == (
        f"This {record} has no incident date: fill in its incident date and save it first, "
        f"then it can be {done}."
    )
    assert flow.step(action).done == done
    # Dated, the step is taken.
    with officer.engine.begin() as conn:
        conn.exec_driver_sql(
            f"UPDATE {table} SET incident_date = now() - interval '2 days' WHERE id = %s",
            (incident,),
        )
    officer.call(cases.take_step, table, action, incident)


# --------------------------------------------------------------------------- registry


def test_each_refusal_is_registered_and_its_sentence_needs_only_its_data():
    for state, (_what, keys) in REVISION.REFUSALS.items():
        registered = db_errors.registry.REGISTERED[state]
        for code in (registered.code, *(c for _t, c in registered.by_table)):
            wanted = {
                name
                for _text, name, _spec, _conv in string.Formatter().parse(MESSAGES[code])
                if name
            }
            assert wanted <= set(keys) | {"record", "records", "name", "label", "field"}, state
