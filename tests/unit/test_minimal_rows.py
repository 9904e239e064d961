"""The minimal rows the constraint and step tests build on: a shift and a patrol are of
hours before the row is made (code review 32, F6: counted at import, a long session's
shift outgrew the day once a step moved its end ahead, and DW446 refused it)."""

from __future__ import annotations

import datetime as dt
import types

import minimal_rows


def test_a_minimal_shift_and_patrol_begin_hours_before_they_are_made(monkeypatch):
    later = dt.datetime(2030, 3, 4, 12, 0, tzinfo=dt.UTC)

    class _Later(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return later

    monkeypatch.setattr(
        minimal_rows, "dt", types.SimpleNamespace(**{**vars(dt), "datetime": _Later})
    )
    shift = minimal_rows.minimal_row("security_assignments")
    patrol = minimal_rows.minimal_row("patrol_logs")
    assert shift["shift_start"] == later - dt.timedelta(hours=10)
    assert shift["shift_end"] == later - dt.timedelta(hours=2)
    assert patrol["start_time"] == later - dt.timedelta(hours=1)
