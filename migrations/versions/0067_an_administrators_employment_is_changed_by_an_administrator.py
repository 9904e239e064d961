"""Only an administrator changes an administrator's employment status or termination date.

Revision ID: 0067
Revises: 0066
Create Date: 2026-12-05

Left by migration 0057: its trigger ``employees_administrator_ended_by_administrator``
(DW602) asked only whether the employment of someone whose login administers DICEL was
*ended* (status becoming ``terminated``). HR could still suspend an administrator (the
employee step Suspend…, or ``UPDATE employees SET status = 'suspended'``), mark them on
leave or back, reinstate them, or write their termination date straight into the record
(the form's Termination date, or psql): a suspended person is not paid (migration 0014),
a termination date ends their pay (0046) and dates their leaving, and every one of those
is a change of the administrator's employment that HR would decide alone.

The trigger now watches both columns (BEFORE UPDATE OF status, termination_date, when
either changes and the record has a login) with the same function, made again: an
administrator's record changed by anyone but an active administrator is refused,
``DW602`` when the change ends the employment (its sentence as before), ``DW603`` for any
other change of the status or the termination date ("Only an administrator may change the
employment status or termination date of ..."). DETAIL ``id`` and ``name`` as 0057's.
Every DICEL session is asked, a superuser loading data is not. The administrator's own
record stays DW009's (migration 0052) whoever the caller.

Why not let HR keep the everyday steps (on leave, back from leave): each changes whether
and how much the run pays the person (0057 counts the status among the pay columns) and
the record is the one HR's deciding alone was taken away from for ending it; an
administrator is a colleague of the one who asks, and the step is one click for them.

A downgrade gives back 0057's function and trigger.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql, or_replace, replaced

revision: str = "0067"
down_revision: str | None = "0066"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0057 = earlier_revision("0057_drafts_stay_out_of_history_and_pay_is_set_by_another")

_TRIGGER = "employees_administrator_ended_by_administrator"
_SIGNATURE = _0057.ADMINISTRATOR_ENDED_SIGNATURE

_DETAIL = """DETAIL = json_build_object('id', NEW.id,
                                       'name', public.dicel_person_name(NEW.user_id))::text;"""
_ENDED = f"""RAISE EXCEPTION USING ERRCODE = 'DW602',
            MESSAGE = 'only an administrator ends the employment of an administrator',
            {_DETAIL}"""
_CHANGED = f"""-- Migration 0067: ending it is DW602 as before; any other change of the
        -- status or the termination date is DW603.
        IF NEW.status = 'terminated' AND OLD.status IS DISTINCT FROM 'terminated' THEN
            {_ENDED.replace(chr(10) + "            ", chr(10) + "                ")}
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DW603',
            MESSAGE = 'only an administrator changes the employment status or termination'
                      ' date of an administrator',
            {_DETAIL}"""

FUNCTION = replaced(or_replace(_0057.ADMINISTRATOR_ENDED), _ENDED, _CHANGED)
TRIGGER = (
    f"CREATE TRIGGER {_TRIGGER} BEFORE UPDATE OF status, termination_date"
    " ON public.employees FOR EACH ROW"
    " WHEN ((OLD.status IS DISTINCT FROM NEW.status"
    " OR OLD.termination_date IS DISTINCT FROM NEW.termination_date)"
    " AND NEW.user_id IS NOT NULL)"
    f" EXECUTE FUNCTION {_SIGNATURE}"
)


def upgrade() -> None:
    # CREATE OR REPLACE keeps the function's owner and grants (none: a trigger's).
    execute_sql(FUNCTION)
    execute_sql(f"DROP TRIGGER {_TRIGGER} ON public.employees")
    execute_sql(TRIGGER)


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {_TRIGGER} ON public.employees")
    execute_sql(_0057.ADMINISTRATOR_ENDED_TRIGGER)
    execute_sql(or_replace(_0057.ADMINISTRATOR_ENDED))
