"""A review's drafts stay out of its employee's history; a change of employment counts as
a change of pay; nobody sets where or since when they are paid; an administrator's
employment is ended by an administrator.

Revision ID: 0057
Revises: 0056
Create Date: 2026-12-05

Found with psql in a review, as the demo's real logins:

**An employee read the drafts of their own performance review in its history.** HR wrote
a review ("DRAFT SECRET: put on PIP"), corrected it and shared it; the employee then ran
``dicel_record_history('performance_reviews', id)`` (migration 0007) and read the
INSERT's and the UPDATEs' values, written while the review was a draft that row
security hid from them (migration 0045). ``dicel_record_history`` now gives a caller who
reads a review only because it is about them (not HR, not admin; a supervisor reads the
drafts anyway) the entries from the latest one that took the review out of draft (its
share, or an INSERT of a review that was never a draft) on, and that entry without its
``old_values``. Why this rule and not one that sorts each entry: every value written
before the latest share was written while the review was a draft (or belongs to a version
taken back to draft and corrected since, which HR withdrew); after it, what a review says
is frozen by its lock (0007) until it is taken back to draft, when the employee sees
nothing at all, until the next share. One cut, asked of the log itself, leaves nothing a
draft held and nothing to keep in step with the flow. When no such entry is found (data
loaded without it) the employee gets no history of the review rather than too much.

**DW331 ignored a change of employment status.** Whoever reinstates a suspended employee,
puts them on leave or back, or suspends them decides whether the next run pays them
(migration 0014 pays the active and those on leave, not the suspended), yet could approve
that run. ``dicel_payroll_refusal`` (migration 0051, asked by the approval's trigger and by
the inbox's listing alike) counts ``employees.status`` among the columns a payslip is made
from, beside 0046's salary and its currency, hire and termination dates and bank details:
DW331 for whoever changed it, DW332 for someone whose own status anyone changed, since the
last approved payslip. The run reads no other column of the record (not
``employment_type``, ``department_id`` or ``tax_info``), so no other is added.

**HR changed their own bank details and hire date.** Migration 0028's trigger
``employees_no_own_salary`` (DW006) watched the salary and its currency only. It now
watches every column of 0046's ``PAY_COLUMNS`` on one's own record: where one is paid
(bank details) and for which days (hire and termination date; a change of the
termination date or the status is refused first as DW009, migration 0052). Nobody in the
product edits the rest of their own record but HR and admin (employees have no "edit my
profile": ``dicel_my_profile`` reads), and they keep correcting their own work location,
emergency contact and the like.

**HR could lock an administrator out for good.** Terminating an administrator's employee
record deactivates their login (migration 0053), and nobody may reactivate it (DU016,
0054), while deactivating a login is otherwise an administrator's alone. The trigger
``employees_administrator_ended_by_administrator`` (BEFORE UPDATE OF status, when the
record becomes ``terminated`` and has a login) refuses it unless the caller is an active
administrator: ``DW602``, DETAIL ``id`` and ``name`` (the person's). Asked of every DICEL
session (``session_user`` a user, as 0054 asks), so a deactivated login's session still
open is refused too; a superuser loading data is not asked.

A downgrade gives back 0007's history, 0051's refusal function and 0028's trigger, and
drops the new trigger and its function.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0057"
down_revision: str | None = "0056"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0007 = earlier_revision("0007_trusted_writes")
_0028 = earlier_revision("0028_no_one_sets_their_own_pay")
_0046 = earlier_revision("0046_pay_changes_approved_by_another")
_0051 = earlier_revision("0051_pay_periods_wait_for_their_approver")


# --------------------------------------------------------------------------- H1 history

#: The caller reads this review only as the employee it is about.
_ONLY_AS_ITS_EMPLOYEE = """p_table = 'performance_reviews'
           AND NOT public.dicel_has_role('hr') AND NOT public.dicel_has_role('admin')
           AND EXISTS (SELECT FROM public.performance_reviews v
                        WHERE v.id = p_record
                          AND v.employee_id = public.dicel_current_employee_id())"""

_SHOWN_FROM = f"""
    shown AS (
        -- Migration 0057: a review read only as its employee shows its history from the
        -- latest entry that took it out of draft (its share), without what that entry
        -- replaced: everything before was written while it was a draft.
        SELECT ({_ONLY_AS_ITS_EMPLOYEE}) AS subject_only,
               c.id AS share_id, c.created_at AS share_at
          FROM (SELECT) one
          LEFT JOIN LATERAL (
              SELECT l.id, l.created_at FROM public.audit_logs l
               WHERE p_table = 'performance_reviews'
                 AND l.table_name = p_table AND l.record_id = p_record
                 AND ((l.action = 'INSERT'
                       AND l.new_values ->> 'status' IS DISTINCT FROM 'draft')
                      OR (l.action = 'UPDATE' AND l.old_values ->> 'status' = 'draft'))
               ORDER BY l.created_at DESC, l.id DESC
               LIMIT 1) c ON true
    ),
    entries AS ("""

_OLD_VALUES = """(SELECT jsonb_object_agg(o.key, o.value) FROM jsonb_each(l.old_values) o
                 WHERE o.key = ANY (r.names)) AS old_values,"""
_OLD_VALUES_SHOWN = """CASE WHEN s.subject_only AND l.id = s.share_id THEN NULL ELSE
               (SELECT jsonb_object_agg(o.key, o.value) FROM jsonb_each(l.old_values) o
                 WHERE o.key = ANY (r.names)) END AS old_values,"""

_FROM = "FROM public.audit_logs l CROSS JOIN readable r"
_WHERE = """           AND cardinality(r.names) > 0
    )"""
_WHERE_SHOWN = """           AND cardinality(r.names) > 0
           AND (NOT s.subject_only OR l.created_at > s.share_at OR l.id = s.share_id)
    )"""


def _history() -> str:
    create = or_replace(_0007.RECORD_HISTORY)
    create = replaced(create, "\n    entries AS (", _SHOWN_FROM)
    create = replaced(create, _OLD_VALUES, _OLD_VALUES_SHOWN)
    create = replaced(create, _FROM, f"{_FROM} CROSS JOIN shown s")
    return replaced(create, _WHERE, _WHERE_SHOWN)


HISTORY = _history()

# --------------------------------------------------------------------------- H3 DW331

#: The columns of ``employees`` a payslip is computed from or paid to: 0046's, and the
#: state of employment, which decides whether the run pays the person at all.
PAY_COLUMNS: tuple[str, ...] = (*_0046.PAY_COLUMNS, "status")
_PAY_TERMS = "ARRAY[" + ", ".join(f"'{c}'" for c in PAY_COLUMNS) + "]::text[]"

REFUSAL = replaced(or_replace(_0051.REFUSAL), f"?| {_0046._PAY_TERMS}", f"?| {_PAY_TERMS}", count=2)

# --------------------------------------------------------------------------- H4 DW006

#: What one may not change of one's own employee record (the state is DW009's, 0052).
OWN_PAY_COLUMNS: tuple[str, ...] = _0046.PAY_COLUMNS
((_OWN_SALARY_NAME, _OWN_SALARY_TABLE, OWN_SALARY_0028),) = [
    t for t in _0028.TRIGGERS if t[0] == "employees_no_own_salary"
]
OWN_PAY = (
    f"BEFORE UPDATE OF {', '.join(OWN_PAY_COLUMNS)} ON public.employees FOR EACH ROW"
    " WHEN ("
    + " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in OWN_PAY_COLUMNS)
    + ") EXECUTE FUNCTION public.dicel_refuse_own_salary()"
)

# --------------------------------------------------------------------------- H5 DW602

ADMINISTRATOR_ENDED_SIGNATURE = "public.dicel_administrator_ended_by_administrator()"
ADMINISTRATOR_ENDED = f"""
CREATE FUNCTION {ADMINISTRATOR_ENDED_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
BEGIN
    -- Every DICEL session is asked (a deactivated login's too); a superuser is not.
    IF NOT EXISTS (SELECT FROM public.users u WHERE u.email = session_user) THEN
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT FROM public.users u WHERE u.id = NEW.user_id AND u.role = 'admin')
       AND NOT (public.dicel_current_user_id() IS NOT NULL
                AND public.dicel_has_role('admin')) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW602',
            MESSAGE = 'only an administrator ends the employment of an administrator',
            DETAIL = json_build_object('id', NEW.id,
                                       'name', public.dicel_person_name(NEW.user_id))::text;
    END IF;
    RETURN NEW;
END
$$"""
ADMINISTRATOR_ENDED_TRIGGER = (
    "CREATE TRIGGER employees_administrator_ended_by_administrator BEFORE UPDATE OF status"
    " ON public.employees FOR EACH ROW"
    " WHEN (NEW.status = 'terminated' AND OLD.status IS DISTINCT FROM 'terminated'"
    " AND NEW.user_id IS NOT NULL)"
    f" EXECUTE FUNCTION {ADMINISTRATOR_ENDED_SIGNATURE}"
)


def upgrade() -> None:
    # CREATE OR REPLACE keeps each function's owner and grants.
    execute_sql(HISTORY)
    execute_sql(REFUSAL)
    execute_sql("DROP TRIGGER employees_no_own_salary ON public.employees")
    execute_sql(f"CREATE TRIGGER employees_no_own_salary {OWN_PAY}")
    create_owned_function(ADMINISTRATOR_ENDED, ADMINISTRATOR_ENDED_SIGNATURE)
    execute_sql(ADMINISTRATOR_ENDED_TRIGGER)


def downgrade() -> None:
    execute_sql("DROP TRIGGER employees_administrator_ended_by_administrator ON public.employees")
    execute_sql(f"DROP FUNCTION {ADMINISTRATOR_ENDED_SIGNATURE}")
    execute_sql("DROP TRIGGER employees_no_own_salary ON public.employees")
    execute_sql(f"CREATE TRIGGER employees_no_own_salary {OWN_SALARY_0028}")
    execute_sql(or_replace(_0051.REFUSAL))
    execute_sql(or_replace(_0007.RECORD_HISTORY))
