"""``sync-grants``: make the database's grants exactly the permission table's.

``migrate`` already does this after every upgrade; this command is for a server whose
grants were changed by hand (psql), or to check that nothing is left over.
"""

from __future__ import annotations

import argparse

from sqlalchemy.exc import DBAPIError

from dicel_desktop.cli.admin import require_dsn
from dicel_desktop.cli.errors import SUPERUSER, AdminError
from dicel_desktop.db import migrate
from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.grants import sync_grants


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sync-grants",
        help="re-grant exactly what the permission table says (safe to run again)",
        description="Give the schema's objects to dicel_owner, revoke every privilege of "
        "the DICEL roles and PUBLIC, and grant what this version's permission table says, "
        "in one transaction. Needs the DSN of a superuser (the one that runs `migrate`).",
    )
    # "write": a database without DICEL's schema, or newer than this dicel-admin, is
    # refused before this command's own check (which says to migrate an older one).
    p.set_defaults(func=_sync_grants, needs=SUPERUSER, schema="write")


def _sync_grants(args: argparse.Namespace) -> int:
    dsn = require_dsn(args)
    current = migrate.database_revision(dsn)
    head = migrate.head_revision()
    if current != head:
        # Today's permission table names today's columns and functions.
        raise AdminError(
            f"The database is at {current or 'no revision'}, not {head}: "
            "run `dicel-admin migrate` (which also syncs the grants)."
        )
    engine = make_engine(dsn, pool_pre_ping=False)
    try:
        with engine.begin() as connection:
            sync_grants(connection)
    except PermissionError as exc:
        raise AdminError(
            "Not allowed to change ownership and grants: use a superuser's DSN."
        ) from exc
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise AdminError(
                "Not allowed to change ownership and grants: use a superuser's DSN."
            ) from exc
        raise
    finally:
        engine.dispose()
    print("Grants synchronised with the permission table.")
    return 0
