"""Migration 0101, as real logins with psql (eye30r, 7 and 8): a complaint is marked
responded to or resolved only with a note of what was said or done (DW491), and a
recovery case marked recovered only with a note and the day it was settled, today at
the latest (DW430) and not before it began (DW431). The notes are kept as a
write-off's reason is, a dated line nobody types by hand (DW021)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from logins import Person
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

BLANKS = (None, "", "  ", "\t\u00a0")


def _insert(logins, statement: str, **params) -> uuid.UUID:
    with logins.superuser().begin() as conn:
        return conn.scalar(text(statement), params)


def _complaint(logins, status: str = "under_review") -> uuid.UUID:
    return _insert(
        logins,
        "INSERT INTO customer_feedback (feedback_type, comment, status)"
        " VALUES ('complaint', 'The guard left his post.', :s) RETURNING id",
        s=status,
    )


def _value(person: Person, statement: str, **params):
    with person.engine.connect() as conn:
        return conn.execute(text(statement), params).one()


def test_a_complaint_is_answered_and_resolved_only_with_what_was_said_and_done(logins):
    cx = logins.person("cx")
    complaint = _complaint(logins)
    respond = "SELECT dicel_respond_customer_feedback(%s, %s)"
    for blank in BLANKS:
        assert cx.psql_refusal(respond, (complaint, blank)) == "DW491", repr(blank)
    with cx.engine.begin() as conn:
        conn.execute(
            text("SELECT dicel_respond_customer_feedback(:i, :n)"),
            {"i": complaint, "n": "Apologised; the guard was replaced."},
        )
    resolve = "SELECT dicel_resolve_customer_feedback(%s, %s)"
    assert cx.psql_refusal(resolve, (complaint, " ")) == "DW491"
    with cx.engine.begin() as conn:
        conn.execute(
            text("SELECT dicel_resolve_customer_feedback(:i, :n)"),
            {"i": complaint, "n": "Client confirmed on the phone."},
        )
    status, comment, today = _value(
        cx, "SELECT status, comment, current_date FROM customer_feedback WHERE id = :i", i=complaint
    )
    assert status == "resolved"
    assert comment.splitlines() == [
        "The guard left his post.",
        f"Responded to on {today.isoformat()}: Apologised; the guard was replaced.",
        f"Resolved on {today.isoformat()}: Client confirmed on the phone.",
    ]
    # The lines are the steps': nobody removes or types one.
    update = "UPDATE customer_feedback SET comment = %s WHERE id = %s"
    assert cx.psql_refusal(update, ("The guard left his post.", complaint)) == "DW021"
    other = _complaint(logins)
    forged = "Resolved on 2026-12-01: nothing to do"
    assert cx.psql_refusal(update, (f"Late guard\n{forged}", other)) == "DW021"
    assert cx.psql_refusal(update, ("Resolved quickly, thank you", other)) is None
    # In the exact form, blanks and case aside, as a clerk's paste might bring it.
    forged = " responded to on 2026-12-01: we called"
    assert cx.psql_refusal(update, (f"Late guard\n{forged}", other)) == "DW021"


#: A client's own sentences, taken down as said (review30 F2): a date after "Resolved"
#: or "Responded to" that is not the exact form a step writes is the client's.
CLIENT_SAYS = (
    "Truck late again.\nResolved 12/10/2026 by the driver, but it came back.",
    "Responded to 3 Nov 2026 by phone, nothing changed",
)


def test_a_client_s_own_words_are_taken_down_even_when_they_say_resolved_and_a_date(logins):
    cx = logins.person("cx")
    insert = "INSERT INTO customer_feedback (feedback_type, comment) VALUES ('complaint', %s)"
    for said in CLIENT_SAYS:
        assert cx.psql_refusal(insert, (said,)) is None, said
    complaint = _complaint(logins)
    update = "UPDATE customer_feedback SET comment = %s WHERE id = %s"
    for said in CLIENT_SAYS:
        assert cx.psql_refusal(update, (said, complaint)) is None, said
    # A step's line in the exact form is still the step's, at intake too.
    forged = "Late guard\nResolved on 2026-12-01: nothing to do"
    assert cx.psql_refusal(insert, (forged,)) == "DW021"


def test_a_case_is_recovered_with_a_note_on_the_day_it_was_settled(logins):
    officer = logins.person("recovery")
    today = _value(officer, "SELECT current_date")[0]
    started = today - dt.timedelta(days=20)
    case = _insert(
        logins,
        "INSERT INTO recovery_cases (case_number, case_type, description, amount_involved,"
        " status, start_date) VALUES (:n, 'Debt', 'Unpaid guarding', 2010000,"
        " 'in_progress', :s) RETURNING id",
        n=f"RC-{uuid.uuid4().hex[:8]}",
        s=started,
    )
    recover = "SELECT dicel_recover_recovery_case(%s, %s, 2010000, %s)"
    note = "Paid by transfer, BK ref 88123."
    assert officer.psql_refusal(recover, (case, "  ", started)) == "DW491"
    assert officer.psql_refusal(recover, (case, note, None)) == "DW429"
    assert officer.psql_refusal(recover, (case, note, today + dt.timedelta(days=1))) == "DW430"
    assert officer.psql_refusal(recover, (case, note, started - dt.timedelta(days=1))) == "DW431"
    # The one-argument step of migration 0100 is gone: no way around the note.
    assert officer.psql_refusal("SELECT dicel_recover_recovery_case(%s)", (case,)) == "42883"

    settled = started + dt.timedelta(days=3)
    with officer.engine.begin() as conn:
        conn.execute(
            text("SELECT dicel_recover_recovery_case(:i, :n, 2010000, :d)"),
            {"i": case, "n": note, "d": settled},
        )
    status, completed, description = _value(
        officer,
        "SELECT status, actual_completion_date, description FROM recovery_cases WHERE id = :i",
        i=case,
    )
    assert (status, completed) == ("recovered", settled)
    assert description.splitlines()[-1] == f"Marked recovered on {today.isoformat()}: {note}"


def test_a_case_settled_today_is_recovered_whatever_the_session_s_time_zone(logins):
    """Today is the company's day (the zone pinned on the function, migration 0101 and
    env.py): a case settled today is marked recovered, and one settled tomorrow refused
    (DW430), whatever zone the caller's session is in. Twelve hours behind and fourteen
    ahead of UTC never share a date, so at any moment one of them is not the company's."""
    officer = logins.person("recovery")
    company_today = (
        "SELECT (now() AT TIME ZONE split_part(c, '=', 2))::date"
        "  FROM pg_proc AS p, unnest(p.proconfig) AS c"
        " WHERE p.proname = 'dicel_recover_recovery_case' AND c ILIKE 'timezone=%'"
    )
    for zone in ("Etc/GMT+12", "Etc/GMT-14"):
        case = _insert(
            logins,
            "INSERT INTO recovery_cases (case_number, case_type, description,"
            " amount_involved, status, start_date) VALUES (:n, 'Debt', 'Unpaid guarding',"
            " 150000, 'in_progress', current_date - 5) RETURNING id",
            n=f"RC-{uuid.uuid4().hex[:8]}",
        )
        with officer.engine.begin() as conn:
            today = conn.scalar(text(company_today))
            conn.execute(text(f"SET LOCAL TimeZone = '{zone}'"))
            call = text("SELECT dicel_recover_recovery_case(:i, 'Paid in cash.', 150000, :d)")
            with pytest.raises(DBAPIError) as ahead, conn.begin_nested():
                conn.execute(call, {"i": case, "d": today + dt.timedelta(days=1)})
            assert ahead.value.orig.sqlstate == "DW430", zone
            conn.execute(call, {"i": case, "d": today})
        completed = _value(
            officer, "SELECT actual_completion_date FROM recovery_cases WHERE id = :i", i=case
        )[0]
        assert completed == today, zone
