"""Migration 0106, as real logins with psql: a recovery case is marked recovered with how
much came back, above zero (DW435), in whole francs (DW346), at most the amount involved
(DW436); the step writes it, nobody else does (not recovery, not admin, by UPDATE or
INSERT), and Reopen… clears it."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import text

RECOVER = "SELECT dicel_recover_recovery_case(%s, %s, %s, %s)"
NOTE = "Paid 20 M by transfer; the rest is not coming."
INVOLVED = Decimal("35500000")


def _case(logins) -> uuid.UUID:
    with logins.superuser().begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_number, case_type, description,"
                " amount_involved, status, start_date) VALUES (:n, 'Debt', 'Unpaid guarding',"
                " :a, 'in_progress', current_date - 30) RETURNING id"
            ),
            {"n": f"RC-{uuid.uuid4().hex[:8]}", "a": INVOLVED},
        )


def _read(logins, case: uuid.UUID):
    with logins.superuser().connect() as conn:
        return conn.execute(
            text("SELECT status, amount_recovered FROM recovery_cases WHERE id = :i"),
            {"i": case},
        ).one()


def test_a_case_is_recovered_with_how_much_came_back_and_no_more_than_was_involved(logins):
    officer = logins.person("recovery")
    case = _case(logins)
    today = dt.date.today()
    for nothing in (None, Decimal(0), Decimal(-5), Decimal("NaN")):
        assert officer.psql_refusal(RECOVER, (case, NOTE, nothing, today)) == "DW435", nothing
    assert officer.psql_refusal(RECOVER, (case, NOTE, INVOLVED + 1, today)) == "DW436"
    assert officer.psql_refusal(RECOVER, (case, NOTE, Decimal("20000000.50"), today)) == "DW346"
    # 0101's step, which said nothing of how much, is gone.
    assert (
        officer.psql_refusal("SELECT dicel_recover_recovery_case(%s, %s, %s)", (case, NOTE, today))
        == "42883"
    )
    assert _read(logins, case) == ("in_progress", None)

    # Taken (and committed): what came back is kept with the case.
    assert officer.refusal(RECOVER, case, NOTE, Decimal("20000000"), today) is None
    assert _read(logins, case) == ("recovered", Decimal("20000000.00"))

    # Reopened, it no longer says what came back; marked recovered again, in full.
    assert officer.refusal("SELECT dicel_reopen_recovery_case(%s)", case) is None
    assert _read(logins, case) == ("in_progress", None)
    assert officer.refusal(RECOVER, case, NOTE, INVOLVED, today) is None
    assert _read(logins, case) == ("recovered", INVOLVED)


def test_nobody_writes_the_amount_recovered_by_hand(logins):
    """A state column, as the status is: in no role's UPDATE or INSERT grant (42501),
    recovery and admin alike, whatever state the case is in."""
    case = _case(logins)
    for role in ("recovery", "admin"):
        person = logins.person(role)
        update = "UPDATE recovery_cases SET amount_recovered = %s WHERE id = %s"
        assert person.psql_refusal(update, (Decimal("1000"), case)) == "42501", role
        insert = (
            "INSERT INTO recovery_cases (case_type, description, amount_involved,"
            " amount_recovered) VALUES ('Debt', 'Unpaid', 5000, 5000)"
        )
        assert person.psql_refusal(insert, ()) == "42501", role
        # What the case says otherwise is still theirs to change.
        assert (
            person.psql_refusal(
                "UPDATE recovery_cases SET amount_involved = %s WHERE id = %s",
                (INVOLVED, case),
            )
            is None
        ), role
    assert _read(logins, case) == ("in_progress", None)
