"""Who made a row, its number and its workflow columns come from the server, never from
the client (migration 0007). Written out by hand, logged in as real people: a clerk with
psql can do no more than a window lets them.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from psycopg import sql
from security_world import LEAVE_DAY, World, attempt, insert_statement, valid_row

from dicel_desktop.domain.permissions import FUNCTION_ONLY_COLUMNS, WORKFLOW_TABLES
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.tables import TABLES

#: Who files each kind of row in the normal course of work, and the column naming them.
CREATORS = {
    "job_postings": ("hr", "created_by"),
    "transactions": ("finance", "created_by"),
    "expenses": ("finance", "created_by"),
    "invoices": ("finance", "created_by"),
    "it_support_tickets": ("employee", "requester_id"),
    "security_incidents": ("security", "reported_by"),
    "inventory_transactions": ("inventory", "created_by"),
    "purchase_orders": ("inventory", "created_by"),
    "marketing_campaigns": ("sales", "created_by"),
    "customer_surveys": ("cx", "created_by"),
    "recovery_documents": ("recovery", "uploaded_by"),
    "compliance_policies": ("compliance", "created_by"),
    # Files attached to one's own pending leave request (security_world.valid_row).
    "documents": ("employee", "uploaded_by"),
}
#: Rows only a workflow function files (a pay period, by the payroll run): the tests of
#: that function check it is filed as the person calling it.
FILED_BY_FUNCTIONS = {"payroll_periods": "created_by"}

#: Who adds each kind of numbered document, and how its number starts.
NUMBERS = {
    "employees": ("hr", "EMP-"),
    "transactions": ("finance", "TXN-{year}-"),
    "expenses": ("finance", "EXP-{year}-"),
    "invoices": ("finance", "INV-{year}-"),
    "it_assets": ("it", "AST-"),
    "it_support_tickets": ("peer", "ITT-{year}-"),
    "security_guards": ("security", "GRD-"),
    "security_incidents": ("security", "SEC-{year}-"),
    "inventory_items": ("inventory", "ITEM-"),
    "suppliers": ("inventory", "SUP-"),
    "purchase_orders": ("inventory", "PO-{year}-"),
    "clients": ("client", "CLI-"),
    "contracts": ("client", "CON-{year}-"),
    "client_support_tickets": ("client", "CST-{year}-"),
    "leads": ("sales", "LEAD-{year}-"),
    "opportunities": ("sales", "OPP-{year}-"),
    "risk_assessments": ("risk", "RA-{year}-"),
    "risk_incidents": ("risk", "RSK-{year}-"),
    "recovery_cases": ("recovery", "CASE-{year}-"),
    "compliance_policies": ("compliance", "POL-{year}-"),
    "compliance_audits": ("compliance", "AUD-{year}-"),
}

EVERYONE = [role.value for role in Role]


def _insert_returning(world: World, who: str, table: str, row: dict, column: str):
    statement, params = insert_statement(table, row)
    return attempt(
        world.connect(who),
        sql.SQL("{} RETURNING {}").format(statement, sql.Identifier(column)),
        params,
    )


def test_the_lists_above_name_every_table_the_registry_does():
    assert {t.name: set(t.provenance) for t in TABLES.values() if t.provenance} == {
        **{table: {column} for table, (_who, column) in CREATORS.items()},
        **{table: {column} for table, column in FILED_BY_FUNCTIONS.items()},
    }
    assert {t.name for t in TABLES.values() if t.number} == set(NUMBERS)


# --------------------------------------------------------------------------- provenance


@pytest.mark.parametrize("table", sorted(set(CREATORS) - WORKFLOW_TABLES))
def test_a_new_row_is_filed_as_the_person_who_inserts_it(world: World, table: str):
    who, column = CREATORS[table]
    out = _insert_returning(world, who, table, valid_row(world, who, table), column)
    assert out.ok, out.message
    assert out.rows == ((world.people[who].user_id,),)


def test_a_stock_movement_is_filed_as_the_person_who_moves_the_stock(world: World):
    """Movements are written only by dicel_move_stock (migration 0013)."""
    who, column = CREATORS["inventory_transactions"]
    item = world.connect_superuser().execute("SELECT id FROM inventory_items LIMIT 1").fetchone()
    conn = world.connect(who)
    with conn.transaction(force_rollback=True):
        (movement,) = conn.execute(
            "SELECT dicel_move_stock(%s, 'in', 1, NULL, NULL, NULL)", item
        ).fetchone()
        filed = conn.execute(
            sql.SQL("SELECT {} FROM inventory_transactions WHERE id = %s").format(
                sql.Identifier(column)
            ),
            (movement,),
        ).fetchall()
    assert filed == [(world.people[who].user_id,)]


@pytest.mark.parametrize("table", sorted(CREATORS))
def test_no_one_files_a_row_in_someone_elses_name(world: World, table: str):
    who, column = CREATORS[table]
    someone_else = world.people["peer"].user_id
    for person in (who, "admin"):
        row = valid_row(world, person, table) | {column: someone_else}
        statement, params = insert_statement(table, row)
        assert attempt(world.connect(person), statement, params).denied, person


@pytest.mark.parametrize("table", sorted({*CREATORS, *FILED_BY_FUNCTIONS}))
def test_no_one_rewrites_who_made_a_row(world: World, table: str):
    column = CREATORS[table][1] if table in CREATORS else FILED_BY_FUNCTIONS[table]
    statement = sql.SQL("UPDATE {} SET {} = %s").format(
        sql.Identifier(table), sql.Identifier(column)
    )
    for person in EVERYONE:
        out = attempt(world.connect(person), statement, (world.people[person].user_id,))
        assert out.denied, person


def test_the_approved_by_rule_now_rests_on_a_creator_the_client_did_not_choose(world: World):
    """The CHECK approved_by <> created_by meant nothing while the clerk typed created_by."""
    conn = world.connect("inventory")
    other = world.people["finance"].user_id
    for statement in (
        "UPDATE purchase_orders SET created_by = %s",
        "UPDATE expenses SET created_by = %s",
    ):
        assert attempt(conn, statement, (other,)).denied
    assert attempt(world.connect("finance"), "UPDATE expenses SET created_by = %s", (other,)).denied


def test_an_it_ticket_filed_with_no_requester_is_the_callers(world: World):
    peer = world.people["peer"]
    conn = world.connect("peer")
    with conn.transaction(force_rollback=True):
        ticket, requester = conn.execute(
            "INSERT INTO it_support_tickets (category, subject, description)"
            " VALUES ('Printer', 'Jammed', 'Paper stuck') RETURNING id, requester_id"
        ).fetchone()
        # And row security lets them see what they filed.
        seen = conn.execute("SELECT id FROM it_support_tickets WHERE id = %s", (ticket,))
        assert seen.fetchall() == [(ticket,)]
    assert requester == peer.user_id


def test_a_leave_request_with_no_employee_is_the_callers_and_hr_still_files_for_others(
    world: World,
):
    row = {
        "leave_type": "annual",
        "start_date": LEAVE_DAY,
        "end_date": LEAVE_DAY + dt.timedelta(days=2),
    }
    statement, params = insert_statement("leave_requests", row)
    returning = sql.SQL("{} RETURNING employee_id").format(statement)
    own = attempt(world.connect("peer"), returning, params)
    assert own.ok and own.rows == ((world.people["peer"].employee_id,),)

    statement, params = insert_statement(
        "leave_requests", row | {"employee_id": world.people["peer"].employee_id}
    )
    for_peer = attempt(
        world.connect("hr"), sql.SQL("{} RETURNING employee_id").format(statement), params
    )
    assert for_peer.ok and for_peer.rows == ((world.people["peer"].employee_id,),)


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize("table", sorted(NUMBERS))
def test_a_document_number_comes_from_the_server_and_a_typed_one_is_refused(
    world: World, table: str
):
    who, prefix = NUMBERS[table]
    column = TABLES[table].number
    prefix = prefix.format(year=dt.date.today().year)
    out = _insert_returning(world, who, table, valid_row(world, who, table), column)
    assert out.ok, out.message
    assert re.fullmatch(re.escape(prefix) + r"\d{6,}", out.rows[0][0]), out.rows

    # A number typed now would collide with the sequence later and fail a colleague.
    for person in (who, "admin"):
        typed = valid_row(world, person, table) | {column: f"{prefix}000500"}
        statement, params = insert_statement(table, typed)
        assert attempt(world.connect(person), statement, params).denied, person
    statement = sql.SQL("UPDATE {} SET {} = %s").format(
        sql.Identifier(table), sql.Identifier(column)
    )
    for person in EVERYONE:
        assert attempt(world.connect(person), statement, (f"{prefix}000501",)).denied, person


# --------------------------------------------------------------------------- workflow columns

#: Every column only a workflow (or provisioning) changes, and every creator column.
_SERVER_ONLY = sorted(
    {(t, c) for t, columns in FUNCTION_ONLY_COLUMNS.items() for c in columns}
    | {(table, column) for table, (_who, column) in CREATORS.items()}
)


@pytest.mark.parametrize(("table", "column"), _SERVER_ONLY, ids=lambda v: str(v))
def test_no_one_sets_a_workflow_or_creator_column_on_insert_or_update(
    world: World, table: str, column: str
):
    problems = []
    for person in EVERYONE:
        conn = world.connect(person)
        row = valid_row(world, person, table) | {column: None}
        statement, params = insert_statement(table, row)
        out = attempt(conn, statement, params)
        if not out.denied:
            problems.append(f"{person} INSERT: {'allowed' if out.ok else out.message}")
        statement = sql.SQL("UPDATE {0} SET {1} = {1}").format(
            sql.Identifier(table), sql.Identifier(column)
        )
        out = attempt(conn, statement)
        if not out.denied:
            problems.append(f"{person} UPDATE: {'allowed' if out.ok else out.message}")
    assert not problems, f"{table}.{column}:\n  " + "\n  ".join(problems)
