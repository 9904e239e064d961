"""Generate the demo company and load it into an empty, migrated database with COPY.

One transaction: lock, check the database is empty and at this client's schema revision,
load every table with COPY (triggers off when the session may: superuser), move the
document-number sequences past the numbers used, create the PostgreSQL logins, ANALYZE.
The caller commits (or rolls back on error: nothing is left half-loaded).
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from psycopg import sql
from sqlalchemy import Connection

from dicel_desktop.db import revisions
from dicel_desktop.db.models import Base
from dicel_desktop.demo import (
    audit,
    billing,
    bulk,
    commercial,
    documents,
    finance,
    governance,
    hr,
    inventory,
    it,
    market,
    people,
    recovery,
    security,
    talent,
)
from dicel_desktop.demo.context import NUMBER_FORMATS, Demo, columns

log = logging.getLogger(__name__)

SIZES = ("small", "large")
#: The default "today" of the demo company: dates are the same on every run.
DEMO_TODAY = date(2026, 11, 2)

#: Order matters: each generator reads what the earlier ones left (see their docstrings).
GENERATORS = (people, hr, talent, commercial, market, inventory, billing, finance, it,
              security, governance, recovery, documents, audit)  # fmt: skip

#: Columns of the streamed ``large`` tables (bulk.py writes them in this order).
TXN_COLUMNS = columns(
    "id transaction_number account_id transaction_type amount currency description "
    "reference_number transaction_date posted_date status created_by created_at "
    "updated_at"
)
STOCK_COLUMNS = columns(
    "id item_id transaction_type quantity unit_cost total_cost reference_number "
    "reference_type notes created_by created_at"
)


class DemoDataError(Exception):
    """The demo data cannot be loaded here; the message says why and what to do."""


@dataclass
class LoadReport:
    size: str
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    #: Logins created by services.users.restore_logins, or None when it is not available.
    logins: int | None = None
    #: Whether triggers (audit, updated_at) and foreign-key checks were off during the load.
    replica: bool = False

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def generate(
    size: str = "small", today: date = DEMO_TODAY, *, built: datetime | None = None
) -> Demo:
    """The demo company in memory (the ``large`` history is streamed later, not held).
    ``built``: the moment it is made (now by default), which nothing is dated after."""
    if size not in SIZES:
        raise DemoDataError(f"Unknown size {size!r}: use one of {', '.join(SIZES)}.")
    demo = Demo(today, size, built=built)
    for module in GENERATORS:
        module.build(demo)
    return demo


def load_demo_data(
    connection: Connection,
    size: str = "small",
    *,
    today: date = DEMO_TODAY,
    replica: bool | None = None,
    create_logins: bool = True,
    password: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> LoadReport:
    """Fill the database behind ``connection`` with the demo company; the caller commits.

    ``replica``: load with ``session_replication_role = replica`` (no triggers, no FK
    checks: fast, and no audit rows for the load). Default: when the session is a
    superuser, the only role allowed to. ``create_logins``: create each active user's
    PostgreSQL login afterwards (roles are cluster-wide: tests turn this off or drop them).
    """
    from dicel_desktop.demo import DEMO_PASSWORD  # the package defines it; imported late

    started = time.perf_counter()
    say = progress or (lambda _message: None)
    report = LoadReport(size)
    raw = connection.connection.driver_connection
    assert raw is not None
    _check_target(connection)
    superuser = connection.exec_driver_sql(
        "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
    ).scalar_one()
    report.replica = superuser if replica is None else replica
    if report.replica:
        if not superuser:
            raise DemoDataError("Loading with triggers off needs a superuser connection.")
        connection.exec_driver_sql("SET LOCAL session_replication_role = replica")

    say("generating the demo company")
    demo = generate(size, today)
    say("computing password verifiers")
    _set_verifiers(connection, demo, password or DEMO_PASSWORD)

    say("loading tables")
    with raw.cursor() as cur:
        # departments <-> users reference each other: departments first without managers.
        _copy(cur, demo, "departments", report, blank={"manager_id"})
        for table in Base.metadata.sorted_tables:
            if table.name != "departments":
                _copy(cur, demo, table.name, report)
        cur.executemany(
            "UPDATE departments SET manager_id = %s WHERE id = %s",
            [(d.manager.user_id, d.id) for d in demo.departments.values()],
        )
        if size == "large":
            say(f"streaming {bulk.TRANSACTIONS:,} transactions of history")
            with cur.copy(_copy_sql("transactions", TXN_COLUMNS)) as copy:
                report.rows["transactions"] += bulk.write_transactions(copy, demo)
            say(f"streaming {bulk.STOCK_MOVEMENTS:,} stock movements of history")
            with cur.copy(_copy_sql("inventory_transactions", STOCK_COLUMNS)) as copy:
                report.rows["inventory_transactions"] += bulk.write_stock(copy, demo)
        for table, used in demo.numbers_used().items():
            cur.execute("SELECT setval(%s, %s)", (NUMBER_FORMATS[table].sequence, used))
        say("analysing")
        # A GIN index (the quick search's) takes new rows into a pending list that every
        # search reads whole until VACUUM merges it: after the large load, 3 ms more per
        # search of the transactions. VACUUM cannot run in a transaction; this merge can.
        cur.execute(_MERGE_GIN_PENDING)
        for table in Base.metadata.sorted_tables:
            cur.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(table.name)))
    if report.replica:  # whatever the caller does next in this transaction is audited
        connection.exec_driver_sql("SET LOCAL session_replication_role = DEFAULT")
    if create_logins:
        report.logins = _restore_logins(connection)
    report.seconds = time.perf_counter() - started
    return report


#: gin_clean_pending_list on every GIN index of the schema the loader may (as its owner).
_MERGE_GIN_PENDING = """
SELECT pg_catalog.gin_clean_pending_list(c.oid)
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_am a ON a.oid = c.relam
 WHERE a.amname = 'gin' AND c.relkind = 'i'
   AND c.relnamespace = 'public'::pg_catalog.regnamespace
   AND pg_catalog.pg_has_role(c.relowner, 'USAGE')
