"""When a guard's shift or patrol asks the guard to be on duty (migration 0095's trigger
``<table>_to_an_active_guard``, DW417, DW418). The service reads these to take such a
step only for a guard who may be taken through it; 0095 froze the same in its trigger,
and ``tests/unit/test_guard_duty.py`` holds the two equal. No Qt, no database here."""

from __future__ import annotations

__all__ = ["GUARD_DUTY_TABLES", "GUARD_OFF_DUTY", "GUARD_TAKING_STATES"]

#: The records a guard is on duty for: a shift, a patrol.
GUARD_DUTY_TABLES: tuple[str, ...] = ("security_assignments", "patrol_logs")

#: The states a step takes one of them into that ask its guard to be on duty: started,
#: completed. Missed, cancelled and aborted do not (what was planned for a guard who
#: will not come stays closable).
GUARD_TAKING_STATES: frozenset[str] = frozenset({"in_progress", "completed"})

#: A guard's states that take them through none of those steps.
GUARD_OFF_DUTY: tuple[str, ...] = ("suspended", "inactive")
