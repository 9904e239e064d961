"""The steps the service keeps from a suspended or inactive guard are the ones migration
0095's trigger refuses: its trigger froze the states and the guard's statuses, and
together they are ``domain.guard_duty`` (review 30, F8)."""

from __future__ import annotations

import re

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.guard_duty import GUARD_DUTY_TABLES, GUARD_OFF_DUTY, GUARD_TAKING_STATES
from dicel_desktop.services import cases
from dicel_desktop.services.cases import related_stops

REVISION = earlier_revision(
    "0095_nobody_keeps_their_own_guard_record_or_training_and_shifts_wait_for_their_start"
)


def test_the_tables_are_the_triggers():
    assert set(REVISION.DUTY_TABLES) == set(GUARD_DUTY_TABLES)
    assert set(cases.GUARD_ON_DUTY_STATES) == set(GUARD_DUTY_TABLES)


def test_the_taking_states_are_the_ones_the_trigger_asks_on_a_step():
    (listed,) = re.findall(r"NEW\.status IN \(([^)]*)\)", REVISION.ON_DUTY)
    assert set(re.findall(r"'([a-z_]+)'", listed)) == GUARD_TAKING_STATES
    for table in GUARD_DUTY_TABLES:
        assert cases.GUARD_ON_DUTY_STATES[table] == GUARD_TAKING_STATES


def test_the_off_duty_statuses_are_the_ones_the_trigger_refuses():
    refused = re.findall(r"v_guard\.status = '([a-z_]+)'", REVISION.ON_DUTY)
    assert len(refused) == len(set(refused))
    assert set(refused) == set(GUARD_OFF_DUTY)
    for statement in related_stops._GUARD_OFF_DUTY.values():
        (listed,) = re.findall(r"g\.status IN \(([^)]*)\)", str(statement))
        assert set(re.findall(r"'([a-z_]+)'", listed)) == set(GUARD_OFF_DUTY)
