"""A payment, a receipt and a step go through only on what the person was shown.

Revision ID: 0143
Revises: 0142
Create Date: 2026-12-07

Found by a concurrency review (conc40): steps that carry no version of what the person
saw, where the second call is still allowed from the state the first one left, went
through on top of a colleague's without either of them being told.

* **An invoice paid twice** (#1). ``dicel_record_invoice_payment`` gains a seventh
  argument, ``shown_paid numeric``: what the person was shown as paid so far. Under the
  invoice's row lock, a different paid amount refuses the payment (``DW352``, DETAIL
  ``who``, ``when``, ``amount``, ``currency``, ``paid``, ``kind`` ``payment`` or
  ``reversal``: the last posted payment or reversal of the invoice; no COLUMN: not the
  amount's fault).
  NULL checks nothing, as the six-argument form, which stays as it was (README's public
  interface promises it; a script importing a bank statement reads no invoice).
* **A delivery received twice** (#2). Each line of ``dicel_receive_purchase_order`` may
  carry ``received``: the quantity shown as arrived before. Under the order's row lock a
  line whose quantity received is another refuses the whole receipt (``DW229``, DETAIL
  ``line``, ``quantity`` received since, ``received`` now, ``who`` and ``when`` of its
  last receipt), before DW210. A line without ``received`` is not checked (as before).
* **A step over a step taken since** (#3). Every step allowed from several states, or
  from a state another step leaves the record in (hold from in progress, which Assign…
  keeps), gets an overload with a last ``shown timestamptz`` (the record's
  ``updated_at`` as the window read it). It locks the record, runs the step (its own
  refusals come first: "Already on hold by ..."), and when the record changed since
  ``shown`` by someone else refuses it all (``DW447``, DETAIL ``who``, ``when``,
  ``state``, the state that change left, and ``assignee`` when it assigned someone; no
  ``who`` for a change no login made). NULL ``shown`` is DW413. The step's own form
  stays as it was. Steps four eyes take already require ``shown`` and are not listed.

A downgrade drops the new forms and gives back 0128's receipt function.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)
from dicel_desktop.db.number_checks import check_amount_arguments
from dicel_desktop.db.text_limits import measure_arguments
from dicel_desktop.domain.text_limits import LONG_TEXT

revision: str = "0143"
down_revision: str | None = "0142"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The refusals this revision adds: (what, the keys of their DETAIL).
REFUSALS = {
    "DW229": (
        "a line received since it was shown",
        ("line", "quantity", "received", "shown", "who", "when"),
    ),
    "DW352": (
        "an invoice paid or reversed since it was shown",
        ("who", "when", "amount", "kind", "paid", "shown", "currency", "invoice"),
    ),
    "DW447": (
        "a record changed since it was shown, by a step or a save",
        ("id", "who", "when", "state", "assignee"),
    ),
}

_0107 = earlier_revision(
    "0107_an_enrolment_in_a_programme_a_shift_its_guards_a_case_its_start_and_dates_of_the_calendar"
)
_0128 = earlier_revision(
    "0128_step_lines_keep_their_order_a_posting_open_closes_ahead_a_receipt_names_a_line_once"
    "_and_a_login_an_employee"
)

# --------------------------------------------------------------------------- payment

PAYMENT_SIGNATURE = "dicel_record_invoice_payment(uuid, uuid, numeric, date, text, text, numeric)"
_PAYMENT_SINCE = """    v_paid := public.dicel_invoice_paid(v_id);
    -- Migration 0143: on the paid amount the person was shown (NULL: not checked). A
    -- payment or a reversal booked since is named, and nothing is booked on top of it.
    IF v_shown_paid IS NOT NULL AND v_shown_paid IS DISTINCT FROM v_paid THEN
        SELECT t.created_by, t.created_at, t.amount,
               CASE t.transaction_type WHEN 'debit' THEN 'reversal' ELSE 'payment' END AS kind
          INTO v_since
          FROM public.transactions t
         WHERE t.reference_number = v_invoice.invoice_number AND t.status = 'posted'
           AND t.currency = v_invoice.currency
           AND (t.transaction_type = 'credit'
                OR (t.transaction_type = 'debit' AND t.reverses_transaction_id IS NOT NULL))
         ORDER BY t.created_at DESC, t.transaction_number DESC
         LIMIT 1;
        RAISE EXCEPTION USING ERRCODE = 'DW352', MESSAGE = 'paid since it was shown',
            DETAIL = json_build_object('who', public.dicel_person_name(v_since.created_by),
                'when', v_since.created_at, 'amount', v_since.amount,
                'kind', coalesce(v_since.kind, 'payment'), 'paid', v_paid,
                'shown', v_shown_paid, 'currency', v_invoice.currency,
                'invoice', v_invoice.invoice_number)::text;
    END IF;
