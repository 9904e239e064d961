"""services.lookup against a real PostgreSQL: what a foreign-key picker finds, in what order,
a page at a time, and only what the logged-in person may read.

The oracle for every order is a plain ``ORDER BY name, id`` over the whole table, run as
the superuser.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg
import pytest
from helpers import create_database, drop_database, dsn_for, to_url
from psycopg import sql
from psycopg.conninfo import make_conninfo
from sqlalchemy.sql import visitors
from sqlalchemy.sql.expression import Alias, ColumnClause, Join

from dicel_desktop.db.engine import make_engine, make_session_factory
from dicel_desktop.db.models import Base
from dicel_desktop.domain.errors import MESSAGES, NotAllowed
from dicel_desktop.domain.permissions import PERMISSIONS
from dicel_desktop.domain.tables import TABLES
from dicel_desktop.services.lookup import (
    Page,
    reference_name,
    reference_names,
    search_references,
)
from dicel_desktop.services.name_order import name_order
from dicel_desktop.services.references import FK_DISPLAY, FK_SEARCH, Joins

#: Company names of the clients: a run of duplicates, look-alikes, LIKE's own characters.
CLIENT_NAMES = [
    "Ikaze Commercial Bank",
    "Ikaze Lakeside Hotel",
    "IKAZE MICROFINANCE PLC",
    "Inkingi Bank",
    "Umurage Savings Bank",
    "Commercial Ikaze Traders",
    "50% Discount Store",
    "500 Motors Ltd",
    "a_b Traders",
    "aXb Traders",
    *["Kivu Logistics Ltd"] * 23,
    *[f"Client {n:03d} Ltd" for n in range(40)],
]


@dataclass
class World:
    superuser_dsn: str
    #: A libpq URL per login: "employee" (a plain employee), "clients" (a clients clerk).
    logins: dict[str, str]
    #: (id, company_name, client_code) of every client.
    clients: list[tuple[uuid.UUID, str, str]]
    #: (id, employee_number, first name, last name or None) of every employee.
    employees: list[tuple[uuid.UUID, str, str | None, str | None]]
    invoices: list[tuple[uuid.UUID, str]]


def _login_dsn(superuser_dsn: str, email: str, password: str) -> str:
    parts = urlsplit(superuser_dsn)
    host = parts.hostname if parts.hostname and not parts.hostname.startswith("/") else None
    conninfo = make_conninfo(superuser_dsn, user=email, password=password, host=host or "127.0.0.1")
    return to_url(conninfo)


@pytest.fixture(scope="module")
def world(pg_superuser_dsn: str, template_db: str, _admin: psycopg.Connection) -> Iterator[World]:
    from dicel_desktop.services.users import create_user

    name = f"lookup_{uuid.uuid4().hex[:8]}"
    create_database(_admin, name, template=template_db)
    dsn = dsn_for(pg_superuser_dsn, name)
    logins: dict[str, str] = {}
    emails: list[str] = []
    engine = make_engine(dsn, pool_pre_ping=False)
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            department = conn.execute(
                "INSERT INTO departments (name, code) VALUES ('Clients', 'CLI') RETURNING id"
            ).fetchone()[0]
            for company in CLIENT_NAMES:
                conn.execute("INSERT INTO clients (company_name) VALUES (%s)", (company,))
            # Two people with logins, one employee record without (named by number only).
            for number in ("T-EMP-1", "T-EMP-2", "T-EMP-3"):
                conn.execute(
                    "INSERT INTO employees (employee_number, department_id, position,"
                    " hire_date, salary) VALUES (%s, %s, 'Clerk', '2024-01-01', 400000)",
                    (number, department),
                )
            client = conn.execute("SELECT id FROM clients LIMIT 1").fetchone()[0]
            for _ in range(3):
                conn.execute(
                    "INSERT INTO invoices (client_id, invoice_date, due_date, subtotal,"
                    " total_amount) VALUES (%s, '2026-01-05', '2026-02-05', 1000, 1180)",
                    (client,),
                )
        people = {
            "employee": ("Jean", "Mugabo", "employee", "T-EMP-1"),
            "clients": ("Aline", "Uwase", "client", "T-EMP-2"),
        }
        for key, (first, last, role, number) in people.items():
            email = f"{key}.{secrets.token_hex(4)}@lookup-test.dicel.rw"
            emails.append(email)
            password = secrets.token_urlsafe(16)
            with engine.begin() as sa_conn:
                create_user(
                    sa_conn,
                    email=email,
                    first_name=first,
                    last_name=last,
                    role=role,
                    password=password,
                    department_code="CLI",
                    employee_number=number,
                )
            logins[key] = _login_dsn(dsn, email, password)
        with psycopg.connect(dsn) as conn:
            clients = conn.execute("SELECT id, company_name, client_code FROM clients").fetchall()
            employees = conn.execute(
                "SELECT e.id, e.employee_number, u.first_name, u.last_name FROM employees e"
                " LEFT JOIN users u ON u.id = e.user_id"
            ).fetchall()
            invoices = conn.execute("SELECT id, invoice_number FROM invoices").fetchall()
        yield World(dsn, logins, clients, employees, invoices)
    finally:
        engine.dispose()
        drop_database(_admin, name)
        for email in emails:  # logins are cluster-wide: leave none behind
            _admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(email)))


@pytest.fixture(scope="module")
def sessions(world: World):
    """A session factory per login key, and ``"superuser"``."""
    engines = {key: make_engine(dsn) for key, dsn in world.logins.items()}
    engines["superuser"] = make_engine(world.superuser_dsn)
    try:
        yield {key: make_session_factory(engine) for key, engine in engines.items()}
    finally:
        for engine in engines.values():
            engine.dispose()


def oracle(world: World, order_sql: str) -> list[tuple[uuid.UUID, str]]:
    with psycopg.connect(world.superuser_dsn) as conn:
        return [tuple(r) for r in conn.execute(order_sql).fetchall()]


def walk(session, table: str, text: str, limit: int) -> tuple[list, list[Page]]:
    """Every match, page after page; and the pages."""
    pages = [search_references(session, table, text, limit=limit)]
    while pages[-1].more:
        pages.append(search_references(session, table, text, after=pages[-1].after, limit=limit))
    return [item for page in pages for item in page.items], pages


def names_of(world: World, text_words: list[str]) -> set[str]:
    """Company names holding every word (case-insensitive) in the name or the code."""
    return {
        name
        for _id, name, code in world.clients
        if all(w in name.lower() or w in code.lower() for w in text_words)
    }


# --------------------------------------------------------------------------- registry


def _never_null(table_name: str) -> bool:
    """A name with a NOT NULL part of its own table (a number, a single name column, a
    kind, its dates), or a person's first and last name, or the name of a record it
    cannot be without (an order line's order)."""
    naming = TABLES[table_name].naming
    assert naming is not None
    table = Base.metadata.tables[table_name]
    own = [naming.number] if naming.number else []
    if len(naming.names) == 1 or naming.joined:
        own += list(naming.names)
    if naming.kind:
        own.append(naming.kind.column)
    if any(not table.c[c].nullable for c in own):
        return True
    if naming.dates and all(not table.c[c].nullable for c in naming.dates):
        return True
    for ref in naming.refs:
        (fk,) = table.c[ref].foreign_keys
        if not table.c[ref].nullable and _never_null(fk.column.table.name):
            return True
    return False


def test_every_name_is_never_null_so_pages_need_no_null_segment():
    """Paging relies on it: each name a picker pages through (a table some foreign key
    points to) has a part that is never NULL. A table nobody points to is named for its
    window's title only ("Performance review Josiane Murekatete, ..."), and a review
    with neither employee nor period is still titled by its kind."""
    pointed_to = {
        fk.column.table.name for table in Base.metadata.tables.values() for fk in table.foreign_keys
    }
    for table_name, info in TABLES.items():
        if info.naming is not None and table_name in pointed_to:
            assert _never_null(table_name), table_name


def _columns_read(table: str) -> dict[str, set[str]]:
    """Per table, the columns a lookup in ``table`` names: its name, its search texts and
    the joins they need."""
    base = Base.metadata.tables[table]
    joins = Joins(base)
    clauses = [FK_DISPLAY[table](joins, base), *FK_SEARCH[table](joins, base)]
    join = joins.clause
    while isinstance(join, Join):
        clauses.append(join.onclause)
        join = join.left
    found: dict[str, set[str]] = {table: {"id"}}
    for clause in clauses:
        for column in visitors.iterate(clause):
            if not isinstance(column, ColumnClause) or column.table is None:
                continue
            source = column.table
            name = source.element.name if isinstance(source, Alias) else source.name
            found.setdefault(name, set()).add(column.name)
    return found


def test_every_role_may_read_the_names_of_what_its_readable_references_point_to():
    """The picker and the form name a reference under the person's own rights: for every
    foreign key a role reads, it reads the columns the name and search of the target use."""
    needed = {t: _columns_read(t) for t in FK_DISPLAY}
    assert needed["employees"] == {
        "employees": {"id", "employee_number", "user_id"},
        "users": {"id", "first_name", "last_name"},
    }
    assert needed["clients"] == {"clients": {"id", "company_name", "client_code"}}
    for role, rights in PERMISSIONS.items():
        for table_name, table_rights in rights.items():
            if not table_rights.select:
                continue
            for column in Base.metadata.tables[table_name].columns:
                readable = table_rights.read_columns
                if readable is not None and column.name not in readable:
                    continue
                for fk in column.foreign_keys:
                    for target, columns in needed[fk.column.table.name].items():
                        target_rights = rights.get(target)
                        assert target_rights is not None and target_rights.select, (
                            role,
                            table_name,
                            column.name,
                            target,
                        )
                        if target_rights.read_columns is not None:
                            missing = columns - target_rights.read_columns
                            assert not missing, (role, table_name, column.name, missing)


# --------------------------------------------------------------------------- order and pages


def test_the_empty_search_lists_every_record_in_the_order_of_names(world, sessions):
    expected = oracle(world, "SELECT id, company_name FROM clients ORDER BY company_name, id")
    with sessions["clients"]() as session:
        found, pages = walk(session, "clients", "", limit=50)
    assert found == expected
    assert [len(p.items) for p in pages] == [50, len(expected) - 50]
    assert [p.more for p in pages] == [True, False]


@pytest.mark.parametrize("limit", [1, 4, 7, 23])
def test_pages_neither_overlap_nor_skip_through_a_run_of_equal_names(world, sessions, limit):
    expected = oracle(world, "SELECT id, company_name FROM clients ORDER BY company_name, id")
    with sessions["clients"]() as session:
        found, pages = walk(session, "clients", "", limit=limit)
        kivu, kivu_pages = walk(session, "clients", "kivu", limit=limit)
    assert found == expected
    assert len({i for i, _ in found}) == len(found)
    assert all(len(p.items) == limit for p in pages[:-1])
    # 23 clients share one name: the id orders them, and pages cut through the run.
    assert [n for _, n in kivu] == ["Kivu Logistics Ltd"] * 23
    assert [i for i, _ in kivu] == sorted(i for i, n, _c in world.clients if n.startswith("Kivu"))
    assert len(kivu_pages) == -(-23 // limit)  # no empty page at the end
    assert not kivu_pages[-1].more


def test_a_page_that_ends_exactly_at_the_last_match_says_there_is_no_more(world, sessions):
    with sessions["clients"]() as session:
        page = search_references(session, "clients", "kivu", limit=23)
        assert len(page.items) == 23 and not page.more
        page = search_references(session, "clients", "kivu", limit=22)
        assert len(page.items) == 22 and page.more
        rest = search_references(session, "clients", "kivu", after=page.after, limit=22)
        assert len(rest.items) == 1 and not rest.more
        assert search_references(session, "clients", "kivu", after=rest.after).items == ()
    assert Page((), more=False).after is None


def test_a_word_bunched_late_in_the_alphabet_is_found_whole_and_in_order(db_dsn, db_engine):
    """Its first page comes from the trigram index and a sort (services.name_order), the
    next ones from the names in order: together, exactly the oracle's order."""
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO clients (company_name)"
            " SELECT 'Akagera Motors ' || g FROM generate_series(1, 1900) AS g"
        )
        conn.execute(
            "INSERT INTO clients (company_name)"
            " SELECT 'Virunga Hotel ' || g % 7 FROM generate_series(1, 100) AS g"
        )
        conn.execute("ANALYZE clients")
        expected = conn.execute(
            "SELECT id, company_name FROM clients WHERE company_name LIKE 'Virunga%'"
            " ORDER BY company_name, id"
        ).fetchall()
    with make_session_factory(db_engine)() as session:
        connection = session.connection().connection.driver_connection
        order = name_order(connection, "clients", "company_name")
        assert order is not None
        assert order.bunched_late(["virunga"]) and not order.bunched_late(["akagera"])
        found, pages = walk(session, "clients", "virunga hot", limit=30)
    assert found == [tuple(r) for r in expected]
    assert [len(p.items) for p in pages] == [30, 30, 30, 10]


# --------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ika com", ["ika", "com"]),  # the start of each word, in any order of the name
        ("COM ika", ["com", "ika"]),  # case does not matter, nor the order of the words
        ("bank", ["bank"]),  # inside the name, not only at its start
        ("kaze", ["kaze"]),  # inside a word
        ("ikaze  ikaze", ["ikaze"]),  # a word typed twice counts once
    ],
)
def test_every_word_must_be_somewhere_in_the_name(world, sessions, text, words):
    with sessions["clients"]() as session:
        found, _ = walk(session, "clients", text, limit=10)
    assert {n for _, n in found} == names_of(world, words)
    assert found, text


