"""A decision is taken on the record as it was shown to the decider.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-04

A security review with psql: a requester who moved their pending leave's end date after
the supervisor had opened the decision dialog got the longer leave approved; the same
for an expense's amount and an order's lines. The decision functions took no version.

* ``dicel_decide_leave``, ``dicel_decide_expense`` and ``dicel_decide_purchase_order``
  gain an overload with a fourth parameter, ``shown timestamptz``: the record's
  ``updated_at`` as the decider saw it (the version token of the record forms). Under the
  record's row lock it compares; where the record, still waiting, has changed since, by
  anyone but the caller, it refuses (``DW007`` with ``who`` and ``when``; ``DW008`` with ``when`` alone
  for a change no DICEL login made) and decides nothing. Otherwise it is the
  three-parameter function, whose signature and rules stay as they are. An order's lines
  are frozen while it waits; a level decided meanwhile moves the order's version too.
* The listings of the approvals inbox (``dicel_leave_requests_to_decide``,
  ``dicel_purchase_orders_to_decide``, ``dicel_expenses_to_decide``) and
  ``dicel_waiting_for_me`` return the record's ``version`` after their other columns, so
  a decision taken from "Waiting for me" passes what the list showed.

Who may look is checked before the lock (leave: row security, as the three-parameter
function; expenses: finance; orders: migration 0031's ``dicel_may_see_purchase_order``),
so nobody holds a record's lock who could not decide it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, earlier_revision, execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# --------------------------------------------------------------------------- decisions

#: (function, its id parameter, what it returns, table, who may look before the lock,
#:  extra audit entries that change it: a level of an order).
_DECISIONS = (
    ("dicel_decide_leave", "request_id", "void", "leave_requests", "true", ""),
    (
        "dicel_decide_expense",
        "expense_id",
        "void",
        "expenses",
        "public.dicel_current_user_id() IS NOT NULL AND public.dicel_has_role('finance')",
        "",
    ),
    (
        "dicel_decide_purchase_order",
        "order_id",
        "text",
        "purchase_orders",
        "public.dicel_may_see_purchase_order(v_id)",
        " OR (l.table_name = 'purchase_order_approvals' AND l.record_id IN"
        " (SELECT a.id FROM public.purchase_order_approvals a WHERE a.order_id = v_id))",
    ),
)


def _decide_shown(function: str, id_name: str, returns: str, table: str, may_look: str,
                  also: str) -> tuple[str, str]:  # fmt: skip
    signature = f"{function}(uuid, boolean, text, timestamptz)"
    call = f"public.{function}(v_id, approve, note)"
    finish = f"RETURN {call};" if returns != "void" else f"PERFORM {call};"
    create = f"""
CREATE FUNCTION public.{function}({id_name} uuid, approve boolean, note text,
                                  shown timestamptz)
