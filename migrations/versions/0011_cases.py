"""Tickets and cases move through their states: one workflow function per step.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27

IT tickets, client tickets, security incidents, risk incidents and recovery cases.
Their steps are declared once in ``dicel_desktop/domain/case_flows.py`` (from which
state to which, who may take each); ``dicel_desktop/db/case_functions.py`` turns each
step into a SECURITY DEFINER function ``dicel_<action>_<noun>`` (``dicel_assign_it_ticket
(ticket_id uuid, assignee uuid)``, ``dicel_resolve_it_ticket(ticket_id uuid, resolution
text)``, ``dicel_close_it_ticket(ticket_id uuid)`` ...) owned by dicel_owner, whose
docstring lists the refusals (SQLSTATEs DW001, DW002, DW004, DW401-DW404). EXECUTE is
granted by name from the permission table (``FUNCTION_EXECUTE``, made from the same
declaration) by sync-grants after the upgrade.

The permission table now keeps what the steps set (assignee, resolution, resolved
date) out of every role's INSERT and UPDATE, as it already did the states: only the
steps write them (sync-grants applies it).

IT tickets have forced row security, and a requester's own policies let them update no
ticket; the functions run as dicel_owner, so ``it_support_tickets_requester_steps``
lets dicel_owner update a requester's own ticket in the states a requester takes steps
from (close or reopen a resolved ticket, cancel an open one). It is FOR UPDATE only:
dicel_owner still sees exactly what the caller sees.

The functions and the policy are made from the declaration as it is when this migration
runs: tests/security/test_case_steps.py compares the database with the declaration, so a
change to the declaration needs a migration that creates them again. Only the flows of
these five tables are this revision's (``TABLES``): the flows declared later are created
by their own migrations (0037). The functions are made as they were then
(``hides_records=False``): migration 0039 makes them ask first whether the caller may see
the record.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.case_functions import function_definitions, owner_policies, superseded_removal
from dicel_desktop.db.migrate import execute_sql

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: The flows this revision creates; later flows are their own migrations'.
TABLES = (
    "it_support_tickets",
    "client_support_tickets",
    "security_incidents",
    "risk_incidents",
    "recovery_cases",
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


def downgrade() -> None:
    for name, table, _create in reversed(owner_policies(TABLES)):
        execute_sql(f"DROP POLICY IF EXISTS {name} ON public.{table}")
    for function in reversed(
        function_definitions(TABLES, hides_records=False, given_text=False, decided=False)
    ):
        execute_sql(f"DROP FUNCTION IF EXISTS {function.signature}")
    # And a step's function as it was before its signature changed (0071's downgrade).
    for statement in superseded_removal(TABLES):
        execute_sql(statement)