def test_ika_com_finds_the_bank_and_not_the_hotel(world, sessions):
    with sessions["clients"]() as session:
        names = [n for _, n in search_references(session, "clients", "ika com").items]
    assert names == ["Commercial Ikaze Traders", "Ikaze Commercial Bank"]


def test_a_document_number_finds_its_record_whole_or_in_part(world, sessions):
    target_id, target_name, code = world.clients[5]
    with sessions["clients"]() as session:
        assert search_references(session, "clients", code).items == ((target_id, target_name),)
        assert search_references(session, "clients", code.lower()).items == (
            (target_id, target_name),
        )
        digits = code.split("-")[-1]
        found = {i for i, _ in walk(session, "clients", digits, limit=50)[0]}
    assert target_id in found
    assert found == {i for i, _n, c in world.clients if digits in c}


def test_percent_and_underscore_are_letters_not_wildcards(world, sessions):
    with sessions["clients"]() as session:
        percent = search_references(session, "clients", "50%").items
        underscore = search_references(session, "clients", "a_b").items
        nothing = search_references(session, "clients", "no such client").items
    assert [n for _, n in percent] == ["50% Discount Store"]
    assert [n for _, n in underscore] == ["a_b Traders"]
    assert nothing == ()


def test_a_person_is_found_by_number_first_name_or_last_name_and_named_in_full(world, sessions):
    numbers = {number: i for i, number, _f, _l in world.employees}
    with sessions["employee"]() as session:
        by_name = search_references(session, "employees", "mug jea").items
        by_number = search_references(session, "employees", "t-emp-3").items
        everyone = walk(session, "employees", "t-emp", limit=2)[0]
        users = search_references(session, "users", "uwase").items
    # A person by name first, the number telling namesakes apart.
    assert by_name == ((numbers["T-EMP-1"], "Jean Mugabo — T-EMP-1"),)
    assert by_number == ((numbers["T-EMP-3"], "T-EMP-3"),)  # no login: the number alone
    assert [n for _, n in everyone] == ["Aline Uwase — T-EMP-2", "Jean Mugabo — T-EMP-1", "T-EMP-3"]
    assert [n for _, n in users] == ["Aline Uwase"]


