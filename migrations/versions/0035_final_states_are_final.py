"""A ticket or case in a final state is no longer changed or deleted, by anyone.

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-06

A user-eye review closed an IT ticket ("Close ITT-...? It can no longer be reopened"),
then changed its subject, category, priority, reported date and description in the
form and saved them: the workers' UPDATE rights on their tables knew nothing of the
ticket's state, so what a requester confirmed as closed could be rewritten afterwards,
from the form or from psql.

A record whose state no step leads out of (``CaseFlow.final_states``: closed or
cancelled tickets, closed incidents, closed recovery cases) is what it ended as. A
BEFORE UPDATE OR DELETE trigger on each flow's table (``<table>_final``) refuses any
change or removal of a row whose OLD state is final with ``DW405`` (DETAIL: the row's
``id`` and ``state``; TABLE set), for every DICEL login, admin included. Only the
workflow functions' owner and a superuser pass, as with migration 0007's lock triggers:
a referential action (a user deleted, ``ON DELETE SET NULL``) runs as the table's owner,
and a superuser repairs data. No step leads out of a final state, so no workflow
function meets the refusal. A resolved ticket, or a recovered or written-off case, may
still be reopened: it stays editable as before (a recovery case's amount and parties are
frozen once settled by migration 0007's lock).

The final states are written here as they were when this revision was made;
``tests/security/test_catalog.py`` holds the triggers equal to ``domain/case_flows.py``.
"""

from collections.abc import Sequence

from dicel_desktop.db.migrate import SEARCH_PATH, execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0035"
down_revision: str | None = "0034"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: Per table: its state column and the states no step leads out of.
FINAL_STATES: dict[str, tuple[str, tuple[str, ...]]] = {
    "it_support_tickets": ("status", ("cancelled", "closed")),
    "client_support_tickets": ("status", ("cancelled", "closed")),
    "security_incidents": ("status", ("closed",)),
    "risk_incidents": ("status", ("closed",)),
    "recovery_cases": ("status", ("closed",)),
}

REFUSE_FINAL_CHANGE = f"""
CREATE FUNCTION public.dicel_refuse_final_change() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    -- TG_ARGV: [0] the state column, [1] the final states ('{{cancelled,closed}}').
    v_state text;
BEGIN
    IF current_user = '{OWNER_ROLE}'
       OR (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    v_state := to_jsonb(OLD) ->> TG_ARGV[0];
    IF v_state = ANY (TG_ARGV[1]::text[]) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW405',
            MESSAGE = format('%s %s is %s: it can no longer be changed',
                             TG_TABLE_NAME, OLD.id, v_state),
            DETAIL = json_build_object('id', OLD.id, 'state', v_state)::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$"""


def _trigger(table: str, column: str, states: tuple[str, ...]) -> str:
    return (
        f"CREATE TRIGGER {table}_final BEFORE UPDATE OR DELETE ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION public.dicel_refuse_final_change("
        f"'{column}', '{{{','.join(states)}}}')"
    )


def upgrade() -> None:
    execute_sql(REFUSE_FINAL_CHANGE)
    for table, (column, states) in FINAL_STATES.items():
        execute_sql(_trigger(table, column, states))


def downgrade() -> None:
    for table in reversed(FINAL_STATES):
        execute_sql(f"DROP TRIGGER {table}_final ON public.{table}")
    execute_sql("DROP FUNCTION public.dicel_refuse_final_change()")
