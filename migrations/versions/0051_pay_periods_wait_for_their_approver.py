"""A pending pay period waits in its approver's "Waiting for me".

Revision ID: 0051
Revises: 0050
Create Date: 2026-12-11

A payroll run (migration 0014) made a pending period that no inbox listed: whoever could
approve it had to go looking for it in HR's or finance's list of pay periods. It is now a
kind of the approvals inbox (``payroll``), beside leave, orders and expenses (0015, 0032):

* ``dicel_payroll_refusal(p_start date, p_end date, p_user uuid) RETURNS jsonb``: why the
  trigger ``payroll_periods_approved_by_another`` refuses the user the approval of the
  period of those dates, as ``{"code": "DW005"}``, ``{"code": "DW331", "employee": ...}``
  or ``{"code": "DW332"}``; NULL when it does not. 0046's checks, moved into a function
  that the trigger (``dicel_payroll_approved_by_another``, made again to call it, same
  codes and DETAIL) and the listing both ask, so they cannot drift apart (as 0033 did
  for expenses and orders). SECURITY DEFINER (it reads the audit log), nobody's to call.
* ``dicel_payroll_periods_to_decide(only_id uuid DEFAULT NULL)``: the pending periods the
  caller may approve now: an HR or finance login (``dicel_approve_payroll``'s rule; nobody
  else reads pay periods but admin, who may not approve them), not whoever ran it
  (DW003), nor anyone the trigger would refuse. Title: the month ("March 2026"); detail:
  "N payslips"; amount: the total net of its payslips, in RWF; submitted: when it ran and
  by whom; version: the latest ``updated_at`` of the period and its payslips (a payslip
  reviewed meanwhile changes what was shown).
* ``dicel_decide_payroll(period_id uuid, approve boolean, note text)``: the inbox's
  decision: approve is ``dicel_approve_payroll``; reject is ``dicel_cancel_payroll`` (a
  pending run's only other way out: its payslips are cancelled and the month may run
  again). Its overload with ``shown timestamptz`` is 0032's decision on what was shown:
  under the period's row lock and its payslips', a period still pending whose version
  moved since, by anyone but the caller, is refused (DW007 with who and when, DW008 when
  no DICEL login changed it) and nothing is decided.
* ``dicel_waiting_for_me`` unites the fourth listing (kind ``payroll``).
* ``payroll_periods_notify_work``: every change of a pay period sends 0015's ``NOTIFY
  dicel_work`` (ids only), so a run appears in the inbox at once and an approved or
  cancelled one leaves it. ``payroll_records_notify_work`` (after an UPDATE statement on
  payslips) names, as ``payroll_periods``, each pending period whose payslips it changed:
  a review moves the total the inbox shows.

A downgrade gives back 0046's trigger function and 0032's inbox, and drops the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, earlier_revision, execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0051"
down_revision: str | None = "0050"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0015 = earlier_revision("0015_inbox")
_0032 = earlier_revision("0032_decisions_on_what_was_shown")
_0046 = earlier_revision("0046_pay_changes_approved_by_another")

#: The payslips of the period of dates ``p_start`` and ``p_end``.
_OF_DATES = "r.pay_period_start = p_start AND r.pay_period_end = p_end"
#: Since the employee's last approved payslip (other than this period's) was computed.
_SINCE_LAST_APPROVED = """a.created_at > coalesce(
                  (SELECT max(o.created_at)
                     FROM public.payroll_records o
                    WHERE o.employee_id = r.employee_id
                      AND o.status IN ('approved', 'paid')
                      AND o.pay_period_start <> p_start),
                  '-infinity')"""

REFUSAL = f"""
CREATE FUNCTION public.dicel_payroll_refusal(p_start date, p_end date, p_user uuid)
RETURNS jsonb LANGUAGE plpgsql STABLE {DEFINER}
AS $$
DECLARE
    v_number text;