"""


def _check_target(connection: Connection) -> None:
    current, head = revisions.current_revision(connection), revisions.head_revision()
    if current != head:
        raise DemoDataError(
            f"The database schema is at {current or 'nothing'}, this client needs {head}: "
            "run `dicel-admin migrate` first."
        )
    # Two loads at once would both see empty tables; the second now waits, then refuses.
    connection.exec_driver_sql("LOCK TABLE users IN EXCLUSIVE MODE")
    filled = [
        t.name
        for t in Base.metadata.sorted_tables
        if connection.exec_driver_sql(f'SELECT EXISTS (SELECT FROM "{t.name}")').scalar_one()
    ]
    if filled:
        raise DemoDataError(
            "The database already holds data (" + ", ".join(filled[:5])
            + (", ..." if len(filled) > 5 else "")
            + "): demo data goes only into an empty, freshly migrated database."
        )  # fmt: skip


def _set_verifiers(connection: Connection, demo: Demo, password: str) -> None:
    """Put a SCRAM-SHA-256 verifier of the demo password in every users row.

    Computed on the client (never the plaintext to the server), each with its own salt:
    the only value that differs between two loads.
    """
    try:
        scram = importlib.import_module("dicel_desktop.services.users").scram_verifier
    except (ImportError, AttributeError):
        pgconn = connection.connection.driver_connection.pgconn  # type: ignore[union-attr]

        def scram(_connection, email: str, secret: str) -> str:
            return pgconn.encrypt_password(
                secret.encode(), email.encode(), b"scram-sha-256"
            ).decode()

    rows = demo.tables["users"].rows
    at = people.PASSWORD_HASH_INDEX
    email_at = people.USER_COLUMNS.index("email")
    for n, row in enumerate(rows):
        verifier = scram(connection, row[email_at], password)
        rows[n] = (*row[:at], verifier, *row[at + 1 :])


def _copy_sql(table: str, columns) -> sql.Composed:
    return sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
    )


def _copy(cur, demo: Demo, table: str, report: LoadReport, blank: set[str] = frozenset()) -> None:
    data = demo.tables.get(table)
    if data is None:
        raise AssertionError(f"the demo generators wrote no rows for {table}")
    blanked = [n for n, c in enumerate(data.columns) if c in blank]
    with cur.copy(_copy_sql(table, data.columns)) as copy:
        for row in data.rows:
            if blanked:
                row = tuple(None if n in blanked else v for n, v in enumerate(row))
            copy.write_row(row)
    report.rows[table] = len(data.rows)


def _restore_logins(connection: Connection) -> int | None:
    try:
        restore = importlib.import_module("dicel_desktop.services.users").restore_logins
    except (ImportError, AttributeError):
        log.warning(
            "dicel_desktop.services.users.restore_logins is not available yet: demo users "
            "were loaded without PostgreSQL logins"
        )
        return None
    return int(restore(connection))