RETURNS {returns} LANGUAGE plpgsql {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := {id_name};
    v_now timestamptz;
    v_state text;
    v_change record;
BEGIN
    IF shown IS NOT NULL AND {may_look} THEN
        -- Under the row lock: a change being saved waits for the decision, or the
        -- decision for it, and then sees it.
        SELECT t.updated_at, t.status INTO v_now, v_state
          FROM public.{table} t WHERE t.id = v_id FOR UPDATE;
        -- Decided meanwhile: the decision function says by whom ("Already approved by").
        IF FOUND AND v_state = 'pending' AND v_now IS DISTINCT FROM shown THEN
            -- The last change: its entry is written after the version it stamps, so any
            -- change since what was shown has an entry later than it.
            SELECT l.user_id, l.created_at INTO v_change FROM public.audit_logs l
             WHERE ((l.table_name = '{table}' AND l.record_id = v_id){also})
               AND l.created_at > shown
             ORDER BY l.created_at DESC LIMIT 1;
            -- The decider's own change (in this window, or another) is no surprise.
            IF v_change.user_id IS NULL
               OR v_change.user_id IS DISTINCT FROM public.dicel_current_user_id() THEN
                IF v_change.user_id IS NULL THEN
                    RAISE EXCEPTION USING ERRCODE = 'DW008',
                        MESSAGE = 'changed since it was shown',
                        DETAIL = json_build_object('id', v_id, 'when', v_now)::text;
                END IF;
                RAISE EXCEPTION USING ERRCODE = 'DW007', MESSAGE = 'changed since it was shown',
                    DETAIL = json_build_object(
                        'id', v_id, 'who', public.dicel_person_name(v_change.user_id),
                        'when', v_now)::text;
            END IF;
        END IF;
    END IF;
    {finish}
END
$$"""
    return signature, create


DECISIONS: list[tuple[str, str]] = [_decide_shown(*d) for d in _DECISIONS]


# --------------------------------------------------------------------------- the inbox

_RETURNS_OLD = "submitted_at timestamptz, submitted_by text)"
_RETURNS_NEW = "submitted_at timestamptz, submitted_by text,\n               version timestamptz)"

#: (signature, module, how it is found there, the end of its select list, its version).
_LISTINGS = (
    (
        "dicel_leave_requests_to_decide(uuid)",
        "0012_leave",
        "e.employee_number)::text\n      FROM public.leave_requests r",
        "r.updated_at",
    ),
    (
        "dicel_purchase_orders_to_decide(uuid)",
        "0013_purchasing",
        "nullif(concat_ws(' ', c.first_name, c.last_name), '')\n      FROM public.purchase_orders o",
        "o.updated_at",
    ),
    (
        "dicel_expenses_to_decide(uuid)",
        "0014_finance_flows",
        "public.dicel_person_name(x.created_by)\n      FROM public.expenses x",
        "x.updated_at",
    ),
)


def _listing(signature: str, module_name: str, *, versioned: bool) -> str:
    module = earlier_revision(module_name)
    if module_name == "0012_leave":
        create = dict(module.READERS)[signature]
    elif module_name == "0013_purchasing":
        create = dict(module.FUNCTIONS)[signature]
    else:
        create = module._sql(dict(module.EXPENSES)[signature])
    if not versioned:
        return create
    _sig, _module, end, version = next(x for x in _LISTINGS if x[0] == signature)
    assert create.count(_RETURNS_OLD) == 1 and create.count(end) == 1, signature
    head, tail = end.split("\n", 1)
    return create.replace(_RETURNS_OLD, _RETURNS_NEW).replace(
        end, f"{head},\n           {version}\n{tail}"
    )


def _waiting(*, versioned: bool) -> str:
    module = earlier_revision("0015_inbox")
    if not versioned:
        return module.WAITING_FOR_ME
    create = module.WAITING_FOR_ME.replace(_RETURNS_OLD, _RETURNS_NEW)
    part = "t.submitted_by::text\n"
    assert create.count(part) == len(module.SOURCES)
    return create.replace(part, "t.submitted_by::text, t.version::timestamptz\n")


WAITING_SIGNATURE = "dicel_waiting_for_me(text, uuid)"


def _create(signature: str, create: str) -> None:
    execute_sql(create)
    execute_sql(f"ALTER FUNCTION public.{signature} OWNER TO {OWNER_ROLE}")
    # EXECUTE by name (domain/permissions.FUNCTION_EXECUTE, applied by sync-grants).
    execute_sql(f"REVOKE ALL ON FUNCTION public.{signature} FROM PUBLIC")


def _inbox(*, versioned: bool) -> None:
    # A function's result columns change only by making it again.
    execute_sql(f"DROP FUNCTION public.{WAITING_SIGNATURE}")
    for signature, module_name, _end, _version in _LISTINGS:
        execute_sql(f"DROP FUNCTION public.{signature}")
        _create(signature, _listing(signature, module_name, versioned=versioned))
    _create(WAITING_SIGNATURE, _waiting(versioned=versioned))


def upgrade() -> None:
    for signature, create in DECISIONS:
        _create(signature, create)
    _inbox(versioned=True)


def downgrade() -> None:
    _inbox(versioned=False)
    for signature, _create_statement in reversed(DECISIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
