"""The SQL text the step functions are written with: a quoted literal, a text array,
and the ``RAISE EXCEPTION`` of a refusal (its SQLSTATE, TABLE, COLUMN and DETAIL).

Pure text: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable


def quote(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def quote_array(values: Iterable[str]) -> str:
    items = [quote(v) for v in values]
    return f"ARRAY[{', '.join(items)}]::text[]" if items else "'{}'::text[]"


def raise_exception(
    code: str, message: str, table: str, *, column: str | None = None, detail: str = ""
) -> str:
    using = [f"ERRCODE = '{code}'", f"TABLE = {quote(table)}"]
    if column is not None:
        using.append(f"COLUMN = {column}")
    if detail:
        using.append(f"DETAIL = {detail}")
    return f"RAISE EXCEPTION {message} USING {', '.join(using)};"
