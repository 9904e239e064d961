"""The company always keeps an active administrator; a budget's spending stays where it was charged.

Revision ID: 0047
Revises: 0046
Create Date: 2026-12-11

Found with psql in a fifth security review, as the demo's real logins.

**An active administrator remains.** Nobody changes their own role or deactivates
themselves (DU010, migrations 0004 and 0010), but nothing asked whether an administrator
would remain, and two administrators could each take the other's role at the same moment
(``SELECT dicel_change_role('the-other@…', 'hr')`` in two open transactions, then both
``COMMIT``), or deactivate each other: the company was left with no active administrator,
and nobody could give the role back short of IT at the server. So could a deactivated
administrator whose session was still open, by demoting the last active one.

The trigger ``users_keep_an_administrator`` (AFTER UPDATE OF role, is_active OR DELETE,
function ``dicel_keep_an_administrator``) now refuses a change that takes the role or the
activity away from an active administrator when no other active administrator is left:
``DW601``, DETAIL the ``email`` of the one who would have been the last. The changes are
serialized: ``dicel_change_role`` and ``dicel_deactivate_user`` take a transaction-level
advisory lock (key ``0x4144`` "AD", 0, beside leave's "LV" and payroll's "PP") before they
lock the user's row, and the trigger takes it too (for any other path). The second of two
such changes waits there until the first ends; at READ COMMITTED its count is a statement
started after the wait, so it sees what the first committed and is refused. The count
takes FOR SHARE on an administrator it finds: at REPEATABLE READ, whose snapshot predates
the wait, an administrator changed meanwhile is then a serialization failure (40001,
which the client tries again, and is refused), never counted as still there; SERIALIZABLE
refuses the write skew by itself. A superuser is not a DICEL login and is not asked, as
everywhere; ``dicel-admin`` calls the functions, which are.

**A budget's spending stays where it was charged.** Approving an expense adds its amount
to the ``spent_amount`` of the active budget line of its department, category and year
(migration 0014); finance could then change that line's department, category or fiscal
year, which moved the spending to another department or year: the budget chart (issue
11) showed it there, and the next expense of the first department found no line. The
trigger ``budgets_spending_stays`` (BEFORE UPDATE OF those columns, function
``dicel_budget_keeps_its_spending``) refuses changing them once ``spent_amount`` is not
0, whatever the line's state and for every DICEL login: ``DW333``, DETAIL ``id``,
``amount`` (what is charged) and ``currency`` (budgets are in RWF), COLUMN the first
column changed. The allocated amount may still be revised; a line with nothing charged
may still be corrected. The columns are the trigger's arguments, where
tests/security/test_catalog.py compares them with the registry (``Charged`` of
domain/tables.py).

A downgrade drops both triggers and their functions and gives back the two functions of
migrations 0004 and 0010.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
)

revision: str = "0047"
down_revision: str | None = "0046"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_IS_SUPERUSER = "(SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)"

#: The first key of the advisory lock ("AD"), beside leave's "LV" and payroll's "PP".
LOCK_SPACE = 0x4144
_TAKE_LOCK = f"PERFORM pg_catalog.pg_advisory_xact_lock({LOCK_SPACE}, 0);"


#: An earlier migration, for its function bodies: frozen with it, so the same ones.
_0010 = earlier_revision("0010_user_roles")
_0004 = _0010._0004

#: (signature, its body as 0004 / 0010 made it, the line the lock goes before).
_GUARDED: list[tuple[str, str, str]] = [
    (
        signature,
        body,
        anchor,
    )
    for functions, anchor in (
        (
            _0010._USER_FUNCTIONS,
            "    SELECT * INTO v_user FROM public.users WHERE lower(email) = p_login FOR UPDATE;",
        ),
        (
            _0004._USER_FUNCTIONS,
            "    SELECT id INTO v_id FROM public.users WHERE lower(email) = p_login FOR UPDATE;",
        ),
    )
    for signature, _grantee, body in functions
    if _0004._name(signature) in ("dicel_change_role", "dicel_deactivate_user")
]


def _locked_first(body: str, anchor: str) -> str:
    if body.count(anchor) != 1:
        raise RuntimeError(f"not found once in the function's body: {anchor}")
    return body.replace(
        anchor,
        "    -- One change that may take an administrator away at a time (migration 0047),\n"
        "    -- taken before the user's row: the trigger counts what the previous one left.\n"
        f"    {_TAKE_LOCK}\n{anchor}",
    )


def _replace_function(signature: str, body: str) -> None:
    # CREATE OR REPLACE keeps the owner (dicel_owner) and the grants; the settings are
    # 0004's _create_function's, restated (they would otherwise be dropped).
    execute_sql(
        f"CREATE OR REPLACE FUNCTION public.{signature} LANGUAGE plpgsql SECURITY DEFINER"
        f" SET search_path = pg_catalog, pg_temp"
        f" AS $fn${body.format(**_0004._SNIPPETS)}$fn$"
    )


KEEP_AN_ADMINISTRATOR_SIGNATURE = "public.dicel_keep_an_administrator()"
KEEP_AN_ADMINISTRATOR = f"""
CREATE FUNCTION {KEEP_AN_ADMINISTRATOR_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
BEGIN
    IF NOT (OLD.role = 'admin' AND coalesce(OLD.is_active, true)) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.role = 'admin' AND coalesce(NEW.is_active, true) THEN
            RETURN NULL;
        END IF;
    END IF;
    IF {_IS_SUPERUSER} THEN
        RETURN NULL;
    END IF;
    -- The second of two such changes waits here for the first to end; at READ COMMITTED
    -- the statement below starts after the wait and sees what the first committed.
    {_TAKE_LOCK}
    -- FOR SHARE: at REPEATABLE READ (a snapshot from before the wait) an administrator
    -- changed meanwhile is a serialization failure, not counted as still there.
    PERFORM u.id FROM public.users u
     WHERE u.role = 'admin' AND coalesce(u.is_active, true)
     LIMIT 1 FOR SHARE;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION USING
        ERRCODE = 'DW601',
        MESSAGE = format('%s is the last active administrator: their role stays and they'
                         ' stay active', OLD.email),
        DETAIL = json_build_object('email', OLD.email)::text,
        HINT = 'Make someone else an administrator first.',
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME;
END
$$"""
KEEP_AN_ADMINISTRATOR_TRIGGER = (
    "CREATE TRIGGER users_keep_an_administrator AFTER UPDATE OF role, is_active OR DELETE"
    f" ON public.users FOR EACH ROW EXECUTE FUNCTION {KEEP_AN_ADMINISTRATOR_SIGNATURE}"
)

#: The column charged to a budget line, then the columns that say which line it is:
#: frozen here, compared with domain/tables.py's ``Charged`` by test_catalog.
BUDGET_CHARGED = "spent_amount"
BUDGET_KEYS: tuple[str, ...] = ("department_id", "fiscal_year", "budget_category")

KEEPS_ITS_SPENDING_SIGNATURE = "public.dicel_budget_keeps_its_spending()"
KEEPS_ITS_SPENDING = f"""
CREATE FUNCTION {KEEPS_ITS_SPENDING_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    -- TG_ARGV: [0] the amount charged to the line, [1..] the columns that say which line
    -- it is: fixed once that amount is not 0.
    v_old jsonb;
    v_new jsonb;
    v_charged numeric;
    v_changed text[];
BEGIN
    IF {_IS_SUPERUSER} THEN
        RETURN NEW;
    END IF;
    v_old := to_jsonb(OLD);
    v_charged := coalesce((v_old ->> TG_ARGV[0])::numeric, 0);
    IF v_charged = 0 THEN
        RETURN NEW;
    END IF;
    v_new := to_jsonb(NEW);
    -- A column set to the value it has is no change: a form may send it back as it was.
    SELECT array_agg(a.c ORDER BY a.n) INTO v_changed
      FROM unnest(TG_ARGV[1:]) WITH ORDINALITY AS a(c, n)
     WHERE v_old -> a.c IS DISTINCT FROM v_new -> a.c;
    IF v_changed IS NULL THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING
        ERRCODE = 'DW333',
        MESSAGE = format('%s %s has %s charged to it: %s can no longer be changed',
                         TG_TABLE_NAME, OLD.id, v_charged, array_to_string(v_changed, ', ')),
        -- Budgets are kept in RWF (migration 0014).
        DETAIL = json_build_object('id', OLD.id, 'amount', v_charged,
                                   'currency', 'RWF')::text,
        HINT = 'The allocated amount may still be revised.',
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = v_changed[1];
END
$$"""
KEEPS_ITS_SPENDING_TRIGGER = (
    "CREATE TRIGGER budgets_spending_stays BEFORE UPDATE OF "
    + ", ".join(BUDGET_KEYS)
    + " ON public.budgets FOR EACH ROW EXECUTE FUNCTION public.dicel_budget_keeps_its_spending("
    + ", ".join(f"'{c}'" for c in (BUDGET_CHARGED, *BUDGET_KEYS))
    + ")"
)


def upgrade() -> None:
    for signature, body, anchor in _GUARDED:
        _replace_function(signature, _locked_first(body, anchor))
    for function, signature, trigger in (
        (KEEP_AN_ADMINISTRATOR, KEEP_AN_ADMINISTRATOR_SIGNATURE, KEEP_AN_ADMINISTRATOR_TRIGGER),
        (KEEPS_ITS_SPENDING, KEEPS_ITS_SPENDING_SIGNATURE, KEEPS_ITS_SPENDING_TRIGGER),
    ):
        create_owned_function(function, signature)
        execute_sql(trigger)


def downgrade() -> None:
    execute_sql("DROP TRIGGER budgets_spending_stays ON public.budgets")
    execute_sql(f"DROP FUNCTION {KEEPS_ITS_SPENDING_SIGNATURE}")
    execute_sql("DROP TRIGGER users_keep_an_administrator ON public.users")
    execute_sql(f"DROP FUNCTION {KEEP_AN_ADMINISTRATOR_SIGNATURE}")
    for signature, body, _anchor in _GUARDED:
        _replace_function(signature, body)