"""
PAYMENT = replaced(
    replaced(
        replaced(
            replaced(_0107.PAYMENT, "CREATE OR REPLACE FUNCTION", "CREATE FUNCTION"),
            "    reference text)\n",
            "    reference text, shown_paid numeric)\n",
        ),
        "    v_transaction uuid;\n",
        "    v_transaction uuid;\n    v_shown_paid numeric := shown_paid;\n    v_since record;\n",
    ),
    "    v_paid := public.dicel_invoice_paid(v_id);\n",
    _PAYMENT_SINCE,
)

# --------------------------------------------------------------------------- receipt

_RECEIVED_SINCE = """    -- Migration 0143: on what the clerk was shown as arrived (a line's "received",
    -- when given): a receipt booked since is named, and this one is not added on top.
    SELECT coalesce(l.description, i.item_name) AS name, l.id, l.quantity_received AS now,
           btrim(e ->> 'received') AS shown
      INTO v_line
      FROM jsonb_array_elements(v_lines) AS e
      JOIN public.purchase_order_lines l ON l.id::text = e ->> 'line_id'
                                        AND l.order_id = v_order
      LEFT JOIN public.inventory_items i ON i.id = l.item_id
     WHERE e ->> 'received' IS NOT NULL
       AND btrim(e ->> 'received') IS DISTINCT FROM l.quantity_received::text
     ORDER BY l.created_at, l.id
     LIMIT 1;
    IF FOUND THEN
        SELECT a.user_id, a.created_at INTO v_since
          FROM public.audit_logs a
         WHERE a.table_name = 'purchase_order_lines' AND a.record_id = v_line.id
           AND (a.new_values ->> 'quantity_received')
               IS DISTINCT FROM (a.old_values ->> 'quantity_received')
         ORDER BY a.created_at DESC
         LIMIT 1;
        RAISE EXCEPTION USING ERRCODE = 'DW229', MESSAGE = 'received since it was shown',
            DETAIL = json_build_object('line', v_line.name,
                'quantity', v_line.now - CASE WHEN v_line.shown ~ '^[0-9]{1,9}$'
                                               THEN v_line.shown::integer ELSE 0 END,
                'received', v_line.now, 'shown', left(v_line.shown, 40),
                'who', public.dicel_person_name(v_since.user_id),
                'when', v_since.created_at)::text,
            TABLE = 'purchase_order_lines', COLUMN = 'quantity_received';
    END IF;
"""
_BEFORE_LOOP = """    FOR v_entry IN
        SELECT (e ->> 'line_id')::uuid AS line_id, (e ->> 'quantity')::integer AS quantity
