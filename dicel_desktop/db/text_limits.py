"""The database's side of :mod:`dicel_desktop.domain.text_limits`: which columns of the
database are typed texts, and the CHECK that limits each (migration 0085).

A migration that adds a TEXT (or TEXT[], JSONB) column calls :func:`add_limits` after
it: every typed text column without its CHECK gets one, with the domain's limit, and
every list of texts its items CHECK (migration 0088: no NULL item, at most
``LIST_ITEMS``), once ``dicel_list_fits`` exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dicel_desktop.domain.text_limits import (
    FITS_FUNCTION,
    LIST_FUNCTION,
    NOT_TYPED_TABLES,
    check_name,
    items_check_name,
    most_characters,
    most_items,
)

__all__ = [
    "LIST_FITS_SIGNATURE",
    "TYPED_TEXT_COLUMNS",
    "add_limits",
    "check_sql",
    "items_check_sql",
    "measured",
    "unmeasured",
]

#: The function a list's items CHECK calls (migration 0088).
LIST_FITS_SIGNATURE = f"public.{LIST_FUNCTION}(text[], integer, text, text)"

#: The public tables' columns a person types free text into: (table, column, type name),
#: an unlimited VARCHAR counted as a TEXT. Generated columns are the server's.
TYPED_TEXT_COLUMNS = """
SELECT c.relname::text, a.attname::text, t.typname::text
  FROM pg_catalog.pg_attribute AS a
  JOIN pg_catalog.pg_class AS c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_type AS t ON t.oid = a.atttypid
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
   AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
   AND (t.typname IN ('text', '_text', 'json', 'jsonb', '_varchar')
        OR (t.typname = 'varchar' AND a.atttypmod = -1))
 ORDER BY 1, 2
"""


def measured(column: str, type_name: str) -> str:
    """SQL: the text whose characters ``column`` (of ``type_name``) is counted by: a
    list's items joined one a line, a JSON value's text."""
    if type_name.startswith("_"):
        return f"array_to_string({column}, E'\\n')"
    if type_name in ("json", "jsonb"):
        return f"{column}::text"
    return column


def check_sql(table: str, column: str, type_name: str) -> str:
    """``ALTER TABLE`` adding the CHECK that limits ``table.column``, NOT VALID (a
    VALIDATE follows). Bytes bound characters from above: a text of at most ``most``
    bytes passes without being read; a longer one is counted, and refused over the limit
    by ``dicel_text_fits`` with DW024."""
    value = measured(f'"{column}"', type_name)
    most = most_characters(table, column)
    return (
        f'ALTER TABLE public."{table}" ADD CONSTRAINT "{check_name(table, column)}"'
        f" CHECK (octet_length({value}) <= {most}"
        f" OR public.{FITS_FUNCTION}({value}, {most}, '{table}', '{column}')) NOT VALID"
    )


def items_check_sql(table: str, column: str) -> str:
    """``ALTER TABLE`` adding the CHECK that limits the items of the list
    ``table.column`` (migration 0088), NOT VALID (a VALIDATE follows): its joined text
    skips NULL items, so they are refused (DW026), and it keeps at most
    ``most_items`` (DW025), both by ``dicel_list_fits``, which counts the items first."""
    return (
        f'ALTER TABLE public."{table}" ADD CONSTRAINT "{items_check_name(table, column)}"'
        f' CHECK (public.{LIST_FUNCTION}("{column}", {most_items(table, column)},'
        f" '{table}', '{column}')) NOT VALID"
    )


def add_limits(execute: Callable[[str], Any]) -> list[tuple[str, str]]:
    """Give every typed text column without its CHECK one (``execute`` runs a statement
    and gives its cursor: migrate.execute_sql), and every list of texts its items CHECK
    once ``dicel_list_fits`` exists (migration 0088); the CHECKs added, by name."""
    columns = execute(TYPED_TEXT_COLUMNS).fetchall()
    lists = execute(f"SELECT to_regprocedure('{LIST_FITS_SIGNATURE}') IS NOT NULL").fetchone()[0]
    present = {
        row[0]
        for row in execute(
            "SELECT conname::text FROM pg_catalog.pg_constraint"
            " WHERE connamespace = 'public'::regnamespace AND contype = 'c'"
        ).fetchall()
    }
    added = []
    for table, column, type_name in columns:
        if table in NOT_TYPED_TABLES:
            continue
        wanted = [(check_name(table, column), check_sql(table, column, type_name))]
        if lists and type_name.startswith("_"):
            wanted.append((items_check_name(table, column), items_check_sql(table, column)))
        for name, add in wanted:
            if name in present:
                continue
            execute(add)
            execute(f'ALTER TABLE public."{table}" VALIDATE CONSTRAINT "{name}"')
            added.append(name)
    return added


# --------------------------------------------------------------------------- arguments

#: The names of the texts a workflow function takes from a person: a note or a reason
#: for a decision, a resolution, a reference.
TEXT_ARGUMENTS = frozenset(
    {"note", "notes", "reason", "resolution", "reference", "reference_number"}
)
#: The line opening the block that measures a function's texts, and the one closing it.
MEASURED = "    -- Migration 0085: its texts measured first, before any other work."
MEASURED_END = "    -- (end of 0085's measure)"

#: The workflow functions taking such a text: (signature, CREATE OR REPLACE, names and
#: positions of the texts).
_TAKING_TEXTS = """
SELECT p.oid::regprocedure::text, pg_catalog.pg_get_functiondef(p.oid),
       p.proargnames, p.proargtypes::oid[]
  FROM pg_catalog.pg_proc AS p
 WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef AND p.prokind = 'f'
   AND p.prolang = (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'plpgsql')
   AND p.proargnames && %s::text[]
 ORDER BY 1
