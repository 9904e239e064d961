"""Records of a department move through their states: a workflow function per step.

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-05

Their states were written by no role (the permission table keeps every state column out
of INSERT and UPDATE) and no function moved them, so a record kept its first state for
good: an IT asset could never go to repair or be retired, a risk never left ``open``, a
complaint was never resolved, a lead never qualified, an audit never completed. The
tickets' and cases' machinery (migration 0011) now moves them too, declared in
``dicel_desktop/domain/case_flows.py``:

* ``it_assets`` (IT): send to repair, return to service, store, retire, report lost,
  mark found, dispose (a retired or lost asset; disposed is final);
* ``risk_assessments`` (risk): mitigate, monitor, close, reopen;
* ``customer_feedback`` (CX): review, respond, resolve, reopen, close;
* ``leads`` (sales): contact, qualify, disqualify, convert, lose;
* ``compliance_audits`` (compliance): start, complete, reopen (a completed audit's
  findings may need a word more), cancel;
* ``candidates`` (HR): screen, interview, offer, hire, reject, withdraw;
* ``marketing_campaigns`` (sales): launch, pause, resume, complete, cancel.

Each step is a SECURITY DEFINER function ``dicel_<action>_<noun>`` made by
``dicel_desktop/db/case_functions.py`` (``dicel_retire_it_asset(asset_id uuid)``,
``dicel_qualify_lead(lead_id uuid)`` ...), owned by dicel_owner, with the refusals of
migration 0011 (DW001, DW002, DW004, DW403). EXECUTE goes to the department's role and
admin from the permission table (sync-grants, after the upgrade). None of these tables
has row security, and no step is a requester's: no owner policy is needed, though one
the declaration asked for would be made here.

A record in a state no step leads out of (a disposed asset, a converted lead, a hired
candidate ...) is frozen as migration 0035 freezes a closed ticket (``<table>_final``,
DW405); a risk assessment has none (a closed risk may be reopened). A candidate at the
end of their recruitment may still be deleted by HR (their data removed), not changed.

Made from the declaration as it is when this migration runs, for these tables only
(``TABLES``), as the functions were then (``hides_records=False``: migration 0039 makes
them ask first whether the caller may see the record); tests/security/test_case_steps.py
compares the database with the declaration.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.case_functions import (
    function_definitions,
    owner_policies,
    superseded_removal,
)
from dicel_desktop.db.migrate import execute_sql

revision: str = "0037"
down_revision: str | None = "0036"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The flows this revision creates.
TABLES = (
    "it_assets",
    "risk_assessments",
    "customer_feedback",
    "leads",
    "compliance_audits",
    "candidates",
    "marketing_campaigns",
)


#: Per table: the states no step leads out of, frozen as migration 0035 freezes a closed
#: ticket's (its function ``dicel_refuse_final_change``); written out as they were when
#: this revision was made (tests/security/test_catalog.py holds them equal to the flows).
FINAL_STATES: dict[str, tuple[str, ...]] = {
    "it_assets": ("disposed",),
    "customer_feedback": ("closed",),
    "leads": ("converted", "lost", "unqualified"),
    "compliance_audits": ("cancelled",),
    "candidates": ("hired", "rejected", "withdrawn"),
    "marketing_campaigns": ("cancelled", "completed"),
}


#: Tables whose records at the end of their flow may still be deleted by whoever may
#: delete them: an applicant's data is removed once the recruitment is over.
DELETED_WHEN_FINAL = frozenset({"candidates"})


def _final_trigger(table: str, states: tuple[str, ...]) -> str:
    events = "UPDATE" if table in DELETED_WHEN_FINAL else "UPDATE OR DELETE"
    return (
        f"CREATE TRIGGER {table}_final BEFORE {events} ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION public.dicel_refuse_final_change("
        f"'status', '{{{','.join(states)}}}')"
    )


def upgrade() -> None:
    for function in function_definitions(
        TABLES, hides_records=False, given_text=False, decided=False
    ):
        execute_sql(function.create)
        execute_sql(f"ALTER FUNCTION {function.signature} OWNER TO dicel_owner")
        execute_sql(f"REVOKE ALL ON FUNCTION {function.signature} FROM PUBLIC")
    for _name, _table, create in owner_policies(TABLES):
        execute_sql(create)
    for table, states in FINAL_STATES.items():
        execute_sql(_final_trigger(table, states))


def downgrade() -> None:
    for table in reversed(FINAL_STATES):
        execute_sql(f"DROP TRIGGER {table}_final ON public.{table}")
    for name, table, _create in reversed(owner_policies(TABLES)):
        execute_sql(f"DROP POLICY IF EXISTS {name} ON public.{table}")
    for function in reversed(
        function_definitions(TABLES, hides_records=False, given_text=False, decided=False)
    ):
        execute_sql(f"DROP FUNCTION IF EXISTS {function.signature}")
    # And the one-argument steps a later downgrade gave back (migration 0101's feedback
    # steps that ask a note), as 0011 and 0038 drop theirs.
    for statement in superseded_removal(TABLES):
        execute_sql(statement)