BEGIN
    IF p_user IS NULL THEN
        RETURN NULL;
    END IF;
    -- DW005 (migration 0028): the user changed the allowances of one of its payslips.
    IF EXISTS (
        SELECT FROM public.payroll_records r
         WHERE {_OF_DATES}
           AND public.dicel_changed_by('payroll_records', r.id, p_user,
                                       ARRAY['allowances']::text[])) THEN
        RETURN jsonb_build_object('code', 'DW005');
    END IF;
    -- DW331 (migration 0046): what a payslip of the period is made from or paid to,
    -- written by the user since the employee's last approved payslip was computed.
    SELECT e.employee_number INTO v_number
      FROM public.payroll_records r
      JOIN public.employees e ON e.id = r.employee_id
     WHERE {_OF_DATES}
       AND EXISTS (
           SELECT FROM public.audit_logs a
            WHERE a.table_name = 'employees' AND a.record_id = r.employee_id
              AND a.user_id = p_user
              AND (a.action = 'INSERT'
                   OR (a.action = 'UPDATE' AND a.new_values ?| {_0046._PAY_TERMS}))
              AND {_SINCE_LAST_APPROVED})
     ORDER BY e.employee_number
     LIMIT 1;
    IF FOUND THEN
        RETURN jsonb_build_object('code', 'DW331', 'employee', v_number);
    END IF;
    -- DW332 (migration 0046): the user's own pay in it, changed by anyone since their
    -- last approved payslip was computed.
    IF EXISTS (
        SELECT FROM public.payroll_records r
         WHERE {_OF_DATES}
           AND r.employee_id = (SELECT e.id FROM public.employees e WHERE e.user_id = p_user)
           AND (EXISTS (SELECT FROM public.audit_logs a
                         WHERE a.table_name = 'payroll_records' AND a.record_id = r.id
                           AND a.action = 'UPDATE' AND a.new_values ? 'allowances')
                OR EXISTS (
                    SELECT FROM public.audit_logs a
                     WHERE a.table_name = 'employees' AND a.record_id = r.employee_id
                       AND a.action = 'UPDATE' AND a.new_values ?| {_0046._PAY_TERMS}
                       AND {_SINCE_LAST_APPROVED}))) THEN
        RETURN jsonb_build_object('code', 'DW332');
    END IF;
    RETURN NULL;
END
$$"""

PERIOD_CHECK = f"""
CREATE OR REPLACE FUNCTION public.dicel_payroll_approved_by_another() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    -- The one rule the inbox's listing asks too (migration 0051).
    v_refusal jsonb := public.dicel_payroll_refusal(NEW.period_start, NEW.period_end,
                                                    public.dicel_current_user_id());
BEGIN
    IF v_refusal IS NULL THEN
        RETURN NEW;
    END IF;
    IF v_refusal ->> 'code' = 'DW005' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW005', MESSAGE = 'changed by its approver',
            DETAIL = json_build_object('id', NEW.id)::text;
    END IF;
    IF v_refusal ->> 'code' = 'DW331' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW331',
            MESSAGE = 'the pay of an employee of this period was changed by its approver',
            DETAIL = json_build_object('id', NEW.id,
                                       'employee', v_refusal ->> 'employee')::text;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DW332',
        MESSAGE = 'the approver''s own pay in this period was changed',
        DETAIL = json_build_object('id', NEW.id)::text;
END
$$"""

LISTING = f"""
CREATE FUNCTION public.dicel_payroll_periods_to_decide(only_id uuid DEFAULT NULL)
RETURNS TABLE (id uuid, title text, detail text, amount numeric, currency text,
               submitted_at timestamptz, submitted_by text, version timestamptz)
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_me uuid := public.dicel_current_user_id();
BEGIN
    -- dicel_approve_payroll's rule: an HR or finance login. Nothing for anyone else
    -- (whoever may not read pay periods among them).
    IF v_me IS NULL OR NOT (public.dicel_has_role('hr') OR public.dicel_has_role('finance')) THEN
        RETURN;
    END IF;
    -- plpgsql, not sql: its plans are kept for the session (the inbox reads at every
    -- change); only_id's value picks the plan (an index look-up when given).
    RETURN QUERY
    SELECT p.id, to_char(p.period_start, 'FMMonth YYYY'),
           s.payslips || CASE WHEN s.payslips = 1 THEN ' payslip' ELSE ' payslips' END,
           s.net, 'RWF'::text, p.created_at, public.dicel_person_name(p.created_by),
           greatest(p.updated_at, s.changed)
      FROM public.payroll_periods p
     CROSS JOIN LATERAL (
        SELECT count(*) AS payslips, coalesce(sum(r.net_salary), 0) AS net,
               max(r.updated_at) AS changed
          FROM public.payroll_records r
         WHERE r.pay_period_start = p.period_start AND r.pay_period_end = p.period_end
           AND r.status <> 'cancelled') s
     WHERE p.status = 'pending' AND (only_id IS NULL OR p.id = only_id)
       -- Four eyes (DW003), and nobody the approval's trigger would refuse.
       AND p.created_by IS DISTINCT FROM v_me
       AND public.dicel_payroll_refusal(p.period_start, p.period_end, v_me) IS NULL
     ORDER BY p.created_at, p.id;