"""
RECEIVE = replaced(
    replaced(_0128.RECEIVE, "    v_state text;\n", "    v_state text;\n    v_since record;\n"),
    _BEFORE_LOOP,
    _RECEIVED_SINCE + _BEFORE_LOOP,
)

# --------------------------------------------------------------------------- steps

#: (table, step function, assignee column) of every step allowed from several states or
#: from one another step leaves the record in, four eyes' decisions left out: as
#: ``domain.case_flows.takes_shown`` says at this revision.
STEPS: tuple[tuple[str, str, str | None], ...] = (
    ("it_support_tickets", "dicel_assign_it_ticket", "assigned_to"),
    ("it_support_tickets", "dicel_hold_it_ticket", "assigned_to"),
    ("it_support_tickets", "dicel_resolve_it_ticket", "assigned_to"),
    ("it_support_tickets", "dicel_cancel_it_ticket", "assigned_to"),
    ("client_support_tickets", "dicel_assign_client_ticket", "assigned_to"),
    ("client_support_tickets", "dicel_hold_client_ticket", "assigned_to"),
    ("client_support_tickets", "dicel_resolve_client_ticket", "assigned_to"),
    ("client_support_tickets", "dicel_cancel_client_ticket", "assigned_to"),
    ("security_incidents", "dicel_resolve_security_incident", None),
    ("risk_incidents", "dicel_resolve_risk_incident", None),
    ("recovery_cases", "dicel_assign_recovery_case", "assigned_to"),
    ("recovery_cases", "dicel_hold_recovery_case", "assigned_to"),
    ("recovery_cases", "dicel_recover_recovery_case", "assigned_to"),
    ("recovery_cases", "dicel_close_recovery_case", "assigned_to"),
    ("recovery_cases", "dicel_reopen_recovery_case", "assigned_to"),
    ("it_assets", "dicel_send_to_repair_it_asset", None),
    ("it_assets", "dicel_return_to_service_it_asset", None),
    ("it_assets", "dicel_store_it_asset", None),
    ("it_assets", "dicel_retire_it_asset", None),
    ("risk_assessments", "dicel_mitigate_risk_assessment", None),
    ("risk_assessments", "dicel_monitor_risk_assessment", None),
    ("risk_assessments", "dicel_close_risk_assessment", None),
    ("customer_feedback", "dicel_respond_customer_feedback", None),
    ("customer_feedback", "dicel_resolve_customer_feedback", None),
    ("customer_feedback", "dicel_close_customer_feedback", None),
    ("leads", "dicel_qualify_lead", None),
    ("leads", "dicel_disqualify_lead", None),
    ("leads", "dicel_lose_lead", None),
    ("compliance_audits", "dicel_cancel_compliance_audit", None),
    ("candidates", "dicel_interview_candidate", None),
    ("candidates", "dicel_reject_candidate", None),
    ("candidates", "dicel_withdraw_candidate", None),
    ("marketing_campaigns", "dicel_complete_campaign", None),
    ("marketing_campaigns", "dicel_cancel_campaign", None),
    ("job_postings", "dicel_close_job_posting", None),
    ("job_postings", "dicel_fill_job_posting", None),
    ("job_postings", "dicel_cancel_job_posting", None),
    ("clients", "dicel_deactivate_client", None),
    ("clients", "dicel_reactivate_client", None),
    ("suppliers", "dicel_block_supplier", None),
    ("inventory_items", "dicel_discontinue_inventory_item", None),
    ("compliance_policies", "dicel_retire_compliance_policy", None),
    ("compliance_policies", "dicel_start_review_compliance_policy", None),
    ("customer_surveys", "dicel_archive_customer_survey", None),
    ("opportunities", "dicel_lose_opportunity", None),
    ("employees", "dicel_suspend_employee", None),
    ("employees", "dicel_terminate_employee", None),
    ("training_programs", "dicel_cancel_training_program", None),
    ("training_enrollments", "dicel_complete_training_enrollment", None),
    ("training_enrollments", "dicel_fail_training_enrollment", None),
    ("training_enrollments", "dicel_drop_training_enrollment", None),
    ("budgets", "dicel_close_budget", None),
    ("security_guards", "dicel_suspend_security_guard", None),
    ("security_guards", "dicel_reinstate_security_guard", None),
    ("security_guards", "dicel_deactivate_security_guard", None),
    ("security_assignments", "dicel_complete_security_assignment", None),
    ("security_assignments", "dicel_cancel_security_assignment", None),
)


def _step_shown(table: str, function: str, assignee: str | None, arguments: str, count: int) -> str:
    """The overload of ``function`` (its arguments ``arguments``, ``count`` of them) with a
    last ``shown timestamptz``."""
    given = ", ".join(f"${n}" for n in range(1, count + 1))
    shown = f"${count + 1}"
    assigned = (
        f"""

            IF (v_new ->> '{assignee}') IS DISTINCT FROM (v_old ->> '{assignee}') THEN
                v_assignee := public.dicel_person_name((v_new ->> '{assignee}')::uuid);
            END IF;"""
        if assignee
        else ""
    )
    return f"""
