"""``dicel-admin``: the IT and administration tool.

Sub-commands live in ``cli/*_commands.py`` modules; each has ``register(subparsers)``
that adds its commands, and every command is a function ``(args) -> int``.
A failure a person can act on is raised as :class:`AdminError` (or a database
connection error) and printed as one line on stderr with exit status 2.

A command's parser defaults may also say ``needs``, the login it needs (``cli.errors``:
the server refusing the DSN's login is then said as that, in one line), and ``schema``:
``"read"`` for a command that works on a database at any of DICEL's revisions, ``"write"``
for one that changes it, refused on a revision newer than this dicel-admin knows (the
desktop of the same version goes read-only there). Both refuse a database without
DICEL's schema before anything runs (deploy39 #3, #4).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence

from dicel_desktop import __version__
from dicel_desktop.cli.errors import AdminError, describe_connection_error, describe_refusal
from dicel_desktop.logs import setup_logging

_log = logging.getLogger("dicel_desktop.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dicel-admin", description="DICEL ERP administration: database, users, demo data."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="log details (SQL statements included, passwords masked) to the log file and"
        " the terminal",
    )
    parser.add_argument(
        "--dsn",
        default=os.environ.get("DICEL_DSN"),
        help="PostgreSQL URL, e.g. postgresql://admin@db.example.rw/dicel_erp_db, or libpq "
        "key=value pairs, e.g. 'host=db.example.rw dbname=dicel_erp_db user=admin' "
        "(default: $DICEL_DSN)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    package = importlib.import_module("dicel_desktop.cli")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.endswith("_commands"):
            importlib.import_module(f"dicel_desktop.cli.{info.name}").register(subparsers)
    return parser


def require_dsn(args: argparse.Namespace) -> str:
    if not args.dsn:
        raise AdminError("No database given: use --dsn postgresql://... or set DICEL_DSN.")
    from dicel_desktop.cli.dsn import normalise_dsn

    return normalise_dsn(args.dsn)


def no_schema(database: str) -> str:
    """What a database without DICEL's schema is told (``postgres``, a mistyped name)."""
    return (
        f"The database “{database}” has no DICEL schema: name the company's database in the"
        " DSN (postgresql://USER@HOST/dicel_erp_db); a new one gets its schema from"
        " `dicel-admin migrate`."
    )


def newer_schema(database_revision: str, head: str) -> str:
    """What a database at a revision this dicel-admin has never heard of is told: a newer
    DICEL upgraded it, and migrating from here can only fail (deploy39 #4)."""
    return (
        f"This database is at revision {database_revision}, newer than this dicel-admin"
        f" knows ({head}): use the dicel-admin of the newer DICEL version; this one changes"
        " nothing there."
    )


def schema_of(dsn: str) -> tuple[str, str | None]:
    """The name of the database at ``dsn`` and its DICEL revision (None: no schema)."""
    import psycopg

    from dicel_desktop.db.engine import TCP_KEEPALIVE

    with psycopg.connect(dsn, **TCP_KEEPALIVE) as conn:
        name, has_table = conn.execute(
            "SELECT current_database(), to_regclass('alembic_version') IS NOT NULL"
        ).fetchone()
        if not has_table:
            return name, None
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        return name, (rows[0][0] if len(rows) == 1 else None)


def _check_schema(args: argparse.Namespace) -> None:
    mode = getattr(args, "schema", None)
    if mode is None:
        return
    from dicel_desktop.db.revisions import head_revision, known_revisions

    database, revision = schema_of(require_dsn(args))
    if revision is None:
        raise AdminError(no_schema(database))
    if mode == "write" and revision not in known_revisions():
        raise AdminError(newer_schema(revision, head_revision()))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # The file says which command ran (never its DSN's password: logs.redact masks it).
    setup_logging("dicel-admin", debug=args.debug, stderr_level=logging.CRITICAL)
    _log.info("dicel-admin %s (dsn %s)", args.command, args.dsn or "not given")
    try:
        _check_schema(args)
        status = int(args.func(args) or 0)
    except AdminError as exc:
        _log.info(
            "dicel-admin %s refused: %s", args.command, exc, exc_info=exc.__cause__ is not None
        )
        print(f"dicel-admin: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        message = describe_connection_error(exc)
        if message is None:
            message = describe_refusal(exc, args.command, getattr(args, "needs", None))
        if message is None:
            _log.exception("dicel-admin %s failed", args.command)
            raise
        _log.warning("dicel-admin %s refused: %s", args.command, message, exc_info=True)
        print(f"dicel-admin: {message}", file=sys.stderr)
        return 2
    _log.info("dicel-admin %s ended with status %d", args.command, status)
    return status


if __name__ == "__main__":
    sys.exit(main())
