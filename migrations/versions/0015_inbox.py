"""The approvals inbox: what waits for the caller's decision, and word when it changes.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01

* ``dicel_waiting_for_me(only_table text DEFAULT NULL, only_id uuid DEFAULT NULL)``
  (plpgsql, SECURITY INVOKER, STABLE; EXECUTE dicel_user): the union of
  ``dicel_leave_requests_to_decide()``, ``dicel_purchase_orders_to_decide()`` and
  ``dicel_expenses_to_decide()``, each row with its kind (``leave``, ``purchase_order``,
  ``expense``), in no particular order (``ORDER BY submitted_at`` puts what has waited
  longest first). Given a table and an id (a notification's), only that record, if it
  waits for the caller: the inbox reads what changed, not everything again. It runs as the caller, so it can show no more
  than the caller would get by calling the three: a listing function that does not exist
  (yet), or that the caller may not EXECUTE, adds nothing. Each is called in a statement
  of its own that plpgsql plans when it first runs it, so they may come with a later
  revision; the plans are then kept for the session (the inbox reads at every change).
* ``dicel_notify_work()``: an AFTER trigger on ``leave_requests``, ``purchase_orders``
  and ``expenses`` (``<table>_notify_work``) that sends ``NOTIFY dicel_work`` with
  ``{"table": ..., "id": ..., "operation": "INSERT|UPDATE|DELETE"}`` and nothing else:
  notifications ignore row security and grants, so a client re-reads what changed under
  its own rights. PostgreSQL delivers them at commit, and not at all on rollback.
"""

from collections.abc import Sequence

from dicel_desktop.db.migrate import SEARCH_PATH, create_owned_function, execute_sql

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: The channel every DICEL client listens on for changes of its work.
CHANNEL = "dicel_work"
#: The tables whose changes may add an item to someone's inbox or take one away.
NOTIFYING_TABLES = ("leave_requests", "purchase_orders", "expenses")

#: (kind, table, listing function): what dicel_waiting_for_me unites.
SOURCES = (
    ("leave", "leave_requests", "dicel_leave_requests_to_decide"),
    ("purchase_order", "purchase_orders", "dicel_purchase_orders_to_decide"),
    ("expense", "expenses", "dicel_expenses_to_decide"),
)

NOTIFY_WORK = f"""
CREATE FUNCTION public.dicel_notify_work() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
BEGIN
    -- Ids only: whoever receives this reads the row again under their own rights.
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'table', TG_TABLE_NAME,
        'id', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END,
        'operation', TG_OP)::text);
    RETURN NULL;
END
$$"""


def _union_part(kind: str, table: str, function: str) -> str:
    routine = f"public.{function}(uuid)"
    return f"""
    IF (only_table IS NULL OR only_table = '{table}')
       AND to_regprocedure('{routine}') IS NOT NULL
       AND has_function_privilege('{routine}', 'EXECUTE') THEN
        RETURN QUERY
            -- Cast to the contract's types: RETURN QUERY wants them exactly.
            SELECT '{kind}'::text, t.id::uuid, t.title::text, t.detail::text,
                   t.amount::numeric, t.currency::text, t.submitted_at::timestamptz,
                   t.submitted_by::text
              FROM public.{function}(only_id) AS t;
    END IF;"""


WAITING_FOR_ME = f"""
CREATE FUNCTION public.dicel_waiting_for_me(only_table text DEFAULT NULL,
                                            only_id uuid DEFAULT NULL)
RETURNS TABLE (kind text, id uuid, title text, detail text, amount numeric, currency text,
               submitted_at timestamptz, submitted_by text)
LANGUAGE plpgsql STABLE {SEARCH_PATH}
AS $$
BEGIN
    -- SECURITY INVOKER: the listing functions check the caller, and a caller without
    -- EXECUTE on one of them gets nothing of it through this one either. plpgsql plans
    -- a statement when it first runs it (and keeps the plan for the session), so a
    -- listing function that does not exist (yet) is skipped, not an error.
    {"".join(_union_part(kind, table, function) for kind, table, function in SOURCES)}
    RETURN;
END
$$"""

#: (signature, CREATE statement) of the functions this revision adds.
FUNCTIONS: list[tuple[str, str]] = [
    ("dicel_notify_work()", NOTIFY_WORK),
    ("dicel_waiting_for_me(text, uuid)", WAITING_FOR_ME),
]


def upgrade() -> None:
    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)
    for table in NOTIFYING_TABLES:
        execute_sql(
            f"CREATE TRIGGER {table}_notify_work AFTER INSERT OR UPDATE OR DELETE"
            f" ON public.{table} FOR EACH ROW EXECUTE FUNCTION public.dicel_notify_work()"
        )


def downgrade() -> None:
    for table in reversed(NOTIFYING_TABLES):
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_notify_work ON public.{table}")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
