"""A policy in force is not rewritten by one person, and its approval is on what was shown.

Revision ID: 0078
Revises: 0077
Create Date: 2026-12-06

Found with psql in a review, as the demo's compliance officer: Start review on a policy
in force, ``UPDATE compliance_policies SET policy_content = 'Staff may accept gifts of
any value.'``, approve with a next review date, bring into force: one person rewrote a
policy in force, alone. The approval checked nothing of who shaped what it approves (as
migration 0027 does for an expense or an order), and took no version: a colleague's
rewrite made while the approver read the policy was approved unseen (what migrations
0032 and 0070 stop for the decisions of leave, expenses, orders and pay).

A step of a case flow may now be a decision four eyes take (``Step.decided_by_another``,
domain/case_flow_model.py, made by db/case_functions.py); a policy's approval is the
first. Its function, ``dicel_approve_compliance_policy(policy_id uuid, review_date date,
shown timestamptz)``, for compliance and admin, under the policy's row lock, on a policy
under review:

* refuses whoever changed the policy (wrote it, or changed any of it but its state:
  ``DW411``) or put it under review (submitted it, or started its review: ``DW412``)
  since it was last approved, as the audit log shows (DETAIL ``who``, ``at``,
  ``state``, ``action``). The steps that only moved it elsewhere (brought the last
  version into force) are no change of it. One helper finds that change:
  ``dicel_own_change_to_decide(table, id, sources, decided)`` (SECURITY DEFINER: the
  audit log is not the clerks' to read; it tells the caller of their own changes only,
  so the window asks it too, and says why Approve… is off);
* takes ``shown``, the policy's version (``updated_at``) the window showed: none is
  ``DW413``; changed since by anyone else, ``DW007`` naming them (``DW008`` for a change
  no DICEL login made), as migration 0070 looks for it.

The two-argument approval is dropped. A downgrade gives it back (as 0074 left it) and
drops the helper.

Besides, a revision's step functions are that revision's: migrations 0011-0072 made the
case steps from the declaration as it is now, which since 0074 calls
``dicel_given_text``/``dicel_given_reason``; a database at 0071-0073 (built there, or
downgraded) had eight steps calling helpers it did not have. They now pass
``given_text=False`` (and ``decided=False``), so each makes what it
made then; a database upgraded to head is as before but for what this revision changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.case_functions import (
    OWN_CHANGE_TO_DECIDE,
    FunctionDefinition,
    flow_definitions,
)
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql
from dicel_desktop.domain.case_flows import FLOWS

revision: str = "0078"
down_revision: str | None = "0077"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWN_CHANGE_SIGNATURE = f"{OWN_CHANGE_TO_DECIDE}(text, uuid, text[], text)"
OWN_CHANGE = f"""
CREATE FUNCTION public.{OWN_CHANGE_TO_DECIDE}(p_table text, p_id uuid, p_sources text[],
                                                p_decided text)
RETURNS TABLE (what text, at timestamptz, state text)
LANGUAGE sql STABLE {DEFINER}
AS $$
    -- Migration 0078: the caller's latest change of the record since it last became
    -- p_decided (since it was written, if never): 'move' when they moved it into one of
    -- p_sources, where it waits for the decision (state: which), 'change' when they wrote
    -- it or changed any of it but its state. A step that moved it elsewhere changed
    -- nothing of what is decided. The caller's own changes only: nothing of anyone else's.
    SELECT CASE WHEN a.action = 'UPDATE' AND a.new_values ? 'status' THEN 'move'
                ELSE 'change' END,
           a.created_at,
           CASE WHEN a.action = 'UPDATE' THEN a.new_values ->> 'status' END
      FROM public.audit_logs AS a
     WHERE a.table_name = p_table AND a.record_id = p_id
       AND a.user_id = public.dicel_current_user_id()
       AND a.created_at > coalesce(
               (SELECT max(d.created_at) FROM public.audit_logs AS d
                 WHERE d.table_name = p_table AND d.record_id = p_id AND d.action = 'UPDATE'
                   AND d.new_values ->> 'status' = p_decided),
               '-infinity')
       AND (a.action = 'INSERT'
            OR (a.action = 'UPDATE' AND (NOT a.new_values ? 'status'
                                         OR a.new_values ->> 'status' = ANY (p_sources))))
     ORDER BY a.created_at DESC
     LIMIT 1
$$"""


#: The steps this revision made decisions four eyes take, (table, action): a later
#: revision's (a write-off, migration 0079) are that revision's to make.
DECIDED: tuple[tuple[str, str], ...] = (("compliance_policies", "approve"),)


def _decided(*, decided: bool) -> list[tuple[FunctionDefinition, tuple[str, ...]]]:
    """The functions of the steps four eyes take, with who takes them: as this revision
    makes them (``decided``: the record's own version, its files not counted, as 0079
    counts them), or as 0074 left them."""
    found = []
    for table, action in DECIDED:
        flow = FLOWS[table]
        takers = tuple(role.group_role for role in flow.workers)
        found += [
            (f, takers)
            for f in flow_definitions(flow, decided=decided, decided_files=False)
            if f.name == flow.function(action)
        ]
    return found


def _create(function: FunctionDefinition, takers: tuple[str, ...]) -> None:
    create_owned_function(function.create, function.signature)
    # EXECUTE comes from the permission table (sync-grants after the upgrade); granted
    # here too, for a database left at this revision.
    for role in takers:
        execute_sql(f"GRANT EXECUTE ON FUNCTION {function.signature} TO {role}")


def upgrade() -> None:
    create_owned_function(OWN_CHANGE, OWN_CHANGE_SIGNATURE)
    for function, _takers in _decided(decided=False):
        execute_sql(f"DROP FUNCTION {function.signature}")
    for function, takers in _decided(decided=True):
        _create(function, takers)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    for function, _takers in reversed(_decided(decided=True)):
        execute_sql(f"DROP FUNCTION {function.signature}")
    for function, takers in _decided(decided=False):
        _create(function, takers)
    execute_sql(f"DROP FUNCTION public.{OWN_CHANGE_SIGNATURE}")
    pin_company_time_zone(op.get_bind())