def test_invoices_are_found_and_named_by_their_number(world, sessions):
    ident, number = sorted(world.invoices, key=lambda r: r[1])[1]
    with sessions["superuser"]() as session:
        assert search_references(session, "invoices", number[-3:]).items == ((ident, number),)
        assert [n for _, n in search_references(session, "invoices", "inv").items] == sorted(
            n for _, n in world.invoices
        )


# --------------------------------------------------------------------------- names


def test_reference_names_names_a_whole_record_in_one_go(world, sessions):
    client_id, client_name, _code = world.clients[0]
    numbers = {number: i for i, number, _f, _l in world.employees}
    invoice_id, invoice_number = world.invoices[0]
    missing = uuid.uuid4()
    with sessions["clients"]() as session:
        names = reference_names(
            session,
            {
                "client_id": ("clients", client_id),
                "employee_id": ("employees", numbers["T-EMP-2"]),
                "approved_by": ("employees", None),
                "gone": ("clients", missing),
                "same_client": ("clients", client_id),
            },
        )
        assert reference_name(session, "employees", numbers["T-EMP-3"]) == "T-EMP-3"
        assert reference_name(session, "clients", missing) is None
    assert names == {
        "client_id": client_name,
        "employee_id": "Aline Uwase — T-EMP-2",
        "approved_by": None,
        "gone": None,
        "same_client": client_name,
    }
    with sessions["superuser"]() as session:
        assert reference_name(session, "invoices", invoice_id) == invoice_number
        assert reference_names(session, {}) == {}


