"""Migration 0079, as real logins with the reviewer's psql statements (/tmp/psql26w t1,
t1b, t2, t3): a policy's files are part of what another approves (DW411 for the officer
who changed them, DW007 for a file replaced after the approver was shown it) and a
policy in force takes no file change outside a review (DW414); its description is
locked with its words (DL001); a write-off is decided by someone other than who worked
the case, on what they were shown. (0079's new holiday rejecting a pending leave was
undone by 0082: tests/security/test_case_parts_holidays_and_cap.py.)
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

import psycopg
import pytest
from leave_team import make_team
from logins import Person, open_logins
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, db_errors, documents, records

POLICIES = "compliance_policies"
CASES = "recovery_cases"
NEXT_REVIEW = dt.date.today() + dt.timedelta(days=365)
GIFTS = b"Staff may accept gifts of any value."


@pytest.fixture
def officers(logins):
    chantal = logins.person(Role.COMPLIANCE, first_name="Chantal", last_name="Kayitesi")
    francine = logins.person(Role.COMPLIANCE, first_name="Francine", last_name="Rwema")
    return chantal, francine


def _policy(logins, status: str) -> uuid.UUID:
    """A policy loaded by IT (no DICEL login wrote it)."""
    with logins.superuser().begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO compliance_policies (policy_name, policy_category, policy_content,"
                " description, status, effective_date, review_date)"
                " VALUES ('Gifts and hospitality', 'ethics', 'No gifts above 50,000 RWF.',"
                " 'What staff may accept', :s, current_date - 400, current_date + 30)"
                " RETURNING id"
            ),
            {"s": status},
        )


def _sql(person: Person, statement: str, *params):
    """``statement`` as ``person`` with psql: its SQLSTATE when refused, else None."""
    try:
        with person.engine.begin() as conn:
            conn.exec_driver_sql(statement, params)
    except DBAPIError as error:
        return error.orig.sqlstate
    return None


def _value(logins, statement: str, *params):
    with logins.superuser().connect() as conn:
        return conn.exec_driver_sql(statement, params).scalar()


def _attach(person: Person, record: uuid.UUID, content: bytes = b"No gifts at all.") -> str:
    return _sql(
        person,
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
        " VALUES ('compliance_policies', %s, 'Policy text.txt', 'text/plain', %s)",
        record,
        content,
    )


def _shown(person: Person, table: str, record: uuid.UUID) -> dt.datetime:
    """The version the window shows and passes (``Record.decision_version``)."""
    with person.session() as session:
        return records.load_record(session, table, person.role, record).decision_version


def _approve(person: Person, policy: uuid.UUID, shown) -> str | None:
    return _sql(
        person, "SELECT dicel_approve_compliance_policy(%s, %s, %s)", policy, NEXT_REVIEW, shown
    )


# --------------------------------------------------------------------------- policies


def test_the_officer_who_changed_a_policys_file_does_not_approve_it(logins, officers):
    """t1: Francine starts the review, Chantal attaches and rewrites the policy's file,
    then approves it alone: refused; a third officer, who did neither, approves it."""
    chantal, francine = officers
    aimable = logins.person(Role.COMPLIANCE, first_name="Aimable", last_name="Twagirayezu")
    policy = _policy(logins, "active")
    assert _sql(francine, "SELECT dicel_start_review_compliance_policy(%s)", policy) is None
    assert _attach(chantal, policy, GIFTS) is None
    assert _approve(chantal, policy, _shown(chantal, POLICIES, policy)) == "DW411"
    with chantal.session() as session:
        stops = cases.what_stops_step(session, POLICIES, "approve", policy)
    assert stops is not None and stops.code == "case_own_change_decision"
    assert _value(logins, "SELECT status FROM compliance_policies WHERE id = %s", policy) == (
        "under_review"
    )
    assert _approve(aimable, policy, _shown(aimable, POLICIES, policy)) is None


def test_a_file_replaced_after_the_approver_was_shown_the_policy_is_not_approved_unseen(
    logins, officers
):
    """t1b: Francine opens the policy; Chantal replaces its file; Francine's approval on
    what she was shown is refused, naming Chantal; on what she is shown now it passes."""
    chantal, francine = officers
    policy = _policy(logins, "draft")
    assert _attach(chantal, policy) is None
    with logins.superuser().begin() as conn:  # put under review by IT
        conn.exec_driver_sql(
            "UPDATE compliance_policies SET status = 'under_review' WHERE id = %s", (policy,)
        )
    shown = _shown(francine, POLICIES, policy)
    assert (
        _sql(
            chantal,
            "UPDATE documents SET content = %s WHERE owner_id = %s",
            GIFTS,
            policy,
        )
        is None
    )
    refused = francine.refusal(
        "SELECT dicel_approve_compliance_policy(%s, %s, %s)", policy, NEXT_REVIEW, shown
    )
    assert refused is not None and refused.sqlstate == "DW007"
    assert json.loads(refused.diag.message_detail)["who"] == "Chantal Kayitesi"
    assert _value(logins, "SELECT status FROM compliance_policies WHERE id = %s", policy) == (
        "under_review"
    )
    assert _approve(francine, policy, _shown(francine, POLICIES, policy)) is None


def test_a_policy_in_force_takes_no_file_outside_a_review(logins, officers):
    """t1b: a file added to, replaced on or removed from an approved or active policy is
    refused in the person's words; a review opens its files again."""
    chantal, francine = officers
    policy = _policy(logins, "draft")
    assert _attach(chantal, policy) is None
    for status in ("active", "approved"):
        with logins.superuser().begin() as conn:
            conn.exec_driver_sql(
                "UPDATE compliance_policies SET status = %s WHERE id = %s", (status, policy)
            )
        refused = chantal.refusal(
            "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
            " VALUES ('compliance_policies', %s, 'More.txt', 'text/plain', %s)",
            policy,
            GIFTS,
        )
        assert refused is not None and refused.sqlstate == "DW414", status
        assert db_errors.explain(refused).message == (
            "A policy in force changes only through a review: start a review, then change"
            " its files."
        )
        assert _sql(chantal, "UPDATE documents SET content = %s WHERE owner_id = %s",
                    GIFTS, policy) == "DW414"  # fmt: skip
        assert _sql(chantal, "DELETE FROM documents WHERE owner_id = %s", policy) == "DW414"
        with chantal.session() as session:
            hold = documents.record_hold(session, POLICIES, policy)
            assert hold is not None and not hold.adds
            with pytest.raises(DicelError) as said:
                documents.attach(session, POLICIES, policy, "More.txt", "text/plain", GIFTS)
        assert said.value.code == "files_under_review_only"
    assert _value(logins, "SELECT count(*) FROM documents WHERE owner_id = %s", policy) == 1
    assert _sql(francine, "SELECT dicel_start_review_compliance_policy(%s)", policy) is None
    assert _attach(chantal, policy, GIFTS) is None


