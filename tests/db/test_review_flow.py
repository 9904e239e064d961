"""Performance reviews move by HR's steps (migration 0045), as real logins: written as
a draft the employee does not see, shared (what it says is then frozen), taken back to
draft to correct, acknowledged, completed and filed for good. Nobody moves a review of
themselves, and nobody but HR and admin moves one at all, even with SQL."""

from __future__ import annotations

import uuid

import pytest
from logins import Person, new_review
from sqlalchemy import exc, text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases

REVIEWS = "performance_reviews"


def _step(person: Person, action: str, record: uuid.UUID) -> None:
    with person.session() as session:
        cases.take_step(session, REVIEWS, action, record)


def _seen_by(person: Person, record: uuid.UUID) -> bool:
    with person.engine.connect() as conn:
        found = conn.scalar(
            text("SELECT count(*) FROM performance_reviews WHERE id = :id"), {"id": record}
        )
    return found == 1


def _state(logins, record: uuid.UUID) -> str:
    with logins.superuser().connect() as conn:
        return conn.scalar(
            text("SELECT status FROM performance_reviews WHERE id = :id"), {"id": record}
        )


def test_the_employee_reads_their_review_once_it_is_shared_not_as_it_is_written(logins):
    boss = logins.person(Role.EMPLOYEE)
    clerk = logins.person(Role.EMPLOYEE, supervisor=boss)
    hr = logins.person(Role.HR)
    review = new_review(hr, clerk)
    assert not _seen_by(clerk, review)
    # Their supervisor, who may have a word in it, reads the draft.
    assert _seen_by(boss, review)
    _step(hr, "share", review)
    assert _seen_by(clerk, review)
    # Taken back to correct a mistake: out of sight again until shared again.
    _step(hr, "recall", review)
    assert not _seen_by(clerk, review)


def test_hr_shares_corrects_and_files_a_review_whose_content_is_then_frozen(logins):
    clerk, hr = logins.person(Role.EMPLOYEE), logins.person(Role.HR)
    review = new_review(hr, clerk, rating=3)
    _step(hr, "share", review)
    # Shared: what it says is what the employee read (the review's lock, DL).
    with hr.engine.begin() as conn, pytest.raises(exc.DBAPIError) as refused:
        conn.execute(
            text("UPDATE performance_reviews SET overall_rating = 5 WHERE id = :id"),
            {"id": review},
        )
    assert refused.value.orig.sqlstate.startswith("DL")
    _step(hr, "recall", review)
    with hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE performance_reviews SET overall_rating = 4 WHERE id = :id"),
            {"id": review},
        )
    for action, state in (
        ("share", "submitted"),
        ("acknowledge", "acknowledged"),
        ("complete", "completed"),
    ):
        _step(hr, action, review)
        assert _state(logins, review) == state
    # Filed as it is: not changed, not moved (DW405, migration 0035); no role deletes
    # a review at all.
    with hr.engine.begin() as conn, pytest.raises(exc.DBAPIError) as refused:
        conn.execute(
            text("UPDATE performance_reviews SET next_goals = 'More' WHERE id = :id"),
            {"id": review},
        )
    assert refused.value.orig.sqlstate == "DW405"
    with hr.session() as session, pytest.raises(DicelError) as refused_step:
        cases.take_step(session, REVIEWS, "recall", review)
    assert refused_step.value.code == "wrong_state"
    assert _state(logins, review) == "completed"


def test_an_hr_officer_does_not_move_a_review_of_themselves(logins):
    hr, reviewed = logins.person(Role.HR), logins.person(Role.HR)
    review = new_review(hr, reviewed)
    # Their own draft is not theirs to see, HR or not (migration 0065), so not theirs to
    # move either; once shared, DW006 keeps it from them (below).
    with reviewed.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(session, REVIEWS, "share", review)
    assert refused.value.code == "record_gone"
    assert _state(logins, review) == "draft"
    _step(hr, "share", review)
    with reviewed.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(session, REVIEWS, "recall", review)
    assert refused.value.code == "own_pay_or_review"
    assert _state(logins, review) == "submitted"


@pytest.mark.parametrize("role", sorted(set(Role) - {Role.HR, Role.ADMIN}))
def test_no_one_else_moves_a_review_even_with_sql(logins, role):
    clerk, hr = logins.person(Role.EMPLOYEE), logins.person(Role.HR)
    review = new_review(hr, clerk)
    person = logins.person(role)
    with person.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as refused:
        conn.execute(text("SELECT public.dicel_share_performance_review(:id)"), {"id": review})
    assert refused.value.orig.sqlstate == "42501"
    assert _state(logins, review) == "draft"


def test_the_employee_acknowledges_their_shared_review_themselves(logins):
    boss = logins.person(Role.EMPLOYEE)
    clerk = logins.person(Role.EMPLOYEE, supervisor=boss)
    hr = logins.person(Role.HR)
    review = new_review(hr, clerk)
    # A draft is not theirs to see, so not theirs to acknowledge either.
    with clerk.session() as session, pytest.raises(DicelError) as unseen:
        cases.take_step(session, REVIEWS, "acknowledge", review)
    assert unseen.value.code == "record_gone"
    _step(hr, "share", review)
    # Their supervisor reads it, and is told who acknowledges it.
    with boss.session() as session, pytest.raises(DicelError) as not_theirs:
        cases.take_step(session, REVIEWS, "acknowledge", review)
    assert not_theirs.value.code == "case_step_not_yours"
    assert not_theirs.value.params["deciders"] == (
        "Human Resources, Administration or the employee it is about"
    )
    # Nor does the employee take HR's steps, or write the review with SQL.
    with clerk.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as denied:
        conn.execute(text("SELECT public.dicel_complete_performance_review(:id)"), {"id": review})
    assert denied.value.orig.sqlstate == "42501"
    with clerk.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as denied:
        conn.execute(
            text("UPDATE performance_reviews SET overall_rating = 5 WHERE id = :id"),
            {"id": review},
        )
    assert denied.value.orig.sqlstate == "42501"
    _step(clerk, "acknowledge", review)
    assert _state(logins, review) == "acknowledged"
    _step(hr, "complete", review)
    assert _state(logins, review) == "completed"


def test_an_hr_officer_acknowledges_their_own_review_and_moves_it_no_further(logins):
    hr, reviewed = logins.person(Role.HR), logins.person(Role.HR)
    review = new_review(hr, reviewed)
    _step(hr, "share", review)
    _step(reviewed, "acknowledge", review)
    with reviewed.session() as session, pytest.raises(DicelError) as refused:
        cases.take_step(session, REVIEWS, "complete", review)
    assert refused.value.code == "own_pay_or_review"
    assert _state(logins, review) == "acknowledged"
