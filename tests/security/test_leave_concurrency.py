"""Many people at once, each on their own real login connection, started together: one
decision, one audit entry, the others told who decided; one of two overlapping filings."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa
from leave_team import make_team, week
from logins import open_logins

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import leave

DECIDERS = 20


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def together(work, people) -> list[object]:
    """Run ``work(person)`` for every person in threads released at one moment; each
    one's result or the exception it raised, in the order of ``people``."""
    start = threading.Barrier(len(people))
    outcomes: list[object] = [None] * len(people)

    def run(index: int, person) -> None:
        # Connected before the barrier, so the calls, not the logins, race.
        with person.session() as session:
            session.connection()
            start.wait()
            try:
                outcomes[index] = work(session)
            except Exception as error:  # the outcome under test
                outcomes[index] = error

    threads = [threading.Thread(target=run, args=(i, p)) for i, p in enumerate(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_twenty_deciders_at_once_leave_one_decision_and_tell_the_others_who(team):
    # The supervisor, and others who may decide too: HR officers and administrators.
    people = [team.boss, team.hr, team.admin]
    people += [team.logins.person("hr", first_name=f"Officer{i}") for i in range(12)]
    people += [team.logins.person("admin", first_name=f"Admin{i}") for i in range(5)]
    assert len(people) == DECIDERS
    request = team.file(team.clerk, week(0))

    outcomes = together(lambda session: leave.decide_leave(session, request, True), people)

    winners = [p for p, o in zip(people, outcomes, strict=True) if o is None]
    assert len(winners) == 1
    row = team.row(request)
    assert (row["status"], row["approved_by"]) == ("approved", winners[0].user_id)
    assert len(team.audit_updates(request)) == 1
    with winners[0].session() as session:
        name = session.execute(
            sa.text("SELECT first_name || ' ' || last_name FROM users WHERE id = :id"),
            {"id": winners[0].user_id},
        ).scalar_one()
    at = row["approved_date"].astimezone().strftime("%H:%M")
    refused = [o for o in outcomes if o is not None]
    assert all(isinstance(o, DicelError) for o in refused), refused
    assert {o.message for o in refused} == {f"Already approved by {name} at {at}."}


def test_two_overlapping_requests_filed_at_once_leave_one(team):
    def file(session):
        return leave.request_leave(session, "annual", *week(0), "Twice")

    outcomes = together(file, [team.clerk, team.clerk, team.clerk])
    filed = [o for o in outcomes if not isinstance(o, Exception)]
    assert len(filed) == 1
    assert {o.code for o in outcomes if isinstance(o, DicelError)} == {"leave_overlaps"}