END
$$"""

DECIDE = f"""
CREATE FUNCTION public.dicel_decide_payroll(period_id uuid, approve boolean, note text)
RETURNS void LANGUAGE plpgsql {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := period_id;
    v_note text := note;
BEGIN
    -- A pending run's two ways out: approved, or cancelled (the month may run again).
    -- Each function checks the caller (session_user) and its own rules.
    IF coalesce(approve, false) THEN
        PERFORM public.dicel_approve_payroll(v_id, v_note);
    ELSE
        PERFORM public.dicel_cancel_payroll(v_id, v_note);
    END IF;
END
$$"""

#: The payslips of ``v_period``.
_OF_PERIOD = (
    "r.pay_period_start = v_period.period_start AND r.pay_period_end = v_period.period_end"
    " AND r.status <> 'cancelled'"
)

DECIDE_SHOWN = f"""
CREATE FUNCTION public.dicel_decide_payroll(period_id uuid, approve boolean, note text,
                                           shown timestamptz)
RETURNS void LANGUAGE plpgsql {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := period_id;
    v_approve boolean := approve;
    v_note text := note;
    v_me uuid := public.dicel_current_user_id();
    v_period public.payroll_periods%ROWTYPE;
    v_now timestamptz;
    v_change record;
BEGIN
    -- Who may look is checked before the locks: nobody holds them who could not decide.
    IF shown IS NOT NULL AND v_me IS NOT NULL
       AND (public.dicel_has_role('hr') OR public.dicel_has_role('finance')) THEN
        SELECT * INTO v_period FROM public.payroll_periods p WHERE p.id = v_id FOR UPDATE;
        -- Decided meanwhile: the decision function says by whom ("Already approved by").
        IF FOUND AND v_period.status = 'pending' THEN
            -- And its payslips': a review being saved waits for the decision, or the
            -- decision for it, and then sees it.
            PERFORM FROM public.payroll_records r WHERE {_OF_PERIOD} FOR UPDATE;
            SELECT greatest(v_period.updated_at, max(r.updated_at)) INTO v_now
              FROM public.payroll_records r WHERE {_OF_PERIOD};
            IF v_now IS DISTINCT FROM shown THEN
                SELECT l.user_id, l.created_at INTO v_change FROM public.audit_logs l
                 WHERE ((l.table_name = 'payroll_periods' AND l.record_id = v_id)
                        OR (l.table_name = 'payroll_records' AND l.record_id IN
                            (SELECT r.id FROM public.payroll_records r WHERE {_OF_PERIOD})))
                   AND l.created_at > shown
                 ORDER BY l.created_at DESC LIMIT 1;
                -- The decider's own change is no surprise (and refused as DW005 anyway).
                IF v_change.user_id IS NULL OR v_change.user_id IS DISTINCT FROM v_me THEN
                    IF v_change.user_id IS NULL THEN
                        RAISE EXCEPTION USING ERRCODE = 'DW008',
                            MESSAGE = 'changed since it was shown',
                            DETAIL = json_build_object('id', v_id, 'when', v_now)::text;
                    END IF;
                    RAISE EXCEPTION USING ERRCODE = 'DW007',
                        MESSAGE = 'changed since it was shown',
                        DETAIL = json_build_object(
                            'id', v_id, 'who', public.dicel_person_name(v_change.user_id),
                            'when', v_now)::text;
                END IF;
            END IF;
        END IF;
    END IF;
    PERFORM public.dicel_decide_payroll(v_id, v_approve, v_note);
END
$$"""

NOTIFY_PAYSLIPS = f"""
CREATE FUNCTION public.dicel_notify_payslips_work() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_period uuid;
BEGIN
    -- Ids only, as dicel_notify_work: each pending period whose payslips changed.
    FOR v_period IN
        SELECT DISTINCT p.id FROM changed c
          JOIN public.payroll_periods p
            ON p.period_start = c.pay_period_start AND p.period_end = c.pay_period_end
         WHERE p.status = 'pending'
    LOOP
        PERFORM pg_notify('{_0015.CHANNEL}', json_build_object(
            'table', 'payroll_periods', 'id', v_period, 'operation', 'UPDATE')::text);
    END LOOP;
    RETURN NULL;
END
$$"""

#: (signature, CREATE statement) of the functions this revision adds.
FUNCTIONS: list[tuple[str, str]] = [
    ("dicel_payroll_refusal(date, date, uuid)", REFUSAL),
    ("dicel_payroll_periods_to_decide(uuid)", LISTING),
    ("dicel_decide_payroll(uuid, boolean, text)", DECIDE),
    ("dicel_decide_payroll(uuid, boolean, text, timestamptz)", DECIDE_SHOWN),
    ("dicel_notify_payslips_work()", NOTIFY_PAYSLIPS),
]

TRIGGERS: list[tuple[str, str, str]] = [
    (
        "payroll_periods_notify_work",
        "payroll_periods",
        "AFTER INSERT OR UPDATE OR DELETE ON public.payroll_periods FOR EACH ROW"
        " EXECUTE FUNCTION public.dicel_notify_work()",
    ),
    (
        "payroll_records_notify_work",
        "payroll_records",
        "AFTER UPDATE ON public.payroll_records REFERENCING NEW TABLE AS changed"
        " FOR EACH STATEMENT EXECUTE FUNCTION public.dicel_notify_payslips_work()",
    ),
]

#: What dicel_waiting_for_me unites now: 0015's three and the pay periods.
PAYROLL_SOURCE = ("payroll", "payroll_periods", "dicel_payroll_periods_to_decide")
WAITING_SIGNATURE = "dicel_waiting_for_me(text, uuid)"
_END = "\n    RETURN;\nEND\n$$"


def waiting(*, with_payroll: bool) -> str:
    """dicel_waiting_for_me as 0032 made it, with the pay periods where asked; to
    replace the one there is (same result columns: owner and grants kept)."""
    create = _0032._waiting(versioned=True)
    assert create.count(_END) == 1 and create.startswith("\nCREATE FUNCTION ")
    create = create.replace("\nCREATE FUNCTION ", "\nCREATE OR REPLACE FUNCTION ", 1)
    if not with_payroll:
        return create
    part = _0015._union_part(*PAYROLL_SOURCE)
    version = "t.submitted_by::text\n"
    assert part.count(version) == 1
    part = part.replace(version, "t.submitted_by::text, t.version::timestamptz\n")
    return create.replace(_END, part + _END)


def upgrade() -> None:
    for signature, create in FUNCTIONS:
        execute_sql(create)
        execute_sql(f"ALTER FUNCTION public.{signature} OWNER TO {OWNER_ROLE}")
        # EXECUTE by name (domain/permissions.FUNCTION_EXECUTE, applied by sync-grants).
        execute_sql(f"REVOKE ALL ON FUNCTION public.{signature} FROM PUBLIC")
    # CREATE OR REPLACE keeps the function's owner (dicel_owner) and its revoked EXECUTE.
    execute_sql(PERIOD_CHECK)
    execute_sql(waiting(with_payroll=True))
    for name, _table, definition in TRIGGERS:
        execute_sql(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    for name, table, _definition in reversed(TRIGGERS):
        execute_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
    execute_sql(waiting(with_payroll=False))
    execute_sql(_0046.PERIOD_CHECK)
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