"""


def _texts(names: list[str] | None, types: list[int]) -> list[tuple[int, str]]:
    text_oid = 25
    return [
        (i + 1, name)
        for i, (name, type_oid) in enumerate(zip(names or [], types, strict=False))
        if name in TEXT_ARGUMENTS and type_oid == text_oid
    ]


def functions_taking_texts(execute: Callable[..., Any]) -> list[tuple[str, str, list]]:
    """(signature, definition, [(position, name)]) of every SECURITY DEFINER PL/pgSQL
    function of the product taking a person's text."""
    listed = "ARRAY[" + ", ".join(f"'{n}'" for n in sorted(TEXT_ARGUMENTS)) + "]"
    found = []
    for signature, create, names, types in execute(_TAKING_TEXTS % listed).fetchall():
        texts = _texts(names, types)
        if texts:
            found.append((signature, create, texts))
    return found


def _measure(texts: list[tuple[int, str]], most: int) -> str:
    lines = [MEASURED]
    for position, name in texts:
        value = f"${position}"
        lines.append(
            f"    IF octet_length({value}) > {most} AND char_length({value}) > {most} THEN\n"
            "        RAISE EXCEPTION USING ERRCODE = 'DW024',\n"
            "            MESSAGE = format('refused: a text of %s characters (at most %s)',\n"
            f"                             char_length({value}), {most}),\n"
            f"            DETAIL = json_build_object('length', char_length({value}),\n"
            f"                                       'most', {most})::text,\n"
            f"            COLUMN = '{name}';\n"
            "    END IF;"
        )
    lines.append(MEASURED_END)
    return "\n".join(lines) + "\n"


def unmeasured(create: str, texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The texts of ``texts`` (position, name) the definition ``create`` does not measure:
    no ``octet_length($n)`` (nor ``octet_length(name)``) in it (migration 0090: a body
    that only mentions "Migration 0085" measures nothing by it)."""
    return [
        (position, name)
        for position, name in texts
        if f"octet_length(${position})" not in create and f"octet_length({name})" not in create
    ]


def measure_arguments(
    execute: Callable[..., Any], most: int, *, as_0085_did: bool = False
) -> list[str]:
    """Open each function taking a person's text (:func:`functions_taking_texts`) with a
    block refusing (DW024) one longer than ``most`` characters, its bytes looked at
    first, for each of its texts not measured yet (:func:`unmeasured`); a function
    holding the block already (:data:`MEASURED`) is left. The signatures changed.

    ``as_0085_did``: as 0085 and 0087 measured when they ran (what they made stays what
    it was): a function mentioning ``Migration 0085`` anywhere is left, and the block
    measures every text of the others."""
    changed = []
    for signature, create, texts in functions_taking_texts(execute):
        if as_0085_did:
            if "Migration 0085" in create:
                continue
        elif MEASURED in create or not (texts := unmeasured(create, texts)):
            continue
        head, begin, body = create.partition("\nBEGIN\n")
        assert begin, signature
        execute(head + begin + _measure(texts, most) + body)
        changed.append(signature)
    return changed


def without_measure(source: str) -> str:
    """``source`` (a definition or a body) without :func:`measure_arguments`' block: what
    the function's own revision made (a declaration's body compares with this)."""
    if MEASURED not in source:
        return source
    head, block = source.split(MEASURED, 1)
    _measured, tail = block.split(MEASURED_END + "\n", 1)
    return head + tail


def unmeasure_arguments(execute: Callable[..., Any]) -> list[str]:
    """Take :func:`measure_arguments`' block out of each function again."""
    changed = []
    for signature, create, _ in functions_taking_texts(execute):
        if MEASURED not in create:
            continue
        execute(without_measure(create))
        changed.append(signature)
    return changed
