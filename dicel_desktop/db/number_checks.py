"""Every amount the database holds is a number (migration 0142): no numeric column, and no
workflow function taking an amount, takes ``NaN``.

PostgreSQL's NUMERIC holds ``'NaN'``, which sorts above every number, so each money
CHECK of the schema (``amount > 0``, ``unit_price >= 0``) let it through, and a balance
or a total it reached stayed NaN for ever (psql40, finding 1). A typmod already refuses
``Infinity``; every numeric column here has one (a test holds it).

The columns are not listed: :data:`NUMERIC_COLUMNS` finds every numeric column of the
public tables in the catalog (as ``db/text_limits.py`` finds the texts), so a migration
adding one calls :func:`add_number_checks` after it, and tests/security/
test_amounts_are_numbers.py fails for a column without its CHECK. Generated columns are
left: they are computed from checked columns, and their CHECK would speak before the
column typed (CHECKs run in name order: ``total_price`` before ``unit_price``).

The CHECK is ``col IS NULL OR col <> 'NaN' OR dicel_amount_is_a_number(col, table,
column)``: a number passes without a function call; NaN calls the function (given the
value: an IMMUTABLE call of constants alone would be folded, so raised, as the CHECK is
planned), which refuses it with
DW043 (COLUMN, TABLE) rather than a bare 23514, the window's own words for a typed
"NaN" ("Amount: “NaN” is not a number."). A CHECK rather than 0103's trigger: it holds
for every writer (a superuser too), costs one comparison, and a stored NaN stops the
upgrade (the migration names the rows first) instead of staying.

Pure SQL text and catalog reads: no SQLAlchemy models, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = [
    "CHECKED",
    "CHECKED_END",
    "NOT_A_NUMBER",
    "NUMBER_FUNCTION",
    "NUMBER_SIGNATURE",
    "NUMERIC_COLUMNS",
    "add_number_checks",
    "check_amount_arguments",
    "check_name",
    "check_sql",
    "drop_number_checks",
    "functions_taking_amounts",
    "stored_nan",
    "uncheck_amount_arguments",
    "unchecked",
]

#: The SQLSTATE of an amount that is not a number (COLUMN the column or the argument).
NOT_A_NUMBER = "DW043"
#: The function a numeric column's CHECK calls on NaN (EXECUTE for every login: a CHECK
#: runs as the writer).
NUMBER_FUNCTION = "dicel_amount_is_a_number"
NUMBER_SIGNATURE = f"public.{NUMBER_FUNCTION}(numeric, text, text)"

#: The public tables' numeric columns a row is written with: (table, column).
NUMERIC_COLUMNS = """
SELECT c.relname::text, a.attname::text
  FROM pg_catalog.pg_attribute AS a
  JOIN pg_catalog.pg_class AS c ON c.oid = a.attrelid
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
   AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
   AND a.atttypid = 'pg_catalog.numeric'::regtype
 ORDER BY 1, 2
"""


def check_name(table: str, column: str) -> str:
    """The name of the CHECK that keeps ``table.column`` a number (within 63)."""
    return f"ck_{table}_{column}_a_number"[:63]


def check_sql(table: str, column: str) -> str:
    """``ALTER TABLE`` adding the CHECK that refuses NaN in ``table.column``, NOT VALID
    (a VALIDATE follows)."""
    return (
        f'ALTER TABLE public."{table}" ADD CONSTRAINT "{check_name(table, column)}"'
        f""" CHECK ("{column}" IS NULL OR "{column}" <> 'NaN'::numeric"""
        f""" OR public.{NUMBER_FUNCTION}("{column}", '{table}', '{column}')) NOT VALID"""
    )


def _constraints(execute: Callable[..., Any]) -> set[str]:
    return {
        row[0]
        for row in execute(
            "SELECT conname::text FROM pg_catalog.pg_constraint"
            " WHERE connamespace = 'public'::regnamespace AND contype = 'c'"
        ).fetchall()
    }


def stored_nan(execute: Callable[..., Any], most: int = 20) -> list[tuple[str, str, int, list]]:
    """(table, column, rows, the first ``most`` ids) of each numeric column holding NaN
    (a table without ``id`` names none)."""
    found = []
    for table, column in execute(NUMERIC_COLUMNS).fetchall():
        has_id = execute(
            "SELECT EXISTS (SELECT FROM pg_catalog.pg_attribute a"
            f" WHERE a.attrelid = 'public.\"{table}\"'::regclass AND a.attname = 'id'"
            " AND NOT a.attisdropped)"
        ).fetchone()[0]
        ids = "array_agg(id::text ORDER BY id::text)" if has_id else "ARRAY[]::text[]"
        count, listed = execute(
            f'SELECT count(*), {ids} FROM public."{table}"'
            f""" WHERE "{column}" = 'NaN'::numeric"""
        ).fetchone()
        if count:
            found.append((table, column, count, list(listed or [])[:most]))
    return found


def add_number_checks(execute: Callable[..., Any]) -> list[str]:
    """Give every numeric column without its CHECK one (``execute`` runs a statement and
    gives its cursor: migrate.execute_sql); the CHECKs added, by name. A stored NaN
    stops the VALIDATE: look with :func:`stored_nan` first to say which rows."""
    present = _constraints(execute)
    added = []
    for table, column in execute(NUMERIC_COLUMNS).fetchall():
        name = check_name(table, column)
        if name in present:
            continue
        execute(check_sql(table, column))
        execute(f'ALTER TABLE public."{table}" VALIDATE CONSTRAINT "{name}"')
        added.append(name)
    return added


def drop_number_checks(execute: Callable[..., Any]) -> None:
    """Drop every CHECK :func:`add_number_checks` made."""
    for table, column in execute(NUMERIC_COLUMNS).fetchall():
        execute(
            f'ALTER TABLE public."{table}" DROP CONSTRAINT IF EXISTS "{check_name(table, column)}"'
        )


# --------------------------------------------------------------------------- arguments

#: The line opening the block that refuses a NaN amount argument, and the one closing it.
CHECKED = "    -- Migration 0142: its amounts are numbers, before any other work."
CHECKED_END = "    -- (end of 0142's check)"

#: The SECURITY DEFINER PL/pgSQL functions taking a numeric argument: (signature, CREATE
#: OR REPLACE, argument names, argument types).
_TAKING_AMOUNTS = """
SELECT p.oid::regprocedure::text, pg_catalog.pg_get_functiondef(p.oid),
       p.proargnames, p.proargtypes::oid[]
  FROM pg_catalog.pg_proc AS p
 WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef AND p.prokind = 'f'
   AND p.prolang = (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'plpgsql')
   AND 'pg_catalog.numeric'::regtype = ANY (p.proargtypes::oid[])
 ORDER BY 1