CREATE FUNCTION public.{function}({arguments}, shown timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_id uuid := $1;
    v_shown timestamptz := {shown};
    v_user uuid := public.dicel_current_user_id();
    v_now timestamptz;
    v_changed boolean := false;
    v_who uuid;
    v_at timestamptz;
    v_state text;
    v_new jsonb;
    v_old jsonb;
    v_assignee text;
BEGIN
    -- Migration 0143: the step on what was shown. A record the caller may not see is
    -- the step's own answer (DW403), told before anything of it.
    IF public.dicel_can_see_record('{table}', v_id) THEN
        -- Under the row lock: a step being taken waits for this one, or this one for it.
        SELECT t.updated_at INTO v_now FROM public.{table} AS t WHERE t.id = v_id FOR UPDATE;
        IF v_shown IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'DW413',
                MESSAGE = 'taken only on the version shown',
                DETAIL = json_build_object('action', 'changed')::text,
                COLUMN = 'shown', TABLE = '{table}';
        END IF;
        IF v_now IS DISTINCT FROM v_shown THEN
            -- Who changed it since: anyone else first, not an entry of a change that was
            -- shown (an entry is written after the stamp it is shown by), as 0070 looks.
            WITH e AS (SELECT l.xmin::text AS tx, l.user_id, l.created_at, l.new_values,
                              l.old_values
                         FROM public.audit_logs AS l
                        WHERE l.table_name = '{table}' AND l.record_id = v_id)
            SELECT e.user_id, e.created_at, e.new_values, e.old_values
              INTO v_who, v_at, v_new, v_old FROM e
             WHERE e.created_at > v_shown
               AND e.tx NOT IN (SELECT s.tx FROM e AS s
                                 WHERE s.created_at <= v_shown
                                    OR (s.new_values ->> 'updated_at')::timestamptz
                                       <= v_shown)
             ORDER BY e.user_id IS NOT DISTINCT FROM v_user, e.created_at DESC LIMIT 1;
            -- The caller's own change is no reason to refuse (they saw it as they saved it).
            v_changed := v_who IS DISTINCT FROM v_user;
            v_state := coalesce(v_new ->> 'status', '');{assigned}
        END IF;
    END IF;
    -- The step's own refusals first ("Already on hold by ...", not allowed from here).
    PERFORM public.{function}({given});
    IF v_changed THEN
        RAISE EXCEPTION USING ERRCODE = 'DW447', MESSAGE = 'changed since it was shown',
            DETAIL = json_build_object('id', v_id,
                'who', public.dicel_person_name(v_who), 'when', coalesce(v_at, v_now),
                'state', v_state,
                'assignee', v_assignee)::text,
            TABLE = '{table}';
    END IF;
END
$$"""


def _arguments(function: str) -> tuple[str, int]:
    """The step function's own form: its arguments as written in a CREATE, and how many."""
    ((arguments, count),) = execute_sql(
        "SELECT pg_get_function_arguments(p.oid), p.pronargs FROM pg_proc p"
        f" WHERE p.pronamespace = 'public'::regnamespace AND p.proname = '{function}'"
    ).fetchall()
    return arguments, count


# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    create_owned_function(PAYMENT, PAYMENT_SIGNATURE)
    execute_sql(RECEIVE)  # CREATE OR REPLACE: owner and grants kept
    for table, function, assignee in STEPS:
        arguments, count = _arguments(function)
        (types,) = execute_sql(
            f"SELECT pg_get_function_identity_arguments('public.{function}'::regproc)"
        ).fetchone()
        create_owned_function(
            _step_shown(table, function, assignee, arguments, count),
            f"{function}({types}, timestamptz)",
        )
    # The new forms taking an amount (the payment's, a recovery's) refuse NaN as 0142's
    # older forms do: the same block, added where missing (the downgrade drops them).
    check_amount_arguments(execute_sql)
    # ... and measure their texts (a step's note, a reason) first, as 0085's do: the
    # old form they call measures them too, but only after the new form's lock and
    # reads (test_every_workflow_function_measures_its_texts_first).
    measure_arguments(execute_sql, LONG_TEXT)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    for _table, function, _assignee in reversed(STEPS):
        execute_sql(f"DROP FUNCTION public.{function}({_identity(function)})")
    execute_sql(_0128.RECEIVE)  # CREATE OR REPLACE
    execute_sql(f"DROP FUNCTION public.{PAYMENT_SIGNATURE}")
    pin_company_time_zone(op.get_bind())


def _identity(function: str) -> str:
    """The identity arguments of ``function``'s form with ``shown``."""
    (types,) = execute_sql(
        "SELECT pg_get_function_identity_arguments(p.oid) FROM pg_proc p"
        f" WHERE p.pronamespace = 'public'::regnamespace AND p.proname = '{function}'"
        " AND p.proargnames[p.pronargs] = 'shown'"
    ).fetchone()
    return types
