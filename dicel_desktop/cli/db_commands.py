"""Schema commands: ``migrate`` and ``schema-version``."""

from __future__ import annotations

import argparse

from dicel_desktop.cli.admin import require_dsn
from dicel_desktop.cli.errors import AdminError
from dicel_desktop.db import migrate


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "migrate", help="upgrade the database schema to this version (safe to run again)"
    )
    p.set_defaults(func=_migrate)
    p = subparsers.add_parser(
        "schema-version", help="print the database's schema revision and this client's"
    )
    p.set_defaults(func=_schema_version)


def _migrate(args: argparse.Namespace) -> int:
    dsn = require_dsn(args)
    before = migrate.database_revision(dsn)
    try:
        migrate.upgrade(dsn)
    except migrate.MigrationRefused as exc:
        raise AdminError(f"Migration refused, nothing changed: {exc}") from exc
    after = migrate.database_revision(dsn)
    if before == after:
        print(f"Schema already at {after}; nothing to do.")
    else:
        print(f"Schema upgraded from {before or 'empty'} to {after}.")
    return 0


def _schema_version(args: argparse.Namespace) -> int:
    dsn = require_dsn(args)
    current = migrate.database_revision(dsn)
    head = migrate.head_revision()
    print(f"database: {current or 'empty (not migrated)'}")
    print(f"client:   {head}")
    if current != head:
        print("The database is not at this client's version: run `dicel-admin migrate`.")
        return 1
    return 0