"""
_NUMERIC_OID = 1700


def functions_taking_amounts(execute: Callable[..., Any]) -> list[tuple[str, str, list]]:
    """(signature, definition, [(position, name)]) of every SECURITY DEFINER PL/pgSQL
    function taking a numeric argument: a person's amount, or a step's."""
    found = []
    for signature, create, names, types in execute(_TAKING_AMOUNTS).fetchall():
        amounts = [
            (i + 1, name or f"${i + 1}")
            for i, (name, type_oid) in enumerate(zip(names or [], types, strict=False))
            if type_oid == _NUMERIC_OID
        ]
        found.append((signature, create, amounts))
    return found


def unchecked(create: str, amounts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The amounts of ``amounts`` the definition ``create`` lets through as NaN: neither
    this revision's block nor a comparison with ``'NaN'::numeric`` of its own (0106's
    ``dicel_recover_recovery_case`` compares its local copy)."""
    if CHECKED in create:
        return []
    own = "'NaN'::numeric" in create
    return [] if own else amounts


def _block(amounts: list[tuple[int, str]]) -> str:
    lines = [CHECKED]
    for position, name in amounts:
        value = f"${position}"
        column = name.removeprefix("p_")
        lines.append(
            f"    IF {value} = 'NaN'::numeric THEN\n"
            f"        RAISE EXCEPTION USING ERRCODE = '{NOT_A_NUMBER}',\n"
            f"            MESSAGE = 'refused: NaN is not an amount ({column})',\n"
            "            DETAIL = json_build_object('text', 'NaN')::text,\n"
            f"            COLUMN = '{column}';\n"
            "    END IF;"
        )
    lines.append(CHECKED_END)
    return "\n".join(lines) + "\n"


def check_amount_arguments(execute: Callable[..., Any]) -> list[str]:
    """Open each function taking an amount (:func:`functions_taking_amounts`) that does
    not refuse NaN yet (:func:`unchecked`) with a block refusing it (DW043, COLUMN the
    argument without its ``p_``); the signatures changed. ``CREATE OR REPLACE`` from the
    definition as the database holds it: owner and grants stay."""
    changed = []
    for signature, create, amounts in functions_taking_amounts(execute):
        missing = unchecked(create, amounts)
        if not missing:
            continue
        head, begin, body = create.partition("\nBEGIN\n")
        assert begin, signature
        execute(head + begin + _block(missing) + body)
        changed.append(signature)
    return changed


def without_check(source: str) -> str:
    """``source`` without :func:`check_amount_arguments`' block."""
    if CHECKED not in source:
        return source
    head, block = source.split(CHECKED, 1)
    _checked, tail = block.split(CHECKED_END + "\n", 1)
    return head + tail


def uncheck_amount_arguments(execute: Callable[..., Any]) -> list[str]:
    """Take :func:`check_amount_arguments`' block out of each function again."""
    changed = []
    for signature, create, _ in functions_taking_amounts(execute):
        if CHECKED in create:
            execute(without_check(create))
            changed.append(signature)
    return changed
