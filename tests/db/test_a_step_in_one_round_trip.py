"""A workflow step is one exchange with the server (stop 27, issue 10's decision benchmark).

``call_function`` sends the step's one function call with no BEGIN before it and no
COMMIT after it: the server commits the call as it ends, as it commits any statement run
outside a transaction block. BEGIN and COMMIT were two of a decision's three round trips.
What the client sends is read from libpq's own trace of the connection.
"""

from __future__ import annotations

import os
import re

import pytest
from leave_team import Team, make_team, week
from logins import open_logins
from slow_server import AnswerLosingProxy
from sqlalchemy.orm import Session, sessionmaker

from dicel_desktop.db.engine import make_engine
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import client_version, leave
from dicel_desktop.services.units import LOST_MAY_BE_DONE


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def _sent(person, step, tmp_path) -> list[str]:
    """The messages the client sent while ``step(session)`` ran on a session of
    ``person``'s (libpq's trace: each line a message, "F" for the client's)."""
    path = tmp_path / "trace.txt"
    with person.engine.connect() as connection, Session(bind=connection) as session:
        driver = connection.connection.driver_connection
        driver.pgconn.trace(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC))
        try:
            step(session)
        finally:
            driver.pgconn.untrace()  # flushes the trace
    return [line for line in path.read_text().splitlines() if "\tF\t" in line]


def test_a_decision_sends_its_call_with_no_begin_and_no_commit(team: Team, tmp_path):
    request = team.file(team.clerk, week(1, days=2))
    sent = _sent(team.boss, lambda s: leave.decide_leave(s, request, True, "Enjoy"), tmp_path)

    statements = [line for line in sent if re.search(r"\t(Query|Parse)\t", line)]
    assert len(statements) == 1, sent
    assert "dicel_decide_leave" in statements[0]
    assert not [line for line in sent if re.search(r'"(BEGIN|COMMIT)', line)], sent
    assert len([line for line in sent if re.search(r"\tSync\b", line)]) == 1, sent
    # ... and it is decided, for everyone to see (committed), with its audit entry.
    assert team.row(request)["status"] == "approved"
    assert team.audit_updates(request)[-1]["status"] == "approved"


def test_a_refused_step_leaves_nothing_and_the_next_step_works(team: Team):
    request = team.file(team.clerk, week(1, days=2))
    with team.clerk.session() as session:
        with pytest.raises(DicelError):
            leave.decide_leave(session, request, True, "My own")  # nobody approves their own
        assert team.row(request)["status"] == "pending"
        leave.cancel_leave(session, request, "Plans changed")
    assert team.row(request)["status"] == "cancelled"


def test_a_read_only_login_still_starts_its_step_read_only(team: Team):
    """A read-only client (an old version) starts every transaction READ ONLY: a step
    sent alone would skip that start, so the step runs in the transaction that did."""
    request = team.file(team.clerk, week(1, days=2))
    engine = make_engine(team.boss.engine.url.render_as_string(hide_password=False))
    try:
        client_version.make_read_only(engine)
        with sessionmaker(engine)() as session, pytest.raises(DicelError) as refused:
            leave.decide_leave(session, request, True, "Enjoy")
    finally:
        client_version.make_read_only(engine, False)
        engine.dispose()
    assert refused.value.code == client_version.READ_ONLY_CODE
    assert team.row(request)["status"] == "pending"


def test_a_step_whose_answer_is_lost_says_it_may_be_done_not_try_again(team: Team):
    """Sent alone, the call commits as it ends: lost before its answer came, the step may
    be done (here it was). "Try again" would do it twice (a payment booked twice, stock
    moved twice): the person is told to open the record again and see."""
    request = team.file(team.clerk, week(1, days=2))
    url = team.boss.engine.url.render_as_string(hide_password=False)
    proxy = AnswerLosingProxy.losing(
        url.replace("postgresql+psycopg", "postgresql"), b"dicel_decide_leave"
    )
    engine = make_engine(proxy.dsn(url), pool_pre_ping=False)
    try:
        with sessionmaker(engine)() as session, pytest.raises(DicelError) as refused:
            leave.decide_leave(session, request, True, "Enjoy")
    finally:
        engine.dispose()
        proxy.close()
    assert proxy.lost.is_set()  # the server answered; the answer never came
    assert refused.value.code == LOST_MAY_BE_DONE
    assert "may have been saved. Open the record again" in str(refused.value)
    assert team.row(request)["status"] == "approved"  # done, once
