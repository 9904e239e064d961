"""A login's copy of the emergency contact is not asked again: HR's is.

Revision ID: 0133
Revises: 0132
Create Date: 2026-12-06

Found in a code review (/work/reports/review35c.md F1): a login could no longer be made
for an employee whose emergency contact was stored before 0132 without a name, or before
0130 with a phone such as "788 123 456". ``dicel_create_user`` links the employee record,
the sync trigger (``employees_sync_user``, migration 0125) copies the contact onto
``users.emergency_contact`` (NULL -> the contact), and ``users_contact_shapes`` (0130,
0132) asked that copy as a new contact: DW031 or DW035, said to an administrator whose
New user dialog has no contact field.

Since 0125 no role writes ``users.emergency_contact`` by hand: the sync alone does, from
``employees.emergency_contact``, which ``employees_contact_shapes`` asks when HR writes
it. So the trigger ``users_contact_shapes`` asks the login's ``phone`` only (BEFORE
INSERT OR UPDATE OF phone); a copy the sync writes is HR's contact, accepted as HR's own
save of that employee is. ``dicel_contact_shapes()`` is unchanged; the trigger's
arguments are.

Frozen: 0130's trigger text and its columns. The downgrade gives back 0130's trigger
(``phone`` and ``emergency_contact``).
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql

revision: str = "0133"
down_revision: str | None = "0132"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0130 = earlier_revision(
    "0130_an_old_number_stays_until_someone_writes_another_and_a_number_without_plus_is_rwandan"
)

TABLE = "users"
#: The columns 0130's trigger asked on users, and the ones it asks from now on.
ASKED_BEFORE: tuple[str, ...] = _0130.SHAPED[TABLE]
ASKED = tuple(c for c in ASKED_BEFORE if c != "emergency_contact")
assert ASKED_BEFORE == ("phone", "emergency_contact") and ASKED == ("phone",)


def _recreate(columns: tuple[str, ...]) -> None:
    execute_sql(f"DROP TRIGGER {_0130.trigger_name(TABLE)} ON public.{TABLE}")
    execute_sql(_0130._shapes_trigger(TABLE, columns))


def upgrade() -> None:
    _recreate(ASKED)


def downgrade() -> None:
    _recreate(ASKED_BEFORE)
