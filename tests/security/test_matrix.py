"""Every role on every table does what the permission table says, and nothing more.

For each of the 13 roles x 45 tables, logged in as that role's person: reading the
columns it may read works and each other column is refused; inserting a valid row works
or is refused as the table says, as is giving a value to a column it may not insert;
updating the columns it may update changes rows and each other column is refused;
deleting works only where the table allows it. A refusal must be SQLSTATE 42501
(insufficient privilege), not some other failure that would hide a wrong grant.
"""

from __future__ import annotations

import pytest
from psycopg import sql
from security_world import World, attempt, insert_statement, valid_row

from dicel_desktop.db.models import Base
from dicel_desktop.domain import permissions as perm
from dicel_desktop.domain.case_flows import final_states
from dicel_desktop.domain.roles import Role

TABLES = sorted(Base.metadata.tables)


def _columns(table: str) -> list[str]:
    return [c.name for c in Base.metadata.tables[table].columns]


def _generated(table: str) -> set[str]:
    return {c.name for c in Base.metadata.tables[table].columns if c.computed is not None}


def _names(columns) -> sql.Composable:
    return sql.SQL(", ").join(map(sql.Identifier, columns))


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_role_on_table_matches_the_permission_table(world: World, role: Role, table: str):
    conn = world.connect(role.value)
    columns = _columns(table)
    rights = perm.rights(role, table)
    problems: list[str] = []

    def expect(what: str, outcome, allowed: bool, *, rows_needed: bool = False) -> None:
        if allowed and not outcome.ok:
            problems.append(f"{what}: refused ({outcome.sqlstate} {outcome.message})")
        elif allowed and rows_needed and outcome.rowcount < 1:
            problems.append(f"{what}: allowed but touched no row")
        elif not allowed and not outcome.denied:
            got = "it worked" if outcome.ok else f"{outcome.sqlstate} {outcome.message}"
            problems.append(f"{what}: expected permission denied, {got}")

    target = sql.Identifier(table)

    # SELECT: the readable columns together, every other column alone.
    readable = perm.readable_columns(role, table, columns)
    if readable:
        statement = sql.SQL("SELECT {} FROM {}").format(_names(readable), target)
        expect(f"SELECT {len(readable)} readable columns", attempt(conn, statement), True)
    for column in columns:
        if column not in readable:
            statement = sql.SQL("SELECT {} FROM {}").format(sql.Identifier(column), target)
            expect(f"SELECT {column}", attempt(conn, statement), False)

    # INSERT: a valid row; then each column it may not give a value for.
    statement, params = insert_statement(table, valid_row(world, role.value, table))
    expect("INSERT a valid row", attempt(conn, statement, params), rights.insert)
    if rights.insert:
        insertable = set(perm.insertable_columns(role, table, columns))
        for column in columns:
            if column in insertable or column in _generated(table):
                continue
            row = valid_row(world, role.value, table) | {column: None}
            statement, params = insert_statement(table, row)
            expect(f"INSERT giving {column}", attempt(conn, statement, params), False)

    # UPDATE: its columns set to themselves (a real update of every row it may change,
    # which must be at least one); then each other column alone.
    updatable = perm.updatable_columns(role, table, columns)
    if updatable:
        assignments = sql.SQL(", ").join(
            sql.SQL("{0} = {0}").format(sql.Identifier(c)) for c in updatable
        )
        statement = sql.SQL("UPDATE {} SET {}").format(target, assignments)
        final = final_states(table)
        if final:
            # Other tests of the world close tickets and cases; a closed one is changed
            # by nobody (migration 0035, tests/db/test_final_cases.py).
            statement += sql.SQL(" WHERE status IS NULL OR status <> ALL ({})").format(
                sql.Literal(sorted(final))
            )
        expect(f"UPDATE {updatable}", attempt(conn, statement), True, rows_needed=True)
    for column in columns:
        if column in updatable or column in _generated(table):
            continue
        statement = sql.SQL("UPDATE {} SET {} = NULL").format(target, sql.Identifier(column))
        expect(f"UPDATE {column}", attempt(conn, statement), False)

    # DELETE: the base data's rows of deletable tables are referenced by nothing.
    statement = sql.SQL("DELETE FROM {}").format(target)
    expect("DELETE", attempt(conn, statement), rights.delete, rows_needed=True)

    assert not problems, f"{role.value} on {table}:\n  " + "\n  ".join(problems)
