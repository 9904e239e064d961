"""An ended shift's end is not moved past now; a case marked recovered has its amount
involved; a receipt named in capitals is still its file.

Revision ID: 0109
Revises: 0108
Create Date: 2026-12-06

Three gaps a psql review of 0105-0108 found (psql31b):

* **An ended shift was cancelled after all** (F1, ``DW433``, COLUMN ``shift_end``,
  DETAIL ``at`` (the end it had) and ``now``). DW432 (0105) refuses Cancel once a
  shift's end has passed; moving the end past now made the shift cancellable again, and
  a shift worked, or one missed, became "cancelled", which is final. The end of a shift
  that has ended may still be corrected, earlier or later (a guard who left early, or
  stayed on), but not to a moment still to come: trigger
  ``security_assignments_end_stays_past`` (BEFORE UPDATE OF shift_end, function
  ``dicel_shift_end_stays_past``). A shift not yet ended moves freely, and a superuser is
  not asked, as 0107's triggers.
* **A case without an amount involved was marked recovered for trillions** (F2,
  ``DW443``). The amount recovered's ceiling (DW436, 0106) is the amount involved; with
  none, any amount passed, and the Recovery dashboard's "Amount recovered" read
  trillions. A case is marked recovered only with its amount involved (0107's
  ``dicel_step_needs_field``, trigger ``recovery_cases_step_needs_amount_involved``;
  ``entry_rules.STEP_NEEDS``, frozen here). Written off, it needs none.
* **A receipt named in capitals was removed** (F3, DW450). ``receipt_url`` takes the
  document's id in any case; ``dicel_receipt_stays`` (0108) compared the text as it
  was, so ``dicel-document:<ID IN CAPITALS>`` let its file go. It compares without case.

A downgrade drops the two triggers and the function, and gives back 0108's
``dicel_receipt_stays``.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, create_owned_function, earlier_revision, execute_sql

revision: str = "0109"
down_revision: str | None = "0108"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0107 = earlier_revision(
    "0107_an_enrolment_in_a_programme_a_shift_its_guards_a_case_its_start_and_dates_of_the_calendar"
)
_0108 = earlier_revision("0108_a_payslip_keeps_its_method_and_a_receipt_its_file")

# --------------------------------------------------------------------------- F1

END_STAYS_SIGNATURE = "public.dicel_shift_end_stays_past()"
END_STAYS = f"""
CREATE FUNCTION {END_STAYS_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0109: an ended shift was worked or missed; its end moved past now made
    -- it cancellable again (DW432). It is corrected within the past only.
    IF public.dicel_current_user_id() IS NOT NULL
       AND OLD.shift_end <= now() AND NEW.shift_end > now() THEN
        RAISE EXCEPTION USING ERRCODE = 'DW433',
            MESSAGE = format('security_assignments %s ended at %s: its end is not moved past now',
                             NEW.id, OLD.shift_end),
            TABLE = 'security_assignments', COLUMN = 'shift_end',
            DETAIL = json_build_object('at', OLD.shift_end, 'now', now())::text;
    END IF;
    RETURN NEW;
END
$$"""
END_STAYS_TRIGGER = "security_assignments_end_stays_past"
CREATE_END_STAYS_TRIGGER = (
    f"CREATE TRIGGER {END_STAYS_TRIGGER} BEFORE UPDATE OF shift_end"
    f" ON public.security_assignments FOR EACH ROW EXECUTE FUNCTION {END_STAYS_SIGNATURE}"
)

# --------------------------------------------------------------------------- F2

#: ``entry_rules.STEP_NEEDS``'s entry this revision adds, with its step's words.
NEEDS = {("recovery_cases", "amount_involved"): (("recovered", "marked recovered"),)}

# --------------------------------------------------------------------------- F3

_EXACT = f"e.receipt_url = '{_0108.LINK_PREFIX}' || OLD.id::text"
_ANY_CASE = f"lower(e.receipt_url) = '{_0108.LINK_PREFIX}' || OLD.id::text"
assert _EXACT in _0108.RECEIPT_STAYS
RECEIPT_STAYS = _0108.RECEIPT_STAYS.replace(
    "CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1
).replace(_EXACT, _ANY_CASE)


def upgrade() -> None:
    create_owned_function(END_STAYS, END_STAYS_SIGNATURE)
    execute_sql(CREATE_END_STAYS_TRIGGER)
    for (table, column), states in NEEDS.items():
        execute_sql(_0107._needs_trigger(table, column, states))
    # CREATE OR REPLACE keeps the function's owner and grants.
    execute_sql(RECEIPT_STAYS)


def downgrade() -> None:
    execute_sql(_0108.RECEIPT_STAYS.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
    for table, column in reversed(NEEDS):
        execute_sql(f"DROP TRIGGER {table}_step_needs_{column} ON public.{table}")
    execute_sql(f"DROP TRIGGER {END_STAYS_TRIGGER} ON public.security_assignments")
    execute_sql(f"DROP FUNCTION {END_STAYS_SIGNATURE}")