def test_a_policys_description_is_locked_once_approved(logins, officers):
    """t2: the description of a policy approved or in force stays as approved."""
    chantal, _francine = officers
    rewrite = "UPDATE compliance_policies SET description = 'Any gift' WHERE id = %s"
    for status in ("active", "approved"):
        policy = _policy(logins, status)
        assert _sql(chantal, rewrite, policy) == "DL001", status
        assert _value(logins, "SELECT description FROM compliance_policies WHERE id = %s",
                      policy) == "What staff may accept"  # fmt: skip
    assert _sql(chantal, rewrite, _policy(logins, "draft")) is None


# --------------------------------------------------------------------------- write-offs


def _case(officer: Person) -> uuid.UUID:
    """A case the officer opens, with its amount."""
    with officer.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_type, description, amount_involved)"
                " VALUES ('Debt', 'Unpaid guarding, March', 2010000) RETURNING id"
            ),
        )


def test_a_write_off_is_decided_by_another_on_what_they_were_shown(logins):
    """A recovery officer who opened the case and lowered its amount does not write it
    off too; a colleague does, on the version shown (an administrator may as well)."""
    alice = logins.person(Role.RECOVERY, first_name="Alice", last_name="Mukamana")
    bosco = logins.person(Role.RECOVERY, first_name="Bosco", last_name="Habimana")
    admin = logins.person(Role.ADMIN, first_name="Ada", last_name="Admin")
    case = _case(alice)
    write_off = "SELECT dicel_write_off_recovery_case(%s, %s, %s)"
    shown = _shown(bosco, CASES, case)
    assert _sql(alice, "UPDATE recovery_cases SET amount_involved = 10 WHERE id = %s",
                case) is None  # fmt: skip
    assert _sql(alice, write_off, case, "Client bankrupt", _shown(alice, CASES, case)) == "DW411"
    with alice.session() as session:
        stops = cases.what_stops_step(session, CASES, "write_off", case)
        assert stops is not None
        assert stops.message.endswith("someone else must decide whether it is written off.")
    # Bosco was shown it before Alice's change: not written off unseen, nor unshown.
    assert _sql(bosco, write_off, case, "Client bankrupt", shown) == "DW007"
    assert _sql(bosco, write_off, case, "Client bankrupt", None) == "DW413"
    assert _value(logins, "SELECT status FROM recovery_cases WHERE id = %s", case) == "open"
    with bosco.session() as session:
        assert cases.what_stops_step(session, CASES, "write_off", case) is None
        cases.take_step(
            session,
            CASES,
            "write_off",
            case,
            reason="Client bankrupt",
            shown=_shown(bosco, CASES, case),
        )
    assert _value(logins, "SELECT status FROM recovery_cases WHERE id = %s", case) == (
        "written_off"
    )
    other = _case(alice)
    assert _sql(admin, write_off, other, "Client gone", _shown(admin, CASES, other)) is None


# --------------------------------------------------------------------------- holidays


def _refused(conn: psycopg.Connection, statement: str, params) -> psycopg.Error | None:
    try:
        with conn.transaction():
            conn.execute(statement, params)
    except psycopg.Error as error:
        return error
    return None


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)
