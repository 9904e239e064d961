"""Migration 0078, as real logins with the reviewer's psql statements (/tmp/psql25w
t8_policy.py): a compliance officer who put a policy in force under review, or changed
what it says, does not approve it too (DW412, DW411); an approval is on the version the
approver was shown (DW007 naming who changed it since, DW413 none given); and a refused
approval changes nothing. The window says it in the person's words, and says why
Approve… is off before it is clicked.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from logins import Person
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases

POLICIES = "compliance_policies"
REWRITE = "Staff may accept gifts of any value."
NEXT_REVIEW = dt.date.today() + dt.timedelta(days=365)


@pytest.fixture
def officers(logins):
    chantal = logins.person(Role.COMPLIANCE, first_name="Chantal", last_name="Kayitesi")
    aimable = logins.person(Role.COMPLIANCE, first_name="Aimable", last_name="Twagirayezu")
    return chantal, aimable


@pytest.fixture
def in_force(logins) -> uuid.UUID:
    """A policy in force, loaded by IT (no DICEL login wrote it)."""
    with logins.superuser().begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO compliance_policies (policy_name, policy_category, policy_content,"
                " status, effective_date, review_date)"
                " VALUES ('Gifts and hospitality', 'ethics', 'No gifts above 50,000 RWF.',"
                " 'active', current_date - 400, current_date + 30) RETURNING id"
            )
        )


def _run(person: Person, statement: str, **params) -> None:
    with person.engine.begin() as conn:
        conn.execute(text(statement), params)


def _version(person: Person, policy: uuid.UUID) -> dt.datetime:
    """The version the window shows (``Record.version``: the policy's updated_at)."""
    with person.engine.connect() as conn:
        return conn.scalar(
            text("SELECT updated_at FROM compliance_policies WHERE id = :p"), {"p": policy}
        )


def _policy(logins, policy: uuid.UUID) -> tuple[str, str, dt.date]:
    with logins.superuser().connect() as conn:
        return tuple(
            conn.execute(
                text(
                    "SELECT status, policy_content, review_date FROM compliance_policies"
                    " WHERE id = :p"
                ),
                {"p": policy},
            ).one()
        )


def _approve(person: Person, policy: uuid.UUID, shown: dt.datetime | None):
    """``person`` approves as psql would: (SQLSTATE, DETAIL), or (None, None) when done."""
    try:
        _run(
            person,
            "SELECT dicel_approve_compliance_policy(:p, :d, :s)",
            p=policy,
            d=NEXT_REVIEW,
            s=shown,
        )
    except DBAPIError as error:
        return error.orig.sqlstate, error.orig.diag.message_detail
    return None, None


def test_one_officer_does_not_rewrite_a_policy_in_force_alone(logins, officers, in_force):
    chantal, _aimable = officers
    before = _policy(logins, in_force)
    _run(chantal, "SELECT dicel_start_review_compliance_policy(:p)", p=in_force)
    _run(chantal, "UPDATE compliance_policies SET policy_content = :c WHERE id = :p",
         c=REWRITE, p=in_force)  # fmt: skip
    refused, detail = _approve(chantal, in_force, _version(chantal, in_force))
    assert refused == "DW411"
    assert '"who" : "Chantal Kayitesi"' in detail
    # Nothing approved: still under review, its next review date as it was.
    assert _policy(logins, in_force) == ("under_review", REWRITE, before[2])
    # Nor brought into force.
    with pytest.raises(DBAPIError) as not_approved:
        _run(chantal, "SELECT dicel_activate_compliance_policy(:p)", p=in_force)
    assert not_approved.value.orig.sqlstate == "DW004"


def test_whoever_started_the_review_does_not_approve_it(logins, officers, in_force):
    chantal, aimable = officers
    _run(chantal, "SELECT dicel_start_review_compliance_policy(:p)", p=in_force)
    refused, detail = _approve(chantal, in_force, _version(chantal, in_force))
    assert refused == "DW412"
    assert '"state" : "under_review"' in detail
    # A colleague who neither started the review nor changed it approves it.
    assert _approve(aimable, in_force, _version(aimable, in_force)) == (None, None)
    assert _policy(logins, in_force)[0] == "approved"


def test_a_change_by_a_colleague_after_the_approver_opened_it_is_not_approved_unseen(
    logins, officers, in_force
):
    chantal, aimable = officers
    with logins.superuser().begin() as conn:  # put under review by IT
        conn.execute(
            text("UPDATE compliance_policies SET status = 'under_review' WHERE id = :p"),
            {"p": in_force},
        )
    shown = _version(aimable, in_force)
    _run(chantal, "UPDATE compliance_policies SET policy_content = :c WHERE id = :p",
         c=REWRITE, p=in_force)  # fmt: skip
    refused, detail = _approve(aimable, in_force, shown)
    assert refused == "DW007"
    assert '"who" : "Chantal Kayitesi"' in detail
    assert _policy(logins, in_force)[0] == "under_review"
    # No version at all is no approval either.
    assert _approve(aimable, in_force, None)[0] == "DW413"
    # Shown the rewrite, Aimable decides on it.
    assert _approve(aimable, in_force, _version(aimable, in_force)) == (None, None)
    assert _policy(logins, in_force)[:2] == ("approved", REWRITE)


def test_the_refusals_read_as_sentences_and_the_window_says_why_approve_is_off(
    logins, officers, in_force
):
    chantal, aimable = officers
    _run(chantal, "SELECT dicel_start_review_compliance_policy(:p)", p=in_force)
    with chantal.session() as session:
        stops = cases.what_stops_step(session, POLICIES, "approve", in_force)
        assert stops is not None and stops.code == "case_own_move_decision"
        with pytest.raises(DicelError) as refused:
            cases.take_step(
                session,
                POLICIES,
                "approve",
                in_force,
                days={"review_date": NEXT_REVIEW},
                shown=_version(chantal, in_force),
            )
    for error in (stops, refused.value):
        said = error.message
        assert said.startswith("You made this policy under review on "), said
        assert said.endswith("someone else must decide whether it is approved."), said
    with aimable.session() as session:
        assert cases.what_stops_step(session, POLICIES, "approve", in_force) is None
        with pytest.raises(DicelError) as unshown:
            cases.take_step(
                session, POLICIES, "approve", in_force, days={"review_date": NEXT_REVIEW}
            )
    assert unshown.value.code == "case_unshown_decision"
    assert "only as it was shown to you" in unshown.value.message