def test_a_table_without_a_name_is_a_programming_error(sessions):
    with sessions["superuser"]() as session, pytest.raises(ValueError, match="no name"):
        search_references(session, "system_monitoring", "x")


# --------------------------------------------------------------------------- rights


def test_a_plain_employee_picks_any_employee_by_name_through_the_public_columns(world, sessions):
    """The picker of a leave request's employee: employees and users are readable by
    everyone, their public columns only (salary, bank details hidden)."""
    with sessions["employee"]() as session:
        found = walk(session, "employees", "", limit=2)[0]
    expected = oracle(
        world,
        "SELECT e.id, concat_ws(' — ',"
        " nullif(concat_ws(' ', u.first_name, u.last_name), ''), e.employee_number)"
        " FROM employees e LEFT JOIN users u ON u.id = e.user_id ORDER BY 2, 1",
    )
    assert found == expected and len(found) == 3


def test_a_role_that_may_not_read_a_table_gets_a_sentence_not_a_crash(world, sessions):
    client_id = world.clients[0][0]
    with sessions["employee"]() as session, pytest.raises(NotAllowed) as refused:
        search_references(session, "clients", "ikaze")
    assert refused.value.code == "lookup_not_allowed"
    assert refused.value.code in MESSAGES
    assert refused.value.message.startswith("You are not allowed to see the clients")
    with sessions["employee"]() as session, pytest.raises(NotAllowed):
        reference_names(session, {"client_id": ("clients", client_id)})
    # The clients clerk may: the refusal came from the grants, not from the code.
    with sessions["clients"]() as session:
        assert search_references(session, "clients", "ikaze").items
