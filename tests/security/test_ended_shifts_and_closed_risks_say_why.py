"""Migration 0105, as real logins with the psql a clerk would use and the services the
window calls (rsk31):

* Security's Cancel assignment… was taken on a shift whose end had passed: it was worked
  or missed, and cancel withdraws a shift that will not happen. Cancel is never taken
  after the shift end (``Step.not_after``, DW432), by the database's clock, for security
  and admin alike; the window says so before the press, in the same words.
* Mark closed… on a risk assessment was a bare yes/no: it asks what was done, or why it
  is closed (DW491), kept as a dated line of the assessment's mitigation measures, which
  nobody removes, changes or types (DW021).
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from flow_steps import guard as new_guard
from flow_steps import insert_row, row_of
from flow_steps import raised as _raised
from flow_steps import shift as _shift
from logins import Logins, Person
from sqlalchemy import text

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases

REVISION = earlier_revision("0105_a_shift_ended_is_not_cancelled_and_a_risk_closed_says_why")

SHIFTS = "security_assignments"
RISKS = "risk_assessments"
CANCEL = "SELECT dicel_cancel_security_assignment(%s)"


def _now(person: Person) -> dt.datetime:
    with person.engine.connect() as conn:
        return conn.scalar(text("SELECT now()"))


# --------------------------------------------------------------------------- shifts


@pytest.fixture
def post(logins: Logins):
    """Patrick keeps security; Yvonne is a guard; Jean administers DICEL."""
    patrick = logins.person(Role.SECURITY, first_name="Patrick", last_name="Habimana")
    jean = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    guard = new_guard(patrick, logins, last_name="Habineza", licence="RNP/PSL/2025/0031")
    return patrick, jean, guard


def _said(end: dt.datetime) -> str:
    return (
        f"This shift ended on {end.astimezone().strftime('%Y-%m-%d %H:%M')}, so it can no "
        "longer be cancelled: mark it completed, or missed if it never started."
    )


def test_a_shift_that_ended_is_not_cancelled_by_security_nor_by_an_administrator(logins, post):
    patrick, jean, guard = post
    start = (_now(patrick) - dt.timedelta(hours=10)).replace(microsecond=0)
    ended = _shift(patrick, guard, start)  # ended two hours ago
    end = start + dt.timedelta(hours=8)
    for person in (patrick, jean):
        # psql, as the clerk would type it.
        assert person.psql_refusal(CANCEL, (ended,)) == "DW432", person.role
        refused = _raised(person, CANCEL, ended)
        assert refused.orig.diag.column_name == "shift_end"
        # The window says it before the press (Cancel assignment… disabled), and the step
        # refuses it, in the same words.
        stops = person.call(cases.what_stops_step, SHIFTS, "cancel", ended)
        assert stops is not None and (stops.code, stops.message) == ("shift_ended", _said(end))
        refused_step = person.refused(cases.take_step, SHIFTS, "cancel", ended)
        assert (refused_step.code, refused_step.message) == ("shift_ended", _said(end))
    assert row_of(logins, SHIFTS, ended, "status") == ("scheduled",)
    # Started and ended: it was worked, not withdrawn.
    worked = _shift(patrick, guard, start)
    patrick.call(cases.take_step, SHIFTS, "start", worked)
    assert patrick.psql_refusal(CANCEL, (worked,)) == "DW432"
    # What it is marked instead.
    patrick.call(cases.take_step, SHIFTS, "miss", ended)
    patrick.call(cases.take_step, SHIFTS, "complete", worked)
    assert row_of(logins, SHIFTS, ended, "status") == ("missed",)
    assert row_of(logins, SHIFTS, worked, "status") == ("completed",)


def test_a_started_shift_that_ended_is_told_only_to_be_completed_by_the_database_too(logins, post):
    """Code review 31, F6: the window told a shift in progress whose end had passed "mark
    it completed" (missed is no longer offered once it started), but the same refusal
    from the database (a race with the window's check, or psql) said "or missed". DW432's
    DETAIL gives the shift's state (migration 0110), and one declaration,
    ``db_errors.LATE_STEPS_BY_STATE``, picks the sentence on both paths."""
    from dicel_desktop.services.db_errors import explain

    patrick, _jean, guard = post
    start = (_now(patrick) - dt.timedelta(hours=10)).replace(microsecond=0)
    worked = _shift(patrick, guard, start)
    patrick.call(cases.take_step, SHIFTS, "start", worked)
    said = (
        f"This shift ended on {(start + dt.timedelta(hours=8)).astimezone():%Y-%m-%d %H:%M}, so"
        " it can no longer be cancelled: mark it completed."
    )
    refused = _raised(patrick, CANCEL, worked)
    assert refused.orig.sqlstate == "DW432"
    said_by_database = explain(refused, table=SHIFTS)
    assert (said_by_database.code, said_by_database.message) == ("shift_ended_in_progress", said)
    stops = patrick.call(cases.what_stops_step, SHIFTS, "cancel", worked)
    assert stops is not None and (stops.code, stops.message) == ("shift_ended_in_progress", said)


def test_a_shift_ahead_or_under_way_is_still_cancelled(logins, post):
    patrick, jean, guard = post
    now = _now(patrick)
    ahead = _shift(patrick, guard, now + dt.timedelta(days=3))
    under_way = _shift(patrick, guard, now - dt.timedelta(hours=2))
    patrick.call(cases.take_step, SHIFTS, "start", under_way)
    for person, shift in ((patrick, ahead), (jean, under_way)):
        assert person.call(cases.what_stops_step, SHIFTS, "cancel", shift) is None
        person.call(cases.take_step, SHIFTS, "cancel", shift)
        assert row_of(logins, SHIFTS, shift, "status") == ("cancelled",)


def test_the_moments_a_shift_is_never_taken_after_are_frozen_as_declared():
    """0105's frozen moments are the declaration's (the window's ``Step.not_after``), its
    floors 0103's; 0103's helper (0100's) gives back cancel at any moment."""
    declared = {s.action: s.not_after for s in FLOWS[SHIFTS].steps if s.not_after}
    assert declared == REVISION.ENDS_BY
    assert {s.action: s.floors for s in FLOWS[SHIFTS].steps if s.floors} == REVISION.WAITS_FOR
    (cancel,) = [f for f in REVISION._assignment_steps({}) if "dicel_cancel_" in f.split("(")[0]]
    assert "DW432" not in cancel
    _0103 = earlier_revision(
        "0103_a_shift_is_missed_once_it_begins_a_day_received_by_today_a_file_uploaded_when_it"
        "_is_and_dates_of_the_calendar"
    )
    made = [f for f in _0103._0100._assignment_steps(_0103.WAITS_FOR) if "DW432" in f]
    assert made == []


# --------------------------------------------------------------------------- risks

CLOSE = "SELECT dicel_close_risk_assessment(%s, %s)"
BLANKS = (None, "", "  ", "\t\u00a0")
MEASURES = "Two locks on the store; keys with the supervisor."


def _risk(person: Person, status: str = "mitigating") -> uuid.UUID:
    risk = insert_row(
        person,
        RISKS,
        risk_category="operational",
        risk_description="Fuel taken from the generator store at night.",
        likelihood=3,
        impact=4,
        mitigation_measures=MEASURES,
    )
    if status != "open":
        with person.engine.begin() as conn:
            conn.execute(
                text(
                    f"SELECT dicel_{'mitigate' if status == 'mitigating' else 'monitor'}"
                    "_risk_assessment(:i)"
                ),
                {"i": risk},
            )
    return risk


def test_a_risk_is_closed_only_with_what_was_done_kept_as_a_dated_line(logins):
    diane = logins.person(Role.RISK, first_name="Diane", last_name="Mutoni")
    jean = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    risk = _risk(diane)
    for person in (diane, jean):
        for blank in BLANKS:
            assert person.psql_refusal(CLOSE, (risk, blank)) == "DW491", (person.role, blank)
    # The one-argument step of 0104 is gone: no way around the note.
    assert diane.psql_refusal("SELECT dicel_close_risk_assessment(%s)", (risk,)) == "42883"
    # The window's step, without a note, in words.
    refused = diane.refused(cases.take_step, RISKS, "close", risk, note=" ")
    assert (refused.code, refused.message) == (
        "risk_close_note_missing",
        "Write what was done, or why this risk assessment is closed: the note is kept with it.",
    )
    assert row_of(logins, RISKS, risk, "status") == ("mitigating",)

    done = "Locks fitted on 3 Dec; no loss since."
    diane.call(cases.take_step, RISKS, "close", risk, note=done)
    with diane.engine.connect() as conn:
        today = conn.scalar(text("SELECT current_date"))
    status, measures = row_of(logins, RISKS, risk, "status", "mitigation_measures")
    assert status == "closed"
    assert measures.splitlines() == [MEASURES, f"Closed on {today.isoformat()}: {done}"]

    # Reopened and closed again by an administrator: a second line, the first kept.
    diane.call(cases.take_step, RISKS, "reopen", risk)
    jean.call(cases.take_step, RISKS, "close", risk, note="The store was moved indoors.")
    measures = row_of(logins, RISKS, risk, "mitigation_measures")[0]
    assert measures.splitlines()[1:] == [
        f"Closed on {today.isoformat()}: {done}",
        f"Closed on {today.isoformat()}: The store was moved indoors.",
    ]


def test_a_closing_line_stays_the_steps_and_the_officer_s_own_sentences_are_theirs(logins):
    diane = logins.person(Role.RISK, first_name="Diane", last_name="Mutoni")
    risk = _risk(diane)
    diane.call(cases.take_step, RISKS, "close", risk, note="Locks fitted.")
    diane.call(cases.take_step, RISKS, "reopen", risk)
    update = "UPDATE risk_assessments SET mitigation_measures = %s WHERE id = %s"
    # Removed or changed: refused.
    assert diane.psql_refusal(update, (MEASURES, risk)) == "DW021"
    other = _risk(diane, "open")
    # Typed in the step's exact form, blanks and case aside: refused.
    for forged in ("Closed on 2026-12-01: nothing to do", "  closed on 2026-12-01: fine"):
        assert diane.psql_refusal(update, (f"{MEASURES}\n{forged}", other)) == "DW021", forged
    # The officer's own sentences, a date after "Closed" among them, are theirs.
    said = "Closed the gap on 12/10/2026 with two locks.\nClosed 3 Dec 2026 by the guards."
    assert diane.psql_refusal(update, (said, other)) is None
