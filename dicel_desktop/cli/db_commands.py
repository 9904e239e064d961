"""Schema commands: ``migrate`` and ``schema-version``."""

from __future__ import annotations

import argparse
import contextlib
import logging
import re
import sys
from collections.abc import Iterator

from dicel_desktop.cli.admin import newer_schema, require_dsn
from dicel_desktop.cli.errors import SUPERUSER, AdminError
from dicel_desktop.db import migrate


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "migrate", help="upgrade the database schema to this version (safe to run again)"
    )
    p.set_defaults(func=_migrate, needs=SUPERUSER)
    p = subparsers.add_parser(
        "schema-version", help="print the database's schema revision and this client's"
    )
    p.set_defaults(func=_schema_version)


#: The logger a revision says what it left to the operator on (migration 0098's rows
#: reported before they happened, 0100's incidents without a date).
_REVISIONS_LOG = "alembic.runtime.migration"


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _revisions_warnings() -> Iterator[list[str]]:
    """What the revisions run meanwhile warn of. The log file has them too, but the
    operator reads the command's output (the console shows the log's critical lines
    only): 0100's "3 incident(s) without an incident date" reached the file alone."""
    kept = _Kept()
    logger = logging.getLogger(_REVISIONS_LOG)
    logger.addHandler(kept)
    try:
        yield kept.messages
    finally:
        logger.removeHandler(kept)


def _migrate(args: argparse.Namespace) -> int:
    dsn = require_dsn(args)
    before = migrate.database_revision(dsn)
    if before is not None and before not in migrate.known_revisions():
        raise AdminError(newer_schema(before, migrate.head_revision()))
    with _revisions_warnings() as warnings:
        try:
            migrate.upgrade(dsn)
        except migrate.MigrationRefused as exc:
            raise AdminError(f"Migration refused, nothing changed: {exc}") from exc
    after = migrate.database_revision(dsn)
    if before == after:
        print(f"Schema already at {after}; nothing to do.")
    else:
        print(f"Schema upgraded from {before or 'empty'} to {after}.")
    if before is None:
        _next_steps(dsn)
    for message in warnings:
        print(f"Warning: {message}", file=sys.stderr)
    return 0


def _next_steps(dsn: str) -> None:
    """What a new database needs next, said once, after its first migration: a fresh
    server has no company time zone, no user and no settings, and the README's steps
    were easy to miss (deploy39 #6). The zone is the one a new session gets."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(dsn) as conn:
        name, zone = conn.execute(
            "SELECT current_database(), current_setting('TimeZone')"
        ).fetchone()
        plain = re.fullmatch(r"[a-z_][a-z0-9_]*", name) is not None
        database = name if plain else sql.Identifier(name).as_string(conn)
    print('Next steps (README, "For IT: installing against the company server"):')
    print(
        f"  1. The company's day is counted in {zone}. If that is not the company's time "
        f"zone: ALTER DATABASE {database} SET timezone = 'Africa/Kigali'; then "
        "dicel-admin sync-grants."
    )
    print(
        "  2. The first administrator: dicel-admin create-user --email E --first-name F "
        "--last-name L --role admin (no --department: there are none yet)."
    )
    print(
        "  3. In DICEL Desktop, as that administrator: Administration › Departments, then "  # noqa: RUF001 (a path)
        "Administration › System settings (the company's name, VAT, leave allowances...)."  # noqa: RUF001 (a path)
    )


def _schema_version(args: argparse.Namespace) -> int:
    dsn = require_dsn(args)
    current = migrate.database_revision(dsn)
    head = migrate.head_revision()
    print(f"database: {current or 'empty (not migrated)'}")
    print(f"client:   {head}")
    if current is not None and current not in migrate.known_revisions():
        raise AdminError(newer_schema(current, head))
    if current != head:
        print("The database is not at this client's version: run `dicel-admin migrate`.")
        return 1
    return 0
