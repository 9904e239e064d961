"""A ticket's step, against the raw conditional UPDATE with its audit insert.

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k case_step``. Prints a
table; asserts nothing about wall time.

Everything runs logged in as an IT technician over TCP (a real login: grants, row
security and the audit trigger cost what they cost), on one connection, alternating
within each round:

* **floor**: ``UPDATE it_support_tickets SET priority = %s WHERE id = %s AND status =
  ANY (%s)`` and COMMIT, through psycopg: a conditional UPDATE of one row with its audit
  row (the trigger), the least a decision can cost;
* **function**: ``SELECT dicel_hold_it_ticket(%s)`` / ``dicel_resume_it_ticket`` and
  COMMIT on the same connection (target: within 2x): the step's checks, its conditional
  UPDATE and audit row;
* **service**, for information: ``services.cases.take_step`` on a SQLAlchemy Session of
  the same login (statement built, refusals worded, commit), as the window's worker runs
  it.
"""

from __future__ import annotations

import time
import uuid

import pytest
from _measure import RUNS, Line, Stats, load_note, print_table
from logins import open_logins
from sqlalchemy import text

from dicel_desktop.services import cases

pytestmark = [pytest.mark.perf, pytest.mark.timeout(900)]

ROUNDS = max(RUNS, 7)
#: Steps per round and way (the median of a round is one sample).
STEPS = 40


def _median_ms(samples: list[float]) -> float:
    return Stats.of(samples).median * 1000


def test_a_ticket_step_costs_little_more_than_its_conditional_update(db_dsn):
    for made in open_logins(db_dsn):
        requester, tech = made.person("employee"), made.person("it")
        with requester.engine.begin() as conn:
            tickets = [
                conn.scalar(
                    text(
                        "INSERT INTO it_support_tickets (category, subject, description)"
                        " VALUES ('Hardware', 'Bench', 'Bench.') RETURNING id"
                    )
                )
                for _ in range(3)
            ]
        with tech.session() as session:
            for ticket in tickets:
                cases.assign(session, "it_support_tickets", ticket, tech.user_id)
        raw_ticket, function_ticket, service_ticket = tickets
        raw = tech.engine.raw_connection()
        session = tech.session()
        try:
            floor, function, service = [], [], []
            for _round in range(ROUNDS):
                floor.append(_median_ms(_raw_updates(raw, raw_ticket)))
                function.append(_median_ms(_function_calls(raw, function_ticket)))
                service.append(_median_ms(_service_calls(session, service_ticket)))
        finally:
            session.close()
            raw.close()
    print_table(
        "A ticket's step (hold / resume) against its conditional UPDATE and audit row",
        [
            _line("function on the same connection", function, floor, target=2.0),
            _line("service (Session, worded refusals)", service, floor, target=None),
        ],
        [load_note(), f"{ROUNDS} rounds of {STEPS} steps each way; one login, over TCP."],
    )


def _raw_updates(raw, ticket: uuid.UUID) -> list[float]:
    samples = []
    cursor = raw.cursor()
    for n in range(STEPS):
        start = time.perf_counter()
        cursor.execute(
            "UPDATE it_support_tickets SET priority = %s WHERE id = %s AND status = ANY (%s)",
            ("high" if n % 2 else "low", ticket, ["open", "in_progress", "on_hold"]),
        )
        raw.commit()
        samples.append(time.perf_counter() - start)
    return samples


def _function_calls(raw, ticket: uuid.UUID) -> list[float]:
    samples = []
    cursor = raw.cursor()
    for n in range(STEPS):
        function = "dicel_resume_it_ticket" if n % 2 else "dicel_hold_it_ticket"
        start = time.perf_counter()
        cursor.execute(f"SELECT {function}(%s)", (ticket,))
        raw.commit()
        samples.append(time.perf_counter() - start)
    return samples


def _service_calls(session, ticket: uuid.UUID) -> list[float]:
    samples = []
    for n in range(STEPS):
        action = "resume" if n % 2 else "hold"
        start = time.perf_counter()
        cases.take_step(session, "it_support_tickets", action, ticket)
        samples.append(time.perf_counter() - start)
    return samples


def _line(what: str, mine: list[float], theirs: list[float], target: float | None) -> Line:
    ours, floor = Stats.of(mine), Stats.of(theirs)
    per_round = Stats.of([a / b for a, b in zip(mine, theirs, strict=True)])
    return Line(
        what,
        ours.show("ms", 2),
        floor.show("ms", 2),
        f"{per_round.median:.2f}x ({per_round.low:.2f}-{per_round.high:.2f})",
        "—" if target is None else f"≤ {target:g}x",
        None if target is None else per_round.median <= target,
    )
