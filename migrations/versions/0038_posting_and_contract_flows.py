"""Job postings and contracts start as drafts and move through their states by steps.

Revision ID: 0038
Revises: 0037
Create Date: 2026-12-07

Their states were written by no role and no function moved them, so a posting stayed
``open`` and a contract ``active`` for good: a position could never be closed or
filled, a contract never ended. Nor did either start where its process starts: the
seed's defaults (``open``, ``active``) made a posting public and a contract in force
the moment it was typed in. A new one is now a ``draft`` (both CHECKs have it); rows
already there keep their state.

The tickets' and cases' machinery (migrations 0011, 0037) moves them, declared in
``dicel_desktop/domain/case_flows.py``:

* ``job_postings`` (HR): publish (draft, its posted date becomes today), put on hold,
  resume, close (open or on hold), reopen (closed; its closing date is cleared), fill
  (open, on hold or closed), cancel (any but filled). Closing or filling ends the
  applications: the closing date becomes today unless it already passed.
* ``contracts`` (clients): activate (a signed draft), mark renewed (continued under a
  new contract), terminate, mark expired (all three from active). Terminating or
  expiring ends it today unless its end date already passed, never before its start
  date.

Each step is a SECURITY DEFINER function ``dicel_<action>_<noun>``
(``dicel_publish_job_posting(posting_id uuid)``, ``dicel_terminate_contract(contract_id
uuid)`` ...) made by ``dicel_desktop/db/case_functions.py``, owned by dicel_owner, with
the refusals of migration 0011; EXECUTE goes to the department's role and admin from the
permission table (sync-grants, after the upgrade).

A filled or cancelled posting and an expired, terminated or renewed contract are frozen
as migration 0035 freezes a closed ticket (``<table>_final``, DW405, its function
unchanged: it takes the table's final states as arguments). A closed posting is not
final: it may be reopened or filled.

Made from the declaration as it is when this migration runs, for these tables only
(``TABLES``); tests/security/test_case_steps.py compares the database with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.case_functions import function_definitions, owner_policies, superseded_removal
from dicel_desktop.db.migrate import execute_sql

revision: str = "0038"
down_revision: str | None = "0037"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The flows this revision creates.
TABLES = ("job_postings", "contracts")

#: Per table: the first state of a new row, and the seed's, which a downgrade gives back.
FIRST_STATES: dict[str, tuple[str, str]] = {
    "job_postings": ("draft", "open"),
    "contracts": ("draft", "active"),
}

#: Per table: the states no step leads out of, frozen as migration 0035 freezes a closed
#: ticket's; written out as they were when this revision was made
#: (tests/security/test_catalog.py holds them equal to the flows).
FINAL_STATES: dict[str, tuple[str, ...]] = {
    "job_postings": ("cancelled", "filled"),
    "contracts": ("expired", "renewed", "terminated"),
}


def _final_trigger(table: str, states: tuple[str, ...]) -> str:
    # Neither table may be deleted from by any role: the trigger covers DELETE as well,
    # should one ever be.
    return (
        f"CREATE TRIGGER {table}_final BEFORE UPDATE OR DELETE ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION public.dicel_refuse_final_change("
        f"'status', '{{{','.join(states)}}}')"
    )


def upgrade() -> None:
    for table, (first, _seed) in FIRST_STATES.items():
        execute_sql(f"ALTER TABLE public.{table} ALTER COLUMN status SET DEFAULT '{first}'")
    for function in function_definitions(TABLES, given_text=False, decided=False):
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
    for function in reversed(function_definitions(TABLES, given_text=False, decided=False)):
        execute_sql(f"DROP FUNCTION IF EXISTS {function.signature}")
    # And a step's function as it was before its signature changed (0071's downgrade).
    for statement in superseded_removal(TABLES):
        execute_sql(statement)
    for table, (_first, seed) in FIRST_STATES.items():
        execute_sql(f"ALTER TABLE public.{table} ALTER COLUMN status SET DEFAULT '{seed}'")
